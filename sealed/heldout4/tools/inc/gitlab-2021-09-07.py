from lib import *

ID = 'gitlab-2021-09-07'
slack = """Tuesday, September 7th
(earlier messages in the thread were not copied)
Ahmad Karimi  11:57 AM
statement timeouts everywhere, web and api latency way up. declared a few min ago, I'm IC
Ahmad Karimi  11:59 AM
@Femke can you be SME on the db side? looks like something is holding locks on webhooks
:eyes: 3
Femke Jansen  12:06 PM
long running transaction on the `web_hooks` table, started from a sidekiq worker on `sidekiq-catchall-07`. xmin age keeps climbing
Femke Jansen  12:16 PM
pg_txid_xmin_age dropped, transaction is gone. timeouts stopping
Ahmad Karimi  12:20 PM
web and api look healthy. job queues are huge though, this will take a while to drain
Ahmad Karimi  1:18 PM
marking IncidentMitigated, still working down the job queues
Femke Jansen  1:25 PM
queues drained, full recovery :white_check_mark:
"""

spec = dict(
    id=ID, name='GitLab.com 2021-09-07 statement timeouts from a long transaction on the webhooks table',
    now='2021-09-21T00:00:00Z', defaultZone='Australia/Sydney', key='PROD-5493', issueId='45493',
    summary='Postgres transactions showing high rate of statement timeouts',
    labels=['database', 'latency'], components=['Web', 'API', 'Sidekiq', 'Database'],
    created='2021-09-07 10:02', reporter='Ahmad Karimi', assignee='Ahmad Karimi',
    description=[
        'Latency up on every front-end service tonight and jobs delayed, statement timeouts on Postgres.',
        'The canary fleet upgrade finished about 7:15pm, suspect that. Asking release managers to hold the next stage.',
    ],
    comments=[
        (96101, 'Femke Jansen', '2021-09-07 10:30', [
            'Canary is a red herring: the canary migration (08:41, no changes) and the canary fleet upgrade (09:01 to '
            '09:14) were done well before the drop. The cause is a long running transaction on the webhooks table; '
            'because so many transactions touch webhooks, the timeouts spread everywhere.']),
        (96102, 'Ahmad Karimi', '2021-09-07 11:30', [
            'IncidentMitigated since 11:18. Job queues still draining.']),
        (96103, 'Ahmad Karimi', '2021-09-09 02:00', [
            '## Exec summary',
            'Customer impact: web, API and anything that fires webhooks. Impact duration 09:48 - 10:16 UTC (about 30 '
            'minutes), then a slow recovery of queued jobs until 11:25 UTC.',
            '- 09:48 Patroni apdex drops\n'
            '- incident declared in Slack six minutes after the Patroni apdex dropped\n'
            '- 10:16 pg_txid_xmin_age drops, recovery\n'
            '- 11:18 marked IncidentMitigated while job queues are worked down\n'
            '- 11:25 full recovery',
            'Went badly: no alert on transaction age; PROD-5501 adds one and a statement timeout for the worker.']),
    ],
    changelog=[
        (796101, 'Ahmad Karimi', '2021-09-07 10:03', [('status', 'Open', 'In Progress')]),
        (796102, 'Ahmad Karimi', '2021-09-07 11:19', [('status', 'In Progress', 'Monitoring')]),
        (796103, 'Ahmad Karimi', '2021-09-09 02:01', [('status', 'Monitoring', 'Resolved')]),
    ],
    links=[('PROD-5501', 'Alert on transaction age; statement timeout for webhook worker', 'To Do')],
    remote=[('https://gitlab.com/gitlab-com/gl-infra/production/-/issues/5493', '2021-09-07: Postgres transactions showing high rate of statement timeouts')],
    pastes=[(ID + '-slack.txt', 'Europe/Berlin', '2021-09-07', slack)],
    expected={
        "events": [
            ["2021-09-07T08:41Z", ["canary", "migration"]],
            ["2021-09-07T09:01Z", ["canary", "upgrade"]],
            ["2021-09-07T09:14Z", ["canary", "upgrade"]],
            ["2021-09-07T09:48Z", ["apdex", "drops"]],
            ["2021-09-07T10:16Z", ["xmin", "recovery"]],
            ["2021-09-07T11:18Z", ["mitigated"]],
            ["2021-09-07T11:25Z", ["full recovery"]],
        ],
        "keyTimes": {
            "started": kt("2021-09-07T09:48Z", "STATED", "Impact duration 09:48 - 10:16 UTC", "comment 96103"),
            "detected": kt("2021-09-07T09:54Z", "INFERRED", "incident declared in Slack six minutes after the Patroni apdex dropped", "comment 96103"),
            "resolved": kt("2021-09-07T10:16Z", "STATED", "Impact duration 09:48 - 10:16 UTC", "comment 96103"),
        },
        "responders": [["Ahmad Karimi", "incident commander"], ["Femke Jansen", "SME"]],
        "narrative": {
            "rootCause": ["long running transaction", "webhooks table"],
            "fix": [],
            "lucky": [],
            "wentWell": [],
            "wentBadly": ["no alert on transaction age"],
            "customerEffect": "From 09:48 to 10:16 UTC on 7 September 2021 GitLab.com web and API were slow and webhooks failed; queued jobs were delayed until 11:25 UTC.",
            "internalNames": ["PROD-5493", "PROD-5501", "sidekiq-catchall-07", "web_hooks"],
        },
    },
)
emit(spec)
