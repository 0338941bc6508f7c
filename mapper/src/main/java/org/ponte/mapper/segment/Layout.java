package org.ponte.mapper.segment;

import java.util.List;
import org.ponte.mapper.read.Document;

/**
 * The segment stage's result: the document's segments in order, grouped into items, and the
 * document's main language.
 *
 * @param document the document
 * @param segments every segment, furniture included
 * @param items    the items, in order
 * @param language "en", "it" or another code, the language of most of the text
 * @param listMode whether the document is a list of items (a page of projects) rather than one story
 */
public record Layout(Document document, List<Segment> segments, List<Item> items, String language, boolean listMode) {}
