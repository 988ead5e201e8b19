from lib import *

ID = 'spike-2023-05'
slack = """Wednesday, May 31st
(copied from #dev-war-room; the first part of the night was on a phone call and is not in here)
Kabir Malhotra  1:05 AM
dashboard pods are up but every request ends in a 504. pm2 shows the dashboard process restarting every few seconds
Ishita Rao  1:09 AM
hooks, alerts, escalations and status pages all fine, it's only the dashboard
:thumbsup: 2
Kabir Malhotra  1:16 AM
pm2 `watch` is on for the dashboard app. something keeps writing files inside the watched folder
Ishita Rao  1:31 AM
profile picture upload! the new code writes the temp file to the app root instead of /tmp, pm2 sees a change and restarts
Kabir Malhotra  1:34 AM
I'll own the fix, you handle the customer emails?
Ishita Rao  1:35 AM
yes, I've got comms. 6 tickets so far
"""

spec = dict(
    id=ID, name='Spike.sh 2023-05-30 dashboard outage (pm2 watch restarts after upload path change)',
    now='2023-06-10T00:00:00Z', defaultZone='Asia/Kolkata', key='OPS-412', issueId='50412',
    summary='Dashboard down, 504 timeouts',
    labels=['dashboard', 'outage'], components=['Dashboard'],
    created='2023-05-30 19:20', reporter='Kabir Malhotra', assignee='Kabir Malhotra',
    description=[
        'Dashboard returning 504s since ~12:30am, customers emailing.',
        'Maybe the load balancer certificate rotation from yesterday? Checking the ALB first.',
    ],
    comments=[
        (99101, 'Kabir Malhotra', '2023-05-30 20:05', [
            'Not the load balancer. `pm2` restarts the dashboard process in a loop because of the upload path '
            'change in the profile picture release (`dash-web-02`, `dash-web-03`).']),
        (99102, 'Ishita Rao', '2023-05-31 05:30', [
            'Called the customers who wrote in, could not reach all of them. Apology mail going out today.']),
        (99103, 'Kabir Malhotra', '2023-06-01 09:00', [
            '## What happened',
            'Our dashboard went down at 6:55 PM UTC on 30th May and stayed down for a total of 195 minutes. Only the '
            'dashboard: hooks, alerts, API, escalations and status pages kept working, so incidents and alerts '
            'were still triggered for customers.',
            'Root cause: the upload path for profile pictures was changed from the temp folder to the app root, and '
            'the pm2 watcher restarted the process on every upload. The fix itself was small: patch the path and '
            'deploy. Understanding the restarts took almost all of the time.',
            'Detection: the uptime monitor calls us through Zapier and Twilio and several customers emailed; we did '
            'not keep the call log, so we cannot say when the first alert or email arrived.',
            'Went badly: uptime monitor to phone goes through Zapier. Follow-up OPS-415: turn off pm2 watch in '
            'production.']),
    ],
    changelog=[
        (799101, 'Kabir Malhotra', '2023-05-30 19:21', [('status', 'Open', 'In Progress')]),
        (799102, 'Kabir Malhotra', '2023-05-31 04:00', [('status', 'In Progress', 'Resolved')]),
    ],
    links=[('OPS-415', 'Turn off pm2 watch in production', 'Done')],
    remote=[('https://spike.sh/blog/postmortem-of-our-dashboards-outage/', 'Postmortem of our dashboards outage')],
    pastes=[(ID + '-slack.txt', 'Asia/Kolkata', '2023-05-31', slack)],
    expected={
        "events": [
            ["2023-05-30T18:55Z", ["went down", "down"]],
        ],
        "keyTimes": {
            "started": kt("2023-05-30T18:55Z", "STATED", "Our dashboard went down at 6:55 PM UTC on 30th May and stayed down for a total of 195 minutes.", "comment 99103"),
            "detected": UNKNOWN,
            "resolved": kt("2023-05-30T22:10Z", "INFERRED", "Our dashboard went down at 6:55 PM UTC on 30th May and stayed down for a total of 195 minutes.", "comment 99103"),
        },
        "responders": [["Kabir Malhotra", None], ["Ishita Rao", "comms"]],
        "narrative": {
            "rootCause": ["upload path", "pm2 watcher"],
            "fix": ["patch the path"],
            "lucky": [],
            "wentWell": [],
            "wentBadly": ["goes through Zapier"],
            "customerEffect": "From 18:55 UTC on 30 May 2023 the Spike.sh dashboard was unavailable for 195 minutes; alerts kept working.",
            "internalNames": ["OPS-412", "OPS-415", "dash-web-02", "dash-web-03", "#dev-war-room"],
        },
    },
)
emit(spec)
