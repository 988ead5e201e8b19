package io.postmortem.drafting;

import io.postmortem.postmortem.Answers;
import io.postmortem.postmortem.Finding;
import io.postmortem.postmortem.Header;
import io.postmortem.postmortem.KeyTime;
import io.postmortem.postmortem.KeyTimes;
import io.postmortem.postmortem.PostMortem;
import io.postmortem.postmortem.Question;
import io.postmortem.postmortem.Responder;
import io.postmortem.postmortem.Suggestion;
import io.postmortem.postmortem.TimelineEntry;
import io.postmortem.rules.RedactionRule;
import io.postmortem.rules.RuleContext;
import io.postmortem.testsupport.TestClock;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SectionDrafterTest {

    private static final Instant T0 = Instant.parse("2026-11-20T08:41:00Z");
    private final SectionDrafter drafter = new SectionDrafter();

    private static TimelineEntry said(int minute, String who, String text, String source) {
        return new TimelineEntry(T0.plusSeconds(60L * minute), who, text, source, false, text, null);
    }

    private static PostMortem incident(Answers answers, TimelineEntry... rows) {
        return PostMortem.newDraft("INC-7").toBuilder()
                .header(new Header(null, "Staff logins failing", null, null, null, null, null, null))
                .keyTimes(new KeyTimes(new KeyTime(T0, "comment:1", KeyTime.Basis.STATED, "08:41"),
                        new KeyTime(T0.plusSeconds(120), "comment:2", KeyTime.Basis.STATED, null),
                        new KeyTime(T0.plusSeconds(90 * 60), "comment:9", KeyTime.Basis.STATED, null)))
                .responders(List.of(new Responder("Dana Ops", "acc-1", "incident commander", "comment:1"),
                        new Responder("Sam Rivera", "acc-2", "responder", "comment:2")))
                .timeline(List.of(rows))
                .suggestions(Map.of("customerEffect", new Suggestion("Staff could not sign in to any SSO application, Dana Ops reported.",
                        "issue:INC-7", "from the issue description")))
                .answers(answers)
                .build();
    }

    private static PostMortem samlIncident(Answers answers) {
        return incident(answers,
                said(2, "Sam Rivera", "Probably the IdP cluster is overloaded, looking at CPU.", "comment:2"),
                said(30, "Dana Ops", "Turned out the SAML signing certificate expired at 08:40 UTC.", "comment:3"),
                said(60, "Sam Rivera", "Reissued the certificate and re-uploaded the metadata, logins working again.", "comment:4"),
                said(88, "Dana Ops", "Luckily the customer IdP was not on the same certificate, or customers would have been locked out too.", "comment:5"),
                said(89, "Dana Ops", "It took us 25 minutes to find the expiry because nothing pages on certificate expiry.", "comment:6"),
                said(95, "Dana Ops", "Went well: the rollback plan was a single command.", "comment:7"));
    }

    @Test
    void draftsAllEightSectionsFromTheEvidenceWithSources() {
        Map<String, Suggestion> s = drafter.draft(DraftMaterial.from(samlIncident(Answers.empty())));
        assertThat(s.keySet()).containsExactlyElementsOf(Section.keys());
        s.forEach((k, v) -> assertThat(v.source()).as(k).isNotBlank());

        assertThat(s.get("summary").text()).contains("for about 90 minutes, 08:41-10:11 UTC on 2026-11-20")
                .containsIgnoringCase("What fixed it: reissued the certificate and re-uploaded the metadata");
        assertThat(s.get("rootCause").text()).isEqualTo("The SAML signing certificate expired at 08:40 UTC.");
        assertThat(s.get("rootCause").certainty()).isEqualTo("CONFIRMED");
        assertThat(s.get("rootCause").source()).isEqualTo("comment:3");
        assertThat(s.get("lucky").items()).singleElement().asString().startsWith("Luckily the customer IdP");
        assertThat(s.get("wentWell").items()).anyMatch(i -> i.contains("single command"));
        assertThat(s.get("wentBadly").items()).anyMatch(i -> i.contains("took us 25 minutes"));
        assertThat(s.get("contributingFactors").items()).anyMatch(i -> i.startsWith("Detection gap: "));
        assertThat(s.get("fiveWhys").items()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(s.get("fiveWhys").items().get(s.get("fiveWhys").items().size() - 1)).contains("stop here");
    }

    @Test
    void aLateConclusionBeatsTheEarlyHypothesisAndAHedgedOneIsMostLikely() {
        Map<String, Suggestion> s = drafter.draft(DraftMaterial.from(incident(Answers.empty(),
                said(2, "Sam Rivera", "Looks like the deploy caused it, probably the new login page.", "comment:2"),
                said(40, "Dana Ops", "I think it is most likely caused by the expired signing certificate.", "comment:3"))));
        assertThat(s.get("rootCause").text()).contains("expired signing certificate");
        assertThat(s.get("rootCause").certainty()).isEqualTo("MOST_LIKELY");
    }

    @Test
    void nothingCausalIsAnHonestUnknownWithTheEarlyHypothesis() {
        Map<String, Suggestion> s = drafter.draft(DraftMaterial.from(incident(Answers.empty(),
                said(2, "Sam Rivera", "Probably the IdP cluster is overloaded.", "comment:2"),
                said(50, "Dana Ops", "Logins working again.", "comment:3"))));
        assertThat(s.get("rootCause").certainty()).isEqualTo("UNKNOWN");
        assertThat(s.get("rootCause").text()).startsWith("Unknown:").contains("Probably the IdP cluster is overloaded");
        assertThat(s.get("fiveWhys").items()).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void humanErrorAndBlameAreNeverDrafted() {
        Map<String, Suggestion> s = drafter.draft(DraftMaterial.from(incident(Answers.empty(),
                said(20, "Dana Ops", "Root cause: human error, Sam forgot to renew the certificate.", "comment:2"),
                said(30, "Dana Ops", "Sam Rivera should have checked the expiry dates; it took us 25 minutes to notice.", "comment:3"),
                said(40, "Dana Ops", "The certificate expired because its renewal was a manual calendar reminder.", "comment:4"))));
        for (Suggestion v : s.values()) {
            assertThat(v.text()).doesNotContainIgnoringCase("human error").doesNotContain("forgot").doesNotContain("should have");
        }
        assertThat(s.get("rootCause").text()).contains("manual calendar reminder");
    }

    @Test
    void answersFeedTheSectionsTheyInformAndBeatTheEvidence() {
        Answers a = Answers.empty()
                .with(Question.HYPOTHESIS_VS_CAUSE, "We thought CPU; actual cause: the signing certificate expired unnoticed")
                .with(Question.NEAR_MISS, "The customer IdP renews the same way")
                .with(Question.FIX, "Reissued the certificate")
                .with(Question.RECURRENCE, "Yes, twice in 2025")
                .with(Question.WORRY, "the customer IdP certificate expires next")
                .with(Question.CUSTOMER_EFFECT, "Staff could not sign in to any SSO application");
        Map<String, Suggestion> s = drafter.draft(DraftMaterial.from(samlIncident(a)));
        assertThat(s.get("rootCause").text()).isEqualTo("The signing certificate expired unnoticed.");
        assertThat(s.get("rootCause").source()).isEqualTo("answers.hypothesisVsCause");
        assertThat(s.get("lucky").items().get(0)).isEqualTo("The customer IdP renews the same way.");
        assertThat(s.get("summary").text()).startsWith("What users saw: Staff could not sign in to any SSO application.")
                .contains("What fixed it: Reissued the certificate.")
                .contains("Recurrence risk is high: this has happened before, and the team's main worry is that the customer IdP certificate expires next.");
        assertThat(s.get("contributingFactors").items()).anyMatch(i -> i.startsWith("Open risk: "))
                .anyMatch(i -> i.startsWith("Happened before: "));
        for (Question q : Question.values()) {
            for (Section sec : Section.informedBy(q)) assertThat(Section.keys()).contains(sec.key());
        }
    }

    @Test
    void applyKeepsWhatAPersonWroteAndTheQuestionSuggestions() {
        PostMortem typed = samlIncident(Answers.empty()).toBuilder().summary("Mine.").lucky(List.of("My lucky item"))
                .externalVersion("Our text.").build();
        PostMortem drafted = drafter.apply(typed);
        assertThat(drafted.summary()).isEqualTo("Mine.");
        assertThat(drafted.lucky()).containsExactly("My lucky item");
        assertThat(drafted.externalVersion()).isEqualTo("Our text.");
        assertThat(drafted.suggestions()).containsKey("customerEffect").containsKeys(Section.keys().toArray(String[]::new));
        assertThat(drafter.apply(drafted).suggestions()).as("deterministic").isEqualTo(drafted.suggestions());
    }

    @Test
    void theExternalVersionNamesNoPersonOrSystemAndPassesTheRedactionScan() {
        PostMortem doc = incident(Answers.empty().with(Question.CUSTOMER_EFFECT,
                        "Staff on sso-gw-03.corp.internal (INC-7, see #inc-7) could not sign in since 08:41 UTC, Dana Ops reported"),
                said(30, "Dana Ops", "Root cause: the token-signer-2 job deleted the key, password=hunter2x9 in vault.", "comment:3"));
        String external = drafter.draft(DraftMaterial.from(doc)).get("externalVersion").text();
        assertThat(external).startsWith("Between 08:41 and 10:11 UTC on 20 November 2026, some customers")
                .doesNotContain("Dana").doesNotContain("sso-gw").doesNotContain("INC-7").doesNotContain("#inc")
                .doesNotContain("token-signer").doesNotContain("hunter2").contains("Service was restored at 10:11 UTC.");
        RuleContext ctx = RuleContext.from(doc, TestClock.clock()).withPeople(Set.of("Dana Ops", "Sam Rivera"));
        assertThat(new RedactionRule().scan(external, ctx)).filteredOn(f -> f.severity() == Finding.Severity.ERROR).isEmpty();
    }

    @Test
    void causalPartsPutTheImmediateStepFirst() {
        assertThat(CauseDraft.causalParts("A software bug in the May release, triggered by a valid customer configuration change."))
                .containsExactly("A valid customer configuration change.", "A software bug in the May release.");
        assertThat(CauseDraft.causalParts("The routing rules were deleted on every node because the update window was the same everywhere."))
                .containsExactly("The routing rules were deleted on every node.", "The update window was the same everywhere.");
    }
}
