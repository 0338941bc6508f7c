package org.ponte.mapper.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ponte.mapper.lexicon.Folding;
import org.ponte.mapper.lexicon.PhraseTokens;
import org.ponte.mapper.lexicon.PhraseTrie;
import org.ponte.mapper.resolve.ReferenceData;

/**
 * Marks university departments, faculties and schools with their field of study, so that the
 * resolver gives "Dipartimento di Scienze Umane dell'Università della Calabria" and "Department
 * of Human Sciences" (of the same university) one IRI, and never merges the departments of
 * economics of two universities. The field comes from {@code disciplines.tsv}; a field not
 * listed there keeps its own words, in the language it was written in.
 */
final class UnitReader {
    /** "dipartimento di …", "department of …", "facoltà di …", "school of …" (folded). */
    private static final Pattern HEAD = Pattern.compile(
            "^(?:dipartimento (?:di |dell |della |del )?|department (?:of |for )?|dept (?:of )?|facolta (?:di )?|faculty (?:of )?|"
            + "scuola (?:di )?|school (?:of )?|departement (?:de |d )?|departamento (?:de )?|fakultat (?:fur )?|institut fur )(.+)$");
    /** Where the parent's name starts inside a unit's name: "… dell Universita …", "… of the University of …". */
    private static final Pattern PARENT = Pattern.compile(
            "^(.+?) (?:of the|of|dell|della|del|degli|at the|at|presso|de la|de l|de|der) ((?:libera |free |seconda |prima )?"
            + "(?:universit|politecnic|polytechnic|ateneo|college|scuola superiore|scuola normale|istituto universitario).*)$");
    private static final Pattern UNIVERSITY_WORD = Pattern.compile("\\b(universit|politecnic|polytechnic|ateneo|college|scuola superiore|scuola normale)");

    private final DocumentContext ctx;

    UnitReader(DocumentContext ctx) {
        this.ctx = ctx;
    }

    void read() {
        for (EntityDraft d : List.copyOf(ctx.allEntities())) {
            if (d.isMerged() || d.type() != EntityType.ORGANISATION || d.ref() != null) continue;
            String key = null;
            for (Name n : d.names()) {
                String folded = Folding.key(n.text());
                String k = unitKey(folded, d.parent());
                if (k == null) continue;
                if (key == null || k.length() < key.length()) key = k;
                // "Dipartimento di Scienze Umane dell'Università della Calabria": the name says whose unit it is.
                if (d.parent() == null) parentNamedIn(d, folded);
            }
            if (key != null) d.setUnitKey(key);
        }
    }

    private void parentNamedIn(EntityDraft d, String folded) {
        Matcher h = HEAD.matcher(folded);
        if (!h.matches()) return;
        Matcher p = PARENT.matcher(h.group(1).strip());
        if (!p.matches()) return;
        List<String> tokens = PhraseTokens.split(p.group(2));
        PhraseTrie.Match<ReferenceData.GazetteerEntry> m = ctx.reference.gazetteer().longest(tokens, 0);
        if (m == null || m.end() != tokens.size()) return;
        for (ReferenceData.GazetteerEntry e : m.values()) {
            if (e.entity().type() != EntityType.ORGANISATION || e.acronym()) continue;
            Span where = d.mentions().isEmpty() ? null : d.mentions().get(0);
            d.setParent(ctx.entityFor(e.entity(), null), where);
            return;
        }
    }

    /** The field a unit's folded name names, or null when the name is not a university unit's. */
    private String unitKey(String folded, EntityDraft parent) {
        Matcher h = HEAD.matcher(folded);
        if (!h.matches()) return null;
        String field = h.group(1).strip();
        boolean ofUniversity = parent != null && isUniversity(parent);
        Matcher p = PARENT.matcher(field);
        if (p.matches()) {
            field = p.group(1).strip();
            ofUniversity = true;
        }
        if (!ofUniversity || field.isEmpty() || UNIVERSITY_WORD.matcher(field).find()) return null;
        String id = ctx.lexicon.discipline(field);
        return id != null ? id : org.ponte.core.Slugs.of(field);
    }

    private static boolean isUniversity(EntityDraft d) {
        if (d.ref() != null) return "university".equals(d.ref().category());
        if ("university".equals(d.orgType())) return true;
        for (Name n : d.names()) if (UNIVERSITY_WORD.matcher(Folding.key(n.text())).find()) return true;
        return false;
    }
}
