package org.ponte.mapper.extract;

import java.math.BigDecimal;
import org.apache.jena.datatypes.xsd.XSDDatatype;

/** A literal or concept a claim gives as its object, instead of an entity. */
public sealed interface Value {

    /**
     * A date at the precision the text gives.
     *
     * @param lexical  {@code 2014}, {@code 2014-09} or {@code 2014-09-30}
     * @param datatype xsd:gYear, xsd:gYearMonth or xsd:date, matching the lexical form
     */
    record Date(String lexical, XSDDatatype datatype) implements Value {
        public Date {
            if (!datatype.isValid(lexical)) throw new IllegalArgumentException("ill-typed date " + lexical);
        }

        public static Date year(int y) {
            return new Date(String.format("%04d", y), XSDDatatype.XSDgYear);
        }

        public static Date yearMonth(int y, int m) {
            return new Date(String.format("%04d-%02d", y, m), XSDDatatype.XSDgYearMonth);
        }

        public static Date day(int y, int m, int d) {
            return new Date(String.format("%04d-%02d-%02d", y, m, d), XSDDatatype.XSDdate);
        }

        /** The year, for ordering checks. */
        public int yearValue() {
            return Integer.parseInt(lexical.substring(0, 4));
        }
    }

    /** An amount of money in an ISO 4217 currency. */
    record Money(BigDecimal amount, String currency) implements Value {
        public Money {
            if (amount.signum() < 0) throw new IllegalArgumentException("negative amount");
            if (!currency.matches("[A-Z]{3}")) throw new IllegalArgumentException("bad currency " + currency);
        }
    }

    /** Text in a language (descriptions, aims, deliverables). */
    record Text(String text, String lang) implements Value {}

    /** A plain string (phone numbers, e-mail addresses). */
    record Plain(String text) implements Value {}

    /** An IRI (a SKOS concept of the ontology, a web page). */
    record Iri(String iri) implements Value {}
}
