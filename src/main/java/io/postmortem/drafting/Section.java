package io.postmortem.drafting;

import io.postmortem.postmortem.Question;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The eight sections the facilitator drafts, each with its key in the document's {@code suggestions} map (the same
 * name as the document field it suggests), and which of the ten questions inform it (the seed's template).
 */
public enum Section {
    SUMMARY("summary", false),
    ROOT_CAUSE("rootCause", false),
    FIVE_WHYS("fiveWhys", true),
    CONTRIBUTING_FACTORS("contributingFactors", true),
    WENT_WELL("wentWell", true),
    WENT_BADLY("wentBadly", true),
    LUCKY("lucky", true),
    EXTERNAL_VERSION("externalVersion", false);

    private final String key;
    private final boolean list;

    Section(String key, boolean list) {
        this.key = key;
        this.list = list;
    }

    /** The key in {@code suggestions} and the document field it fills. */
    public String key() {
        return key;
    }

    /** True for sections that are lists (the suggestion's {@code items}). */
    public boolean list() {
        return list;
    }

    /**
     * The sections a question's answer informs: its answer changes their suggestions. Responders and owners inform
     * the responders list and the action items, which are not drafted here.
     */
    public static Set<Section> informedBy(Question q) {
        return switch (q) {
            case CUSTOMER_EFFECT -> EnumSet.of(SUMMARY, FIVE_WHYS, EXTERNAL_VERSION);
            case TIMES -> EnumSet.of(SUMMARY, EXTERNAL_VERSION);
            case DETECTION -> EnumSet.of(WENT_WELL, WENT_BADLY, CONTRIBUTING_FACTORS);
            case RESPONDERS, OWNERS -> EnumSet.noneOf(Section.class);
            case HYPOTHESIS_VS_CAUSE -> EnumSet.of(ROOT_CAUSE, FIVE_WHYS, WENT_BADLY, EXTERNAL_VERSION);
            case FIX -> EnumSet.of(SUMMARY, EXTERNAL_VERSION);
            case NEAR_MISS -> EnumSet.of(LUCKY);
            case WORRY -> EnumSet.of(CONTRIBUTING_FACTORS, SUMMARY);
            case RECURRENCE -> EnumSet.of(SUMMARY, CONTRIBUTING_FACTORS);
        };
    }

    public static List<String> keys() {
        return java.util.Arrays.stream(values()).map(Section::key).toList();
    }
}
