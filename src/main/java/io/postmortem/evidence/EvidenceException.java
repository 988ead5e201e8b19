package io.postmortem.evidence;

/**
 * A clear, user-facing refusal of evidence (too large, binary, broken JSON, times without a zone...).
 * The message is meant to be shown as-is in the panel / the API's {@code {"error": ...}} body; it never carries a stack trace.
 */
public class EvidenceException extends RuntimeException {
    public EvidenceException(String message) {
        super(message);
    }
}
