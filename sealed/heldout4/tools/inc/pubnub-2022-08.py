from lib import *

ID = 'pubnub-2022-08'
log = """Support escalation log - Admin Portal logins (times ET)
Tue 8/30
4:58 pm  2 customers on chat: portal login spinning then "something went wrong". Engineering already aware per #support-esc
5:20 pm  more of the same, also errors on the billing/plan page once logged in
6:45 pm  engineering says a third-party provider is having an incident, escalated with them. no ETA
9:20 pm  workaround from eng helps some logins, billing page still errors
Wed 8/31
1:20 am  eng: provider resolved their issue, our incident resolved. portal logins normal
9:00 am  closed 14 chats with the status link
"""

spec = dict(
    id=ID, name='PubNub 2022-08-30 Admin Portal login failures (third-party subscription provider incident)',
    now='2022-09-12T00:00:00Z', defaultZone='America/Los_Angeles', key='PORTAL-1877', issueId='61877',
    summary='Admin Portal logins slow or failing',
    labels=['portal', 'third-party'], components=['Admin Portal'],
    created='2022-08-30 21:08', reporter='Grace Whitfield', assignee='Devon Marsh',
    description=[
        'Admin Portal logins slow or failing since ~2pm, some pages error after login.',
        'Possibly the SSO change we rolled out at lunch? Rolling that back first.',
    ],
    comments=[
        (99201, 'Devon Marsh', '2022-08-30 21:40', [
            'SSO rollback made no difference. The calls that fail all go to our subscription management provider, '
            'which has an open incident on their side. Escalated with them; trying to work around it.']),
        (99202, 'Devon Marsh', '2022-08-31 01:15', [
            'Workaround deployed (login no longer waits for the plan lookup when the provider times out). Helps '
            'some logins, portal pages that need plan data still fail.']),
        (99203, 'Grace Whitfield', '2022-08-31 16:00', [
            '## Summary',
            'On August 30, 2022 at 8:50 PM UTC we observed slow or failed logins to the Admin Portal, and errors in '
            'some portal functions once logged in. Cause: an operational incident at a third-party provider we use '
            'for subscription management. The provider resolved their issue and our incident was resolved at 5:20 AM '
            'UTC on August 31.',
            'Follow-ups: reduce the dependency on the provider for logins, allow login with reduced functionality and '
            'tell the user (PORTAL-1880); alert on errors from the provider (PORTAL-1881).']),
    ],
    changelog=[
        (799201, 'Grace Whitfield', '2022-08-30 21:09', [('status', 'Open', 'In Progress')]),
        (799202, 'Devon Marsh', '2022-08-31 05:25', [('status', 'In Progress', 'Monitoring')]),
        (799203, 'Grace Whitfield', '2022-08-31 16:05', [('status', 'Monitoring', 'Resolved')]),
    ],
    links=[('PORTAL-1880', 'Allow portal login when the subscription provider fails', 'To Do'),
           ('PORTAL-1881', 'Alert on subscription provider errors', 'To Do')],
    remote=[('https://status.pubnub.com/incidents/51l13cw6w4nd', 'Admin Portal login issues')],
    pastes=[(ID + '-support-log.txt', 'America/New_York', '2022-08-30', log)],
    expected={
        "events": [
            ["2022-08-30T20:50Z", ["observed", "logins"]],
            ["2022-08-31T05:20Z", ["resolved"]],
        ],
        "keyTimes": {
            "started": kt("2022-08-30T20:50Z", "STATED", "On August 30, 2022 at 8:50 PM UTC we observed slow or failed logins to the Admin Portal", "comment 99203"),
            "detected": kt("2022-08-30T20:50Z", "STATED", "On August 30, 2022 at 8:50 PM UTC we observed slow or failed logins to the Admin Portal", "comment 99203"),
            "resolved": kt("2022-08-31T05:20Z", "STATED", "our incident was resolved at 5:20 AM UTC on August 31", "comment 99203"),
        },
        "responders": [["Devon Marsh", None], ["Grace Whitfield", None]],
        "narrative": {
            "rootCause": ["third-party provider", "subscription management"],
            "fix": ["provider resolved their issue"],
            "lucky": [],
            "wentWell": [],
            "wentBadly": [],
            "customerEffect": "From 20:50 UTC on 30 August to 05:20 UTC on 31 August 2022 logins to the PubNub Admin Portal were slow or failed and some portal functions returned errors.",
            "internalNames": ["PORTAL-1877", "PORTAL-1880", "PORTAL-1881", "#support-esc"],
        },
    },
)
emit(spec)
