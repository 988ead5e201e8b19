package io.postmortem.drafts;

import java.util.ArrayList;
import java.util.List;

import io.postmortem.atlassian.JiraModel;
import io.postmortem.evidence.ChangeItem;
import io.postmortem.evidence.ChangelogEntry;
import io.postmortem.evidence.IssueFacts;
import io.postmortem.evidence.IssueLink;
import io.postmortem.evidence.JiraComment;
import io.postmortem.evidence.Person;
import io.postmortem.evidence.RemoteLink;

/** Maps the typed Jira client's records onto the evidence engine's input records. Pure. */
final class EvidenceMapping {

    private EvidenceMapping() {
    }

    static IssueFacts issue(JiraModel.Issue issue) {
        JiraModel.IssueFields f = issue.fields();
        if (f == null) {
            return new IssueFacts(issue.key(), issue.id(), null, null, null, null, null, null, null, List.of(), List.of(), null, List.of());
        }
        List<IssueLink> links = new ArrayList<>();
        for (JiraModel.IssueLink l : f.issuelinks()) {
            JiraModel.LinkedIssue other = l.other();
            if (other == null) continue;
            JiraModel.LinkedIssueFields of = other.fields();
            String category = of == null || of.status() == null || of.status().statusCategory() == null ? null
                    : of.status().statusCategory().key();
            links.add(new IssueLink(l.id(), l.label(), other.key(), of == null ? null : of.summary(), category));
        }
        List<String> components = new ArrayList<>();
        f.components().forEach(c -> { if (c.name() != null) components.add(c.name()); });
        return new IssueFacts(issue.key(), issue.id(), f.summary(), JiraModel.instant(f.created()),
                JiraModel.instant(f.resolutiondate()), f.status() == null ? null : f.status().id(),
                f.status() == null || f.status().statusCategory() == null ? null : f.status().statusCategory().key(),
                person(f.reporter()), person(f.assignee()), f.labels(), components, f.description(), links);
    }

    static List<JiraComment> comments(List<JiraModel.Comment> comments) {
        List<JiraComment> out = new ArrayList<>(comments.size());
        for (JiraModel.Comment c : comments) {
            out.add(new JiraComment(c.id(), c.author() == null ? null : c.author().accountId(),
                    c.author() == null ? null : c.author().displayName(), JiraModel.instant(c.created()), c.body()));
        }
        return out;
    }

    static List<ChangelogEntry> changelog(List<JiraModel.ChangelogEntry> histories) {
        List<ChangelogEntry> out = new ArrayList<>(histories.size());
        for (JiraModel.ChangelogEntry h : histories) {
            List<ChangeItem> items = new ArrayList<>(h.items().size());
            for (JiraModel.ChangeItem i : h.items()) {
                items.add(new ChangeItem(i.field(), i.fieldId(), i.from(), i.fromText(), i.to(), i.toText()));
            }
            out.add(new ChangelogEntry(h.id(), h.author() == null ? null : h.author().accountId(),
                    h.author() == null ? null : h.author().displayName(), JiraModel.instant(h.created()), items));
        }
        return out;
    }

    static List<RemoteLink> remoteLinks(List<JiraModel.RemoteLink> links) {
        List<RemoteLink> out = new ArrayList<>(links.size());
        for (JiraModel.RemoteLink l : links) {
            if (l.object() == null || l.object().url() == null) continue;
            String app = l.application() == null ? null
                    : l.application().name() != null ? l.application().name() : l.application().type();
            out.add(new RemoteLink(l.id() == null ? null : l.id().toString(), l.globalId(), l.object().url(),
                    l.object().title(), app));
        }
        return out;
    }

    private static Person person(JiraModel.User user) {
        return user == null ? null : new Person(user.accountId(), user.displayName());
    }
}
