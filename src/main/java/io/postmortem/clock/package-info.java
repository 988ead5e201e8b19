/**
 * Time: the application's one {@link java.time.Clock} bean. Nothing else in the application reads the wall clock,
 * so tests and the CI's shifted run move "now" for everything at once.
 */
package io.postmortem.clock;
