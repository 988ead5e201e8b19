package io.postmortem.evidence.chat;

import java.util.Locale;
import java.util.regex.Pattern;

/** Recognises alerting and other machine senders by name. Their timestamps are machine timestamps. */
public final class Bots {
    private static final Pattern BOT = Pattern.compile(
            "(?i)\\b(bot|app|pagerduty|opsgenie|datadog|grafana|alertmanager|prometheus|sentry|new ?relic|statuspage|"
                    + "status page|nagios|zabbix|icinga|cloudwatch|splunk|victorops|incident\\.io|firehydrant|rootly|jira|"
                    + "github|gitlab|jenkins|argo ?cd|spinnaker|monitor|alerts?|workflow|"
                    // ChatOps robots and uptime checkers ("[4:24 PM] Hubot: PagerDuty: incident TRIGGERED")
                    + "hubot|errbot|lita|pingdom|uptime ?robot|checkly|better ?uptime)\\b");

    private Bots() {
    }

    public static boolean isBot(String name) {
        return name != null && BOT.matcher(name.toLowerCase(Locale.ROOT)).find();
    }
}
