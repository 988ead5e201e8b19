package io.postmortem.rules;

import static io.postmortem.testsupport.SeedExample.CLOCK;
import static io.postmortem.testsupport.SeedExample.seedExample;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.postmortem.postmortem.ActionItem;
import io.postmortem.postmortem.ActionItem.PreventsRecurrence;
import io.postmortem.postmortem.Finding;
import io.postmortem.postmortem.Finding.Severity;
import io.postmortem.postmortem.PostMortem;
import io.postmortem.postmortem.RootCause;
import io.postmortem.rules.language.English;
import io.postmortem.rules.language.Predicate;
import io.postmortem.rules.language.Predicates;
import io.postmortem.rules.language.Referent;
import io.postmortem.rules.language.Referents;
import io.postmortem.rules.language.Tagged;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The language layer and the rules built on it, one behaviour at a time. The scope examples hold the hand rules
 * ({@link Scope#rulesBounded}); since phase 20 the shipped verdict lets the sentence embedding overrule their weaker
 * findings, measured on the labelled sets (ScopeSecondOpinionTest, ScopeCombinationTest).
 */
class LanguageRulesTest {

    /** Due well after the clock's today, so the only action-item findings are the ones each item is written to trigger. */
    private static final LocalDate DUE = io.postmortem.testsupport.SeedExample.TODAY.plusDays(30);
    private final Facilitator facilitator = new Facilitator();

    private List<Finding> rule(PostMortem doc, String id) {
        return facilitator.check(doc, RuleContext.from(doc, CLOCK)).stream().filter(f -> f.rule().equals(id)).toList();
    }

    @Test
    void sentencesSplitOnListItemsAndKeepAbbreviationsTogether() {
        assertThat(English.sentences("The alert fired at 09:41, e.g. on db1. Sam paged the IC.\n- rollback done"))
                .containsExactly("The alert fired at 09:41, e.g. on db1.", "Sam paged the IC.", "rollback done");
    }

    @Test
    void theSubjectOfACoordinatedVerbAndThePassiveAgentAreRead() {
        Tagged t = English.tag("The approver merged the change and didn't read the diff.");
        List<Predicate> ps = Predicates.of(t);
        Predicate read = ps.get(ps.size() - 1);
        assertThat(t.words(read.subject().start(), read.subject().end())).isEqualTo("The approver");
        assertThat(read.negated()).isTrue();

        Tagged p = English.tag("The data directory was wiped by Yannick during the fix.");
        Predicate wiped = Predicates.of(p).get(0);
        assertThat(wiped.passive()).isTrue();
        assertThat(p.words(wiped.agent().start(), wiped.agent().end())).isEqualTo("Yannick");
    }

    @Test
    void theIncidentsPeopleInitialsAndMentionsArePeopleAndSystemsAreNot() {
        Referents r = new Referents(Set.of("Yannick Okafor"), Set.of("Payments"));
        Tagged t = English.tag("YO and @nadia.p and the Payments squad and the backup job");
        assertThat(r.of(t, 0, 1).kind()).isEqualTo(Referent.Kind.PERSON);
        assertThat(r.of(t, 2, 3).kind()).isEqualTo(Referent.Kind.PERSON);
        assertThat(r.of(t, 4, 7).kind()).isEqualTo(Referent.Kind.TEAM);
        assertThat(r.of(t, 8, 11).kind()).isEqualTo(Referent.Kind.THING);
    }

    /** Issue 16 phase 17: kinds that recurred in held-out 16, 17 and 18, on sentences written for this test. */
    @Test
    void phaseSeventeenKindsAreFoundAndTheirNearMissesAreNot() {
        org.assertj.core.api.SoftAssertions softly = new org.assertj.core.api.SoftAssertions();
        BlameDetector d = new BlameDetector(Set.of("Ottilie Brandvold", "Casper Nwankwo"), Set.of(), null);
        // hindsight: the outcome called obvious, not what was plain in the moment and acted on
        softly.assertThat(d.detect("it was pretty obvious the billing cron would collide with the backup window")).isPresent();
        softly.assertThat(d.detect("After two near misses it should have been obvious to the owners that the dam was next."))
                .isPresent();
        softly.assertThat(d.detect("It was obvious at 03:10 that the standby would not take the load, so we shed traffic."))
                .isEmpty();
        softly.assertThat(d.detect("The heap graph made it obvious which deploy would need reverting.")).isEmpty();
        softly.assertThat(d.detect("It was not obvious that the cache would expire every key at once.")).isEmpty();
        // a generic competent person as the measure
        softly.assertThat(d.detect("Any decent network admin knows you never push ACLs without a console session."))
                .isPresent();
        softly.assertThat(d.detect("A better radiologist would have flagged the shadow on the first scan.")).isPresent();
        softly.assertThat(d.detect("A pharmacist worth her salt would have questioned a tenfold dose.")).isPresent();
        softly.assertThat(d.detect("A better alert would have fired before the disk filled.")).isEmpty();
        softly.assertThat(d.detect("Any decent runbook says which dashboard to open first.")).isEmpty();
        // how-do-you questions that carry a lapse; how-to questions do not
        softly.assertThat(d.detect("how do you ship a schema change to every region with no rollback plan??")).isPresent();
        softly.assertThat(d.detect("How does a ward lose track of which patient got which bag?")).isPresent();
        softly.assertThat(d.detect("who in their right mind reboots the primary during payroll?")).isPresent();
        softly.assertThat(d.detect("How do you replay the dead-letter queue safely?")).isEmpty();
        softly.assertThat(d.detect("How does a request reach the primary when the flag is off?")).isEmpty();
        // ironic praise opening a line, not sincere credit
        softly.assertThat(d.detect("splendid, the failover script deleted the only good replica")).isPresent();
        softly.assertThat(d.detect("gold star for the release captain, every store in the region offline by lunch"))
                .isPresent();
        softly.assertThat(d.detect("Great work by Ottilie, who restored the replica from the snapshot in ten minutes."))
                .isEmpty();
        softly.assertThat(d.detect("Nice work Casper on the lag panel, it showed the stuck consumer straight away."))
                .isEmpty();
        softly.assertThat(d.detect("Great energy from everybody, true professionals.")).isEmpty();
        // a clause quoted at the head of a sentence is mentioned; a question quoted from its source or filed under a
        // note's label is theirs; calling it operator error discusses the label
        softly.assertThat(d.detect("\"Casper should have tested it\" went round the channel; the test suite never ran "
                + "against the real schema.")).isEmpty();
        softly.assertThat(d.detect("\"Ottilie deleted the index\" went round the channel, and then Casper ignored the "
                + "second page.")).isPresent();
        softly.assertThat(d.detect("#db-oncall, Casper: \"why did the operator promote a lagging replica?\"")).isEmpty();
        softly.assertThat(d.detect("retro sticky: why could one engineer's token write to every bucket?")).isEmpty();
        softly.assertThat(d.detect("retro sticky: why did Casper skip the canary?")).isPresent();
        softly.assertThat(d.detect("Calling it operator error closes the file before anyone asks why the valve "
                + "had no interlock.")).isEmpty();
        softly.assertThat(d.detect("The cause was operator error.")).isPresent();
        softly.assertAll();
    }

    @Test
    void phaseNineteenKindsAreFoundAndTheirNearMissesAreNot() {
        // the rules alone (no learned signal); sentences written for the test, none copied from the study sets
        org.assertj.core.api.SoftAssertions softly = new org.assertj.core.api.SoftAssertions();
        BlameDetector d = new BlameDetector(Set.of("Ilse Marrow", "Tomas Vidal-Orr"), Set.of(), null);
        // doubled question marks carry the accusation; a plain question about the system does not
        softly.assertThat(d.detect("who pushes a schema change to every tenant at 5pm on a Friday??")).isPresent();
        softly.assertThat(d.detect("Why does the standby get no traffic until the primary dies? honestly why??")).isPresent();
        softly.assertThat(d.detect("Why did the standby get no traffic until the primary died?")).isEmpty();
        softly.assertThat(d.detect("Which dashboard showed the lag first?")).isEmpty();
        // a sanction recommended or reported; a thing stood down or removed is not one
        softly.assertThat(d.detect("Recommendation: the duty signaller to be stood down pending a disciplinary hearing."))
                .isPresent();
        softly.assertThat(d.detect("Tomas removed from post until the audit closes.")).isPresent();
        softly.assertThat(d.detect("The standby generator was stood down at 06:10 once mains power held.")).isEmpty();
        softly.assertThat(d.detect("The faulty relay was removed from service and sent to the lab.")).isEmpty();
        softly.assertThat(d.detect("No disciplinary action is planned; the review is about the interlock.")).isEmpty();
        // people said to lack the skill; a system said not to be good enough is a finding about the system
        softly.assertThat(d.detect("The night crew were too inexperienced to handle a double engine alarm.")).isPresent();
        softly.assertThat(d.detect("They simply did not have the skills for a migration of that size.")).isPresent();
        softly.assertThat(d.detect("An approver who cannot read a diff has no business approving releases.")).isPresent();
        softly.assertThat(d.detect("The old load balancer was not good enough to survive the spike.")).isEmpty();
        softly.assertThat(d.detect("The sensor readings could not be trusted after the recalibration.")).isEmpty();
        // the reader invited to know who; a plain "who" question about roles is not that
        softly.assertThat(d.detect("Read the change log and you can guess who approved that.")).isPresent();
        softly.assertThat(d.detect("Ilse wrote the handover down, unlike some people on that shift.")).isPresent();
        softly.assertThat(d.detect("The runbook says who approves a rollback and who tells customers.")).isEmpty();
        // warnings treated as noise, a rule treated as optional, checks waved through, by people (not by a policy)
        softly.assertThat(d.detect("The weekend desk treated the overflow alarms as background noise.")).isPresent();
        softly.assertThat(d.detect("Procurement waved the new supplier through without a site visit.")).isPresent();
        softly.assertThat(d.detect("Ilse noted that the old policy treated config pushes as routine noise.")).isEmpty();
        // ironic praise addressed to a person, a role or a group named by function; sincere credit and vague thanks are not
        softly.assertThat(d.detect("well done dispatch, three ambulances sent to the wrong side of the river")).isPresent();
        softly.assertThat(d.detect("great call switching off the alarms, really world class")).isPresent();
        softly.assertThat(d.detect("Great response from the storage team once the resync was understood.")).isEmpty();
        softly.assertThat(d.detect("Great job everyone, calm call and quick decisions.")).isEmpty();
        softly.assertThat(d.detect("Cheers Tomas, good catch on the expired key in the pipeline.")).isEmpty();
        // the mistake put on a group named by function; a system's mistake is not a person's
        softly.assertThat(d.detect("It was dispatch's mistake and everybody on the floor knows it.")).isPresent();
        softly.assertThat(d.detect("The parser's mistake was treating an empty field as zero.")).isEmpty();
        // nobody's check as a question
        softly.assertThat(d.detect("Why did nobody in the control room question a tank reading that never moved?"))
                .isPresent();
        softly.assertThat(d.detect("Why did no alarm sound when the tank reading stopped moving?")).isEmpty();
        // a person's refusal, deception, mis-act or denial kept up; a tool's mis-act and a passive are not
        softly.assertThat(d.detect("Tomas miscounted the pallets and signed the manifest anyway.")).isPresent();
        softly.assertThat(d.detect("The duty manager refused to divert despite two warnings from the crew.")).isPresent();
        softly.assertThat(d.detect("Ilse concealed the failed test from the release board.")).isPresent();
        softly.assertThat(d.detect("The scheduler misrouted a third of the jobs to the drained zone.")).isEmpty();
        softly.assertThat(d.detect("The label was misprinted at the supplier.")).isEmpty();
        // a timeline row that records a lapse; a row that records an act does not
        softly.assertThat(d.detect("02:10-04:30 Tomas does nothing while the queue grows.")).isPresent();
        softly.assertThat(d.detect("14:05 Ilse restarts the primary (skipping the drain step)")).isPresent();
        softly.assertThat(d.detect("14:05 Ilse restarts the primary after draining it.")).isEmpty();
        softly.assertThat(d.detect("The retry loop did nothing to slow the flood.")).isEmpty();
        // a clinician's or a captain's role given as the error that caused it; the role catching an error is credit
        softly.assertThat(d.detect("Cause of the overdose (draft): pharmacist error on the night round.")).isPresent();
        softly.assertThat(d.detect("The pharmacist caught the dosing error before it reached the ward.")).isEmpty();
        // someone else's blame reported and set aside; an inquiry's question; a thing's counterfactual
        softly.assertThat(d.detect("A columnist called it gross negligence; this review asks what the crew could see."))
                .isEmpty();
        softly.assertThat(d.detect("The panel asked why the pilot did not go around, and answers with the approach design."))
                .isEmpty();
        softly.assertAll();
    }

    @Test
    void theLearnedSignalIsNotAskedAboutAThingsCounterfactualOrASystemThatLetPeopleAct() {
        BlameDetector d = new BlameDetector(Set.of("Ilse Marrow"), Set.of());
        assertThat(d.detect("If the pump had been fitted with a flow alarm, the operator would have seen the dry run "
                + "before the seal failed.")).isEmpty();
        assertThat(d.detect("The shift procedure let the lead technician sign off his own repair without a second "
                + "inspection.")).isEmpty();
        // the rules still judge such a sentence when it blames
        assertThat(d.detect("If the pump had been fitted with a flow alarm, Ilse would still have ignored it.")).isPresent();
    }

    @Test
    void phaseEighteenKindsAreFoundAndTheirNearMissesAreNot() {
        // the rules alone (no learned signal); sentences written for the test, none copied from the study sets
        org.assertj.core.api.SoftAssertions softly = new org.assertj.core.api.SoftAssertions();
        BlameDetector d = new BlameDetector(Set.of("Ilse Marrow", "Tomas Vidal-Orr"), Set.of(), null);
        // the missing check put on everyone who was there
        softly.assertThat(d.detect("not one person on the call looked at the replica lag before promoting it")).isPresent();
        softly.assertThat(d.detect("Four approvers signed the change and not one of them opened the diff?")).isPresent();
        softly.assertThat(d.detect("It was the whole fleet, not one bad host.")).isEmpty();
        softly.assertThat(d.detect("Not one alert fired while the queue grew.")).isEmpty();
        // the duty a person is paid for, said not done
        softly.assertThat(d.detect("The duty controller is paid to watch that board and didn't.")).isPresent();
        softly.assertThat(d.detect("The vendor is paid to patch the appliance monthly, and the contract says how.")).isEmpty();
        // a person's role as the error given as the cause; a device's driver is not a person
        softly.assertThat(d.detect("Root cause: technician error during the rack move.")).isPresent();
        softly.assertThat(d.detect("Cause (draft): a typing error made by staff during the migration.")).isPresent();
        softly.assertThat(d.detect("Root cause: a GPU driver error after the kernel upgrade.")).isEmpty();
        softly.assertThat(d.detect("\"Technician error\" is where this review starts, not where it ends.")).isEmpty();
        // acting is not failing: a team letting a system recover, a person yanking a bad release from a registry
        softly.assertThat(d.detect("The storage team paused writes and let the replicas resync before reopening.")).isEmpty();
        softly.assertThat(d.detect("Tomas yanked the compromised crate within the hour.")).isEmpty();
        softly.assertThat(d.detect("Our DBA let the disk fill up.")).isPresent();
        softly.assertThat(d.detect("Tomas yanked the power cable of the primary.")).isPresent();
        // a program named for what it manages is not a person
        softly.assertThat(d.detect("If the EC2 lease manager had backed off, launches would have recovered.")).isEmpty();
        softly.assertThat(d.detect("If the S3 controller had retried, the writes would have landed.")).isEmpty();
        softly.assertThat(d.detect("If the release manager had checked the tag, the bad build would not have shipped."))
                .isPresent();
        softly.assertAll();
    }

    @Test
    void phaseFourteenKindsAreFoundAndTheirNearMissesAreNot() {
        // the rules alone (no learned signal), so that each rule is tested by itself
        BlameDetector d = new BlameDetector(Set.of("Marisol Quint", "Desmond Achterberg"), Set.of(), null);
        // hindsight said to have been obvious
        assertThat(d.detect("It was obvious from the start that the cron host would fill its disk.")).isPresent();
        assertThat(d.detect("Obvious in hindsight that a single queue would be overrun on sale day.")).isPresent();
        assertThat(d.detect("It was not obvious from the dashboards that the queue would back up.")).isEmpty();
        assertThat(d.detect("It was obvious at 14:05 that the replica would not catch up, so we failed over.")).isEmpty();
        // a legal sanction wished on people
        assertThat(d.detect("The release managers should be held personally liable for the refunds.")).isPresent();
        assertThat(d.detect("Desmond should go to jail for this.")).isPresent();
        assertThat(d.detect("The contract should make the hosting provider liable for refunds.")).isEmpty();
        // cutting corners
        assertThat(d.detect("The platform team cut corners on the failover tests to make the date.")).isPresent();
        assertThat(d.detect("The new router config cuts the corner case where both links flap.")).isEmpty();
        // a person pinned as "the one who" acted, not as the one who noticed
        assertThat(d.detect("The banner said staging. Marisol was the one who pressed deploy.")).isPresent();
        assertThat(d.detect("Marisol was the one who spotted the stale banner.")).isEmpty();
        // a person's defective thing
        assertThat(d.detect("02:10 UTC - Desmond's untested migration locks the orders table")).isPresent();
        assertThat(d.detect("02:10 UTC - Desmond's rollback of the untested migration unlocks the orders table")).isEmpty();
        // the same people counted as offenders
        assertThat(d.detect("The same squad has been warned three times about unreviewed hotfixes.")).isPresent();
        assertThat(d.detect("The same squad has been running the migration since Monday.")).isEmpty();
        // a person's thing named as the same one that failed before
        assertThat(d.detect("Marisol's exporter is the same one that crashed during the last upgrade.")).isPresent();
        assertThat(d.detect("Marisol's exporter is the same one that we use for billing.")).isEmpty();
        // a person or a team sitting on a decision; not on a call
        assertThat(d.detect("The duty manager sat on the decision to fail over for forty minutes.")).isPresent();
        assertThat(d.detect("The duty manager sat on the bridge call for forty minutes.")).isEmpty();
        // a team misjudging the load
        assertThat(d.detect("The capacity team underestimated the holiday peak again.")).isPresent();
        assertThat(d.detect("The autoscaler underestimated the holiday peak.")).isEmpty();
        // a department as a group of people
        assertThat(d.detect("Radiology ignored the sedation alarms because they fired all day.")).isPresent();
        assertThat(d.detect("Radiology reported the sedation alarms to the vendor twice.")).isEmpty();
        // inaction chosen by people, not by a program
        assertThat(d.detect("The steering group heard the warning in March and chose to do nothing.")).isPresent();
        assertThat(d.detect("The scheduler chose to do nothing while the lock was held.")).isEmpty();
        // whose task it was, set bare next to the failure
        assertThat(d.findAll("Desmond owned the renewal ticket. The certificate expired on Friday.")).isNotEmpty();
        assertThat(d.findAll("Desmond owned the renewal ticket. The renewal went out on Friday.")).isEmpty();
        assertThat(d.findAll("Desmond owned the renewal ticket and filed the change on Monday. The certificate "
                + "expired on Friday because the change window was frozen.")).isEmpty();
    }

    @Test
    void phaseFourteenBlameNamedToBeRejectedAndCreditAreNotBlame() {
        BlameDetector d = new BlameDetector(Set.of("Marisol Quint", "Desmond Achterberg"));
        // blame quoted and dismissed, blaming said to explain nothing, a person's fault named only as what it is not
        assertThat(d.detect("\"Desmond deleted the table\" is not a finding: the script had no dry-run mode.")).isEmpty();
        assertThat(d.detect("\"The ops folks fumbled it\" explains nothing; the runbook had the wrong host.")).isEmpty();
        assertThat(d.detect("Blaming the night shift tells us nothing; three of them read the same stale graph.")).isEmpty();
        assertThat(d.detect("Calling it one admin's typo hides that the console accepted any hostname.")).isEmpty();
        assertThat(d.detect("A shared root password with no audit log is a gap the company left open, not one "
                + "engineer's carelessness.")).isEmpty();
        // near misses: the same blame asserted, not rejected
        assertThat(d.detect("Desmond deleted the table by mistake, and that is the finding.")).isPresent();
        assertThat(d.detect("The outage was one engineer's carelessness, not a design gap.")).isPresent();
        // a numeral "one" in a question about the system, not a person
        assertThat(d.detect("why could one config push take out every region?")).isEmpty();
        assertThat(d.detect("why did Desmond push the config to every region at once?")).isPresent();
        // credit: what a person's work let the team see, and a safe landing
        assertThat(d.detect("Marisol stitched the packet captures together, which is how we saw the retries pile up."))
                .isEmpty();
        assertThat(d.detect("Marisol restarted the primary without a drain, which is how the queue lost its "
                + "messages.")).isPresent();
        assertThat(d.detect("Desmond's glide brought the airship down to the field safely.")).isEmpty();
        assertThat(d.detect("Desmond's script brought the cluster down.")).isPresent();
    }

    @Test
    void phaseFourteenActionKinds() {
        // a text to write or share, short, with nothing said about what it must contain
        assertThat(Testability.testable("Document the ingest service")).isFalse();
        assertThat(Testability.testable("Update the CDN runbook")).isFalse();
        assertThat(Testability.testable("Publish a full account to customers")).isFalse();
        assertThat(Testability.testable("Test on slower networks")).isFalse();
        // near misses: what it covers and where it goes, or a number
        assertThat(Testability.testable("Document the ingest failover steps in the runbook")).isTrue();
        assertThat(Testability.testable("Update the CDN runbook with the purge command and the expected latency")).isTrue();
        assertThat(Testability.testable("Update the client library to version 4.2")).isTrue();
        // a recurring look with a record of each, counted by the hour or "once a month"
        assertThat(Testability.testable("Check the dead-letter queue depth every hour during an incident and log it in "
                + "the channel")).isTrue();
        assertThat(Testability.testable("Inspect the backup tapes for every site once a month and publish the count"))
                .isTrue();
        assertThat(Testability.testable("Inspect the backup tapes for every site once a month")).isFalse();
        // training counted person by person
        assertThat(Testability.testable("Train every dispatcher on the manual paging fallback and record completion per "
                + "person")).isTrue();
        assertThat(Testability.testable("Train dispatchers on the manual paging fallback")).isFalse();
        // every one of a set rebuilt to a stated version
        assertThat(Testability.testable("Rebuild every container image on glibc 2.36 or later")).isTrue();
        assertThat(Testability.testable("Rebuild the container images")).isFalse();
    }

    @Test
    void phaseNineteenOwnerKinds() {
        // a function or an institution named by one capitalised word, a role in the plural capitalised, an activity in -ing
        assertThat(Owners.isPerson("Audit")).isFalse();
        assertThat(Owners.isPerson("Clinics")).isFalse();
        assertThat(Owners.isPerson("Dispatchers")).isFalse();
        assertThat(Owners.isPerson("Nurses")).isFalse();
        assertThat(Owners.isPerson("Scheduling")).isFalse();
        // near misses: given names and surnames, short names in -ing, a person with the function in brackets
        assertThat(Owners.isPerson("Ming")).isTrue();
        assertThat(Owners.isPerson("Jonas")).isTrue();
        assertThat(Owners.isPerson("Quintus")).isTrue();
        assertThat(Owners.isPerson("Harriet Browning")).isTrue();
        assertThat(Owners.isPerson("Orla Fenwick (Safety)")).isTrue();
    }

    @Test
    void phaseFourteenOwnerKinds() {
        // a national body, a department, an abstract function, a role in the plural, a trading name with a possessive
        assertThat(Owners.problem("Health Canada")).isEqualTo(Owners.Problem.ORGANISATION);
        assertThat(Owners.problem("Public Health Scotland")).isEqualTo(Owners.Problem.ORGANISATION);
        assertThat(Owners.isPerson("dispatch")).isFalse();
        assertThat(Owners.isPerson("analytics")).isFalse();
        assertThat(Owners.isPerson("supervisors")).isFalse();
        assertThat(Owners.problem("Macy's")).isEqualTo(Owners.Problem.ORGANISATION);
        assertThat(Owners.problem("Airbus")).isEqualTo(Owners.Problem.ORGANISATION);
        // near misses: a given name before a surname that is a country, a user name, a capitalised surname with "s"
        assertThat(Owners.isPerson("Ana England")).isTrue();
        assertThat(Owners.isPerson("jsupervisor")).isTrue();
        assertThat(Owners.isPerson("@marisol")).isTrue();
        assertThat(Owners.isPerson("Desmond Achterberg")).isTrue();
    }

    @Test
    void phaseThirteenKindsAreFoundAndTheirNearMissesAreNot() {
        // the rules alone (no learned signal), so that each rule is tested by itself
        BlameDetector d = new BlameDetector(Set.of("Kestrin Vale", "Ottavine Rook"), Set.of(), null);
        // hindsight put on people
        assertThat(d.detect("Should have been obvious that a library with an unprotected init function was a time bomb."))
                .isPresent();
        assertThat(d.detect("giving commit access to an anonymous account, anybody could see where that goes")).isPresent();
        assertThat(d.detect("Anyone could see the bucket's contents without signing in.")).isEmpty();
        // "how do you not notice ...?"
        assertThat(d.detect("how do you not notice that the monitoring runs over the same network?")).isPresent();
        assertThat(d.detect("How do you notice that the monitoring runs over the same network?")).isEmpty();
        // setting the who-question aside, keeping a person out of the root cause, striking a blaming phrase
        assertThat(d.detect("Asking who typed it is the wrong question: a 300-file PR is not something a reviewer can "
                + "check line by line.")).isEmpty();
        assertThat(d.detect("Let's keep Kestrin out of the root-cause section; the checklist he followed never "
                + "mentioned gateway capacity.")).isEmpty();
        assertThat(d.detect("\"Human error\" comes out of the summary: nobody made a change, the traffic did.")).isEmpty();
        // what the system let anyone do is a capability, not someone's act
        assertThat(d.detect("The library contract could be initialised by anyone, so any account could become its "
                + "owner.")).isEmpty();
        // chat drops the apostrophe of a negation; the "not" is still read
        assertThat(English.tag("ottavine didnt warm up the gateways").get(2).word()).isEqualTo("n't");
    }

    @Test
    void phaseThirtyTwoQuestionsAndCourageDeniedAreFoundAndTheirNearMissesAreNot() {
        // the rules alone (no learned signal), so that each rule is tested by itself
        BlameDetector d = new BlameDetector(Set.of("Quirinus Abernethy", "Thorgunna Vale"), Set.of(), null);
        // a question with an aside after "who"; "in their right mind" with a remark after the doubled mark
        assertThat(d.detect("And who, pray, decided that a few hours' trial in fair weather was enough?")).isPresent();
        assertThat(d.detect("who in their right mind pushes a rule to every site without a canary?? asking for a friend"))
                .isPresent();
        // what people thought, asked with an intensifier
        assertThat(d.detect("Two servers, one batch. What exactly did they think redundancy meant?")).isPresent();
        assertThat(d.detect("What on earth were the planners thinking when they cut the second pump?")).isPresent();
        // courage denied to people
        assertThat(d.detect("Not one of them up top had the guts to say the mine wasn't ready.")).isPresent();
        assertThat(d.detect("Nobody on the board had the nerve to stop the launch.")).isPresent();
        // a generic half-awake or competent person, the person noun before an attachment
        assertThat(d.detect("Any half-awake payments engineer knows an offline balance check has to fail closed."))
                .isPresent();
        assertThat(d.detect("A competent head of operations would never have let the fix go live without a check."))
                .isPresent();
        assertThat(d.detect("A properly trained model would have caught the spike.")).isEmpty();
        assertThat(d.detect("Any decent load balancer would have drained the node.")).isEmpty();
        assertThat(d.detect("A competent head of the queue would have been drained first.")).isEmpty();
        // near misses: a plain question about what people thought, a thing's measurement, an aside with no decision,
        // courage shown, a single question mark with a remark after it
        assertThat(d.detect("What did the team think of the new dashboard?")).isEmpty();
        assertThat(d.detect("What exactly did the monitor measure during the failover?")).isEmpty();
        assertThat(d.detect("Who, exactly, is on call for the cache tonight?")).isEmpty();
        assertThat(d.detect("Thorgunna had the courage to stop the launch with the whole board watching.")).isEmpty();
        assertThat(d.detect("Who in their right mind would not want a canary? we added one for every rule.")).isEmpty();
    }

    @Test
    void phaseThirtyThreeOathQuestionsAndOnlookerHindsightAreFoundAndTheirNearMissesAreNot() {
        BlameDetector d = new BlameDetector(Set.of("Quirinus Abernethy", "Thorgunna Vale"), Set.of(), null);
        assertThat(d.detect("Why in God's name did they restart the pumps with the valve still open?")).isPresent();
        assertThat(d.detect("And why on earth would the planners schedule a drill on launch day?")).isPresent();
        assertThat(d.detect("Anyone looking at the pressure trend would have seen the seal was going.")).isPresent();
        // near misses: a thing asked about, a plain why, an onlooker who would have seen nothing
        assertThat(d.detect("Why on earth did the failover not trigger at 14:02?")).isEmpty();
        assertThat(d.detect("Why did the pumps restart with the valve open?")).isEmpty();
        assertThat(d.detect("Anyone looking at the dashboard would have seen nothing unusual until 14:05.")).isEmpty();
    }

    @Test
    void phaseThirtyFiveOtherTradesAndOtherLanguagesAreFoundAndTheirNearMissesAreNot() {
        // the rules alone (no learned signal), so that each rule is tested by itself
        BlameDetector d = new BlameDetector(Set.of("Odalric Venn", "Saoirse Quill", "Wenzeslaus Orb"), Set.of(), null);
        List<String> found = new java.util.ArrayList<>(), clean = new java.util.ArrayList<>();
        for (String s : List.of(
                "Inquest finding: the owners placed tonnage targets above the safety of the crews for a decade.",
                "The quarry company prioritised output over the workers every winter.",
                "Odalric logged the alarm as a sensor fault and sent no one.",
                "The night dispatcher told nobody about the second call.",
                "Saoirse merged the parser rewrite without once checking the fuzzing results.",
                "I was the shift lead that night, I saw the pressure climbing and I didn't push hard enough.",
                "I should have insisted on the second pump.",
                "the payroll cluster got the new disks before the patient records did, nice priorities @finance",
                "\"Sleep well, our data is safe\" in the outage banner. Inspired choice, comms.",
                "a halfway decent surveyor would have flagged the cracks from the drawings alone",
                "if the skipper had checked the tide tables we'd still have the pier",
                "a bunch of consultants who think a checklist is a safety culture, that's who ran the audit",
                "the new owners are spreadsheet people playing at running a dam",
                "nine audits in three years and every one booked a month ahead — what a thorough regime",
                "\"bank-grade security\" — sure, if the bank keeps its vault key under the mat",
                "six hours to get a boarding pass, truly the airline of the decade",
                "a full day of restores, thanks for that, my Monday was getting boring anyway",
                // other languages
                "Il capoturno ha lasciato che la pressione salisse per un'ora prima di chiamare qualcuno.",
                "Ο υπεύθυνος βάρδιας είδε τον συναγερμό και δεν ενημέρωσε κανέναν.",
                "De onderaannemer heeft de klachten twee maanden laten liggen.",
                "Le sous-traitant a coulé la dalle sans même vérifier les armatures.",
                "Vardiya şefi kimseye haber vermeden vanayı kapattı.",
                "O alarme foi desligado pelo Odalric uma semana antes, porque tocava demais.",
                "Giriş ayarları Saoirse tarafından test edilmeden canlıya alındı.",
                "这个配置是由 Wenzeslaus 直接推到生产环境的，没有任何人审核。",
                "Αν ο Odalric είχε σταματήσει τη γραμμή, κανείς δεν θα είχε τραυματιστεί.",
                "Agar Saoirse ne alarm par hi line rok di hoti toh itna nuksaan nahi hota.",
                "Los de mantenimiento nunca saben lo que hacen, siempre igual.",
                "Bu ekip zaten işini bilmiyor.",
                "运维团队连备份都做不好，还谈什么高可用。",
                "Ένας έμπειρος χειριστής θα είχε καταλάβει ότι η πίεση ανέβαινε.",
                "Koi bhi samajhdaar engineer pehli crack dekh ke hi kaam rok deta.",
                "Bu olayda ben de hatalıyım; uyarıyı okudum ve kimseye söylemedim.",
                "这次事故怪我，我没有等测试结果就发布了。",
                "Operasyon müdürü görevden alınmalı.",
                "Qué gran idea de la dirección no poner detectores en el sótano.")) {
            found.add(d.detect(s).isPresent() ? null : s);
        }
        // near misses: safety put first, nobody hurt, a job that checked nothing, "we" said of a plan, sincere praise of a
        // choice mid-sentence, a competent colleague thanked, a passive with "been", a system's counterfactual, a friendly
        // "bunch of", a regime praised mid-sentence, the same words said of a system or negated, a thing as agent, a
        // response by a person, a system in another language, a fault denied
        for (String s : List.of(
                "The new owners placed the safety of the crews above the tonnage targets.",
                "Odalric logged the alarm at 03:10; the evacuation sent no one into the tunnel after that.",
                "The batch job ran without once checking the lock, which the fix adds.",
                "We should have had a second pump on site; the plan now requires one.",
                "Rolling back first was a great call by the incident commander and saved an hour of recovery.",
                "Good priorities were set in the triage meeting: patients first, billing later.",
                "a competent and calm surveyor, Saoirse, walked the site with us on Monday",
                "if the skipper had been told about the tide change, the plan would have been different",
                "If the failover had triggered, the queue would have drained.",
                "a bunch of volunteers who came in on Sunday rebuilt the index",
                "The audit regime was thorough, and what a relief that the records were complete.",
                "I didn't push the config until the review was done.",
                "La valvola ha lasciato che la pressione salisse perché il sensore era guasto.",
                "Il sistema non ha avvisato nessuno perché il canale era disattivato.",
                "O alarme foi detectado pelo Odalric às três da manhã e o turno foi evacuado.",
                "这个问题是由 Wenzeslaus 发现并修复的。",
                "Αν το σύστημα είχε σταματήσει τη γραμμή, κανείς δεν θα είχε τραυματιστεί.",
                "Non è colpa mia se il sensore si è rotto, e nemmeno di Saoirse.",
                "这不是我的错，是监控没有报警。",
                "Grazie a Saoirse, che ha ricostruito la sequenza in due ore.",
                "The key management standard, last edited by Odalric, allowed keys to stay in service for three years.",
                "The change policy that Saoirse's group follows allowed routing changes without a second reviewer.")) {
            clean.add(d.detect(s).isEmpty() ? null : s);
        }
        assertThat(found).as("missed").containsOnlyNulls();
        assertThat(clean).as("flagged").containsOnlyNulls();
    }

    @Test
    void phaseThirtyFourSarcasmWithoutPraiseCompaniesTitlesAndOtherScriptsAreFoundAndTheirNearMissesAreNot() {
        // the rules alone (no learned signal), so that each rule is tested by itself
        BlameDetector d = new BlameDetector(Set.of("Quirinus Abernethy", "Thorgunna Vale"), Set.of(), null);
        for (String s : List.of("a cooling plant from 1971 on the hottest day of the decade. what a surprise that it gave up",
                "\"record traffic\" on the one day we had told everyone to log in. who could have predicted that",
                "four hours of blank checkout pages during the launch, two million well spent",
                "\"the backups are fine\" -- famous last words from the storage lead",
                "Hospital IT can't patch a printer, news at 11.",
                "\"zero downtime upgrades\", said every vendor deck ever",
                "\"move fast\", yeah, that worked out great",
                "a week without the portal and the vendor is on holiday. how convenient.",
                "The airline cared about turnaround times and nothing else.",
                "The board cared about the share price, not about the pipes under the town.",
                "The port authority kept the report back for a year to cover its own failures.",
                "the mill's owner blamed the weather on the radio to take the heat off the mill",
                "The tannery treated the creek as its private sewer for thirty years.",
                "Same contractor, same shortcuts, third bridge in a decade.",
                "If the shift supervisor had walked the line before the restart, the jam would have been found.",
                "Had the head of maintenance signed off the second inspection, the crack would have been seen.",
                "If foreman Oduya had stopped the pour at noon, the slab would have held.",
                "The plant manager approved the bypass without reading the hazard note.",
                "Any sailor could see that the anchor was dragging.",
                "dare ga kono sekkei de ii to kimeta no?",
                "eigyou-bu wa kokyaku no kujou o zenbu mushi shiteita.",
                "Vi borde ha stängt bryggan redan i mars, det var vårt ansvar.",
                "Thorgunna burde have stoppet testen, det var ikke sikkert.",
                "C'est moi qui ai lancé la migration un vendredi soir, je m'en veux.",
                "Ich habe die Freigabe ohne Test gegeben, es war meine Schuld.",
                "They staff the night desk with one trainee on a pager, so what do you expect.",
                "why did the status page stay green for three hours, Quirinus?",
                "Not a single manager at the depot read the drivers' complaints about the brakes.",
                "nobody on the platform team asked why the retries doubled overnight",
                "Quirinus kept skipping the pre-flight checklist on night shifts.")) {
            assertThat(d.detect(s)).as(s).isPresent();
        }
        // near misses: a real surprise, a question about a forecast, time well spent, a machine that "cares", a head that
        // is a thing's part, a passive after a title, a title with a check done, an onlooker with nothing to see, a
        // machine in romanised Japanese, a system that should have in Swedish, a fault denied
        for (String s : List.of("What a surprise it was to find every backup intact the next morning.",
                "Who could have predicted the load, and with which data, is the question for the capacity review.",
                "The two days spent on the game day were time well spent: it found three gaps.",
                "The scheduler cared about latency, not cost, because that was the only metric it had.",
                "If the head of the queue had stalled, the consumer would have paged within a minute.",
                "The plant manager approved the bypass after reading the hazard note twice.",
                "Any engineer can see the dashboard from the NOC.",
                "saabaa wa keikoku o mushi shita, settei ga furukatta kara desu.",
                "Systemet borde ha stoppat tåget, men sensorn var trasig.",
                "Ce n'est pas ma faute si le capteur a lâché, c'est le design.",
                "Review note: the migration was reverted at 14:10 and the queue drained by 14:25.",
                "What did you expect the failover to do when both zones were down?",
                "why did the status page stay green for three hours, and who owns its checks?",
                "Nobody on the platform team was asked to review the change.",
                "Nobody at the depot could read the old brake logs without the vendor's tool.",
                "Quirinus kept radioing the tower until the battery died.",
                "Thorgunna kept phoning the utility's control room and got the first outage map.",
                "Quirinus re-enabled the feed at 09:12 and the orders flowed normally again.")) {
            assertThat(d.detect(s)).as(s).isEmpty();
        }
    }

    @Test
    void phaseThirtyFourAWordingQuotedInAReviewersNoteIsMentionedNotAsserted() {
        BlameDetector d = new BlameDetector(Set.of("Quirinus Abernethy", "Thorgunna Vale"), Set.of(), null);
        for (String s : List.of("Comment on the draft: replace \"sloppy contractors\" with the missing acceptance test.",
                "Retro note: \"Quirinus forgot the flag\" is out; why could a release ship with the flag unset?",
                "Sticky: not \"ops ignored the page\" - what made the page look like noise?",
                "review comment: strike \"operator error\" and describe the interlock that was missing",
                "Draft comment: \"reckless drivers\" is not a finding; say which signal was dark.",
                "Facilitator note: the draft keeps saying \"Thorgunna's mistake\"; describe the handover form instead.",
                "The write-up is called \"a tale of negligence\"; the review asks which alarm was muted by design.")) {
            assertThat(d.detect(s)).as(s).isEmpty();
        }
        // phase 34: what a document or a system a person kept, followed or ran did is the document's
        for (String s : List.of("The release checklist that Quirinus maintained covered tagging the build but not signing it.",
                "The on-call rota Thorgunna's team ran left nobody on the pager on Sunday nights.",
                "The inspection manual Quirinus followed never asked for the welds to be x-rayed.",
                "Calling her careless in the channel will only teach the next on-call to stay quiet.",
                "Headlines calling the crew amateurs ignore that the approach chart was two years out of date.")) {
            assertThat(d.detect(s)).as(s).isEmpty();
        }
        // what the note itself asserts is still judged, and a person kept by a person still acts
        for (String s : List.of("The engineer Quirinus led ignored the failing canary and shipped anyway.",
                "Calling them careless is fair: Quirinus skipped the canary three times this month.",
                "Review note: \"late patch\" is out, but Quirinus skipped the canary and that stays.")) {
            assertThat(d.detect(s)).as(s).isPresent();
        }
    }

    @Test
    void phaseThirtyThreeBlameInOtherLanguagesIsFoundAndItsNearMissesAreNot() {
        // the rules alone (no learned signal), so that each rule is tested by itself
        BlameDetector d = new BlameDetector(Set.of("Quirinus Abernethy", "Thorgunna Vale"), Set.of(), null);
        for (String s : List.of("qui a décidé de stocker les solvants à côté de la chaufferie sans extinction ?",
                "¿quién en la central decidió que agosto era buen mes para parar las bombas?",
                "Wer hat eigentlich entschieden, dass die Brücke ohne Prüfung offen bleibt?",
                "Warum hat eigentlich niemand in der Leitung nach den Rissen gefragt, bevor der Zug fuhr?",
                "L'officier de quart a ignoré la deuxième alarme, persuadé qu'elle était fausse.",
                "Das Vertriebs-Team hat die Hinweise aus dem Betrieb einfach ignoriert.",
                "Os contêineres foram empilhados pela equipe do porto sem deixar corredores para os bombeiros.",
                "si la mairie avait fermé la route dès minuit, personne ne serait resté sur le pont",
                "se a equipe de manutenção tivesse trocado a bomba em março, nada disso teria acontecido",
                "una squadra preparata avrebbe chiuso la valvola giusta subito, non dopo un'ora",
                "Même direction, même usine qu'en 2011 : ils n'apprennent jamais rien.",
                "Complimenti per il piano di evacuazione con metà delle scale chiuse, davvero un lavoro da manuale.",
                "si Quirinus avait demandé la bascule avant l'essai, les clients n'auraient rien vu",
                "Die Werksleitung kümmerte sich nicht um die Meldungen der Schichtführer.",
                "Der Bericht wurde von Thorgunnas Prüf-Team freigegeben, ohne dass jemand die Zahlen nachgerechnet hat.",
                "Ein halbwegs fähiger Elektriker hätte den Schalter nie unter Last umgelegt.",
                "Le chef de quai n'avait aucune expérience des grandes marées.",
                "El conductor era un irresponsable y todos lo sabían.",
                "Quirinus, pourquoi le seul plan de secours était une page « réessayez plus tard » ?")) {
            assertThat(d.detect(s)).as(s).isPresent();
        }
        // near misses: a system or a document as the subject, a negated act, a passive question, a question with no
        // decision, an act done by a party with its safeguard, a sincere thanks
        for (String s : List.of("Le système a ignoré la deuxième alarme parce que le seuil était mal réglé.",
                "L'équipe de quart n'a pas ignoré l'alarme : le panneau ne l'affichait pas.",
                "Das Team hat die Warnung nicht ignoriert, sie kam nie an.",
                "Pourquoi personne n'a été alerté ? Le pager était en maintenance.",
                "Qui était d'astreinte cette nuit-là ?",
                "Os contêineres foram empilhados pela equipe do porto com corredores de dois metros.",
                "si le capteur avait mesuré la pression, l'alarme serait partie à temps",
                "Merci à l'équipe réseau pour la bascule rapide, vraiment efficace.",
                "Bravo à l'équipe support pour la communication claire pendant la panne.",
                "Das Monitoring hat die Warnung ignoriert, weil der Schwellwert falsch gesetzt war.",
                "si Lisbonne avait été plus proche, le camion serait arrivé à temps",
                "Der Bericht wurde von Thorgunnas Prüf-Team freigegeben, nachdem zwei Kollegen ihn gelesen hatten.",
                "Le chef de quai avait vingt ans d'expérience des grandes marées.",
                "El conductor no fue negligente: el freno falló sin aviso.",
                "Lisbonne, pourquoi pas ? Le site de secours y est déjà.",
                "Ein neuer Schalter hätte die Last getragen.")) {
            assertThat(d.detect(s)).as(s).isEmpty();
        }
    }

    @Test
    void phaseThirtyTwoHumanErrorAndNobodyBotheredInOtherLanguages() {
        BlameDetector d = new BlameDetector(Set.of("Quirinus Abernethy", "Thorgunna Vale"), Set.of(), null);
        for (String s : List.of("Ursache laut erstem Entwurf: menschliches Versagen bei der Konfiguration des Zugangs.",
                "Cause retenue dans le premier brouillon : erreur humaine lors d'une opération dans l'entrepôt.",
                "Causa provável (rascunho): falha humana na operação do gerador durante a queda de energia.",
                "Causa raíz (borrador): error humano en la configuración del canal de pagos.",
                "Il rapporto parla di errore umano del manutentore.",
                "nadie en la gerencia se molestó en revisar los crujidos que los mineros reportaban",
                "keiner von den Prüfern hat sich die Mühe gemacht, die Werte zu messen")) {
            assertThat(d.detect(s)).as(s).isPresent();
        }
        // near misses: the label refused or designed against, nobody hurt, a form nobody had to fill in
        for (String s : List.of("sticky: no \"falha humana\" in the root cause, please; describe the tank and the vent",
                "Das war kein menschliches Versagen, sondern ein fehlender Grenzwert im Regler.",
                "Le nouveau verrouillage protège contre l'erreur humaine lors du remplissage.",
                "Nadie resultó herido y el servicio volvió a las 14:10.",
                "Keiner der Techniker musste das Formular noch einmal ausfüllen.")) {
            assertThat(d.detect(s)).as(s).isEmpty();
        }
    }

    @Test
    void phaseThirtyOneHumanErrorKindsAreFoundAndTheirNearMissesAreNot() {
        // the rules alone (no learned signal), so that each rule is tested by itself
        BlameDetector d = new BlameDetector(Set.of("Quirinus Abernethy", "Thorgunna Vale"), Set.of(), null);
        // the cause framed by "lost to", "says", "turn out to be", or a reported cause with its frame in quotes
        assertThat(d.detect("The review's headline was that the probe was lost to a human error in the ground software."))
                .isPresent();
        assertThat(d.detect("The RCA basically says human error in the cabling, that's it.")).isPresent();
        assertThat(d.detect("It'll turn out to be human error at the contractor, it always is.")).isPresent();
        assertThat(d.detect("The inquest lists the cause as \"human error in drug administration\".")).isPresent();
        assertThat(d.detect("The draft literally said \"root cause: human error in data ingestion\" and nothing more."))
                .isPresent();
        // the label with a role people hold, and after it the one who made it
        assertThat(d.detect("Probable cause (draft): maintenance error in lubricating the trim jackscrew.")).isPresent();
        assertThat(d.detect("The official answer was basically \"clerical error by a guidance analyst\", end of story."))
                .isPresent();
        assertThat(d.detect("The downtime was caused by a human mistake in the installer script.")).isPresent();
        // mistakes put on a party by name
        assertThat(d.detect("Mistakes were made by the hosting partner and they own this outage.")).isPresent();
        assertThat(d.detect("mistakes were made by the regional control room during the afternoon ramp")).isPresent();
        // near misses: a label quoted to be questioned, a program's errors, the passive with no one, a design against
        // the error, errors that came from a program's workers, a device's controller
        assertThat(d.detect("Calling this \"contractor error\" stops the analysis where it gets interesting.")).isEmpty();
        assertThat(d.detect("Some newspapers wrote 'Swiss operator error', but the report describes a load flow.")).isEmpty();
        assertThat(d.detect("Errors were made by the parser when the file was truncated.")).isEmpty();
        assertThat(d.detect("Mistakes were made.")).isEmpty();
        assertThat(d.detect("The checklist guards against human error in data entry.")).isEmpty();
        assertThat(d.detect("The outage was caused by errors from the queue workers.")).isEmpty();
        assertThat(d.detect("The outage was caused by a disk controller error on the primary.")).isEmpty();
        assertThat(d.detect("We designed the console so that a human mistake cannot delete a volume.")).isEmpty();
    }

    @Test
    void phaseTwelveKindsAreFoundAndTheirNearMissesAreNot() {
        // the rules alone (no learned signal), so that each rule is tested by itself
        BlameDetector d = new BlameDetector(Set.of("Quirinus Abernethy", "Thorgunna Vale"), Set.of(), null);
        // "because of a simple human error": the cause named, although "of" also starts "the risk of human error"
        assertThat(d.detect("The capsule crashed because of a simple human error in the drawing.")).isPresent();
        assertThat(d.detect("The checklist reduces the risk of human error during the swap.")).isEmpty();
        // quoted from others and answered: mentioned, not asserted
        assertThat(d.detect("Some newspapers wrote 'Swiss operator error', but the report describes a load flow no "
                + "phone call could have fixed.")).isEmpty();
        // setting the who-question aside
        assertThat(d.detect("Let's not argue about who was on shift; the reserve rule let two trips become a blackout."))
                .isEmpty();
        // ironic frames, and the generic "how do you ... and not ...?"
        assertThat(d.detect("Nothing says 'ready for caucus night' like an app installed through a side door."))
                .isPresent();
        assertThat(d.detect("Lovely touch, leaving an unpatched mail client on the workstation that became the door."))
                .isPresent();
        assertThat(d.detect("What a result: years of design work destroyed by one spreadsheet in one week."))
                .isPresent();
        assertThat(d.detect("How do you fly to Mars and not test what happens when the IMU saturates?")).isPresent();
        assertThat(d.detect("How do you test what happens when the IMU saturates?")).isEmpty();
        // "should have" about a capitalised name that is none of the incident's people: a system, not a person
        assertThat(d.detect("Phoenix should have flagged an employee whose pay dropped to zero.")).isEmpty();
        assertThat(d.detect("Thorgunna should have flagged the employee whose pay dropped to zero.")).isPresent();
    }

    @Test
    void phaseElevenKindsAreFoundAndTheirNearMissesAreNot() {
        // the rules alone (no learned signal), so that each rule is tested by itself
        BlameDetector d = new BlameDetector(Set.of("Brisenda Kovac", "Lysimachus Oyelaran"), Set.of(), null);
        // asking who is to blame, set aside for the systemic question: blameless, even with a failure verb inside
        assertThat(d.detect("The question is not who typed the command but why one mistyped step could strand both "
                + "networks.")).isEmpty();
        assertThat(d.detect("Asking which manager missed it does not make the buildings cooler.")).isEmpty();
        assertThat(d.detect("Blaming the person who scheduled the job ignores that it had run safely before.")).isEmpty();
        // ... but a sentence that sets the question aside only to answer it with a person is not
        assertThat(d.detect("The question is not who, really: Brisenda skipped the review.")).isPresent();
        // "human error" closed off as the whole explanation, or as what introduced the defect
        assertThat(d.detect("Bottom line from the bridge: a manual network change, human error, nothing more.")).isPresent();
        assertThat(d.detect("The review found that staff error in the change programme introduced the defects."))
                .isPresent();
        assertThat(d.detect("Staff error is always possible, so the change tool now asks for a second approval."))
                .isEmpty();
        // praise next to damage is sarcasm; praise for a recovery is credit
        assertThat(d.detect("Top marks to the RTGS project: a system that falls over the first time anyone removes a "
                + "bank.")).isPresent();
        assertThat(d.detect("Heroic effort by networking: one command and a whole zone mirrors itself to death."))
                .isPresent();
        assertThat(d.detect("Heroic effort by networking: the zone was back up by 14:10.")).isEmpty();
        // "not one person", "not a single engineer": nobody, with emphasis; "not a single alert" is a fact
        Referents r = Referents.none();
        Tagged t = English.tag("Not one person on the call checked the graphs.");
        assertThat(r.of(t, 1, 6).kind()).isEqualTo(Referent.Kind.NOBODY);
        Tagged a = English.tag("Not a single alert fired.");
        assertThat(r.of(a, 1, 4).kind()).isNotEqualTo(Referent.Kind.NOBODY);
    }

    @Test
    void phaseTenRolesOutsideSoftwareTheITDepartmentLowerCaseNamesAndNobodyArePeople() {
        Referents r = new Referents(Set.of("Corwin Adeyemi", "Will Brown"), Set.of());
        // chat writes names in lower case; the tagger then reads "corwin" as a verb. Capitalised first, the subject is
        // a person. Names that are English words too stay as written ("will", "brown").
        assertThat(r.capitaliseNames("why did corwin not even look at the kernel list?"))
                .isEqualTo("why did Corwin not even look at the kernel list?");
        assertThat(r.capitaliseNames("we will check the brown-out logs, see corwin.log"))
                .isEqualTo("we will check the brown-out logs, see corwin.log");
        Tagged t = English.tag("The captain and the pad leader and the capacity planners and IT");
        assertThat(r.of(t, 0, 2).kind()).isEqualTo(Referent.Kind.PERSON);
        assertThat(r.of(t, 3, 6).kind()).isEqualTo(Referent.Kind.PERSON);
        assertThat(r.of(t, 7, 10).kind()).isEqualTo(Referent.Kind.PERSON);
        assertThat(r.of(t, 11, 12).kind()).isEqualTo(Referent.Kind.TEAM);
        // the learned signal is asked about sentences that mention such people, an omission by nobody, or the IT
        // department; not about a sentence whose "it" is a thing
        Referents none = Referents.none();
        assertThat(BlameClassifier.mentionsPeople(English.tag("Great job, IT: one router and the fleet is parked."), none))
                .isTrue();
        assertThat(BlameClassifier.mentionsPeople(English.tag("Nobody in that meeting said no to the launch."), none))
                .isTrue();
        assertThat(BlameClassifier.mentionsPeople(English.tag("The master held the alarm back for an hour."), none))
                .isTrue();
        assertThat(BlameClassifier.mentionsPeople(English.tag("It kept the alarm back for an hour."), none)).isFalse();
    }

    @Test
    void aPersonAsTheAgentOfAFailureIsBlameAndAsTheOneWhoRespondedIsNot() {
        BlameDetector d = new BlameDetector(Set.of("Priya Raman", "Gwen Takahashi"));
        assertThat(d.detect("The config was deployed by Priya without review.")).isPresent();
        assertThat(d.detect("The page was acknowledged by Priya at 09:58 UTC.")).isEmpty();
        assertThat(d.detect("Gwen failed the database over to the replica at 14:31.")).isEmpty();
        assertThat(d.detect("If Gwen had checked the lag, none of this would have happened.").orElseThrow().kind())
                .isEqualTo(BlameDetector.Kind.COUNTERFACTUAL);
        assertThat(d.detect("The alert should have fired at 1%, but the threshold was 5%.")).isEmpty();
    }

    /**
     * The kinds added in issue 16's second phase, each with sentences written for this test (not taken from the study
     * sets) and the near miss it must keep passing.
     */
    /** Issue 16 phase 3: each new rule on sentences written for this test (not from the study sets), with near misses. */
    @Test
    void phaseThreeKindsAreFoundAndTheirNearMissesAreNot() {
        // the rules alone (no learned signal), so that each rule is tested by itself
        BlameDetector d = new BlameDetector(Set.of("Marta Silva", "Ravi Iyer"), Set.of(), null);
        // repeat offences and habits of a person or team; a repeated fact or response is not one
        assertThat(d.detect("Third time this month the payments team has pushed a config straight to prod.")).isPresent();
        assertThat(d.detect("The platform team keeps bypassing the change freeze.")).isPresent();
        assertThat(d.detect("This is the third time this month that the disk filled up.")).isEmpty();
        assertThat(d.detect("Marta restarted the consumer again after the second crash.")).isEmpty();
        assertThat(d.detect("Ravi rolled the flag back to get checkout working again.")).isEmpty();
        assertThat(d.detect("Ravi kept checking the replication lag.")).isEmpty();
        // competence denied, sanctions already taken, trust denied to a group
        assertThat(d.detect("The new DBA was not experienced enough for a failover.")).isPresent();
        assertThat(d.detect("The failover script was not tested against a replica.")).isEmpty();
        assertThat(d.detect("She no longer has admin access to the cluster.")).isPresent();
        assertThat(d.detect("The deploy bot no longer has admin access.")).isEmpty();
        assertThat(d.detect("Contractors should never have been allowed near the core switches.")).isPresent();
        assertThat(d.detect("Real engineers would have caught the typo in review.")).isPresent();
        // a person inside a gerund agent; a response is still not blame
        assertThat(d.detect("The cache stampede was triggered by Marta flushing every key at once.")).isPresent();
        assertThat(d.detect("The incident was declared by Marta paging the IC.")).isEmpty();
        // sarcasm frames; sincere credit for a find
        assertThat(d.detect("Well done Ravi, nothing says stability like a Friday deploy.")).isPresent();
        assertThat(d.detect("Congrats to whoever enabled the flag, the queue blew up within the hour.")).isPresent();
        assertThat(d.detect("Kudos to Marta for tracing the leak to the session cache.")).isEmpty();
        // a person given as what the outage comes down to; "an error by staff" as the cause
        assertThat(d.detect("The outage boils down to Ravi's untested migration.")).isPresent();
        assertThat(d.detect("The outage boils down to an untested migration.")).isEmpty();
        assertThat(d.detect("The review attributed the outage to errors by staff.")).isPresent();
        assertThat(d.detect("The new form guards against errors by staff.")).isEmpty();
        // holding a page; an act turned into a blackout
        assertThat(d.detect("The on-call engineer sat on the alert for an hour.")).isPresent();
        assertThat(d.detect("The on-call engineer sat on the bridge call for an hour.")).isEmpty();
        assertThat(d.detect("The database team turned a minor patch into a day-long blackout.")).isPresent();
        // a role a program plays; quotes opened inside a token
        assertThat(d.detect("The cluster manager should have evicted the pod.")).isEmpty();
        assertThat(d.detect("Our release manager should have paused the train.")).isPresent();
        assertThat(d.detect("We now write 'the config was invalid', not 'Ravi pushed a bad config'.")).isEmpty();
        // the shipped check (rules and the learned signal) leaves plain statements about responders alone
        BlameDetector shipped = new BlameDetector(Set.of("Marta Silva", "Ravi Iyer"));
        assertThat(shipped.detect("Marta paged the database on-call at 09:12.")).isEmpty();
        assertThat(shipped.detect("Ravi rolled back the deploy and the error rate recovered.")).isEmpty();
        assertThat(shipped.detect("The on-call engineer acknowledged the page within two minutes.")).isEmpty();
        assertThat(shipped.detect("Marta noticed the queue depth climbing and opened the incident.")).isEmpty();
    }

    /**
     * Issue 16 phase 4: the kinds held-out 3 showed missing, each on sentences written for this test in new wording (not
     * from any study set), with the near misses each rule must keep passing.
     */
    @Test
    void phaseFourKindsAreFoundAndTheirNearMissesAreNot() {
        BlameDetector d = new BlameDetector(Set.of("Solveig Brekke", "Teodor Marin", "Amaia Etxeberria"), Set.of(), null);
        // sanctions already taken against people; a privilege taken from a system, a roster note
        assertThat(d.detect("Teodor had his production credentials pulled after the review.")).isPresent();
        assertThat(d.detect("Bonuses for the release managers involved have been withdrawn.")).isPresent();
        assertThat(d.detect("Amaia's off the pager until further notice.")).isPresent();
        assertThat(d.detect("The leaked token had its access revoked by the rotation job.")).isEmpty();
        assertThat(d.detect("Amaia is off the pager this week while on holiday.")).isEmpty();
        // repeat offences without a verb for the person; a counted fact or response
        assertThat(d.detect("Third broken release from Solveig in as many weeks.")).isPresent();
        assertThat(d.detect("Teodor's second typo in the routing table this month, and this one took down EU.")).isPresent();
        assertThat(d.detect("The disk alert fired again and again the same night shift was on duty, as usual.")).isPresent();
        assertThat(d.detect("Yet again Solveig, yet again the billing cron.")).isPresent();
        assertThat(d.detect("The second page went to Teodor at 03:10.")).isEmpty();
        assertThat(d.detect("Teodor's second restore attempt finished at 05:20.")).isEmpty();
        assertThat(d.detect("Not the first time the disk filled up; thanks Amaia for catching it early.")).isEmpty();
        // sarcasm measured by its damage
        assertThat(d.detect("Our hero Teodor strikes again: the whole cache cluster flushed at noon.")).isPresent();
        assertThat(d.detect("Kudos to the storage team, deleting a week of backups is one way to free up disk.")).isPresent();
        assertThat(d.detect("Thanks to the replay tool, 2 million queued messages were delivered without loss.")).isEmpty();
        // blame in a timeline row: delivering the defect or the destructive change; delivering a fix or a cleanup
        assertThat(d.detect("11:47 Solveig ships the regression to every tenant")).isPresent();
        assertThat(d.detect("11:52 Solveig merges the script that wipes the primary")).isPresent();
        assertThat(d.detect("11:58 Solveig merges the fix for the regression")).isEmpty();
        assertThat(d.detect("12:03 Teodor deploys the job that deletes expired sessions")).isEmpty();
        // groups and people through a possessive; a system's part is not a person
        assertThat(d.detect("The vendor's technicians never verified the breaker settings.")).isPresent();
        assertThat(d.detect("Solveig's team ignored the capacity warnings for a week.")).isPresent();
        assertThat(d.detect("The cluster's primary never acknowledged the write.")).isEmpty();
        // judging the response and the faculties of a person or group; the load on them, or a missing tool
        assertThat(d.detect("Teodor took way too long to hand over the bridge.")).isPresent();
        assertThat(d.detect("The release managers lacked the judgement to stop a Friday rollout.")).isPresent();
        assertThat(d.detect("Amaia was far too tired to continue after fourteen hours, so Teodor took over.")).isEmpty();
        assertThat(d.detect("The failover took far too long because the health check waited for three timeouts.")).isEmpty();
        assertThat(d.detect("The on-call team lacked a staging copy of the router config.")).isEmpty();
        // a mis- verb and a worsened outcome
        assertThat(d.detect("The night operator misread the graph and made the backlog worse.")).isPresent();
        // the cause put on a person, equated with a person's act, or named as operator error
        assertThat(d.detect("The data loss is squarely on Solveig for skipping the dry run.")).isPresent();
        assertThat(d.detect("checkout 500s -> Teodor's flag flip")).isPresent();
        assertThat(d.detect("The outage came from a mix of operator error and a missing guard.")).isPresent();
        assertThat(d.detect("The follow-up is on Amaia for Friday.")).isEmpty();
        // a question put to a person; a question about the system addressed to one
        assertThat(d.detect("@solveig why did you push during the freeze?")).isPresent();
        assertThat(d.detect("@solveig why did the canary not catch this?")).isEmpty();
        // chat: a roster name in lower case; insinuation with "but"
        assertThat(d.detect("solveig didn't test the migration on staging first")).isPresent();
        assertThat(d.detect("not pointing fingers, but somebody deployed at five on a Friday")).isPresent();
        assertThat(d.detect("We are not pointing fingers; the pipeline allowed a Friday deploy.")).isEmpty();
        // a first-person account is a self-report; blame discussed and rejected is blameless
        assertThat(d.detect("I expected the linter to flag it, so I didn't read the generated file.")).isEmpty();
        assertThat(d.detect("Blaming whoever skipped the review won't explain why one review was the only gate."))
                .isEmpty();
        // found by a second batch of fresh sentences: a privilege lost, "is on X for" an act, a counted bad push,
        // and a privilege revoked by a job (not a sanction)
        assertThat(d.detect("The two night operators have lost their deploy rights for now.")).isPresent();
        assertThat(d.detect("The cache stampede is on Teodor for flushing every key at once.")).isPresent();
        assertThat(d.detect("Teodor's third bad push this month, and this one dropped the sessions table.")).isPresent();
        assertThat(d.detect("Access for the build robot was revoked by the nightly key rotation.")).isEmpty();
        // every finding still carries a rewrite in systems language
        assertThat(d.detect("11:47 Solveig ships the regression to every tenant").orElseThrow().suggestion()).isNotBlank();
    }

    /** Issue 16 phase 5: the blame kinds held-out 4 showed, on sentences written for this test, with near misses. */
    @Test
    void phaseFiveKindsAreFoundAndTheirNearMissesAreNot() {
        org.assertj.core.api.SoftAssertions softly = new org.assertj.core.api.SoftAssertions();
        BlameDetector d = new BlameDetector(Set.of("Ingrid Dahl", "Kofi Mensah", "Amaia Etxeberria"), Set.of(), null);
        // a chat speaker before a colon is who wrote the line; a lower-case name with "never" and a past verb
        softly.assertThat(d.detect("kofi: Ingrid never rotated the signing key after the audit")).isPresent();
        softly.assertThat(d.detect("ingrid never upgraded the resolver, so here we are")).isPresent();
        softly.assertThat(d.detect("kofi: the disk filled at 03:00 and the alert went to an old channel")).isEmpty();
        softly.assertThat(d.detect("Amaia never received the page because the rota was empty.")).isEmpty();
        // held back what needed acting on; a hold said of a long time or a brushed-off warning
        softly.assertThat(d.detect("Kofi sat on the disk pressure tickets for most of a week")).isPresent();
        softly.assertThat(d.detect("the platform group sat on the kernel patch for months")).isPresent();
        softly.assertThat(d.detect("09:12 Ingrid shrugs off the vendor's capacity warning")).isPresent();
        // repeat offences: a name with "again" as the whole clause, "the same ... who/as", "from the same team"
        softly.assertThat(d.detect("Ingrid again. fourth cert expiry this year")).isPresent();
        softly.assertThat(d.detect("The same contractor who dropped the index in May.")).isPresent();
        softly.assertThat(d.detect("third regression this quarter from the same release crew")).isPresent();
        softly.assertThat(d.detect("Once again it's Kofi's team, they shipped the broken schema last spring too.")).isPresent();
        softly.assertThat(d.detect("The same team that built the cache also restored it within the hour.")).isEmpty();
        softly.assertThat(d.detect("Paged Ingrid again at 04:10 when the lag came back.")).isEmpty();
        // questions that charge people; questions about the system, and a question quoted as someone's
        softly.assertThat(d.detect("who approves a schema change on a Friday night?? 🙄")).isPresent();
        softly.assertThat(d.detect("Retro note: how did no one on the desk notice the queue at 40k for a day?")).isPresent();
        softly.assertThat(d.detect("What sort of admin leaves the root password in a wiki page?")).isPresent();
        softly.assertThat(d.detect("Why in the world was anybody running ad-hoc SQL on the primary?")).isPresent();
        softly.assertThat(d.detect("who exactly was supposed to renew that domain?")).isPresent();
        softly.assertThat(d.detect("why did nobody get paged when the queue backed up?")).isEmpty();
        softly.assertThat(d.detect("Amaia asked: how did the alert route to an old channel?")).isEmpty();
        // competence, name-calling, inexperience given as the cause; a system that is not big enough
        softly.assertThat(d.detect("the vendor's on-call doesn't even know what a TTL is")).isPresent();
        softly.assertThat(d.detect("frankly the night shift folks aren't experienced enough for a failover")).isPresent();
        softly.assertThat(d.detect("Their DBAs are cowboys, plain and simple.")).isPresent();
        softly.assertThat(d.detect("most of them were new and didn't know the restore steps")).isPresent();
        softly.assertThat(d.detect("The disk wasn't big enough for the March backlog.")).isEmpty();
        softly.assertThat(d.detect("The nodes were new and didn't know the cluster topology yet.")).isEmpty();
        // mistakes and causes put on a person, named or not
        softly.assertThat(d.detect("The outage traces back to an error a contractor made in the firewall rules.")).isPresent();
        softly.assertThat(d.detect("Honestly this is on whoever wrote the cleanup cron.")).isPresent();
        softly.assertThat(d.detect("It was a new engineer acting without a reviewer, we all know that.")).isPresent();
        softly.assertThat(d.detect("we all know whose branch the bad migration came from")).isPresent();
        softly.assertThat(d.detect("It was a new replica that took the writes.")).isEmpty();
        // sanctions pending a review
        softly.assertThat(d.detect("Kofi has been moved off the release rota pending the investigation.")).isPresent();
        softly.assertThat(d.detect("Kofi is off the pager until the root-cause review is finished.")).isPresent();
        softly.assertThat(d.detect("Kofi moved the traffic off the old region at 10:20.")).isEmpty();
        // a person as the agent of what did harm; a person as the agent of a fix
        softly.assertThat(d.detect("the token that leaked was committed by ingrid last March")).isPresent();
        softly.assertThat(d.detect("flag flip by Kofi -> checkout outage for 20 min")).isPresent();
        softly.assertThat(d.detect("if Ingrid had not disable the guard, nothing would have reached prod")).isPresent();
        softly.assertThat(d.detect("The fix was written by Amaia and merged at 12:05.")).isEmpty();
        softly.assertThat(d.detect("The rollback by Amaia -> errors back to baseline in 4 minutes")).isEmpty();
        softly.assertThat(d.detect("if the job had not retried, the queue would have drained.")).isEmpty();
        // containment: taking down or removing what was harmful, a practice named after what it manages
        softly.assertThat(d.detect("Ingrid took down the mirror and revoked the exposed token the same afternoon.")).isEmpty();
        softly.assertThat(d.detect("Amaia removed the rogue cron entry and the errors stopped.")).isEmpty();
        softly.assertThat(d.detect("our secret management did not rotate the old keys, so they stayed valid")).isEmpty();
        // every finding still carries a rewrite in systems language
        softly.assertThat(d.detect("Ingrid again. fourth cert expiry this year").orElseThrow().suggestion()).isNotBlank();
        softly.assertAll();
    }

    /** Issue 16 phase 5: action items that are habits or directions, on items written for this test. */
    @Test
    void phaseFiveActionItemKinds() {
        // a habit for people to remember or stop, or to keep current; an outcome anyone wants with nothing named
        assertThat(Testability.testable("Remember to announce schema changes in the release channel")).isFalse();
        assertThat(Testability.testable("Stop hand-editing production configs")).isFalse();
        assertThat(Testability.testable("Keep build agents up to date")).isFalse();
        assertThat(Testability.testable("Avoid future outages")).isFalse();
        assertThat(Testability.testable("Minimise dependencies between our systems")).isFalse();
        assertThat(Testability.testable("Raise reliability awareness among employees")).isFalse();
        // near misses: a named thing to stop or keep current by a job, a concrete reduction
        assertThat(Testability.testable("Stop the legacy exporter cron on every host")).isTrue();
        assertThat(Testability.testable("Add a nightly job that upgrades the build agents' base image and fails the "
                + "pipeline when any agent is more than 7 days behind")).isTrue();
        assertThat(Testability.testable("Reduce the DNS TTL on api.example.com to 60 seconds")).isTrue();
    }

    /** Issue 16 phase 4: the action-item kinds held-out 3 showed, on items written for this test. */
    @Test
    void phaseFourActionItemKinds() {
        // bounded: a named thing after a determiner, an "of the ..." owner of a quality, a setting held, automation
        assertThat(Scope.rulesBounded("Audit the on-call escalation lists")).isTrue();
        assertThat(Scope.rulesBounded("Improve logging of the billing exporter")).isTrue();
        assertThat(Scope.rulesBounded("Make the rollback script quicker")).isTrue();
        assertThat(Scope.rulesBounded("Keep the read replicas pinned at version 14.2 until the upgrade review")).isTrue();
        assertThat(Scope.rulesBounded("Replay every schema change in CI against a nightly snapshot of the orders database"))
                .isTrue();
        assertThat(Scope.rulesBounded("Find out why the exporter ignores retries")).isTrue();
        // not bounded: a habit handed on or carried on, retraining, every future event, nothing named at all
        assertThat(Scope.rulesBounded("Have the shift lead verify backups before handover")).isFalse();
        assertThat(Scope.rulesBounded("Continue to watch for failed logins")).isFalse();
        assertThat(Scope.rulesBounded("Retrain the support staff on escalation paths")).isFalse();
        assertThat(Scope.rulesBounded("Adopt canary releases for future schema migrations")).isFalse();
        assertThat(Scope.rulesBounded("De-risk Postgres major upgrades")).isFalse();
        assertThat(Scope.rulesBounded("Communicate better")).isFalse();
        assertThat(Scope.rulesBounded("Mary should be more careful with merges")).isFalse();
        // testable: a rule for people to remember, a check handed to a person, retraining
        assertThat(Testability.testable("Never restart the primary during business hours")).isFalse();
        assertThat(Testability.testable("Get a second engineer to verify each failover")).isFalse();
        assertThat(Testability.testable("Retrain the night operators on the new console")).isFalse();
        assertThat(Testability.testable("Make the failover script refuse to run while replication lag is above 5s"))
                .isTrue();
        // recurrence: a page is detection whatever its condition; a guard said outright prevents
        assertThat(Recurrence.judge("Page the storage on-call when more than three disks stop reporting within 10 minutes"))
                .isEqualTo(PreventsRecurrence.DETECTS_ONLY);
        assertThat(Recurrence.judge("Route the backup job's failure emails to the paging rotation"))
                .isEqualTo(PreventsRecurrence.DETECTS_ONLY);
        assertThat(Recurrence.judge("Emit a metric of rows deleted per migration and alert above 1000"))
                .isEqualTo(PreventsRecurrence.DETECTS_ONLY);
        assertThat(Recurrence.judge("Write the cleanup section of the runbook, and make purge-host refuse to run on a "
                + "host that still holds a lease")).isEqualTo(PreventsRecurrence.YES);
        assertThat(Recurrence.judge("Require two engineers to approve in the change tool before any drop of a production "
                + "table is allowed")).isEqualTo(PreventsRecurrence.YES);
        assertThat(Recurrence.judge("Make the refund job skip the payout when a refund for the order already exists"))
                .isEqualTo(PreventsRecurrence.YES);
    }

    @Test
    void phaseThreeActionItemAndWentWellKinds() {
        // a question is judged on what it names (the study sets' label rule: one named system is bounded, its
        // testability is the criterion that fails); an open one stays open
        assertThat(Scope.rulesBounded("Should we move the cron job to UTC?")).isTrue();
        assertThat(Testability.testable("Should we move the cron job to UTC?")).isFalse();
        assertThat(Scope.rulesBounded("Should we add more alerts to our services?")).isFalse();
        assertThat(Scope.rulesBounded("More load testing")).isFalse();
        assertThat(Scope.rulesBounded("Strengthen database resilience")).isFalse();
        assertThat(Scope.rulesBounded("Improve operator tooling")).isFalse();
        assertThat(Scope.rulesBounded("Improve search monitoring")).isTrue();
        assertThat(Testability.testable("Find out why the backup job skipped Sunday")).isFalse();
        assertThat(Owners.isPerson("Legal")).isFalse();
        assertThat(Owners.isPerson("on-call")).isFalse();
        assertThat(Owners.isPerson("Dev Patel")).isTrue();
        // institutions and whole trades are not a person
        for (String org : java.util.List.of("Regulator", "Agency", "Army", "Queensland Treasury", "industry", "operators", "personnel"))
            assertThat(Owners.isPerson(org)).as(org).isFalse();
        assertThat(Owners.isPerson("Regina Agnew")).isTrue();
        for (String person : java.util.List.of("A. Mbatha", "o.vasquez-tull (tank design)", "h.appiah-lund (IT ops)"))
            assertThat(Owners.isPerson(person)).as(person).isTrue();
        for (String org : java.util.List.of("Thiokol and the project office", "London Fire Brigade", "Masters", "Communications"))
            assertThat(Owners.isPerson(org)).as(org).isFalse();
        assertThat(Recurrence.judge("Figure out why the backup alert never paged"))
                .isEqualTo(io.postmortem.postmortem.ActionItem.PreventsRecurrence.PARTIALLY);
        assertThat(Recurrence.judge("Add validation to the deploy API: replica count must be at least 2"))
                .isEqualTo(io.postmortem.postmortem.ActionItem.PreventsRecurrence.YES);
        assertThat(Recurrence.judge("Convert the orders ID column from int to bigint"))
                .isEqualTo(io.postmortem.postmortem.ActionItem.PreventsRecurrence.YES);
        assertThat(Recurrence.judge("Review paging procedures"))
                .isEqualTo(io.postmortem.postmortem.ActionItem.PreventsRecurrence.PARTIALLY);
        assertThat(Recurrence.judge("Improve the checkout alerting"))
                .isEqualTo(io.postmortem.postmortem.ActionItem.PreventsRecurrence.DETECTS_ONLY);
        assertThat(WentWell.problem("Great support from Payments Ops.")).isPresent();
        assertThat(WentWell.problem("Calm atmosphere and no finger pointing.")).isPresent();
        assertThat(WentWell.problem("The feature flag let us turn the new path off in a minute.")).isEmpty();
    }

    @Test
    void phaseTwoKindsAreFoundAndTheirNearMissesAreNot() {
        BlameDetector d = new BlameDetector(Set.of("Tomasz Wolski", "Aiko Mori", "Bruno Costa"));
        // counterfactual with a participle the tagger misreads, and its copular / system-handed near misses
        assertThat(d.detect("Tomasz should've rolled back the schema first.")).isPresent();
        assertThat(d.detect("Aiko should have been able to fail over, but the standby had no replication slot."))
                .isEmpty();
        assertThat(d.detect("Bruno should have had a way to pause the job; the scheduler offered none.")).isEmpty();
        // the subject of a free relative, across an infinitive
        assertThat(d.detect("Whoever set the cron job to run at midnight needs to lose merge rights.")).isPresent();
        assertThat(d.detect("The engineer who told the script to skip locked rows didn't think it through."))
                .isPresent();
        // a causative's infinitive belongs to the causer: a runbook that let someone act is about the runbook
        assertThat(d.detect("Bruno noted that the runbook let one person override the freeze without a review."))
                .isEmpty();
        // a quoted blaming sentence is mentioned, not asserted
        assertThat(d.detect("'Aiko broke the build' is where the conversation used to stop.")).isEmpty();
        // sanctions, denied know-how, insinuation, competence said to be absent
        assertThat(d.detect("Aiko should never be trusted with the prod console again.")).isPresent();
        assertThat(d.detect("The weekend operator didn't know how to drain the node.")).isPresent();
        assertThat(d.detect("Let's just say Tomasz won't be touching the load balancer for a while.")).isPresent();
        assertThat(d.detect("Clearly no one experienced reviewed the migration.")).isPresent();
        assertThat(d.detect("Deploys should pause at night when fewer engineers are online.")).isEmpty();
        assertThat(d.detect("Who on earth merged a schema change on a Friday evening?")).isPresent();
        // an organisation outside the incident's people is not blamed for what it did not do
        assertThat(d.detect("Hetzner did not tell us the rack was on battery.")).isEmpty();
        // sincere credit names a recovery; a rough manner verb needs something handled roughly; absence is a fact
        assertThat(d.detect("Thanks to Aiko we lost no data.")).isEmpty();
        assertThat(d.detect("Kudos to Bruno, who got the site back after the outage.")).isEmpty();
        assertThat(d.detect("Aiko slammed into a wall of 500s when she opened the dashboard.")).isEmpty();
        assertThat(d.detect("A contractor slammed the breaker back on.")).isPresent();
        assertThat(d.detect("Nobody senior was available, so the on-call escalated to the vendor.")).isEmpty();
    }

    @Test
    void phaseTwoActionItemAndWentWellKinds() {
        assertThat(Testability.testable("Beef up the backup checks")).isFalse();
        assertThat(Testability.testable("Check the dashboards after every release")).isFalse();
        assertThat(Testability.testable("Prevent the importer from writing rows with a null tenant id")).isTrue();
        assertThat(Scope.rulesBounded("Re-read the migration guide before upgrades")).isFalse();
        assertThat(Scope.rulesBounded("Double-check the failover runbook before the next game day")).isTrue();
        assertThat(Recurrence.judge("Disable the legacy bulk-delete endpoint on the admin API"))
                .isEqualTo(PreventsRecurrence.YES);
        assertThat(Recurrence.judge("Add a smoke test for the login page that pages the web on-call on failure"))
                .isEqualTo(PreventsRecurrence.DETECTS_ONLY);
        assertThat(Owners.isPerson("me")).isFalse();
        assertThat(Owners.isPerson("Florence")).isTrue();
        assertThat(WentWell.problem("The database team stayed calm under pressure.")).isPresent();
        assertThat(WentWell.problem("Failing over to the standby took four minutes because the runbook had the "
                + "exact commands.")).isEmpty();
    }

    @Test
    void humanErrorAsTheRootCauseIsAnErrorAndElsewhereAWarningWithTheSystemicQuestion() {
        PostMortem seed = seedExample();
        List<String> badly = new ArrayList<>(seed.wentBadly());
        badly.add("The outage was caused by human error.");
        PostMortem doc = seed.toBuilder().rootCause(new RootCause("Human error during the certificate renewal.",
                RootCause.Certainty.CONFIRMED, "IdP logs")).wentBadly(badly).build();
        List<Finding> f = rule(doc, BlamelessLanguageRule.ID);
        assertThat(f).extracting(Finding::path, Finding::severity).containsExactlyInAnyOrder(
                tuple("rootCause.sentence", Severity.ERROR), tuple("wentBadly[4]", Severity.WARNING));
        assertThat(f).allSatisfy(x -> {
            assertThat(x.message()).contains("what made the error possible");
            assertThat(x.suggestion()).startsWith("Ask what made the error possible");
        });
    }

    @Test
    void aVagueWentWellEntryIsAWarningAskingForWhatHelped() {
        List<String> well = new ArrayList<>(seedExample().wentWell());
        well.add("Great teamwork, everyone pulled together.");
        List<Finding> f = rule(seedExample().toBuilder().wentWell(well).build(), WentWellRule.ID);
        assertThat(f).extracting(Finding::path, Finding::severity).containsExactly(tuple("wentWell[3]", Severity.WARNING));
        assertThat(f.get(0).message()).contains("Name what helped");
        assertThat(f.get(0).suggestion()).isNotBlank();
    }

    @Test
    void eachActionItemFindingNamesItsCriterionAndOffersAFix() {
        PostMortem doc = seedExample().toBuilder().actionItems(List.of(
                new ActionItem("x1", "Double-check the hostname before running rm on database servers", null, "acc-1",
                        "Alex Morgan", DUE, PreventsRecurrence.PARTIALLY, null, null, null),
                new ActionItem("x2", "Add a CI check that rejects an empty allow-list in every config going forward",
                        null, "acc-2", "Sam Lee", DUE, PreventsRecurrence.YES, null, null, null),
                new ActionItem("x3", "Page the identity on-call when certificate expiry is under 14 days", null,
                        "acc-3", "the on-call", DUE, PreventsRecurrence.YES, null, null,
                        null))).build();
        List<Finding> f = facilitator.check(doc, RuleContext.from(doc, CLOCK)).stream()
                .filter(x -> x.rule().startsWith("actions.")).toList();
        assertThat(f).extracting(Finding::rule, Finding::path).containsExactlyInAnyOrder(
                tuple(ActionItemRule.TESTABLE, "actionItems[0].summary"),
                tuple(ActionItemRule.BOUNDED, "actionItems[1].summary"),
                tuple(ActionItemRule.OWNER_TEAM, "actionItems[2].ownerAccountId"),
                tuple(ActionItemRule.RECURRENCE, "actionItems[2].preventsRecurrence"));
        assertThat(f.get(0).message()).contains("A1 is not testable");
        assertThat(f.get(0).suggestion()).startsWith("Make the system do the checking");
        assertThat(f).filteredOn(x -> x.rule().equals(ActionItemRule.BOUNDED)).first()
                .satisfies(x -> {
                    assertThat(x.suggestion()).doesNotContain("going forward");
                    // phase 18: asked, not asserted, and still naming the criterion and why
                    assertThat(x.severity()).isEqualTo(Severity.WARNING);
                    assertThat(x.message()).startsWith("Is A2's scope bounded? As written, it is open-ended in time");
                });
        assertThat(f).filteredOn(x -> x.rule().equals(ActionItemRule.OWNER_TEAM)).first()
                .satisfies(x -> assertThat(x.message()).contains("a role, not a named person"));
        assertThat(f).filteredOn(x -> x.rule().equals(ActionItemRule.RECURRENCE)).first()
                .satisfies(x -> assertThat(x.suggestion()).isEqualTo("DETECTS_ONLY"));
    }

    @Test
    void ownersAreOneNamedPerson() {
        assertThat(Owners.isPerson("Hyun-woo Kim")).isTrue();
        assertThat(Owners.isPerson("@eitan")).isTrue();
        assertThat(Owners.isPerson("R. Jimenez")).isTrue();
        assertThat(Owners.problem("Payments squad")).isEqualTo(Owners.Problem.TEAM);
        assertThat(Owners.problem("ops on-call")).isEqualTo(Owners.Problem.ROLE);
        assertThat(Owners.isPerson("SRE")).isFalse();
        assertThat(Owners.problem("we")).isEqualTo(Owners.Problem.WE);
        assertThat(Owners.problem("TBD")).isEqualTo(Owners.Problem.NONE_GIVEN);
        assertThat(Owners.problem("Niamh / Oliver")).isEqualTo(Owners.Problem.SEVERAL);
    }

    @Test
    void aPracticeRepeatedOnACalendarIsNotAFinitePieceOfWork() {
        assertThat(Scope.rulesBounded("Rehearse the database failover twice a year and record the time to recover")).isFalse();
        assertThat(Scope.rulesBounded("Reconcile the DNS zone inventory against the registrar each month")).isFalse();
        assertThat(Scope.rulesBounded("Run the restore drill every two weeks and log the restore time")).isFalse();
        // ownership, care and a pace are never finished either
        assertThat(Scope.rulesBounded("Own the search cluster's latency")).isFalse();
        assertThat(Scope.rulesBounded("Ease off on Friday deploys")).isFalse();
        assertThat(Scope.rulesBounded("Load-test harder next time")).isFalse();
        assertThat(Scope.rulesBounded("Make the indexer own its retry budget of 3 attempts per document")).isTrue();
        // near misses: the same practice done once, and a machine doing it on a schedule
        assertThat(Scope.rulesBounded("Rehearse the database failover once before the migration")).isTrue();
        assertThat(Scope.rulesBounded("Reconcile the DNS zone inventory against the registrar automatically by cron "
                + "each month")).isTrue();
    }

    @Test
    void aLookThatOnlyTellsSomeoneDetects() {
        assertThat(Recurrence.judge("Compare the replica schema with the primary every night and raise a ticket on any "
                + "difference")).isEqualTo(PreventsRecurrence.DETECTS_ONLY);
        assertThat(Recurrence.judge("Scan the Terraform state weekly for public buckets and file a bug for every hit"))
                .isEqualTo(PreventsRecurrence.DETECTS_ONLY);
        // near misses: the same look that also acts, or that fails the release
        assertThat(Recurrence.judge("Compare announced routes before and after every router push and roll back on any "
                + "unplanned difference")).isNotEqualTo(PreventsRecurrence.DETECTS_ONLY);
        assertThat(Recurrence.judge("Diff every price template against the tariff on each change and fail the publish "
                + "job on any mismatch")).isNotEqualTo(PreventsRecurrence.DETECTS_ONLY);
    }

    @Test
    void anOrganisationOrATeamHandleIsNotAPerson() {
        // the largest vendors, a company suffix, joined words with an inner capital, a handle made of team stems
        for (String org : List.of("Cisco", "Huawei", "Globex Ltd", "Initech Technologies", "PagerDuty", "CrowdStrike"))
            assertThat(Owners.problem(org)).as(org).isEqualTo(Owners.Problem.ORGANISATION);
        for (String handle : List.of("@dbadmin", "@infrasec", "@noc-oncall"))
            assertThat(Owners.isPerson(handle)).as(handle).isFalse();
        // near misses: a one-word given name, a surname with an inner capital, personal handles
        for (String person : List.of("Rhosyn", "Tavita", "Siobhan McDonald", "Ciara MacAuley", "Liam O'Brien",
                "@devi", "@monique", "@netta.k", "Marta Cisneros"))
            assertThat(Owners.isPerson(person)).as(person).isTrue();
    }

    /** Phase 12 (held-out 13's misses): a company of two or more words, gates and checks that fail, wishes. */
    @Test
    void phaseTwelveActionItemKinds() {
        // a capitalised name ending in a company word is an organisation; a given name before it, or lower case, is not
        for (String org : List.of("British Airways", "American Airlines", "Lloyds Bank", "Acme Group", "Barts Health NHS Trust"))
            assertThat(Owners.problem(org)).as(org).isEqualTo(Owners.Problem.ORGANISATION);
        assertThat(Owners.problem("the SRE group")).isEqualTo(Owners.Problem.TEAM);
        for (String person : List.of("Priya Trust", "Ketevan Marchbank", "Samantha Power"))
            assertThat(Owners.isPerson(person)).as(person).isTrue();
        // a gate on every one to come, and a check that fails every build, take the trigger away
        assertThat(Recurrence.judge("Require a rollback plan before every schema change is approved"))
                .isEqualTo(PreventsRecurrence.YES);
        assertThat(Recurrence.judge("Require a load test at twice peak before any new payment provider goes live"))
                .isEqualTo(PreventsRecurrence.YES);
        assertThat(Recurrence.judge("Add a pipeline step that fails every build packaging a library with a known "
                + "critical CVE")).isEqualTo(PreventsRecurrence.YES);
        // near miss: a step that only warns
        assertThat(Recurrence.judge("Add a pipeline step that warns about builds packaging a library with a known "
                + "critical CVE")).isEqualTo(PreventsRecurrence.PARTIALLY);
        // a CI check built once is bounded though it runs on every new migration; "ongoing" stays open
        assertThat(Scope.rulesBounded("Add a CI check that fails any new migration creating an integer primary key")).isTrue();
        assertThat(Scope.rulesBounded("Add a CI check for new migrations, ongoing")).isFalse();
        // a value ranked first and a never-again wish are never finished; an order that is a setting is
        assertThat(Scope.rulesBounded("Put patient safety first")).isFalse();
        assertThat(Scope.rulesBounded("Never let this happen again")).isFalse();
        assertThat(Scope.rulesBounded("Put the payment service first in the failover order")).isTrue();
        // a figure compared, reported or published hourly or weekly by people is a recurring practice
        assertThat(Scope.rulesBounded("Report every hour the depth of the payment queue to the duty manager")).isFalse();
        assertThat(Scope.rulesBounded("Compare ledger totals with bank statements every week")).isFalse();
        assertThat(Scope.rulesBounded("Publish a monthly report of certificate expiry dates")).isFalse();
        // near misses: done once, or done by a machine
        assertThat(Scope.rulesBounded("Report the depth of the payment queue to the duty manager")).isTrue();
        assertThat(Scope.rulesBounded("Publish the depth of the payment queue every hour to the capacity dashboard "
                + "automatically")).isTrue();
    }

    /**
     * Phase 18: a guard set once over every case to come is a finite piece of work (the false "not bounded" finding
     * that recurred in eight study sets); the same words as a person's standing activity, or said "ongoing", are not.
     */
    @Test
    void aGuardOverEveryCaseToComeIsBoundedButAStandingCheckIsNot() {
        assertThat(Scope.rulesBounded("Reject any invoice batch whose line totals differ from the ledger export")).isTrue();
        assertThat(Scope.rulesBounded("Require a second reviewer's approval for any new firewall rule on the edge routers")).isTrue();
        assertThat(Scope.rulesBounded("Block deploys to the payments cluster in the 30 minutes before each settlement run")).isTrue();
        // near misses: the same scope checked by people, and the guard said to be ongoing or from now on
        assertThat(Scope.rulesBounded("Double-check every invoice batch before release")).isFalse();
        assertThat(Scope.rulesBounded("Review any new firewall rule before it ships")).isFalse();
        assertThat(Scope.rulesBounded("Require a second reviewer for every firewall change, ongoing")).isFalse();
        assertThat(Scope.rulesBounded("Reject weak passwords from now on")).isFalse();
    }

    @Test
    void phaseThirteenOwnerKinds() {
        // a domain, a bot account, a handle made of trust-and-safety words
        assertThat(Owners.problem("Name.com")).isEqualTo(Owners.Problem.ORGANISATION);
        assertThat(Owners.isPerson("@deps-bot")).isFalse();
        assertThat(Owners.isPerson("renovate[bot]")).isFalse();
        assertThat(Owners.isPerson("@trust-safety")).isFalse();
        // a capitalised name the list lacks, then an initial
        assertThat(Owners.isPerson("Sunnelie A.")).isTrue();
        // near misses: a dotted user name, a surname ending in "bot", a handle that only starts with a team word, a
        // team word then a letter
        assertThat(Owners.isPerson("alex.kim")).isTrue();
        assertThat(Owners.isPerson("@talbot")).isTrue();
        assertThat(Owners.isPerson("@trusty")).isTrue();
        assertThat(Owners.isPerson("Platform A")).isFalse();
    }

    @Test
    void aVendorOwnerIsNotTakenForOneOfTheIncidentsPeople() {
        PostMortem doc = seedExample().toBuilder().actionItems(List.of(
                new ActionItem("v1", "Ship a fixed certificate bundle in the next firmware release", null, "acc-9",
                        "Microsoft", DUE, PreventsRecurrence.YES, null, null, null))).build();
        RuleContext ctx = RuleContext.from(doc, CLOCK);
        assertThat(ctx.people()).doesNotContain("Microsoft");
        assertThat(facilitator.check(doc, ctx)).filteredOn(x -> x.rule().equals(ActionItemRule.OWNER_TEAM))
                .singleElement().satisfies(x -> assertThat(x.message()).contains("an organisation"));
    }

    @Test
    void theContextKnowsMentionedPeopleAndNamedTeams() {
        PostMortem doc = seedExample().toBuilder()
                .wentBadly(List.of("@kwame.m paged the Payments SRE team at 10:02.")).build();
        RuleContext ctx = RuleContext.from(doc, CLOCK);
        assertThat(ctx.people()).contains("kwame.m");
        assertThat(ctx.teams()).contains("Payments SRE team");
        assertThat(ctx.withTeams(List.of("Identity")).teams()).contains("Identity", "Payments SRE team");
    }

    /**
     * Phase 25 (held-out 28 read): a legal sanction wished after the fact ("should have been sent to borstal") is blame
     * as the wish for one is; the same words about a message or a job stay clean. An absolute promise over a class of
     * harm with no mechanism, and watching with no end, are not testable; one named thing stopped, or the same promise
     * with its mechanism, or watching with a threshold, are.
     */
    @Test
    void phaseTwentyFiveKinds() {
        BlameDetector d = new BlameDetector(Set.of("Ilse Marrow"), Set.of(), null);
        assertThat(d.detect("The boys who started it should have been sent to borstal, not fined three pounds.")).isPresent();
        assertThat(d.detect("The two contractors should have been jailed for what they did.")).isPresent();
        // near misses: a message or a report sent somewhere
        assertThat(d.detect("The alert should have been sent to the on-call channel, not the team inbox.")).isEmpty();
        assertThat(d.detect("The report should have been sent to the regulator within 72 hours.")).isEmpty();

        assertThat(Testability.rulesTestable("Stop this class of outage for good.")).isFalse();
        assertThat(Testability.rulesTestable("Eliminate the risk of foreign objects.")).isFalse();
        assertThat(Testability.rulesTestable("Guarantee the safety of every guest from now on.")).isFalse();
        assertThat(Testability.rulesTestable("Keep watching the forums for clock trouble.")).isFalse();
        // near misses: one named thing stopped, the promise with its mechanism, watching with a threshold
        assertThat(Testability.rulesTestable("Stop the nightly export job on the reporting cluster for good.")).isTrue();
        assertThat(Testability.rulesTestable("Eliminate the risk of split-brain by requiring a quorum of three nodes for failover."))
                .isTrue();
        assertThat(Testability.rulesTestable("Keep monitoring queue depth every 5 minutes and page on-call above 10,000 messages."))
                .isTrue();
    }

    /**
     * Phase 27 (held-out 30 read): kinds of blame on a group, a role or anyone's competence, each general and each with
     * its near misses: what anyone in a role "worth the name" would have seen; the dead counted against what a person or
     * party did not do; "what kind of people ...?"; nobody lifting a finger; a blind eye turned; a failure on someone's
     * watch. The same words about a system, a procedure or no harm stay clean.
     */
    @Test
    void phaseTwentySevenKinds() {
        BlameDetector d = new BlameDetector(Set.of("Ilse Marrow", "Tomas Quill"), Set.of(), null);
        // competence of anyone in the role
        flaggedBy(d, "Any DBA worth the title would have spotted that the replica was a week behind.", 0);
        flaggedBy(d, "Any engineer with a year on the payments team should know what that flag does.", 0);
        // near misses: a procedure for anyone in the role, and "anyone would have seen the same", which exonerates
        clean(d, "Any engineer who sees this alarm should page the database on-call.");
        clean(d, "Any operator would have seen the same green screen that night.");
        clean(d, "Any change that touches billing would have been caught by the new schema check.");

        // the dead counted against what a person or a party did not do
        flaggedBy(d, "If Tomas had closed the valve at 21:30, four men would be alive today.", 1);
        flaggedBy(d, "If the county engineers had posted a weight limit, those drivers would still be alive.", 1);
        // near misses: a system as the subject of the "if" clause
        clean(d, "If the gas alarm had sounded, the crew would be alive today.");
        clean(d, "If the relief valve had opened at 30 bar, the two fitters would still be here.");

        // what kind of people act so
        flaggedBy(d, "What sort of admin leaves a root password in a public wiki?", 2);
        flaggedBy(d, "Which genius approved a schema change at five on a Friday?", 2);
        // near misses: a question about whom to hire (this rule leaves it; the older accusatory-question rule still
        // reads "what kind of engineer" as a charge, a false alarm not addressed here), and one about a kind of alarm
        assertThat(d.phaseTwentySevenHits("What kind of engineer do we need on the night rota?")).isEmpty();
        clean(d, "What kind of alarm catches a gyro that has stopped spinning?");

        // nobody lifting a finger
        flaggedBy(d, "Nobody in the control room lifted a finger to stop the transfer.", 3);
        // near miss: nobody had to
        clean(d, "Nobody had to lift a finger: the failover was automatic.");

        // a blind eye turned
        flaggedBy(d, "The site managers turned a blind eye to the missing guard rails for years.", 4);
        // near miss: a camera, not people
        clean(d, "The only camera on the platform looked the other way.");

        // a failure on someone's watch
        flaggedBy(d, "Third certificate outage on his watch this year.", 5);
        // near misses: no harm on her watch, and a ship's watch
        clean(d, "Nothing was lost on her watch.");
        clean(d, "The leak was found on the night watch by the second engineer.");
    }

    /** The phase 27 rule numbered {@code rule} fires on the sentence, and the check flags it. */
    private static void flaggedBy(BlameDetector d, String sentence, int rule) {
        assertThat(d.detect(sentence)).as(sentence).isPresent();
        assertThat(d.phaseTwentySevenHits(sentence)).as(sentence).contains(rule);
    }

    /** No phase 27 rule fires on the sentence, and the check leaves it clean. */
    private static void clean(BlameDetector d, String sentence) {
        assertThat(d.detect(sentence)).as(sentence).isEmpty();
        assertThat(d.phaseTwentySevenHits(sentence)).as(sentence).isEmpty();
    }

    /**
     * Phase 28 (held-out 31 read, and the kinds issue 16 names checked over every opened row): thanks that sets one
     * person against others who failed; a person's change thanked for harm; a person or a party that let people down;
     * "not the first time" said with a person or a party; what anyone in a role "knew". Each with near misses; and the
     * older question rule no longer reads a question about whom to hire as a charge.
     */
    @Test
    void phaseTwentyEightKinds() {
        BlameDetector d = new BlameDetector(Set.of("Ilse Marrow", "Tomas Quill"), Set.of(), null);
        // thanks set against others who failed
        assertThat(d.phaseTwentyEightHits("Thanks to Ilse for reading the alert runbook, unlike the people who paged nobody.")).contains(0);
        assertThat(d.detect("Thanks to Ilse for reading the alert runbook, unlike the people who paged nobody.")).isPresent();
        assertThat(d.phaseTwentyEightHits("Big thanks to Tomas, who checked the backups that everyone else ignored.")).contains(0);
        // near misses: plain credit, and credit that names no one else
        assertThat(d.phaseTwentyEightHits("Thanks to Ilse, who drove to the data centre at 3am and swapped the failed disk.")).isEmpty();
        assertThat(d.detect("Thanks to Ilse, who drove to the data centre at 3am and swapped the failed disk.")).isEmpty();
        assertThat(d.phaseTwentyEightHits("Thanks to Tomas for the restore script, which the rest of the week relied on.")).isEmpty();

        // a person's change thanked for harm
        assertThat(d.phaseTwentyEightHits("Thanks to Tomas's quick little patch, an hour of invoices vanished.")).contains(1);
        assertThat(d.detect("Thanks to Tomas's quick little patch, an hour of invoices vanished.")).isPresent();
        // near misses: the change recovered, and no harm done
        assertThat(d.phaseTwentyEightHits("Thanks to Tomas's script, the lost invoices were restored within the hour.")).isEmpty();
        assertThat(d.phaseTwentyEightHits("Thanks to Ilse's runbook we lost no data.")).isEmpty();

        // a person or a party let people down
        assertThat(d.phaseTwentyEightHits("Tomas let the whole team down on Friday night.")).contains(2);
        assertThat(d.phaseTwentyEightHits("The contractor let us down again.")).contains(2);
        // near misses: a system let us down, and letting a battery run down
        assertThat(d.phaseTwentyEightHits("The monitoring let us down again.")).isEmpty();
        assertThat(d.phaseTwentyEightHits("We let the battery run down overnight, as the support note said.")).isEmpty();

        // not the first time, with a person or a party
        assertThat(d.phaseTwentyEightHits("It is not the first time that bolts fall off their trucks on our road.")).contains(3);
        // near miss: a repeat with no person or party
        assertThat(d.phaseTwentyEightHits("This is not the first time the disk filled up on a Sunday.")).isEmpty();
        assertThat(d.detect("This is not the first time the disk filled up on a Sunday.")).isEmpty();

        // what anyone in the role knew
        assertThat(d.phaseTwentyEightHits("Any DBA who had read the release notes knew the index would be dropped.")).contains(4);
        assertThat(d.phaseTwentyEightHits("Any surveyor walking that slope could have told him it was moving.")).contains(4);
        // near misses: a procedure for anyone in the role, and what anyone on the rota knows
        assertThat(d.phaseTwentyEightHits("Any engineer who sees this alarm should page the database on-call.")).isEmpty();
        assertThat(d.phaseTwentyEightHits("Any change that touches billing knew nothing of the new schema.")).isEmpty();

        // the older question rule: a question about whom to hire is not a charge; what kind of person acts so still is
        assertThat(d.detect("What kind of engineer do we need on the night rota?")).isEmpty();
        assertThat(d.detect("What kind of engineer deletes a production table on a Friday?")).isPresent();
    }

    /** Phase 28: an institution named as an owner is not one person; a virtue asked for is not testable. */
    @Test
    void phaseTwentyEightOwnersAndVirtues() {
        assertThat(Owners.isPerson("Federal Highway Administration")).isFalse();
        assertThat(Owners.isPerson("Space Research Institute")).isFalse();
        assertThat(Owners.isPerson("Shipyard")).isFalse();
        assertThat(Owners.isPerson("Ilse Marrow")).isTrue();
        assertThat(Owners.isPerson("Tomas")).isTrue();
        assertThat(Testability.rulesTestable("Raise the discipline of the night shift.")).isFalse();
        assertThat(Testability.rulesTestable("Reinforce the importance of change review.")).isFalse();
        assertThat(Testability.rulesTestable("Add a second reviewer to every change to the billing schema by 1 March.")).isTrue();
    }
}
