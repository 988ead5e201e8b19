package io.postmortem.postmortem;

/**
 * A machine-made suggestion for an answer, with the evidence it came from, shown beside the question
 * ("from a comment by Dana Ops, 14:02 UTC").
 *
 * @param source the evidence id ({@code comment:30101}, {@code changelog:55120}, ...)
 * @param label  a human-readable description of the source
 */
public record Suggestion(String text, String source, String label) {
}
