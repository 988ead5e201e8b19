package io.postmortem.webhooks;

import java.nio.charset.StandardCharsets;

import org.springframework.stereotype.Service;

import tools.jackson.databind.json.JsonMapper;

/**
 * The intake's door for ways in other than the Connect webhook (a Forge trigger, for one): they hand over an issue
 * event in the shape of Jira's {@code jira:issue_updated} webhook body and get exactly what the Connect webhook gets,
 * on the request thread: de-duplication (by issue and changelog id, else by {@code deliveryId}) and the same durable
 * job, in one transaction; never a call to Atlassian.
 */
@Service
public class IssueEventIntake {

    /** The body is not a JSON object with an {@code issue}; the message says which. */
    public static final class MalformedEvent extends RuntimeException {
        MalformedEvent(String message) {
            super(message, null, false, false);
        }
    }

    private final WebhookIntake intake;
    private final JsonMapper json;

    public IssueEventIntake(WebhookIntake intake, JsonMapper json) {
        this.intake = intake;
        this.json = json;
    }

    /**
     * @param tenant     the installation the event belongs to (the caller's {@code clientKey})
     * @param deliveryId what identifies this delivery across retries (at most 255 characters)
     * @param webhook    the event as a {@code jira:issue_updated} body
     */
    public WebhookIntake.Outcome accept(String tenant, String deliveryId, byte[] webhook) {
        WebhookFacts facts;
        try {
            facts = WebhookFacts.read(json, webhook);
        } catch (WebhookFacts.MalformedWebhook e) {
            throw new MalformedEvent(e.getMessage());
        }
        return intake.accept(tenant, deliveryId, facts, new String(webhook, StandardCharsets.UTF_8));
    }
}
