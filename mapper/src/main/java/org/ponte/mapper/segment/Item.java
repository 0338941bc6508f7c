package org.ponte.mapper.segment;

import java.util.List;

/**
 * A unit of meaning in a document: a title with the lines that belong to it (an item in a
 * project list with its metadata lines and description), or the whole document under its
 * title. Facts stated without a subject ("The project is funded by …") are about the item's
 * subject. Items whose title was lost in the page's conversion to text have no title.
 *
 * @param index         position in the document
 * @param title         the title segment, or null
 * @param documentLevel whether the title is the document's own title
 * @param segments      the item's segments in order, the title first when there is one
 */
public record Item(int index, Segment title, boolean documentLevel, List<Segment> segments) {}
