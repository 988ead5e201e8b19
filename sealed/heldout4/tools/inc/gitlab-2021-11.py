from lib import *

ID = 'gitlab-2021-11'
slack = """Thursday, November 25th
Rehana Aziz  6:50 AM
canary deploy started, post-deploy migrations included this time
Rehana Aziz  7:25 AM
gitlab.com web and api went slow all at once. declaring an incident, I'm IC for now
:rotating_light: 2
Caio Nogueira  7:26 AM
slowness subsided already? apdex back up
Rehana Aziz  7:31 AM
yes, looks like a short blip. keeping the incident open until we know what it was
Caio Nogueira  7:48 AM
the migrations in the canary deploy took a 7s lock on `issues` and a few other tables (CreateIssueEmails, AddAgentActivityEventsForeignKeys). that lines up with the blip
"""

spec = dict(
    id=ID, name='GitLab.com 2021-11-25 brief slowness from table locks taken by deploy migrations',
    now='2021-12-09T00:00:00Z', defaultZone='Europe/Madrid', key='PROD-5972', issueId='45972',
    summary='Gitlab.com increased error rates',
    labels=['deploy', 'database', 'latency'], components=['Web', 'API', 'Deploy'],
    created='2021-11-25 10:28', reporter='Rehana Aziz', assignee='Rehana Aziz',
    description=[
        'Web and API slow and erroring since ~11:20, short but sharp.',
        'Maybe the Redis failover test someone mentioned this morning? Checking.',
    ],
    comments=[
        (98101, 'Caio Nogueira', '2021-11-25 11:00', [
            'No Redis test ran today. The canary deploy migrations locked `issues` and other tables for about 7 '
            'seconds each, which is enough to stall requests.']),
        (98102, 'Rehana Aziz', '2021-11-26 09:00', [
            '## Timeline (UTC)',
            '- 09:50 migrations start as part of the canary deploy\n'
            '- 10:24 slowness on gitlab.com starts\n'
            '- 10:25 incident declared in Slack\n'
            '- 10:26 slowness subsides',
            'Impact: brief slowness across gitlab.com web and API services between 10:24 and 10:26.',
            'Follow-up PROD-5980: lock timeouts for post-deploy migrations.']),
    ],
    changelog=[
        (798101, 'Rehana Aziz', '2021-11-25 10:29', [('status', 'Open', 'In Progress')]),
        (798102, 'Rehana Aziz', '2021-11-25 11:01', [('status', 'In Progress', 'Monitoring')]),
        (798103, 'Rehana Aziz', '2021-11-26 09:01', [('status', 'Monitoring', 'Resolved')]),
    ],
    links=[('PROD-5980', 'Lock timeouts for post-deploy migrations', 'To Do')],
    remote=[('https://gitlab.com/gitlab-com/gl-infra/production/-/issues/5972', '2021-11-25: Gitlab.com increased error rates')],
    pastes=[(ID + '-slack.txt', 'America/Sao_Paulo', '2021-11-25', slack)],
    expected={
        "events": [
            ["2021-11-25T09:50Z", ["migrations", "deploy"]],
            ["2021-11-25T10:24Z", ["slowness", "starts"]],
            ["2021-11-25T10:25Z", ["declared", "declaring"]],
            ["2021-11-25T10:26Z", ["subsides", "subsided"]],
        ],
        "keyTimes": {
            "started": kt("2021-11-25T10:24Z", "STATED", "10:24 slowness on gitlab.com starts", "comment 98102"),
            "detected": kt("2021-11-25T10:25Z", "STATED", "gitlab.com web and api went slow all at once. declaring an incident, I'm IC for now", ID + "-slack.txt:5"),
            "resolved": kt("2021-11-25T10:26Z", "STATED", "Impact: brief slowness across gitlab.com web and API services between 10:24 and 10:26.", "comment 98102"),
        },
        "responders": [["Rehana Aziz", "incident commander"], ["Caio Nogueira", None]],
        "narrative": {
            "rootCause": ["migrations", "lock"],
            "fix": [],
            "lucky": [],
            "wentWell": [],
            "wentBadly": [],
            "customerEffect": "Between 10:24 and 10:26 UTC on 25 November 2021 GitLab.com web and API were briefly slow.",
            "internalNames": ["PROD-5972", "PROD-5980"],
        },
    },
)
emit(spec)
