package org.ponte.mapper.segment;

import org.ponte.mapper.lexicon.Lexicon;

/**
 * A stretch of a document with its layout role. Offsets are UTF-16 indexes into the document
 * text, end exclusive; the body leaves out bullet marks, enclosing parentheses, key and
 * language markers.
 *
 * @param kind      layout role
 * @param start     first character of the whole segment
 * @param end       end of the whole segment
 * @param bodyStart first character of the content
 * @param bodyEnd   end of the content
 * @param key       for KEY_VALUE and LIST_VALUE (and key headings) the key text, else null
 * @param field     what the key fills, or null when unknown
 * @param lang      "en", "it", … or null when undecided
 */
public record Segment(SegmentKind kind, int start, int end, int bodyStart, int bodyEnd, String key,
                      Lexicon.KeyMatch field, String lang) {

    /** The content of this segment in {@code text}. */
    public String body(String text) {
        return text.substring(bodyStart, bodyEnd);
    }

    public Segment withKind(SegmentKind k) {
        return new Segment(k, start, end, bodyStart, bodyEnd, key, field, lang);
    }

    public Segment withLang(String l) {
        return new Segment(kind, start, end, bodyStart, bodyEnd, key, field, l);
    }

    public Segment withKey(String k, Lexicon.KeyMatch f) {
        return new Segment(kind, start, end, bodyStart, bodyEnd, k, f, lang);
    }
}
