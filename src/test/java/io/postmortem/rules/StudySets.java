package io.postmortem.rules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The independent labelled sets in {@code /rules/study/} (see SOURCES.md there): blame sentences, action items and
 * "went well" entries written from public post-mortems by someone who had not read these rules. Each exists as
 * "dev" and "heldout" (both tuned on by the second phase of issue 16) and "heldout2" (written later by another
 * helper, SOURCES-heldout2.md; scored once untouched, then tuned on in the third phase).
 */
final class StudySets {
    private StudySets() {
    }

    record BlameRow(boolean blame, String kind, Set<String> people, String sentence) {
    }

    record ActionRow(boolean testable, boolean bounded, boolean ownerIsPerson, String recurrence, boolean hasDue,
                     String owner, String due, String summary) {
    }

    record WentWellRow(boolean vague, String sentence) {
    }

    static List<BlameRow> blame(String half) throws IOException {
        return blameFile("/rules/study/blame-" + half + ".tsv");
    }

    /** Blame rows in the study format from any resource (e.g. the training-only text in {@code /rules/training/}). */
    static List<BlameRow> blameFile(String resource) throws IOException {
        List<BlameRow> out = new ArrayList<>();
        for (String[] c : rows(resource, 5)) {
            Set<String> people = new LinkedHashSet<>();
            for (String p : c[2].split(",")) if (!p.isBlank()) people.add(p.strip());
            out.add(new BlameRow(label(c[0], "BLAME", "OK"), c[1], people, c[3]));
        }
        return out;
    }

    static List<ActionRow> actions(String half) throws IOException {
        List<ActionRow> out = new ArrayList<>();
        for (String[] c : rows("/rules/study/actions-" + half + ".tsv", 9)) {
            out.add(new ActionRow(yes(c[0]), yes(c[1]), yes(c[2]), c[3], yes(c[4]), c[5], c[6], c[7]));
        }
        return out;
    }

    static List<WentWellRow> wentWell(String half) throws IOException {
        List<WentWellRow> out = new ArrayList<>();
        for (String[] c : rows("/rules/study/wentwell-" + half + ".tsv", 3)) {
            out.add(new WentWellRow(label(c[0], "VAGUE", "CONCRETE"), c[1]));
        }
        return out;
    }

    private static boolean yes(String v) {
        return label(v, "Y", "N");
    }

    private static boolean label(String v, String yes, String no) {
        if (v.equals(yes)) return true;
        if (v.equals(no)) return false;
        throw new IllegalArgumentException("label " + v + " is neither " + yes + " nor " + no);
    }

    private static List<String[]> rows(String resource, int fields) throws IOException {
        try (InputStream in = StudySets.class.getResourceAsStream(resource)) {
            if (in == null) throw new IOException("missing test resource " + resource);
            List<String[]> out = new ArrayList<>();
            int n = 0;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                n++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] c = line.split("\t", -1);
                if (c.length != fields) {
                    throw new IOException(resource + " line " + n + ": " + c.length + " fields, expected " + fields
                            + ": " + Arrays.toString(c));
                }
                out.add(c);
            }
            return out;
        }
    }
}
