/** The app's front door: the landing page at {@code /} and the start-up block that says where to go. */
package io.postmortem.home;
