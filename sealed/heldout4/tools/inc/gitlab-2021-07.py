from lib import *

ID = 'gitlab-2021-07'
zoom = """16:35:02\t From Nolan Pierce : joined. git apdex is in the floor and haproxy is throwing 500s, I noticed it two minutes ago
16:35:40\t From Nolan Pierce : I'll run this as IC until someone takes it off me
16:36:15\t From Joana Ferreira : dashboards are half broken, thanos-frontend looks like it crashed and restarted
16:37:01\t From Nolan Pierce : Joana can you be SME on the monitoring side? I'll stay on the apdex
16:38:30\t From Joana Ferreira : yes. thanos is back, queries slow but working
16:39:12\t From Nolan Pierce : apdex is coming back up across web and api
16:40:05\t From Nolan Pierce : CI queues are backed up though, runners are chewing through a backlog
16:51:44\t From Joana Ferreira : sidekiq queue still long, watching
17:01:20\t From Joana Ferreira : sidekiq queue length back to normal, jobs keeping up
"""

spec = dict(
    id=ID, name='GitLab.com 2021-07-13 brief degradation across services and CI backlog',
    now='2021-07-27T00:00:00Z', defaultZone='America/Chicago', key='PROD-5152', issueId='45152',
    summary='Increase in errors across multiple GitLab.com services',
    labels=['errors', 'ci'], components=['Web', 'API', 'Git', 'CI Runners'],
    created='2021-07-13 15:36', reporter='Nolan Pierce', assignee='Nolan Pierce',
    description=[
        'Git and web erroring since ~10:33 this morning, haproxy 500s up.',
        'Monitoring is flaky too; maybe the thanos crash is what is breaking things?',
    ],
    comments=[
        (95101, 'Joana Ferreira', '2021-07-13 15:50', [
            'The thanos-frontend restart was a symptom of the load, not the cause: monitoring strained along with '
            'everything else. Web and API look normal again; CI jobs are still queued.']),
        (95102, 'Nolan Pierce', '2021-07-13 16:05', [
            'CI backlog processed, sidekiq queue length back to normal at 16:00.']),
        (95103, 'Nolan Pierce', '2021-07-15 14:00', [
            '## Recap (all times UTC)',
            'Web, API and Git were degraded for 14 minutes starting 15:28 UTC. The backlog of user CI workloads took '
            'about another 30 minutes to clear.',
            '- 15:33 Nolan noticed a plunging git apdex and elevated haproxy 500 errors\n'
            '- 15:34 incident declared in Slack; apdex degradation across multiple services\n'
            '- 15:35 monitoring services show strain, thanos-frontend crashed and restarted\n'
            '- 15:38 service apdex returning to normal, CI workloads backlogged\n'
            '- 16:00 sidekiq queue length back to normal, jobs keeping up',
            'Root cause: TBD (PROD-5160). Went badly: we found out from a dashboard, not from an alert.']),
    ],
    changelog=[
        (795101, 'Nolan Pierce', '2021-07-13 15:37', [('status', 'Open', 'In Progress')]),
        (795102, 'Nolan Pierce', '2021-07-13 16:06', [('status', 'In Progress', 'Monitoring')]),
        (795103, 'Nolan Pierce', '2021-07-15 14:01', [('status', 'Monitoring', 'Resolved')]),
    ],
    links=[('PROD-5160', 'Root cause of the 13 July degradation', 'To Do')],
    remote=[('https://gitlab.com/gitlab-com/gl-infra/production/-/issues/5152', '2021-07-13: Increase in errors across multiple GitLab.com services')],
    pastes=[(ID + '-zoom-chat.txt', 'Europe/Lisbon', '2021-07-13', zoom)],
    expected={
        "events": [
            ["2021-07-13T15:28Z", ["degraded", "starting"]],
            ["2021-07-13T15:33Z", ["noticed", "apdex", "500"]],
            ["2021-07-13T15:34Z", ["declared", "apdex"]],
            ["2021-07-13T15:35Z", ["thanos", "monitoring", "strain"]],
            ["2021-07-13T15:38Z", ["normal", "backlog"]],
            ["2021-07-13T16:00Z", ["sidekiq", "queue"]],
        ],
        "keyTimes": {
            "started": kt("2021-07-13T15:28Z", "STATED", "Web, API and Git were degraded for 14 minutes starting 15:28 UTC.", "comment 95103"),
            "detected": kt("2021-07-13T15:33Z", "STATED", "15:33 Nolan noticed a plunging git apdex and elevated haproxy 500 errors", "comment 95103"),
            "resolved": kt("2021-07-13T15:42Z", "INFERRED", "Web, API and Git were degraded for 14 minutes starting 15:28 UTC.", "comment 95103"),
        },
        "responders": [["Nolan Pierce", "incident commander"], ["Joana Ferreira", "SME"]],
        "narrative": {
            "rootCause": [],
            "fix": [],
            "lucky": [],
            "wentWell": [],
            "wentBadly": ["found out from a dashboard, not from an alert"],
            "customerEffect": "From 15:28 UTC on 13 July 2021 GitLab.com web, API and Git were degraded for 14 minutes; CI jobs were delayed for about 30 minutes more.",
            "internalNames": ["PROD-5152", "PROD-5160", "thanos-frontend"],
        },
    },
)
emit(spec)
