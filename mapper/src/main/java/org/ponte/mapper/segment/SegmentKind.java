package org.ponte.mapper.segment;

/** What a stretch of a document is, as far as layout tells. */
public enum SegmentKind {
    /** The document's first line when it reads as a title. */
    TITLE,
    /** A short stand-alone line inside the document (a section or item heading). */
    HEADING,
    /** A bullet that names an item (a project in a list) and owns the lines under it. */
    BULLET_TITLE,
    /** A bullet inside running text ("– act in concert with …"). */
    LIST_ITEM,
    /** A bullet giving one value of the key above it ("Target group:" then "• Immigrants"). */
    LIST_VALUE,
    /** A line in parentheses under a title: "(Duration: 2013-2015)", "(co-funded by …)". */
    META,
    /** A "Key: value" line of a form. */
    KEY_VALUE,
    /** Running text. */
    PARAGRAPH,
    /** A byline or dateline ("Padua, 12 March 2019", "di Redazione | 6 novembre 2020"): not content, but it dates the document. */
    DATELINE,
    /** Menus, share buttons, banners, site disclaimers: never content. */
    FURNITURE
}
