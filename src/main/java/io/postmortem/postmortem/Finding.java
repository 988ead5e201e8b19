package io.postmortem.postmortem;

/**
 * What a rule found. ERROR blocks publishing; WARNING advises.
 *
 * @param path       the field, e.g. {@code summary}, {@code wentBadly[3]}, {@code actionItems[2].summary}
 * @param suggestion a suggested rewrite, when the rule can offer one (may be null)
 */
public record Finding(Severity severity, String rule, String path, String message, String suggestion) {

    public enum Severity { ERROR, WARNING }

    public static Finding error(String rule, String path, String message, String suggestion) {
        return new Finding(Severity.ERROR, rule, path, message, suggestion);
    }

    public static Finding warning(String rule, String path, String message, String suggestion) {
        return new Finding(Severity.WARNING, rule, path, message, suggestion);
    }
}
