package org.ponte.bench;

import java.util.List;

/**
 * An organisation a document can name: a reference-data row (a funder, a ministry, a university)
 * or an invented one from the {@link OrganisationPool}. Immutable and shared by all documents.
 */
final class Org {
    /** What the organisation is, for choosing roles and sentences. */
    enum Kind { COOPERATIVE, ASSOCIATION, FOUNDATION, CONSORTIUM, RESEARCH, FEDERATION, SCHOOL, FOREIGN, DEPARTMENT,
        FUNDER, PUBLIC, EU, INTERNATIONAL, UNIVERSITY, NETWORK }

    final GoldEntity entity;
    final Kind kind;
    /** Official name as an Italian text writes it. */
    final String nameIt;
    /** Name as an English text writes it (the Italian name when it has no translation). */
    final String nameEn;
    /** The distinctive part ("Terra Nuova" of "Cooperativa Sociale Terra Nuova"), or null. */
    final String shortName;
    final String acronym;
    /** The acronym an Italian text uses (OIM for IOM, UE for EU), or null. */
    final String acronymIt;
    /** Italian grammatical gender of the name's head word, for articles. */
    final boolean feminine;
    /** Whether Italian text puts an article before the name (not before foreign names). */
    final boolean italianArticle;
    /** ISO country code; empty for EU and international bodies. */
    final String country;
    /** Home town, or null. */
    final ReferenceTables.Ref city;
    /** The person who speaks and signs for it, or null. */
    final NameMaker.Person leader;
    final GoldEntity leaderEntity;
    /** The body it is part of (a department's university), or null. */
    final Org parent;
    /** Host name for e-mail addresses. */
    final String domain;

    Org(GoldEntity entity, Kind kind, String nameIt, String nameEn, String shortName, String acronym, String acronymIt, boolean feminine,
        boolean italianArticle, String country, ReferenceTables.Ref city, NameMaker.Person leader, GoldEntity leaderEntity,
        Org parent, String domain) {
        this.entity = entity;
        this.kind = kind;
        this.nameIt = nameIt;
        this.nameEn = nameEn;
        this.shortName = shortName;
        this.acronym = acronym;
        this.acronymIt = acronymIt;
        this.feminine = feminine;
        this.italianArticle = italianArticle;
        this.country = country;
        this.city = city;
        this.leader = leader;
        this.leaderEntity = leaderEntity;
        this.parent = parent;
        this.domain = domain;
    }

    String name(boolean italian) {
        return italian ? nameIt : nameEn;
    }

    /** The short form running text uses after the first mention: acronym, else the distinctive part, else the name. */
    String brief(boolean italian) {
        String a = acronym(italian);
        if (a != null) return a;
        if (shortName != null) return shortName;
        return name(italian);
    }

    String acronym(boolean italian) {
        return italian ? acronymIt : acronym;
    }

    boolean isItalian() {
        return country.equals("IT");
    }

    static List<String> names(String... names) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (String n : names) if (n != null && !n.isBlank() && !out.contains(n)) out.add(n);
        return out;
    }

    @Override
    public String toString() {
        return entity.id;
    }
}
