package io.postmortem.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BlameDetectorTest {
    private final BlameDetector detector =
            new BlameDetector(Set.of("Alex Morgan", "Dana Ops", "Sam Lee", "Priya Raman", "Jordan Blake"));

    @Test
    void labelledSetReachesNinetyPercentPrecisionAndRecall() throws Exception {
        List<LabelledSet.Item> items = LabelledSet.load("/rules/blame-sentences.tsv", "BLAME");
        assertThat(items).hasSizeGreaterThanOrEqualTo(80);
        LabelledSet.Score score = LabelledSet.score(items, s -> detector.detect(s).isPresent());
        System.out.println(score.report("Blameless language"));
        assertThat(score.recall()).isGreaterThanOrEqualTo(0.9);
        assertThat(score.precision()).isGreaterThanOrEqualTo(0.9);
    }

    /** Sentences written after tuning: reported for honesty; the bar here is lower (0.8) because nothing was fitted. */
    @Test
    void heldOutSetIsReported() throws Exception {
        List<LabelledSet.Item> items = LabelledSet.load("/rules/blame-holdout.tsv", "BLAME");
        LabelledSet.Score score = LabelledSet.score(items, s -> detector.detect(s).isPresent());
        System.out.println(score.report("Blameless language (held-out)"));
        assertThat(score.recall()).isGreaterThanOrEqualTo(0.8);
        assertThat(score.precision()).isGreaterThanOrEqualTo(0.8);
    }

    @Test
    void suggestsASystemicRewriteForAForgottenManualStep() {
        assertThat(detector.detect("Alex forgot to renew the certificate.").orElseThrow().suggestion())
                .isEqualTo("The certificate renewal depended on a manual step with no reminder or automated check.");
        assertThat(detector.detect("Someone forgot to update the DNS record after the migration.").orElseThrow().suggestion())
                .isEqualTo("The DNS record update depended on a manual step with no reminder or automated check.");
    }

    @Test
    void aSystemSubjectThatFailsIsNotBlame() {
        assertThat(detector.detect("The job failed to start.")).isEmpty();
        assertThat(detector.detect("Dana rolled back the deploy.")).isEmpty();
        assertThat(detector.detect("The on-call engineer paged the IC.")).isEmpty();
    }

    @Test
    void findsBlameInOneSentenceOfSeveral() {
        List<BlameDetector.Blame> found = detector.findAll(
                "The certificate expired at 09:41 UTC. Alex should have caught it. Logins recovered at 11:11 UTC.");
        assertThat(found).extracting(BlameDetector.Blame::sentence).containsExactly("Alex should have caught it.");
    }
    /**
     * Phase 22: a timeline row's terse "no &lt;check&gt;" after a person's act reads as "without" (held-out 10, 22 and 25
     * had it: 3 found over every opened set's labelled rows, no new false alarm); what the act produced ("no errors")
     * and a pipeline's act stay clean.
     */
    @Test
    void aTerseNoCheckAfterAPersonsActIsActingWithoutACheck() {
        BlameDetector d = new BlameDetector(java.util.Set.of("Corvin Ashdale", "Mireille Osterberg"), java.util.Set.of(), null);
        assertThat(d.detect("10:02 hotfix deployed by Corvin (no canary, no review)")).isPresent();
        assertThat(d.detect("Thu 3 Oct: schema change applied by Corvin, no dry run, no sign-off.")).isPresent();
        assertThat(d.detect("Mireille restarted the brokers, no review, no canary.")).isPresent();
        assertThat(d.detect("10:02 hotfix deployed by Corvin (no errors, no alerts)")).isEmpty();
        assertThat(d.detect("10:02 hotfix deployed by the pipeline (no canary, no review)")).isEmpty();
        assertThat(d.detect("Mireille restarted the brokers at 10:02, no errors, no data loss.")).isEmpty();
    }

    /**
     * Phase 23: only people forget or neglect, so an active "forgot" / "neglected" whose subject is a noun the lexicon
     * does not know as people is blame ("Firmware QA", "the escalator cleaners": held-out 26; over every opened set's
     * 6,500 labelled rows, 2 more found, no new false alarm); a program, a document or a plan that "forgot" or
     * "neglected", a pronoun, a passive and a negation stay clean.
     */
    @Test
    void forgettingOrNeglectingIsDoneByPeople() {
        BlameDetector d = new BlameDetector(Set.of("Corvin Ashdale", "Mireille Osterberg"), Set.of(), null);
        assertThat(d.detect("The night cleaners forgot to lock the plant room.")).isPresent();
        assertThat(d.detect("Payments QA neglected the regression suite for two sprints.")).isPresent();
        assertThat(d.detect("The cron job forgot its lock after the restart.")).isEmpty();
        assertThat(d.detect("The runbook neglected the case of a half-finished failover.")).isEmpty();
        assertThat(d.detect("It forgot the lease when the node rebooted.")).isEmpty();
        assertThat(d.detect("The night cleaners did not forget to lock the plant room.")).isEmpty();
    }

    /**
     * Phase 23: "not have to" says what was not needed, and a participle the tagger took for the head of the verb group
     * ("the people leaving would not have pushed") does not hide its modal: neither is an omission (held-out 26's two
     * false alarms; over every opened set's rows no blame sentence lost). A plain omission is still one.
     */
    @Test
    void whatWasNotNeededIsNotAnOmission() {
        BlameDetector d = new BlameDetector(Set.of("Corvin Ashdale", "Mireille Osterberg"), Set.of(), null);
        assertThat(d.detect("Mireille shipped a snapshot so people upgrading did not have to resync from scratch.")).isEmpty();
        assertThat(d.detect("With a second stairway, the people leaving would not have pushed against the people arriving.")).isEmpty();
        assertThat(d.detect("Corvin did not need to restart the brokers.")).isEmpty();
        assertThat(d.detect("Corvin did not check the replica lag before the failover.")).isPresent();
    }

    /**
     * Phase 23: fault owned outright ("the fault is mine", "the blame was theirs"), located at a party ("the mistake
     * started with them") or taken on ("it's on me that the wing went down"): held-out 26's three, no new false alarm
     * over every opened set's rows. The same nouns about a thing stay clean.
     */
    @Test
    void faultOwnedOrLocatedAtAPartyIsBlame() {
        BlameDetector d = new BlameDetector(Set.of("Corvin Ashdale", "Mireille Osterberg"), Set.of(), null);
        assertThat(d.detect("I signed off the change, and the fault is mine.")).isPresent();
        assertThat(d.detect("The vendor shipped a bad list; the mistake started with them.")).isPresent();
        assertThat(d.detect("I approved the policy and it's on me that the ward went dark.")).isPresent();
        assertThat(d.detect("The fault is in the parser, not in the data.")).isEmpty();
        assertThat(d.detect("The mistake started with a typo in the schema file.")).isEmpty();
        assertThat(d.detect("It's on the dashboard that the queue depth shows first.")).isEmpty();
    }

    /**
     * Phase 24 (held-out 27's misses read): a sanction people deserved or should have suffered ("both men deserved the
     * prison sentences they got", "the residents should have lost their licences"). Near misses: a licence a company
     * should have lost ("its"), a licence a job should have refreshed, a negation.
     */
    @Test
    void aSanctionDeservedOrDueIsBlame() {
        BlameDetector d = new BlameDetector(Set.of("Corvin Ashdale", "Mireille Osterberg"), Set.of(), null);
        assertThat(d.detect("Both signalmen deserved the prison sentences they got.")).isPresent();
        assertThat(d.detect("The night nurses should have lost their licences.")).isPresent();
        assertThat(d.detect("The operator company should have lost its licence after the first fire.")).isEmpty();
        assertThat(d.detect("The signalmen never deserved prison time.")).isEmpty();
        assertThat(d.detect("The renewal job should have refreshed their licences before expiry.")).isEmpty();
    }

    /**
     * Phase 32: a document, plan or programme a person used, kept or inherited is the subject of what it did not cover
     * ("The peering policy Tolulope inherited did not require ...", "The inspection programme that Sachiko followed did
     * not reach ..."): the relative clause's verb ends its own verb group, and the next one's subject is the thing before
     * it. Near misses: a person before the relative clause is still the one who did not act, and a name followed by its
     * own failing is still blame.
     */
    @Test
    void whatAPersonsDocumentDidNotCoverIsTheDocuments() {
        BlameDetector d = new BlameDetector(Set.of("Tolulope Westerhout", "Sachiko Ashcombe-Reyes", "Ezio Penhallow-Graff",
                "Sam Lee"), Set.of(), null);
        for (String s : List.of(
                "The peering policy Tolulope inherited did not require max-prefix limits on customer sessions.",
                "The inspection programme that Sachiko followed did not reach the hidden face of the joint.",
                "The update procedure Ezio followed had succeeded before and did not call for a temperature check.",
                "The runbook Sam wrote never mentioned the second cluster.")) {
            assertThat(d.detect(s)).as(s).isEmpty();
        }
        for (String s : List.of("The reviewer that Sam picked did not read the diff.",
                "The engineer Sam hired did not read the diff.",
                "The engineer who deployed it forgot to check the dashboard.",
                "Tolulope did not set max-prefix limits on the customer sessions.")) {
            assertThat(d.detect(s)).as(s).isPresent();
        }
    }

    /**
     * Phase 24: a fault called a party's own ("this was the claimants' own fault for not checking"); the possessive
     * without "own" about a thing, and the negation, stay clean.
     */
    @Test
    void aPartysOwnFaultIsBlame() {
        BlameDetector d = new BlameDetector(Set.of("Corvin Ashdale", "Mireille Osterberg"), Set.of(), null);
        assertThat(d.detect("The outage was the tenants' own fault for ignoring the notices.")).isPresent();
        assertThat(d.detect("It was not the drivers' own fault that the signs were dark.")).isEmpty();
        assertThat(d.detect("The fault was in the parser's own cache of the schema.")).isEmpty();
    }

    /**
     * Phase 24: the people themselves given as the cause ("the accident was caused by the personnel"); a cause that
     * only starts with such a word ("caused by the staff rota") and the negation stay clean.
     */
    @Test
    void thePeopleGivenAsTheCauseIsBlame() {
        BlameDetector d = new BlameDetector(Set.of("Corvin Ashdale", "Mireille Osterberg"), Set.of(), null);
        assertThat(d.detect("The first report said the collision was caused by the crew.")).isPresent();
        assertThat(d.detect("The gap was caused by the staff rota, which left the desk empty at 03:00.")).isEmpty();
        assertThat(d.detect("The report found the fire was not caused by the workers.")).isEmpty();
    }

    /**
     * Phase 29: what the learned signal is not asked about, so that its threshold can follow the cross-validation:
     * credit to a named person, blame named only to be set aside, a group or role word that names a thing, people kept
     * out of a service, a person who met errors. Each with near misses that still reach the rules or the model: the
     * same shapes turned against people (sarcastic thanks, a reason that blames, a further act).
     */
    @Test
    void theLearnedSignalIsNotAskedAboutCreditOrPeopleWhoDidNotAct() {
        BlameDetector d = new BlameDetector(Set.of("Aiko Mori", "Kojo Mensah", "Priya Raman", "Anand Rao"), Set.of(), null);
        // credit to a named person
        assertThat(d.askedSentences("Thanks to Aiko we lost no data.")).isEmpty();
        assertThat(d.askedSentences("The committee thanks Mr. Dunleavy for handing over his notes without delay.")).isEmpty();
        assertThat(d.askedSentences("Props to Priya for getting every stream key reset by morning, that was huge.")).isEmpty();
        // near misses: thanks turned against people still reach the rules or the model
        assertThat(reaches(d, "Thanks Kojo, really appreciated the surprise 5x traffic on a Thursday.")).isTrue();
        assertThat(reaches(d, "Thanks to Aiko for finally reading the backup logs, since nobody else ever did.")).isTrue();
        assertThat(reaches(d, "Thanks to Priya's hotfix, twenty minutes of orders simply vanished.")).isTrue();
        assertThat(reaches(d, "Thanks to Aiko we lost the whole database.")).isTrue();

        // blame named only to be set aside
        assertThat(d.askedSentences("Whoever reused that password is not the root cause; a second factor would have "
                + "stopped it.")).isEmpty();
        assertThat(d.askedSentences("Putting one surgeon's name on this hides that the check belonged to nobody.")).isEmpty();
        // near miss: a person as the cause
        assertThat(reaches(d, "Priya is the reason the backups were never tested.")).isTrue();

        // a group or role word that names a thing, and an action item with no one in it
        assertThat(d.askedSentences("Staff SSO unavailable for 90 minutes")).isEmpty();
        assertThat(d.askedSentences("Buy a certificate lifecycle management product")).isEmpty();
        // near misses: the group acts
        assertThat(reaches(d, "The management skipped the review again.")).isTrue();
        assertThat(reaches(d, "Staff ignored the alarms for an hour.")).isTrue();

        // people kept out of a service
        assertThat(d.askedSentences("Staff could not sign in to any SSO application for 90 minutes.")).isEmpty();
        // near miss: a reason that puts it on a person
        assertThat(reaches(d, "Staff could not sign in because Priya had revoked every token.")).isTrue();

        // people counted among those harmed
        assertThat(d.askedSentences("No lifeboat could be launched because of the list, and 852 people lost their lives.")).isEmpty();
        // near miss: a group beside them
        assertThat(reaches(d, "The district office thought it could not build a bad dam, and eleven people died of that "
                + "arrogance.")).isTrue();

        // nobody there to act
        assertThat(d.askedSentences("Nobody senior was available, so the on-call escalated to the vendor.")).isEmpty();
        // near miss: a reason that puts it on people
        assertThat(reaches(d, "Nobody was available because the whole team had gone to the pub.")).isTrue();

        // a person who met errors
        assertThat(d.askedSentences("Aiko slammed into a wall of 500s when she opened the dashboard.")).isEmpty();
        // near miss: a further act joined to it
        assertThat(reaches(d, "Anand sees the alarms and keeps sleeping till the second call.")).isTrue();
    }

    /**
     * Phase 30: people the shared lexicon does not name (job titles and trades, plurals in "-men", informal words,
     * departments, professions by their suffix) are people to the learned signal: it is asked about the sentence and
     * reads them as the actor. Near misses: the same sentences with a thing as the actor, software words that look
     * like people ("hosts", "the backend", "a checklist") and a department's word that names a thing's kind ("the maintenance
     * logs", "a security patch") and a group word naming a thing.
     */
    @Test
    void theLearnedSignalIsAskedAboutPeopleTheSharedLexiconDoesNotName() {
        BlameDetector d = new BlameDetector(Set.of("Aiko Mori", "Kojo Mensah"), Set.of(), null);
        for (String s : List.of("The fitters never torqued the bolts on the second bogie.",
                "The signalmen at that box had been fiddling the train register for months.",
                "The attending phoned in an opinion and went back to sleep.",
                "The on-call over the weekend did the bare minimum and left half the estate unpatched.",
                "QA let the build through again without running the regression suite.",
                "The geologist waved the grout plan through on a single afternoon's look.",
                "The wiring gang left a signal showing green behind a stopped train.",
                "The dealer typed the price into the quantity field and sent the order.",
                "@ravi pushed the change straight to production on Friday night.")) {
            assertThat(d.askedSentences(s)).as(s).hasSize(1);
        }
        for (String s : List.of("The hosts never came back from the second reboot.",
                "The backend returned errors for forty minutes.",
                "The checklist was skipped on the second bogie.",
                "The security patch was rolled back after the upgrade.",
                "The maintenance logs show the circuit had been losing trains since the swap.",
                "Scheduled network maintenance completed",
                "The on-call pager stayed silent until nine.",
                "Attending to the backlog took the rest of the week.",
                "Security reviewed the change before the release.",
                "The bolts on the second bogie were never torqued.",
                "A signal showed green behind a stopped train.")) {
            assertThat(d.askedSentences(s)).as(s).isEmpty();
        }
        // the actor's kind the model reads: a person for a job title the shared lexicon does not hold, not for a thing
        assertThat(BlameClassifier.features(Set.of(), "The fitters never torqued the bolts.")).contains("a=PERSON");
        assertThat(BlameClassifier.features(Set.of(), "The signalmen ignored the bell.")).contains("a=PERSON");
        assertThat(BlameClassifier.features(Set.of(), "The wiring gang ignored the bell.")).contains("a=TEAM");
        assertThat(BlameClassifier.features(Set.of(), "The relay ignored the bell.")).doesNotContain("a=PERSON", "a=TEAM");
        assertThat(BlameClassifier.features(Set.of(), "@ravi ignored the bell.")).contains("w=PERSON");
    }

    @Test
    void theLearnedSignalIsAskedAboutTitledNamesDepartmentsQuestionsAfterTheActorAndSarcasticPraise() {
        BlameDetector d = new BlameDetector(Set.of("Aiko Mori", "Kojo Mensah"), Set.of(), null);
        // phase 31: a name with a title or an honorific is someone even when the incident's people do not include it;
        // a department's short name the tagger misreads; a question after the one who acted; those responsible; praise
        // opening a sentence that names no one (sarcasm: the model decides, this only asks it)
        for (String s : List.of("Enomoto-san did not confirm the free disk capacity before the reorganisation.",
                "Ms Trelawney saw the snow on the wings and chose to say nothing to the flight deck.",
                "QA again let pass a bug to production, is the third time this quarter",
                "Estates ignored the 2018 warning about the cooling setup and sat on it for four years.",
                "Who at the company decided that the spill did not need mentioning for two weeks?",
                "five of nine keys sit with us?? who signed off on that?",
                "The ones who wrote that cyclogram must answer for it.",
                "Nice work, one line card and half the country can't dial 911.",
                "congrats encounter design, you shipped a free pandemic simulator")) {
            assertThat(d.askedSentences(s)).as(s).hasSize(1);
        }
        for (String s : List.of("Who is on call tonight?",
                "Who owns the runbook for the cache fleet?",
                "The QA environment was down for an hour.",
                "The job restarted without any errors.",
                "The estate was patched by Tuesday.",
                "The failover worked and the queue drained by 10:40.")) {
            assertThat(d.askedSentences(s)).as(s).isEmpty();
        }
        // the actor the model reads: a titled name is a person; a person owned by a party ("the vendor's project lead")
        // is a person, not the party's thing; a thing owned by a party stays a thing
        assertThat(BlameClassifier.features(Set.of("Aiko Mori"), "Ms Trelawney ignored the bell.")).contains("a=PERSON");
        assertThat(BlameClassifier.features(Set.of("Aiko Mori"), "Trelawney ignored the bell.")).doesNotContain("a=PERSON");
        assertThat(BlameClassifier.features(Set.of(), "The vendor's project lead never told the hospital."))
                .contains("a=PERSON");
        assertThat(BlameClassifier.features(Set.of(), "BA's security managers failed to require MFA.")).contains("a=PERSON");
        assertThat(BlameClassifier.features(Set.of(), "The node's connection manager failed to reconnect."))
                .doesNotContain("a=PERSON");
        assertThat(BlameClassifier.features(Set.of(), "The trust's patch server failed to apply the patch."))
                .doesNotContain("a=PERSON");
        // a pasted chat line's sender and time are who wrote it, not who acted (and "AM" after a time is no verb)
        assertThat(BlameClassifier.features(Set.of("Rachel Kim"), "Rachel Kim 9:38 AM yes do it")).contains("chatline")
                .doesNotContain("w=PERSON", "w=be");
        assertThat(BlameClassifier.features(Set.of("Rachel Kim"), "Rachel Kim 9:38 AM Sam skipped the review again"))
                .contains("chatline", "w=skip");
        assertThat(BlameClassifier.features(Set.of("Rachel Kim"), "Rachel skipped the review at 9:38 AM"))
                .contains("w=PERSON").doesNotContain("chatline", "w=be");
        // an act against what was known: "knowing", "despite", "anyway"
        assertThat(BlameClassifier.features(Set.of("Aiko Mori"), "Aiko pushed it live knowing the tests were open."))
                .contains("pagainst");
        assertThat(BlameClassifier.features(Set.of(), "The job ran the migration despite the lock.")).contains("against")
                .doesNotContain("pagainst");
    }

    /** A rule fires on the sentence, or the learned signal is asked about it. */
    private static boolean reaches(BlameDetector rulesAlone, String sentence) {
        return !rulesAlone.findAll(sentence).isEmpty() || !rulesAlone.askedSentences(sentence).isEmpty();
    }
}
