package org.ponte.mapper.extract;

import java.util.regex.Pattern;

/**
 * One name an entity goes by in a document.
 *
 * @param text the name as written, white space collapsed
 * @param lang its language, or null when unknown (acronyms)
 * @param role what kind of name it is
 */
public record Name(String text, String lang, Role role) {
    /** What kind of name. */
    public enum Role {
        /** The full name. */
        FULL,
        /** An acronym or short form ("ISMU", "EU-MIA"). */
        ACRONYM,
        /** A translation of the full name given beside it. */
        TRANSLATION,
        /** Another form: a shortened title, a variant spelling. */
        ALIAS
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");

    public Name {
        if (text == null || text.isBlank()) throw new IllegalArgumentException("empty name");
        text = SPACES.matcher(text.strip()).replaceAll(" ");
    }
}
