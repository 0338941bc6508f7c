package org.ponte.mapper.segment;

import org.ponte.mapper.read.Document;

/** The segment stage: a document's text divided into titled items, with languages. */
public interface Segmenter {
    Layout segment(Document document);
}
