package org.ponte.bench;

/** Roles people speak and sign in, in the person's gender, and quotations in each language's style. */
final class Roles {
    private Roles() {}

    /** A role fitting the organisation ("assessora al Welfare" for a municipality, "rector" for a university). */
    static String of(Doc d, Org o, NameMaker.Person p) {
        String[][] roles = switch (o.kind) {
            case PUBLIC, EU, INTERNATIONAL -> Words.ROLES_PUBLIC;
            case UNIVERSITY, DEPARTMENT -> Words.ROLES_ACADEMIC;
            default -> Words.ROLES_HEAD;
        };
        return pick(d, d.r.pick(roles), p);
    }

    /** The head of an organisation. */
    static String head(Doc d, NameMaker.Person p) {
        return pick(d, Words.ROLES_HEAD[0], p);
    }

    private static String pick(Doc d, String[] role, NameMaker.Person p) {
        return d.it ? (p.female() ? role[1] : role[0]) : role[2];
    }

    /** «Quote», ha detto X / "Quote," said X — without the closing full stop. */
    static String quote(Doc d, String quote, String verb, String who) {
        String q = quote.endsWith(".") ? quote.substring(0, quote.length() - 1) : quote;
        return d.it ? "«" + q + "», " + verb + " " + who : "\"" + q + ",\" " + verb + " " + who;
    }
}
