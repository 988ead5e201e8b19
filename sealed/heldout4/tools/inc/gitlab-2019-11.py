from lib import *

ID = 'gitlab-2019-11'
slack = """Wednesday, November 6th
PagerDuty  APP  2:38 AM
[Triggered] #19873 API service error ratio above SLO (api, gprd)
Nadia Rahimi  2:40 AM
ack, api errors climbing. looking
PagerDuty  APP  2:45 AM
[Triggered] #19879 increased error rate across fleet (web, api, git)
Nadia Rahimi  2:47 AM
fleet-wide now. apdex is in the floor, lots of slow queries on the replicas
Nadia Rahimi  2:58 AM
errors dropping, apdex climbing back. not touching anything yet
:eyes: 2
Nadia Rahimi  3:03 AM
paging the manager on call, I want a second pair of eyes before I start flipping flags
Owen Gallagher  3:09 AM
here. I'll take IC, you keep digging Nadia
Nadia Rahimi  3:22 AM
disabled the `ci_pipeline_cache` feature flag, it went out around the same time. might be unrelated
"""

spec = dict(
    id=ID, name='GitLab.com 2019-11-06 apdex dip and errors from slow queries',
    now='2019-11-20T00:00:00Z', defaultZone='Europe/London', key='PROD-1327', issueId='41327',
    summary='Increased latency and error rates across the fleet',
    labels=['latency', 'errors', 'database'], components=['Web', 'API', 'Database'],
    created='2019-11-06 10:50', reporter='Nadia Rahimi', assignee='Owen Gallagher',
    description=[
        'Web and API erroring since about 10:45, first guess is the new metrics endpoint change on the fleet.',
        'Slow queries piling up on the replicas, queues backing up.',
    ],
    comments=[
        (81101, 'Owen Gallagher', '2019-11-06 11:30', [
            'Took IC at 3:09 AM PST. Errors back to baseline. The `ci_pipeline_cache` flag is off for now, might be '
            'unrelated.']),
        (81102, 'Nadia Rahimi', '2019-11-06 15:15', [
            'Reverted the metrics endpoint configuration change at 14:50 (pretty sure it is unrelated, it just went out '
            'around the same time), and canary was switched back to unicorn at 15:09.']),
        (81103, 'Owen Gallagher', '2019-11-07 09:30', [
            '## Timeline (UTC)',
            '- 10:30 dip begins in apdex with an increase in errors; all of GitLab.com unavailable in the spike of slow queries\n'
            '- 10:38 first pages for the API service\n'
            '- 10:45 first pages for increased error rate across the fleet\n'
            '- 10:56 end of the observed dip\n'
            '- 11:03 manager on call paged\n'
            '- 11:22 feature flag disabled (may have been related)\n'
            '- 14:50 metrics endpoint configuration change reverted\n'
            '- 15:09 canary switched back to unicorn',
            'Went badly: the first page came eight minutes into the dip. Root cause still open: an increase in slow '
            'queries on `patroni-05`; the feature flag and the config change look unrelated.']),
    ],
    changelog=[
        (781101, 'Nadia Rahimi', '2019-11-06 10:51', [('status', 'Open', 'In Progress')]),
        (781102, 'Owen Gallagher', '2019-11-06 11:31', [('status', 'In Progress', 'Monitoring')]),
        (781103, 'Owen Gallagher', '2019-11-07 09:31', [('status', 'Monitoring', 'Resolved')]),
    ],
    links=[('PROD-1331', 'Find the source of the slow queries of 6 Nov', 'In Progress')],
    remote=[('https://gitlab.com/gitlab-com/gl-infra/production/-/issues/1327', '2019-11-06: increased latency and error rates across the fleet')],
    pastes=[(ID + '-slack.txt', 'America/Los_Angeles', '2019-11-06', slack)],
    expected={
        "events": [
            ["2019-11-06T10:30Z", ["dip", "apdex", "errors"]],
            ["2019-11-06T10:38Z", ["pages", "api", "triggered"]],
            ["2019-11-06T10:45Z", ["pages", "error rate", "triggered"]],
            ["2019-11-06T10:56Z", ["end", "dip"]],
            ["2019-11-06T11:03Z", ["manager", "paged", "paging"]],
            ["2019-11-06T11:22Z", ["feature flag", "flag", "disabled"]],
            ["2019-11-06T14:50Z", ["reverted", "configuration"]],
            ["2019-11-06T15:09Z", ["canary", "unicorn"]],
        ],
        "keyTimes": {
            "started": kt("2019-11-06T10:30Z", "STATED", "10:30 dip begins in apdex with an increase in errors", "comment 81103"),
            "detected": kt("2019-11-06T10:38Z", "STATED", "[Triggered] #19873 API service error ratio above SLO (api, gprd)", ID + "-slack.txt:3"),
            "resolved": kt("2019-11-06T10:56Z", "STATED", "10:56 end of the observed dip", "comment 81103"),
        },
        "responders": [["Owen Gallagher", "incident commander"], ["Nadia Rahimi", None]],
        "narrative": {
            "rootCause": ["slow queries"],
            "fix": [],
            "lucky": [],
            "wentWell": [],
            "wentBadly": ["first page came eight minutes into the dip"],
            "customerEffect": "From 10:30 to 10:56 UTC on 6 November 2019 GitLab.com web and API requests were slow or failed.",
            "internalNames": ["PROD-1327", "PROD-1331", "patroni-05", "ci_pipeline_cache"],
        },
    },
)
emit(spec)
