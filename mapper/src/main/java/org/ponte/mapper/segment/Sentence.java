package org.ponte.mapper.segment;

import java.util.List;

/**
 * A sentence of a segment with its tokens.
 *
 * @param segment the segment it belongs to
 * @param item    the item of that segment
 * @param start   UTF-16 offset of its first character
 * @param end     end offset (exclusive)
 * @param tokens  its tokens
 * @param folded  the folded form of each token, for phrase matching
 */
public record Sentence(Segment segment, Item item, int start, int end, List<Token> tokens, List<String> folded) {

    /** Character offset where token {@code i} starts ({@code end} past the last token). */
    public int charAt(int i) {
        return i < tokens.size() ? tokens.get(i).start() : end;
    }

    /** Text of tokens [from, to) in {@code text}. */
    public String text(String text, int from, int to) {
        if (from >= to) return "";
        return text.substring(tokens.get(from).start(), tokens.get(to - 1).end());
    }
}
