package io.postmortem.rules;

import io.postmortem.postmortem.Finding;
import io.postmortem.postmortem.PostMortem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Runs every rule over a post-mortem. Stateless and thread-safe; plain Java.
 *
 * <p>ERROR blocks publishing, WARNING advises. Rule ids name their family:
 * <ul>
 * <li>{@code redaction.*} ({@link RedactionRule}): the external-facing version and its checklist. These block ONLY
 * the external page: the internal page may publish while they are open ({@link #blocksInternalPage(Finding)}
 * is false for them, {@link #blocksExternalPage(Finding)} is true).</li>
 * <li>every other ERROR ({@code blameless.*}, {@code actions.*}, {@code times.*}, {@code summary.*},
 * {@code analysis.*}) blocks both pages, since the external page is published only alongside the internal one.</li>
 * </ul>
 * A finding's path names the field as the contract does: {@code summary}, {@code wentBadly[3]},
 * {@code actionItems[2].summary}, {@code keyTimes.detected} (zero-based).
 */
public final class Facilitator {
    private final List<Rule> rules;

    /**
     * Every rule. Also starts loading the language models and the sentence embedding model and training the learned
     * blame signal in the background (once per JVM), so that the first check after the application starts does not wait for them.
     */
    public Facilitator() {
        this(List.of(new HeaderRule(), new SummaryRule(), new TimesRule(), new AnalysisRule(),
                new BlamelessLanguageRule(), new ActionItemRule(), new WentWellRule(), new RedactionRule()));
        io.postmortem.rules.language.EnglishModels.warmUpInBackground();
        BlameClassifier.warmUpInBackground();
        io.postmortem.rules.language.Embeddings.warmUpInBackground();
    }

    public Facilitator(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** All findings, errors first, each (rule, path, message) once. */
    public List<Finding> check(PostMortem doc, RuleContext ctx) {
        LinkedHashSet<Finding> all = new LinkedHashSet<>();
        for (Rule r : rules) all.addAll(r.check(doc, ctx));
        List<Finding> out = new ArrayList<>(all);
        out.sort(Comparator.comparing(Finding::severity));
        return List.copyOf(out);
    }

    /** The document with its {@code findings} replaced by a fresh check. */
    public PostMortem withFindings(PostMortem doc, RuleContext ctx) {
        return doc.toBuilder().findings(check(doc, ctx)).build();
    }

    /** Findings whose rule belongs to the external page only. */
    public static boolean externalOnly(Finding f) {
        return f.rule() != null && f.rule().startsWith("redaction.");
    }

    public static boolean blocksInternalPage(Finding f) {
        return f.severity() == Finding.Severity.ERROR && !externalOnly(f);
    }

    public static boolean blocksExternalPage(Finding f) {
        return f.severity() == Finding.Severity.ERROR;
    }

    public static boolean canPublishInternal(List<Finding> findings) {
        return findings.stream().noneMatch(Facilitator::blocksInternalPage);
    }

    public static boolean canPublishExternal(List<Finding> findings) {
        return findings.stream().noneMatch(Facilitator::blocksExternalPage);
    }
}
