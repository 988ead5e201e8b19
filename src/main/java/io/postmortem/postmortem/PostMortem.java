package io.postmortem.postmortem;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The post-mortem document: every section of the seed's template plus the ten clarifying questions.
 * Immutable; change it with {@link #toBuilder()}. Its JSON form is the contract's (contract.md section 4).
 *
 * @param issueKey the Jira incident key, e.g. INC-7
 * @param issueId the Jira issue id
 * @param version optimistic version; every save adds one
 * @param status DRAFT until published
 * @param summary 3-4 sentences for someone who reads only the first page
 * @param timeline UTC, sorted
 * @param answers the ten clarifying questions
 * @param suggestions machine prefills per question key, with their evidence
 * @param lucky where we got lucky: the near-miss list
 * @param unknownsAtTheTime what we didn't know at the time (and wish we had)
 * @param externalVersion the external-facing version (redact-safe)
 * @param findings computed by the rules on every save
 * @param confluencePage the published page, once there is one
 * @param updatedBy account id of the last person who saved
 */
public record PostMortem(
        String issueKey,
        String issueId,
        long version,
        Status status,
        String summary,
        Header header,
        KeyTimes keyTimes,
        Impact impact,
        List<TimelineEntry> timeline,
        Answers answers,
        Map<String, Suggestion> suggestions,
        List<Responder> responders,
        RootCause rootCause,
        List<String> fiveWhys,
        List<ContributingFactor> contributingFactors,
        List<String> wentWell,
        List<String> wentBadly,
        List<String> lucky,
        DataImpact dataImpact,
        List<ActionItem> actionItems,
        List<RejectedAction> rejectedActions,
        List<String> unknownsAtTheTime,
        List<EvidenceLink> supportingEvidence,
        String externalVersion,
        RedactionChecklist redactionChecklist,
        List<Finding> findings,
        ConfluencePage confluencePage,
        Instant updatedAt,
        String updatedBy) {

    public enum Status { DRAFT, PUBLISHED }

    public PostMortem {
        if (status == null) status = Status.DRAFT;
        if (keyTimes == null) keyTimes = KeyTimes.unknown();
        if (impact == null) impact = Impact.empty();
        timeline = Lists.copy(timeline);
        if (answers == null) answers = Answers.empty();
        suggestions = suggestions == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(suggestions));
        responders = Lists.copy(responders);
        if (rootCause == null) rootCause = RootCause.empty();
        fiveWhys = Lists.copy(fiveWhys);
        contributingFactors = Lists.copy(contributingFactors);
        wentWell = Lists.copy(wentWell);
        wentBadly = Lists.copy(wentBadly);
        lucky = Lists.copy(lucky);
        if (dataImpact == null) dataImpact = DataImpact.empty();
        actionItems = Lists.copy(actionItems);
        rejectedActions = Lists.copy(rejectedActions);
        unknownsAtTheTime = Lists.copy(unknownsAtTheTime);
        supportingEvidence = Lists.copy(supportingEvidence);
        if (redactionChecklist == null) redactionChecklist = RedactionChecklist.none();
        findings = Lists.copy(findings);
    }

    /** An empty draft for an incident. */
    public static PostMortem newDraft(String issueKey) {
        return builder().issueKey(issueKey).version(0).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Number of the ten questions that have an answer ("unknown" counts as answered). */
    public int answeredQuestions() {
        return answers.answeredCount();
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(f -> f.severity() == Finding.Severity.ERROR);
    }

    public static final class Builder {
        private String issueKey;
        private String issueId;
        private long version;
        private Status status;
        private String summary;
        private Header header;
        private KeyTimes keyTimes;
        private Impact impact;
        private List<TimelineEntry> timeline;
        private Answers answers;
        private Map<String, Suggestion> suggestions;
        private List<Responder> responders;
        private RootCause rootCause;
        private List<String> fiveWhys;
        private List<ContributingFactor> contributingFactors;
        private List<String> wentWell;
        private List<String> wentBadly;
        private List<String> lucky;
        private DataImpact dataImpact;
        private List<ActionItem> actionItems;
        private List<RejectedAction> rejectedActions;
        private List<String> unknownsAtTheTime;
        private List<EvidenceLink> supportingEvidence;
        private String externalVersion;
        private RedactionChecklist redactionChecklist;
        private List<Finding> findings;
        private ConfluencePage confluencePage;
        private Instant updatedAt;
        private String updatedBy;

        private Builder() {
        }

        private Builder(PostMortem d) {
            this.issueKey = d.issueKey;
            this.issueId = d.issueId;
            this.version = d.version;
            this.status = d.status;
            this.summary = d.summary;
            this.header = d.header;
            this.keyTimes = d.keyTimes;
            this.impact = d.impact;
            this.timeline = d.timeline;
            this.answers = d.answers;
            this.suggestions = d.suggestions;
            this.responders = d.responders;
            this.rootCause = d.rootCause;
            this.fiveWhys = d.fiveWhys;
            this.contributingFactors = d.contributingFactors;
            this.wentWell = d.wentWell;
            this.wentBadly = d.wentBadly;
            this.lucky = d.lucky;
            this.dataImpact = d.dataImpact;
            this.actionItems = d.actionItems;
            this.rejectedActions = d.rejectedActions;
            this.unknownsAtTheTime = d.unknownsAtTheTime;
            this.supportingEvidence = d.supportingEvidence;
            this.externalVersion = d.externalVersion;
            this.redactionChecklist = d.redactionChecklist;
            this.findings = d.findings;
            this.confluencePage = d.confluencePage;
            this.updatedAt = d.updatedAt;
            this.updatedBy = d.updatedBy;
        }

        public Builder issueKey(String issueKey) {
            this.issueKey = issueKey;
            return this;
        }

        public Builder issueId(String issueId) {
            this.issueId = issueId;
            return this;
        }

        public Builder version(long version) {
            this.version = version;
            return this;
        }

        public Builder status(Status status) {
            this.status = status;
            return this;
        }

        public Builder summary(String summary) {
            this.summary = summary;
            return this;
        }

        public Builder header(Header header) {
            this.header = header;
            return this;
        }

        public Builder keyTimes(KeyTimes keyTimes) {
            this.keyTimes = keyTimes;
            return this;
        }

        public Builder impact(Impact impact) {
            this.impact = impact;
            return this;
        }

        public Builder timeline(List<TimelineEntry> timeline) {
            this.timeline = timeline;
            return this;
        }

        public Builder answers(Answers answers) {
            this.answers = answers;
            return this;
        }

        public Builder suggestions(Map<String, Suggestion> suggestions) {
            this.suggestions = suggestions;
            return this;
        }

        public Builder responders(List<Responder> responders) {
            this.responders = responders;
            return this;
        }

        public Builder rootCause(RootCause rootCause) {
            this.rootCause = rootCause;
            return this;
        }

        public Builder fiveWhys(List<String> fiveWhys) {
            this.fiveWhys = fiveWhys;
            return this;
        }

        public Builder contributingFactors(List<ContributingFactor> contributingFactors) {
            this.contributingFactors = contributingFactors;
            return this;
        }

        public Builder wentWell(List<String> wentWell) {
            this.wentWell = wentWell;
            return this;
        }

        public Builder wentBadly(List<String> wentBadly) {
            this.wentBadly = wentBadly;
            return this;
        }

        public Builder lucky(List<String> lucky) {
            this.lucky = lucky;
            return this;
        }

        public Builder dataImpact(DataImpact dataImpact) {
            this.dataImpact = dataImpact;
            return this;
        }

        public Builder actionItems(List<ActionItem> actionItems) {
            this.actionItems = actionItems;
            return this;
        }

        public Builder rejectedActions(List<RejectedAction> rejectedActions) {
            this.rejectedActions = rejectedActions;
            return this;
        }

        public Builder unknownsAtTheTime(List<String> unknownsAtTheTime) {
            this.unknownsAtTheTime = unknownsAtTheTime;
            return this;
        }

        public Builder supportingEvidence(List<EvidenceLink> supportingEvidence) {
            this.supportingEvidence = supportingEvidence;
            return this;
        }

        public Builder externalVersion(String externalVersion) {
            this.externalVersion = externalVersion;
            return this;
        }

        public Builder redactionChecklist(RedactionChecklist redactionChecklist) {
            this.redactionChecklist = redactionChecklist;
            return this;
        }

        public Builder findings(List<Finding> findings) {
            this.findings = findings;
            return this;
        }

        public Builder confluencePage(ConfluencePage confluencePage) {
            this.confluencePage = confluencePage;
            return this;
        }

        public Builder updatedAt(Instant updatedAt) {
            this.updatedAt = updatedAt;
            return this;
        }

        public Builder updatedBy(String updatedBy) {
            this.updatedBy = updatedBy;
            return this;
        }

        public PostMortem build() {
            return new PostMortem(issueKey, issueId, version, status, summary, header, keyTimes, impact, timeline, answers, suggestions, responders, rootCause, fiveWhys, contributingFactors, wentWell, wentBadly, lucky, dataImpact, actionItems, rejectedActions, unknownsAtTheTime, supportingEvidence, externalVersion, redactionChecklist, findings, confluencePage, updatedAt, updatedBy);
        }
    }
}
