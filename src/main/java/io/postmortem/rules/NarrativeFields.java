package io.postmortem.rules;

import io.postmortem.postmortem.ActionItem;
import io.postmortem.postmortem.ContributingFactor;
import io.postmortem.postmortem.PostMortem;
import io.postmortem.postmortem.Question;
import io.postmortem.postmortem.RejectedAction;
import java.util.ArrayList;
import java.util.List;

/** Every narrative (free-text) field of the document, with the contract's path. Blank fields are skipped. */
public final class NarrativeFields {
    private NarrativeFields() {
    }

    public static List<Field> of(PostMortem doc) {
        List<Field> out = new ArrayList<>();
        add(out, "summary", doc.summary());
        if (doc.header() != null) add(out, "header.customerImpact", doc.header().customerImpact());
        for (int i = 0; i < doc.timeline().size(); i++) add(out, "timeline[" + i + "].event", doc.timeline().get(i).event());
        add(out, "rootCause.sentence", doc.rootCause().sentence());
        add(out, "rootCause.evidence", doc.rootCause().evidence());
        list(out, "fiveWhys", doc.fiveWhys());
        for (int i = 0; i < doc.contributingFactors().size(); i++) {
            ContributingFactor f = doc.contributingFactors().get(i);
            add(out, "contributingFactors[" + i + "].factor", f.factor());
            add(out, "contributingFactors[" + i + "].how", f.how());
        }
        list(out, "wentWell", doc.wentWell());
        list(out, "wentBadly", doc.wentBadly());
        list(out, "lucky", doc.lucky());
        list(out, "unknownsAtTheTime", doc.unknownsAtTheTime());
        for (Question q : Question.values()) add(out, "answers." + q.key(), doc.answers().get(q));
        for (int i = 0; i < doc.actionItems().size(); i++) {
            ActionItem a = doc.actionItems().get(i);
            add(out, "actionItems[" + i + "].summary", a.summary());
            add(out, "actionItems[" + i + "].description", a.description());
        }
        for (int i = 0; i < doc.rejectedActions().size(); i++) {
            RejectedAction r = doc.rejectedActions().get(i);
            add(out, "rejectedActions[" + i + "].idea", r.idea());
            add(out, "rejectedActions[" + i + "].reason", r.reason());
        }
        if (doc.externalVersion() != null && !doc.externalVersion().isBlank()) {
            out.add(new Field("externalVersion", doc.externalVersion(), true));
        }
        return out;
    }

    private static void list(List<Field> out, String name, List<String> items) {
        for (int i = 0; i < items.size(); i++) add(out, name + "[" + i + "]", items.get(i));
    }

    private static void add(List<Field> out, String path, String text) {
        if (text != null && !text.isBlank()) out.add(new Field(path, text, false));
    }
}
