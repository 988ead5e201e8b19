from lib import *

ID = 'gitlab-2021-06'
teams = """[6/11/2021 4:05 PM] Ananya Iyer:
saw the incident channel pop up. we had "502 Bad Gateway" on gitlab.com from the Pune office just before, loads fine again now
[6/11/2021 4:06 PM] Rohan Mehta:
support queue has 4 tickets about 502s, all from the last few minutes. linking them to the incident Marek opened
[6/11/2021 4:40 PM] Rohan Mehta:
no new 502 reports since 4:05 PM. closing the loop with customers
"""

spec = dict(
    id=ID, name='GitLab.com 2021-06-11 bad gateway during a database replica live migration',
    now='2021-06-25T00:00:00Z', defaultZone='Europe/Berlin', key='PROD-4874', issueId='44874',
    summary='Bad gateway on GitLab.com',
    labels=['errors', 'database', 'cloud-provider'], components=['Web', 'Database'],
    created='2021-06-11 10:36', reporter='Marek Zielinski', assignee='Marek Zielinski',
    description=[
        'Bad gateway pages on GitLab.com around 12:30, errors on every service for a couple of minutes.',
        'Possibly the HAProxy config MR that merged this morning? Checking.',
    ],
    comments=[
        (91101, 'Marek Zielinski', '2021-06-11 10:55', [
            'HAProxy MR is not deployed yet, so not that. There is a live migration logged for the replica '
            '`patroni-v12-05-db-gprd` right when the errors started, with a big spike in IO wait on that host.']),
        (91102, 'Lena Vogt', '2021-06-11 13:20', [
            'Disk read and write latency on the replica jumped during the maintenance event, which raised the load. '
            'The application kept sending reads to the slow replica.']),
        (91103, 'Marek Zielinski', '2021-06-14 08:45', [
            '## Timeline (all times UTC)',
            '- 10:32 increased rate of errors on all GitLab.com services\n'
            '- 10:33 log message for live migration of the replica; bad gateway page shown on GitLab.com\n'
            '- 10:34 errors return to normal level, GitLab.com is loading again\n'
            '- 10:34 I declared the incident in Slack (nothing had paged)',
            'Impact: about 2 minutes of errors for all services, caused by a cloud provider maintenance event on one '
            'Postgres read replica.',
            'Corrective actions: high availability for database load balancing (PROD-4880), visibility for live '
            'migrations of VMs (PROD-4881), hook onto GCP instance maintenance events (PROD-4882).']),
    ],
    changelog=[
        (791101, 'Marek Zielinski', '2021-06-11 10:37', [('status', 'Open', 'In Progress')]),
        (791102, 'Marek Zielinski', '2021-06-11 11:00', [('status', 'In Progress', 'Monitoring')]),
        (791103, 'Marek Zielinski', '2021-06-14 08:46', [('status', 'Monitoring', 'Resolved')]),
    ],
    links=[('PROD-4880', 'High availability for database load balancing', 'To Do'),
           ('PROD-4881', 'Visibility for live migrations of VMs', 'To Do'),
           ('PROD-4882', 'Hook onto GCP instance maintenance events', 'To Do')],
    remote=[('https://gitlab.com/gitlab-com/gl-infra/production/-/issues/4874', '2021-06-11 Bad gateway on GitLab.com')],
    pastes=[(ID + '-teams.txt', 'Asia/Kolkata', '2021-06-11', teams)],
    expected={
        "events": [
            ["2021-06-11T10:32Z", ["errors"]],
            ["2021-06-11T10:33Z", ["live migration", "bad gateway"]],
            ["2021-06-11T10:34Z", ["normal", "loading", "declared"]],
        ],
        "keyTimes": {
            "started": kt("2021-06-11T10:32Z", "STATED", "10:32 increased rate of errors on all GitLab.com services", "comment 91103"),
            "detected": kt("2021-06-11T10:34Z", "STATED", "10:34 I declared the incident in Slack (nothing had paged)", "comment 91103"),
            "resolved": kt("2021-06-11T10:34Z", "STATED", "10:34 errors return to normal level, GitLab.com is loading again", "comment 91103"),
        },
        "responders": [["Marek Zielinski", None], ["Lena Vogt", None], ["Ananya Iyer", None], ["Rohan Mehta", None]],
        "narrative": {
            "rootCause": ["maintenance event", "live migration"],
            "fix": [],
            "lucky": [],
            "wentWell": [],
            "wentBadly": ["nothing had paged"],
            "customerEffect": "For about two minutes from 10:32 UTC on 11 June 2021 all GitLab.com services returned errors.",
            "internalNames": ["PROD-4874", "PROD-4880", "PROD-4881", "PROD-4882", "patroni-v12-05-db-gprd"],
        },
    },
)
emit(spec)
