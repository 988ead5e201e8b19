package io.postmortem.rules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** A labelled set of sentences from a TSV test resource ("LABEL<TAB>text", '#' comments) and its scores. */
final class LabelledSet {
    record Item(boolean positive, String text) {
    }

    record Score(int tp, int fp, int fn, int tn, List<String> falsePositives, List<String> falseNegatives) {
        double precision() {
            return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
        }

        String report(String name) {
            return String.format("%s: %d items, precision %.3f, recall %.3f (tp=%d fp=%d fn=%d tn=%d)%n"
                            + "  false positives: %s%n  false negatives: %s", name, tp + fp + fn + tn, precision(),
                    recall(), tp, fp, fn, tn, falsePositives, falseNegatives);
        }
    }

    static List<Item> load(String resource, String positiveLabel) throws IOException {
        try (InputStream in = LabelledSet.class.getResourceAsStream(resource)) {
            if (in == null) throw new IOException("missing test resource " + resource);
            List<Item> items = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                int tab = line.indexOf('\t');
                items.add(new Item(line.substring(0, tab).equals(positiveLabel), line.substring(tab + 1).strip()));
            }
            return items;
        }
    }

    static Score score(List<Item> items, Predicate<String> classifier) {
        int tp = 0, fp = 0, fn = 0, tn = 0;
        List<String> fps = new ArrayList<>(), fns = new ArrayList<>();
        for (Item i : items) {
            boolean predicted = classifier.test(i.text());
            if (predicted && i.positive()) tp++;
            else if (predicted) {
                fp++;
                fps.add(i.text());
            } else if (i.positive()) {
                fn++;
                fns.add(i.text());
            } else tn++;
        }
        return new Score(tp, fp, fn, tn, fps, fns);
    }
}
