package io.postmortem.evidence;

/**
 * One remote link, mapped from {@code GET /rest/api/3/issue/{key}/remotelink} (a plain array).
 *
 * @param id          {@code id} (a number in Jira's JSON; kept as text); becomes the source {@code link:<id>}
 * @param globalId    {@code globalId}, e.g. {@code slack-thread=T0123:C0456:1763632000.123456}
 * @param url         {@code object.url}
 * @param title       {@code object.title}
 * @param application {@code application.name} (or {@code application.type} when there is no name), may be null
 */
public record RemoteLink(String id, String globalId, String url, String title, String application) {
}
