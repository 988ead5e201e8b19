package io.postmortem.evidence;

/**
 * One item of a changelog history ({@code histories[].items[]} / {@code values[].items[]}).
 * The engine matches on {@link #fieldId} ({@code status}, {@code resolution}, {@code priority}, {@code assignee},
 * {@code labels}, {@code issuelinks}) and on the ids in {@link #from}/{@link #to}; the {@code *String} values are
 * localised display names, used only for wording the timeline row. (Jira's {@code toString} cannot be a record
 * component name in Java, so both display values are named {@code fromDisplay}/{@code toDisplay}.)
 *
 * @param field      {@code field} (display name of the field, localised)
 * @param fieldId    {@code fieldId}; when Jira omits it (old entries) the engine falls back to {@code field} lower-cased
 * @param from       raw previous value (a status id, an account id...)
 * @param fromDisplay Jira's {@code fromString}: display form of the previous value
 * @param to         raw new value
 * @param toDisplay   Jira's {@code toString}: display form of the new value
 */
public record ChangeItem(String field, String fieldId, String from, String fromDisplay, String to, String toDisplay) {

    /** The field id to match on: {@code fieldId}, else {@code field} lower-cased. */
    public String key() {
        if (fieldId != null && !fieldId.isBlank()) return fieldId;
        return field == null ? "" : field.toLowerCase(java.util.Locale.ROOT);
    }
}
