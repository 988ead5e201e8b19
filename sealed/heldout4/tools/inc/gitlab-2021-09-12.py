from lib import *

ID = 'gitlab-2021-09-12'
notes = """my notes, Mon 13 Sep (Tokyo time), written up after the call
05:55  Alec declared the incident in Slack, web/API timing out. I joined from bed
05:58  replicas saturated on connections, pgbouncer pools full on all of them
06:02  someone thinks it's the Sunday deploy. there was no Sunday deploy
06:04  traffic looks odd: a small set of clients hammering expensive endpoints
06:10  performance back to normal, error ratio flat again
06:25  Alec asked me to write up the traffic part for the confidential issue
"""

spec = dict(
    id=ID, name='GitLab.com 2021-09-12 web and API degraded by connection saturation on database replicas',
    now='2021-09-27T00:00:00Z', defaultZone='America/New_York', key='PROD-5514', issueId='45514',
    summary='Increased error rate and statement timeouts',
    labels=['database', 'errors', 'abuse'], components=['Web', 'API', 'Database'],
    created='2021-09-12 20:57', reporter='Alec Brennan', assignee='Alec Brennan',
    description=[
        'Web and API severely degraded since about 5pm, statement timeouts and 500s.',
        'Could be a deploy, checking the deploy log.',
    ],
    comments=[
        (97101, 'Kenji Sato', '2021-09-12 21:30', [
            'No deploy today. The database replicas ran out of connections; the load came from what looks like '
            'malicious traffic against a few expensive endpoints. Details in the confidential issue PROD-5515.']),
        (97102, 'Alec Brennan', '2021-09-13 14:00', [
            '## Timeline (all times UTC)',
            '- 20:52 degradation begins due to database connection saturation on the replicas\n'
            '- 20:55 incident declared in Slack\n'
            '- 21:10 performance returns to normal',
            'For approximately 20 minutes web and API were severely degraded. Corrective actions are linked from '
            'PROD-5515.']),
    ],
    changelog=[
        (797101, 'Alec Brennan', '2021-09-12 20:58', [('status', 'Open', 'In Progress')]),
        (797102, 'Alec Brennan', '2021-09-12 21:40', [('status', 'In Progress', 'Monitoring')]),
        (797103, 'Alec Brennan', '2021-09-13 14:01', [('status', 'Monitoring', 'Resolved')]),
    ],
    links=[('PROD-5515', 'Traffic analysis and corrective actions (confidential)', 'In Progress')],
    remote=[('https://gitlab.com/gitlab-com/gl-infra/production/-/issues/5514', '2021-09-12: Increased error rate and statement timeout')],
    pastes=[(ID + '-notes.txt', 'Asia/Tokyo', '2021-09-13', notes)],
    expected={
        "events": [
            ["2021-09-12T20:52Z", ["degradation", "saturation"]],
            ["2021-09-12T20:55Z", ["declared"]],
            ["2021-09-12T21:10Z", ["normal"]],
        ],
        "keyTimes": {
            "started": kt("2021-09-12T20:52Z", "STATED", "20:52 degradation begins due to database connection saturation on the replicas", "comment 97102"),
            "detected": kt("2021-09-12T20:55Z", "STATED", "05:55  Alec declared the incident in Slack, web/API timing out.", ID + "-notes.txt:2"),
            "resolved": kt("2021-09-12T21:10Z", "STATED", "21:10 performance returns to normal", "comment 97102"),
        },
        "responders": [["Alec Brennan", None], ["Kenji Sato", None]],
        "narrative": {
            "rootCause": ["malicious traffic", "connection saturation"],
            "fix": [],
            "lucky": [],
            "wentWell": [],
            "wentBadly": [],
            "customerEffect": "From 20:52 to 21:10 UTC on 12 September 2021 GitLab.com web and API were severely degraded.",
            "internalNames": ["PROD-5514", "PROD-5515"],
        },
    },
)
emit(spec)
