/**
 * The Jira panel: the facilitator's questionnaire in the issue view, and the API its JavaScript uses.
 *
 * <h2>Pages (served into Jira's iframe)</h2>
 * <ul>
 * <li>{@code GET /panel?issueKey=INC-7}: the issue glance's web panel. Verified with the qsh-bound iframe JWT (the
 * issue key is part of the signed URL). Rendered with Mustache ({@code templates/panel/panel.mustache}, everything
 * escaped); the page data sits in a {@code <script type="application/json">} with {@code <}, {@code >}, {@code &}
 * escaped as {@code \u003c}... and carries a 15-minute session token for the API.</li>
 * <li>{@code GET /panel/full}: the general page; the issue from the signed query or from a context token's context;
 * without one, a list of this installation's post-mortems linking to their incidents.</li>
 * </ul>
 * all.js is loaded only inside Jira (the iframe URL has {@code xdm_e}); the JavaScript ({@code static/panel/*.js}, plain
 * modules, no build step) guards {@code window.AP}, prefers {@code AP.context.getToken()} when its context names the
 * issue, and otherwise uses the session token, renewed by the {@code X-Session-Token} header of every API answer.
 *
 * <h2>API (contract section 4; context and session tokens, {@code @ContextJwt})</h2>
 * <ul>
 * <li>{@code GET /api/postmortems/{k}}: the draft with fresh findings; 404 before there is one.</li>
 * <li>{@code POST /api/postmortems/{k}}: build or rebuild through {@code drafts.DraftService}: 201 new, 200
 * rebuilt; 503 when no builder is wired.</li>
 * <li>{@code PUT /api/postmortems/{k}}: save; body carries {@code version}; 200 with {@code version+1}; 409 whose
 * body is the current document (header {@code X-Error}); 400 with field errors in the contract's path notation.
 * The server keeps what it owns (status, Confluence page, suggestions, action items' Jira key/status/error).</li>
 * <li>{@code POST /api/postmortems/{k}/evidence[?tz=Area/City]}: a pasted thread ({@code text/plain}) or a Slack
 * export ({@code application/json}) merged into the timeline; 400 with {@code "code": "ZONE_REQUIRED"} when the
 * paste has times without a zone, 400 with line and column for broken JSON, 413 when too large; the draft is untouched
 * on any refusal.</li>
 * <li>{@code GET /api/postmortems/{k}/export.md}: the seed's Markdown template ({@code text/markdown}).</li>
 * <li>{@code GET /api/users?query=}: people assignable in the action-item project from settings (falls back to
 * the incident's project); apps, customers and inactive accounts are left out.</li>
 * </ul>
 * Authorization: the path issue must be the token's issue (403, also for tokens without an issue); every lookup goes
 * through the caller's clientKey, so another installation's data is not found (404).
 */
package io.postmortem.panel;
