package io.postmortem.drafting;

import io.postmortem.drafting.CauseDraft.Cause;
import io.postmortem.drafting.CauseDraft.Symptom;
import io.postmortem.drafting.SummaryDraft.Fix;
import io.postmortem.postmortem.PostMortem;
import io.postmortem.postmortem.Suggestion;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Drafts the eight sections a reviewer reads (summary, root cause, five whys, contributing factors, went well,
 * went badly, where we got lucky, external version) from a document's evidence and answers. Deterministic and pure:
 * no I/O, no clock, the same document gives the same drafts. The drafts go into the document's {@code suggestions}
 * map under the section's key; nothing a person wrote is ever changed (the panel's "Use suggestion" does that, on a
 * click). Thread-safe: holds no state.
 */
public final class SectionDrafter {

    /** The eight section suggestions for the material, keyed by {@link Section#key()}. */
    public Map<String, Suggestion> draft(DraftMaterial m) {
        Blames blame = new Blames(m.people());
        Reading reading = new Reading();
        SummaryDraft summary = new SummaryDraft(m, blame, reading);
        CauseDraft causes = new CauseDraft(m, blame, reading);
        Cause cause = causes.rootCause();
        LessonsDraft lessons = new LessonsDraft(m, blame, reading, cause.text());
        Symptom symptom = summary.symptom();
        Fix fix = summary.fix();

        Map<String, Suggestion> out = new LinkedHashMap<>();
        out.put(Section.SUMMARY.key(), summary.summary(symptom, fix));
        out.put(Section.ROOT_CAUSE.key(), causes.rootCauseSuggestion(cause));
        out.put(Section.FIVE_WHYS.key(), causes.whys(cause, symptom, lessons.gaps()));
        out.put(Section.CONTRIBUTING_FACTORS.key(), lessons.contributingFactors(causes.firstHypothesis()));
        out.put(Section.WENT_WELL.key(), lessons.wentWell());
        out.put(Section.WENT_BADLY.key(), lessons.wentBadly(causes.firstHypothesis(), cause.text()));
        out.put(Section.LUCKY.key(), lessons.lucky());
        out.put(Section.EXTERNAL_VERSION.key(), new Externalise(m).external(symptom, cause, fix, lessons.factorsSeen));
        return out;
    }

    /**
     * The document with its section suggestions drafted afresh (question suggestions and everything else kept).
     * Call it whenever the evidence or the answers change: after a build, a paste, a save.
     */
    public PostMortem apply(PostMortem doc) {
        return apply(doc, DraftMaterial.from(doc));
    }

    /** As {@link #apply(PostMortem)}, with material that may know more (people and terms from the evidence engine). */
    public PostMortem apply(PostMortem doc, DraftMaterial material) {
        Map<String, Suggestion> suggestions = new LinkedHashMap<>(doc.suggestions());
        for (Section s : Section.values()) suggestions.remove(s.key());
        suggestions.putAll(draft(material));
        return doc.toBuilder().suggestions(suggestions).build();
    }
}
