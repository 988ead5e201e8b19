package io.postmortem.rules.language;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import opennlp.tools.chunker.ChunkerME;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;

/**
 * The language layer the rules read text through: sentences, tokens, Penn Treebank parts of speech and phrase chunks
 * (Apache OpenNLP over {@link EnglishModels}). Thread-safe: the models are shared, the OpenNLP tools (which keep
 * per-call state) are one set per thread.
 */
public final class English {
    private English() {
    }

    private static final class Tools {
        final SentenceDetectorME sentences;
        final TokenizerME tokenizer;
        final POSTaggerME tagger;
        final ChunkerME chunker;

        Tools(EnglishModels m) {
            sentences = new SentenceDetectorME(m.sentences);
            tokenizer = new TokenizerME(m.tokens);
            // the 1.5 chunker was trained on Penn tags: keep them (OpenNLP 2.x maps to UD tags by default)
            tagger = new POSTaggerME(m.pos, POSTagFormat.PENN);
            chunker = new ChunkerME(m.chunks);
        }
    }

    private static final ThreadLocal<Tools> TOOLS = ThreadLocal.withInitial(() -> new Tools(EnglishModels.get()));

    /** Blank lines, and line breaks before a list item, always end a sentence (bullets, table cells, timelines). */
    private static final Pattern BLOCK = Pattern.compile("\\n\\s*\\n|\\n(?=\\s*(?:[-*•]|\\d+[.)])\\s)|\\r?\\n(?=\\s*\\p{Lu})");
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*•]|\\d+[.)])\\s+");

    /** The sentences of a text: paragraphs and list items first, then OpenNLP's sentence detector within each. */
    public static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isBlank()) return out;
        SentenceDetectorME detector = TOOLS.get().sentences;
        for (String block : BLOCK.split(text)) {
            String b = BULLET.matcher(block).replaceFirst("").strip();
            if (b.isEmpty()) continue;
            for (String s : detector.sentDetect(b)) {
                String t = s.strip();
                if (!t.isEmpty()) out.add(t);
            }
        }
        return out;
    }

    /**
     * Tagged sentences by their text: a panel save re-checks the whole document, and most of its sentences have not
     * changed since the last save. Bounded (least recently used out first); Tagged is immutable. 8,192 sentences unless
     * the system property {@code postmortem.tagger.cache} says more: the learned checks (pom.xml) pass over some 30,000
     * labelled sentences several times in one JVM, and a least-recently-used cache smaller than a pass serves none of
     * the next pass from it.
     */
    private static final int CACHE_SIZE = Math.max(8192, Integer.getInteger("postmortem.tagger.cache", 8192));
    private static final java.util.Map<String, Tagged> CACHE = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(java.util.Map.Entry<String, Tagged> eldest) {
                    return size() > CACHE_SIZE;
                }
            });

    /** Empties the cache of tagged sentences (for benchmarks that measure first-time tagging). */
    public static void clearCache() {
        CACHE.clear();
    }

    /** Tokens, parts of speech and chunks of one sentence. */
    public static Tagged tag(String sentence) {
        String key = sentence == null ? "" : sentence;
        Tagged cached = CACHE.get(key);
        if (cached != null) return cached;
        Tagged fresh = tagUncached(key);
        CACHE.put(key, fresh);
        return fresh;
    }

    private static Tagged tagUncached(String sentence) {
        String s = sentence == null ? "" : normalise(sentence);
        Tools t = TOOLS.get();
        String[] words = t.tokenizer.tokenize(s);
        String[] tags = retag(words, t.tagger.tag(words));
        String[] chunks = rechunk(words, tags, t.chunker.chunk(words, tags));
        return new Tagged(sentence == null ? "" : sentence, words, tags, chunks);
    }

    private static final java.util.Set<String> PERFECT_AUX = java.util.Set.of("have", "has", "had", "'ve", "been",
            "be", "being", "was", "were", "is", "are", "got", "get");

    /**
     * Fixes the one tagging slip that matters to the rules: a hyphenated or rare participle after "have"/"be"
     * ("should have double-checked", "was rubber-stamped") tagged as an adjective or noun by the news-text model.
     */
    static String[] retag(String[] words, String[] tags) {
        // chat shorthand for "with" ("bounced it w/ a bad config") is a preposition, not a verb
        for (int i = 0; i < words.length; i++) {
            if (words[i].equalsIgnoreCase("w/")) tags[i] = "IN";
        }
        // a timeline row "11:47 Solveig ships the fix": after a time and a capitalised name, a word in -s before a
        // determiner is the present-tense verb the news model reads as a plural noun
        for (int i = 2; i + 1 < words.length; i++) {
            boolean time = tags[i - 2].equals("CD") && words[i - 2].matches("\\d{1,2}:\\d{2}(?::\\d{2})?|\\d{4}-\\d{2}-\\d{2}");
            boolean name = Character.isUpperCase(words[i - 1].charAt(0)) && words[i - 1].chars().allMatch(Character::isLetter);
            if (time && name && tags[i].equals("NNS") && words[i].endsWith("s")
                    && (tags[i + 1].equals("DT") || tags[i + 1].equals("PRP$"))) {
                tags[i - 1] = "NNP";
                tags[i] = "VBZ";
            }
        }
        for (int i = 1; i < words.length; i++) {
            String w = words[i].toLowerCase(java.util.Locale.ROOT);
            boolean participleShape = w.endsWith("ed") || w.endsWith("en") && w.length() > 4;
            if (PERFECT_AUX.contains(words[i - 1].toLowerCase(java.util.Locale.ROOT)) && participleShape
                    && (tags[i].startsWith("JJ") || tags[i].startsWith("NN")) && w.contains("-")) {
                tags[i] = "VBN";
            }
            // after a modal and "have" only a participle can follow: "should've waited" (VBD), "should have
            // dry-run" (JJ), "could have double-checked"
            boolean modalHave = i >= 2 && (words[i - 1].equalsIgnoreCase("have") || words[i - 1].equalsIgnoreCase("'ve"))
                    && tags[i - 2].equals("MD");
            if (modalHave && (participleShape || w.contains("-")) && (tags[i].startsWith("JJ") || tags[i].startsWith("NN"))) {
                tags[i] = "VBN";
            }
            if (modalHave && tags[i].equals("VBD")) tags[i] = "VBN";
            // "never load-tested it", "and double-checked": a hyphenated past form after a negation or "and"
            if (w.contains("-") && w.endsWith("ed") && tags[i].startsWith("JJ") && i + 1 < words.length
                    && (tags[i + 1].startsWith("PRP") || tags[i + 1].equals("DT"))
                    && (words[i - 1].equalsIgnoreCase("never") || words[i - 1].equalsIgnoreCase("and")
                    || tags[i - 1].startsWith("NN") || tags[i - 1].equals("RB"))) {
                tags[i] = "VBD";
            }
        }
        // "production needs to lose ...": a third-person verb before "to" tagged as a plural noun
        for (int i = 1; i + 1 < words.length; i++) {
            if (tags[i].equals("NNS") && tags[i + 1].equals("TO") && java.util.Set.of("needs", "wants", "deserves", "tends",
                    "seems", "refuses", "tries", "forgets", "fails", "plans").contains(words[i].toLowerCase(java.util.Locale.ROOT))) {
                tags[i] = "VBZ";
            }
        }
        // telegraphic timeline rows: "14:02 Mike breaks search", "YO deletes the production database"
        int first = 0;
        while (first < words.length && (tags[first].equals("CD") || tags[first].equals(":") || words[first].matches("[-:–—]")
                || words[first].matches(":?\\d+"))) {
            first++;
        }
        if (first + 2 < words.length && words[first].length() > 1 && Character.isUpperCase(words[first].charAt(0))
                && (tags[first].startsWith("NNP") || tags[first].equals("JJ") && words[first].equals(words[first].toUpperCase(java.util.Locale.ROOT)))
                && tags[first + 1].equals("NNS") && words[first + 1].endsWith("s")
                && (tags[first + 2].equals("DT") || tags[first + 2].startsWith("NN") || tags[first + 2].startsWith("PRP")
                || tags[first + 2].equals("CD"))) {
            tags[first] = "NNP";
            tags[first + 1] = "VBZ";
        }
        return tags;
    }

    private static final java.util.Set<String> INDEFINITE_PRONOUNS = java.util.Set.of("someone", "somebody", "anyone",
            "anybody", "nobody", "everyone", "everybody", "no-one", "noone");

    /**
     * Two chunking slips after a sentence-initial adverb: an indefinite pronoun put in a verb phrase ("honestly
     * someone with more experience would ...") is a noun phrase, and the adjective that post-modifies it ("nobody
     * senior", "someone new") belongs to that noun phrase.
     */
    static String[] rechunk(String[] words, String[] tags, String[] chunks) {
        for (int i = 0; i < words.length; i++) {
            boolean noOne = words[i].equalsIgnoreCase("one") && i > 0 && words[i - 1].equalsIgnoreCase("no");
            if (!INDEFINITE_PRONOUNS.contains(words[i].toLowerCase(java.util.Locale.ROOT)) && !noOne) continue;
            if (chunks[i].endsWith("VP")) chunks[i] = noOne ? "I-NP" : "B-NP";
            boolean verbAfter = i + 2 < words.length && (tags[i + 2].startsWith("VB") || tags[i + 2].equals("MD"));
            // "no one experienced reviewed it": a participle between the pronoun and the verb modifies the pronoun
            if (i + 1 < words.length && tags[i + 1].equals("VBN") && verbAfter) tags[i + 1] = "JJ";
            if (i + 1 < words.length && tags[i + 1].startsWith("JJ") && (i + 2 >= words.length || verbAfter)) {
                chunks[i + 1] = "I-NP";
            }
        }
        return chunks;
    }

    /**
     * Tags an instruction ("Shard config propagation into 4 waves", "Double-check the hostname"): the news-text
     * model rarely sees a sentence-initial imperative and tags it as a noun or adjective, so the sentence is tagged
     * behind "We will" and the two lead-in tokens are dropped again.
     */
    public static Tagged tagImperative(String instruction) {
        String key = "\u0000imperative\u0000" + (instruction == null ? "" : instruction);
        Tagged cached = CACHE.get(key);
        if (cached != null) return cached;
        Tagged fresh = tagImperativeUncached(instruction);
        CACHE.put(key, fresh);
        return fresh;
    }

    private static Tagged tagImperativeUncached(String instruction) {
        String s = instruction == null ? "" : normalise(instruction.strip());
        if (s.isEmpty()) return tag(s);
        String lowered = Character.isUpperCase(s.charAt(0)) && (s.length() < 2 || !Character.isUpperCase(s.charAt(1)))
                ? Character.toLowerCase(s.charAt(0)) + s.substring(1) : s;
        Tools t = TOOLS.get();
        String[] words = t.tokenizer.tokenize("We will " + lowered);
        String[] tags = retag(words, t.tagger.tag(words));
        String[] chunks = t.chunker.chunk(words, tags);
        int n = words.length - 2;
        String[] w = new String[n];
        String[] g = new String[n];
        String[] c = new String[n];
        System.arraycopy(words, 2, w, 0, n);
        System.arraycopy(tags, 2, g, 0, n);
        System.arraycopy(chunks, 2, c, 0, n);
        if (n > 0 && !w[0].isEmpty()) w[0] = s.substring(0, Math.min(s.length(), w[0].length()));
        if (n > 0 && c[0].startsWith("I-")) c[0] = "B-" + c[0].substring(2);
        return new Tagged(instruction, w, g, c);
    }

    /** Every sentence of a text, tagged.*/
    public static List<Tagged> analyse(String text) {
        return sentences(text).stream().map(English::tag).toList();
    }

    /** Chat drops the apostrophe of a negation ("didnt", "wasnt"): the tagger then misses the "not". */
    private static final java.util.regex.Pattern BARE_NEGATION = java.util.regex.Pattern.compile(
            "(?i)\\b(did|does|do|was|were|is|are|has|have|had|could|should|would|wo|ca)nt\\b");

    /**
     * Curly quotes and apostrophes to straight ones, dashes to spaced hyphens (the models saw ASCII news text), and a
     * negation without its apostrophe given one back.
     */
    static String normalise(String s) {
        String out = s.replace('’', '\'').replace('‘', '\'').replace('“', '"').replace('”', '"')
                .replace("—", " - ").replace("–", " - ");
        return BARE_NEGATION.matcher(out).replaceAll("$1n't");
    }
}
