from lib import *

ID = 'gitlab-2017-08'
slack = """(copied from #prod-db, scrollback before 11:44 AM was not copied)
bram [11:44 AM]
site is back for me, whatever that was. 500s stopped ~2 min ago
tomasz [11:45 AM]
another spike on the primary, ~14K IOPS. not over
bram [11:50 AM]
and unavailable again. front page is a 500
tomasz [11:53 AM]
primary at ~40K IOPS now. something is hammering it in waves
bram [11:56 AM]
back again :face_with_rolling_eyes:
tomasz [12:01 PM]
next wave, ~36K IOPS
bram [12:02 PM]
down. GitLab.com unavailable
tomasz [12:04 PM]
~61K IOPS, biggest one yet. I'm looking at pg_stat_activity for whoever is doing this
bram [12:07 PM]
back up. holding so far
tomasz [12:31 PM]
still quiet. leaving the ticket open for the root cause
"""

spec = dict(
    id=ID, name='GitLab.com 2017-08-17 repeated outages from primary database IOPS spikes',
    now='2017-08-30T00:00:00Z', defaultZone='Europe/Amsterdam', key='INFRA-2271', issueId='22271',
    summary='GitLab.com outage, 500s in waves (primary DB load)',
    labels=['outage', 'database'], components=['Database', 'Web'],
    created='2017-08-17 15:48', reporter='Bram de Wit', assignee='Tomasz Nowicki',
    description=[
        'GitLab.com returning 500s since ~17:40, site flapping up and down.',
        'First guess: the 17:30 deploy. Checking whether a rollback is needed.',
    ],
    comments=[
        (71101, 'Tomasz Nowicki', '2017-08-17 15:58', [
            'Not the deploy, nothing shipped in that window. Load on the primary (`db1`) is spiking in waves, IOPS way '
            'above normal, and every wave takes the site down for a few minutes.']),
        (71102, 'Bram de Wit', '2017-08-17 16:40', [
            'No spike since the last recovery. Leaving it open until we know what caused the load.']),
        (71103, 'Tomasz Nowicki', '2017-08-21 09:15', [
            '## Timeline of events (UTC)',
            '- 15:37 Load on primary DB increases and we start returning 5xx errors (32K IOPS spike)\n'
            '- 15:42 GitLab.com is back\n'
            '- 15:45 another spike on primary database, ~14K IOPS\n'
            '- 15:50 GitLab.com unavailable\n'
            '- 15:53 another spike, ~40K IOPS\n'
            '- 15:56 GitLab.com is back\n'
            '- 16:01 another spike, ~36K IOPS\n'
            '- 16:02 GitLab.com unavailable\n'
            '- 16:04 another spike, ~61K IOPS\n'
            '- 16:07 GitLab.com is back, no further spikes',
            'We have no record of when this first paged or who noticed first; the alert history for that afternoon '
            'was not kept and the chat copy starts after the first recovery.',
            'Went badly: three separate outages before anyone could see what was issuing the load. Follow-up: '
            'per-query IO accounting on the primary (INFRA-2280).']),
    ],
    changelog=[
        (771101, 'Bram de Wit', '2017-08-17 15:49', [('status', 'Open', 'In Progress')]),
        (771102, 'Bram de Wit', '2017-08-17 16:41', [('status', 'In Progress', 'Monitoring')]),
        (771103, 'Tomasz Nowicki', '2017-08-22 10:00', [('status', 'Monitoring', 'Resolved')]),
    ],
    links=[('INFRA-2280', 'Per-query IO accounting on the primary', 'To Do')],
    remote=[('https://gitlab.com/gitlab-com/gl-infra/production/-/work_items/227', 'GitLab.com outage Thu 17 Aug ~15:37 UTC')],
    pastes=[(ID + '-slack.txt', 'America/New_York', '2017-08-17', slack)],
    expected={
        "events": [
            ["2017-08-17T15:37Z", ["5xx", "load", "iops"]],
            ["2017-08-17T15:42Z", ["back"]],
            ["2017-08-17T15:45Z", ["spike", "iops"]],
            ["2017-08-17T15:50Z", ["unavailable"]],
            ["2017-08-17T15:53Z", ["spike", "iops"]],
            ["2017-08-17T15:56Z", ["back"]],
            ["2017-08-17T16:01Z", ["spike", "iops"]],
            ["2017-08-17T16:02Z", ["unavailable"]],
            ["2017-08-17T16:04Z", ["spike", "iops"]],
            ["2017-08-17T16:07Z", ["back"]],
        ],
        "keyTimes": {
            "started": kt("2017-08-17T15:37Z", "STATED", "15:37 Load on primary DB increases and we start returning 5xx errors (32K IOPS spike)", "comment 71103"),
            "detected": UNKNOWN,
            "resolved": kt("2017-08-17T16:07Z", "STATED", "16:07 GitLab.com is back, no further spikes", "comment 71103"),
        },
        "responders": [["Bram de Wit", None], ["Tomasz Nowicki", None]],
        "narrative": {
            "rootCause": ["load on the primary", "iops"],
            "fix": [],
            "lucky": [],
            "wentWell": [],
            "wentBadly": ["three separate outages"],
            "customerEffect": "Between 15:37 and 16:07 UTC on 17 August 2017 GitLab.com was unavailable several times for a few minutes each.",
            "internalNames": ["INFRA-2271", "INFRA-2280", "db1", "#prod-db"],
        },
    },
)
emit(spec)
