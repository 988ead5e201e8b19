package io.postmortem.rules;

/**
 * One piece of free text in the document, with its path as the contract names it.
 *
 * @param external true for the external-facing version (published outside the company)
 */
public record Field(String path, String text, boolean external) {
}
