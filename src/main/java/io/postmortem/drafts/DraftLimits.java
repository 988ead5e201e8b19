package io.postmortem.drafts;

/**
 * How much a stored draft may hold: what a save accepts, and so what a paste or a rebuild may add (a draft that held
 * more could not be saved from the panel any more). One place for the numbers; the panel's save reports each with
 * its field path.
 */
public final class DraftLimits {

    /** A free-text field (an answer, a timeline row's event, a factor). */
    public static final int MAX_TEXT = PastedText.MAX_TEXT;
    /** A short field on one line (a title, a name, a source, a service). */
    public static final int MAX_SHORT = PastedText.MAX_SHORT;
    /** The longest texts: an action item's description and the external version. */
    public static final int MAX_LONG_TEXT = 20_000;
    /** Entries in one list (action items, factors, went well, ...). */
    public static final int MAX_LIST = 200;
    /** Timeline rows. */
    public static final int MAX_TIMELINE = 2_000;
    /** A link. */
    public static final int MAX_URL = 2_000;

    private DraftLimits() {
    }
}
