package org.ponte.mapper.emit;

import java.util.regex.Pattern;
import java.math.BigDecimal;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;

/**
 * The only way the emitter makes literals and external IRIs: every literal is checked against
 * its datatype and every IRI parsed, so no ill-typed literal or invalid IRI is ever written.
 */
public final class Literals {
    private Literals() {}
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    /** A string literal, language-tagged when {@code lang} is a simple tag ("en", "it"); cleaned of control characters. */
    public static Node text(String s, String lang) {
        String clean = clean(s);
        if (lang != null && LANGUAGE.matcher(lang).matches()) return NodeFactory.createLiteralLang(clean, lang);
        return NodeFactory.createLiteralString(clean);
    }

    /** A typed literal, refused when its lexical form is not valid for the datatype. */
    public static Node typed(String lexical, XSDDatatype type) {
        if (!type.isValid(lexical)) throw new IllegalArgumentException("ill-typed " + type.getURI() + " literal: " + lexical);
        return NodeFactory.createLiteralDT(lexical, type);
    }

    /**
     * An xsd:decimal in its canonical lexical form (XSD 1.0: "0.9", "399740.0", "0.0").
     * TDB2 stores small decimals inline with the scale of the lexical form it was given, but
     * reads them back canonical: a "0.90" or "399740" would be stored as a different term from
     * the "0.9" or "399740.0" that a query pattern or a later delete looks up, so the pattern
     * would not match it and a replaced graph would keep it.
     */
    public static Node decimal(BigDecimal d) {
        BigDecimal canonical = d.stripTrailingZeros();
        if (canonical.scale() <= 0) canonical = canonical.setScale(1);
        return typed(canonical.toPlainString(), XSDDatatype.XSDdecimal);
    }

    public static Node decimal(double d) {
        return decimal(BigDecimal.valueOf(d).setScale(2, java.math.RoundingMode.HALF_UP));
    }

    public static Node nonNegative(long n) {
        return typed(Long.toString(n), XSDDatatype.XSDnonNegativeInteger);
    }

    /** Whether a string is an absolute http(s) IRI that RDF writers and parsers accept. */
    public static boolean isValidIri(String s) {
        if (s == null || !(s.startsWith("http://") || s.startsWith("https://"))) return false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= ' ' || c == '<' || c == '>' || c == '"' || c == '{' || c == '}' || c == '|' || c == '\\' || c == '^' || c == '`' || c > 126)
                return false;
        }
        try {
            IRIx iri = IRIx.create(s);
            return iri.isAbsolute() && !iri.hasViolations();
        } catch (IRIException e) {
            return false;
        }
    }

    /** An IRI node, refused when the IRI is not valid. */
    public static Node iri(String s) {
        if (!isValidIri(s)) throw new IllegalArgumentException("invalid IRI: " + s);
        return NodeFactory.createURI(s);
    }

    /** Drops characters RDF syntaxes cannot carry and trims. */
    public static String clean(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\t') continue;
            if (c == 0xFFFE || c == 0xFFFF) continue;
            if (Character.isSurrogate(c)) {
                boolean ok = Character.isHighSurrogate(c) ? i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
                        : i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
                if (!ok) continue;
            }
            sb.append(c);
        }
        return sb.toString().strip();
    }
}
