package org.ponte.bench;

/**
 * The five document styles of the real corpus, in roughly equal shares as in the corpus and
 * the evaluation sets.
 */
public enum Style {
    /** News of an agreement between organisations (EN or IT). */
    AGREEMENT_NEWS,
    /** An organisation's page listing its projects (EN or IT). */
    PROJECT_LIST,
    /** Key–value project forms and database records (EN form, IT scheda). */
    FACT_SHEET,
    /** An Italian news or project page with menus, share bars, cookie banner and disclaimers. */
    ITALIAN_PAGE,
    /** The same summary in Italian and English. */
    BILINGUAL
}
