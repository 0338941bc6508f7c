package org.ponte.mapper.extract;

/**
 * A period a text gives: a start, an end, or both, with where it was found.
 *
 * @param start     start date or null
 * @param end       end date or null
 * @param open      whether the text says the period is still going on ("2005-ongoing")
 * @param matchStart offset of the expression in the parsed string
 * @param matchEnd   end offset of the expression
 */
public record Period(Value.Date start, Value.Date end, boolean open, int matchStart, int matchEnd) {}
