/**
 * Optional AI drafting: a second source of section suggestions from an OpenAI-compatible chat model (Spring AI),
 * off unless the server sets {@code postmortem.ai.enabled=true} and an installation's admin switches on
 * {@code aiDrafting}. After a draft build a durable one-time job ({@link io.postmortem.aidraft.AiDraftTasks}) sends
 * the redacted evidence ({@link io.postmortem.aidraft.AiEvidence}), reads the model's JSON answer
 * ({@link io.postmortem.aidraft.AiAnswer}: validated, put through the blameless and redaction rules) and stores
 * it beside the facilitator's drafts under {@code ai.<section>} with source {@code ai:<model>}. Nothing is applied
 * without a person's click; a timeout, refusal or unreadable answer leaves the deterministic drafts as they are and
 * says so ({@code ai.status}).
 */
package io.postmortem.aidraft;
