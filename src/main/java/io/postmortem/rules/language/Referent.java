package io.postmortem.rules.language;

/**
 * What a noun phrase refers to, as far as blame is concerned.
 *
 * @param kind   the kind of referent
 * @param text   the phrase as written
 * @param strong true when the incident itself names this person (a responder, commenter, @mention) or team
 */
public record Referent(Kind kind, String text, boolean strong) {

    public enum Kind {
        /** A named or described person: "Sam", "the on-call engineer", "he", "someone". */
        PERSON,
        /** A capitalised name that is neither a known person nor a known system ("Ngozi", but also "Argo"). */
        NAME,
        /** A team or group of people: "the platform team", "ops", a Jira component that names a team. */
        TEAM,
        /** Something a person owns: "Sam's change", "his script". */
        PERSONS_THING,
        /** "they": people or things. */
        THEY,
        /** "we", "us", "you" (generic). */
        WE,
        /** "nobody", "no one", "nothing", "no engineer". */
        NOBODY,
        /** A system, tool, process, document, event or anything else. */
        THING
    }

    public static final Referent NONE = new Referent(Kind.THING, "", false);

    /** A person or a group of people. */
    public boolean people() {
        return kind == Kind.PERSON || kind == Kind.TEAM;
    }
}
