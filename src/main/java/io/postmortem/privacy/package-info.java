/**
 * Personal data (issue 22): which Atlassian account ids the app stores per installation ({@link PersonalData}), the
 * recurring report to Atlassian's personal data reporting API and the erasure of accounts it reports closed
 * ({@link PersonalDataReporter}: names and ids in drafts and timelines become "former user", what was said stays),
 * the deletion of an uninstalled installation's data after a grace period ({@link UninstalledData}), and an
 * administrator's export of one post-mortem's data ({@link PrivacyController}).
 */
package io.postmortem.privacy;
