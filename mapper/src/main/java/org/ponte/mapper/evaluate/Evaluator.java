package org.ponte.mapper.evaluate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.ponte.core.Vocab;
import org.ponte.mapper.lexicon.Folding;

/**
 * Scores a mapping against a gold standard with the rules of {@code data/eval/README.md}: a
 * system entity matches a gold entity of the same type when one of its names equals one of the
 * gold names after normalisation; a partnership matches by its partners; a date matches when
 * the system's lexical value starts with the gold value; optional gold items are neither
 * rewarded nor counted wrong; forbidden items are always wrong.
 *
 * <p>It reads the published quads, not the extractor's internals, so it measures what a
 * researcher would query.
 */
public final class Evaluator {
    private static final Map<String, String> TYPES = Map.of(
            Vocab.PONTE_NS + "Organisation", "Organisation", Vocab.PONTE_NS + "Project", "Project",
            Vocab.PONTE_NS + "FundingProgramme", "FundingProgramme", Vocab.PONTE_NS + "Partnership", "Partnership",
            Vocab.PONTE_NS + "Person", "Person", Vocab.PONTE_NS + "Place", "Place");
    private static final List<String> PREDICATES = List.of("fundedBy", "fundingProgramme", "coordinatedBy", "partner",
            "contactPoint", "location", "subOrganizationOf", "startDate", "endDate", "budget");
    private static final Set<String> NAME_PROPS = Set.of(Vocab.RDFS_NS + "label", Vocab.SKOS_NS + "prefLabel",
            Vocab.SKOS_NS + "altLabel", Vocab.PONTE_NS + "acronym");

    private static final class SysEntity {
        final Node node;
        String type;
        final Set<String> names = new LinkedHashSet<>();
        final Set<String> keys = new HashSet<>();
        final Set<String> graphs = new LinkedHashSet<>();

        SysEntity(Node node) { this.node = node; }

        String show() {
            return type + " " + node.getURI() + " " + names;
        }
    }

    private record SysFact(Node s, String p, Node o, String lexical, BigDecimal amount, String currency, String graph) {
        String show(Map<Node, SysEntity> es) {
            String obj = o != null && es.containsKey(o) ? label(es.get(o)) : lexical != null ? lexical : amount != null ? amount + " " + currency : String.valueOf(o);
            return label(es.get(s)) + " " + p + " " + obj + "   [" + graph.substring(graph.lastIndexOf('/') + 1) + "]";
        }
    }

    private static String label(SysEntity e) {
        if (e == null) return "?";
        return e.names.isEmpty() ? e.node.getURI() : e.names.iterator().next();
    }

    /** Scores the quads of the document graphs against the gold standard. */
    public EvaluationReport evaluate(Collection<Quad> quads, GoldStandard gold) {
        Map<Node, SysEntity> entities = new LinkedHashMap<>();
        Map<Node, Map<String, Node>> amounts = new HashMap<>();
        int illFormed = 0;
        for (Quad q : quads) {
            Node o = q.getObject();
            if (o.isLiteral() && o.getLiteralDatatype() != null && o.getLiteralDatatypeURI().startsWith(Vocab.XSD_NS)
                    && !o.getLiteralDatatype().isValid(o.getLiteralLexicalForm())) illFormed++;
            String p = q.getPredicate().getURI();
            if (p.equals(Vocab.RDF_NS + "type") && o.isURI() && TYPES.containsKey(o.getURI())) {
                SysEntity e = entities.computeIfAbsent(q.getSubject(), SysEntity::new);
                e.type = TYPES.get(o.getURI());
                e.graphs.add(q.getGraph().getURI());
            }
            if (p.equals(Vocab.SCHEMA_NS + "value") || p.equals(Vocab.SCHEMA_NS + "currency"))
                amounts.computeIfAbsent(q.getSubject(), k -> new HashMap<>()).put(p, o);
        }
        for (Quad q : quads) {
            SysEntity e = entities.get(q.getSubject());
            if (e != null && NAME_PROPS.contains(q.getPredicate().getURI()) && q.getObject().isLiteral()) {
                String n = q.getObject().getLiteralLexicalForm();
                e.names.add(n);
                e.keys.add(Folding.key(n));
            }
        }
        List<SysFact> facts = new ArrayList<>();
        for (Quad q : quads) {
            String p = q.getPredicate().getURI();
            if (!p.startsWith(Vocab.PONTE_NS)) continue;
            String local = p.substring(Vocab.PONTE_NS.length());
            if (!PREDICATES.contains(local) || !entities.containsKey(q.getSubject())) continue;
            Node o = q.getObject();
            String graph = q.getGraph().getURI();
            if (local.equals("budget")) {
                Map<String, Node> a = amounts.getOrDefault(o, Map.of());
                Node v = a.get(Vocab.SCHEMA_NS + "value"), c = a.get(Vocab.SCHEMA_NS + "currency");
                BigDecimal amount = null;
                try {
                    if (v != null) amount = new BigDecimal(v.getLiteralLexicalForm());
                } catch (NumberFormatException ignored) {
                    // counted as ill-formed above
                }
                facts.add(new SysFact(q.getSubject(), local, null, null, amount, c == null ? null : c.getLiteralLexicalForm(), graph));
            } else if (o.isLiteral()) {
                facts.add(new SysFact(q.getSubject(), local, null, o.getLiteralLexicalForm(), null, null, graph));
            } else {
                facts.add(new SysFact(q.getSubject(), local, o, null, null, null, graph));
            }
        }
        // Deduplicate facts stated by several graphs: a statement is counted once.
        Map<String, SysFact> unique = new LinkedHashMap<>();
        for (SysFact f : facts) unique.putIfAbsent(f.s + "|" + f.p + "|" + f.o + "|" + f.lexical + "|" + f.amount + "|" + f.currency, f);
        facts = new ArrayList<>(unique.values());

        // Entity matches (partnerships after, by their partners).
        Map<String, Set<Node>> matches = new HashMap<>();
        Map<Node, Set<String>> matchedGold = new HashMap<>();
        for (GoldStandard.Entity g : gold.entities()) {
            if (g.type().equals("Partnership")) continue;
            Set<String> keys = new HashSet<>();
            for (String n : g.names()) keys.add(Folding.key(n));
            for (SysEntity e : entities.values()) {
                if (!g.type().equals(e.type)) continue;
                for (String k : e.keys) {
                    if (keys.contains(k)) {
                        matches.computeIfAbsent(g.id(), x -> new LinkedHashSet<>()).add(e.node);
                        matchedGold.computeIfAbsent(e.node, x -> new LinkedHashSet<>()).add(g.id());
                        break;
                    }
                }
            }
        }
        for (GoldStandard.Entity g : gold.entities()) {
            if (!g.type().equals("Partnership")) continue;
            // Each gold partner may list alternatives ("the department or its university").
            List<Set<String>> goldPartners = new ArrayList<>();
            Set<String> anyGold = new HashSet<>();
            for (GoldStandard.Fact f : gold.facts())
                if (f.s().equals(g.id()) && f.p().equals("partner")) {
                    // An optional partner may be named or not: only the required ones must be covered.
                    if (!f.optional()) goldPartners.add(new HashSet<>(f.objects()));
                    anyGold.addAll(f.objects());
                }
            for (SysEntity e : entities.values()) {
                if (!"Partnership".equals(e.type)) continue;
                Set<String> sysPartners = new HashSet<>();
                boolean allKnown = true;
                for (SysFact f : facts) {
                    if (!f.s.equals(e.node) || !f.p.equals("partner") || f.o == null) continue;
                    Set<String> m = matchedGold.get(f.o);
                    if (m == null || java.util.Collections.disjoint(m, anyGold)) allKnown = false;
                    else sysPartners.addAll(m);
                }
                boolean covers = !goldPartners.isEmpty();
                for (Set<String> alternatives : goldPartners) if (java.util.Collections.disjoint(alternatives, sysPartners)) covers = false;
                if (allKnown && covers) {
                    matches.computeIfAbsent(g.id(), x -> new LinkedHashSet<>()).add(e.node);
                    matchedGold.computeIfAbsent(e.node, x -> new LinkedHashSet<>()).add(g.id());
                }
            }
        }

        List<String> forbiddenFound = new ArrayList<>();
        Set<Node> forbiddenEntities = new HashSet<>();
        for (GoldStandard.Forbidden f : gold.forbidden()) {
            if (!"entity".equals(f.kind())) continue;
            Set<String> keys = new HashSet<>();
            for (String n : f.names()) keys.add(Folding.key(n));
            for (SysEntity e : entities.values()) {
                if (f.type() != null && !f.type().equals(e.type)) continue;
                for (String k : e.keys) if (keys.contains(k)) {
                    forbiddenEntities.add(e.node);
                    forbiddenFound.add("entity " + e.show());
                    break;
                }
            }
        }

        // Entity scores.
        int etp = 0, efp = 0;
        List<String> wrongEntities = new ArrayList<>();
        for (SysEntity e : entities.values()) {
            Set<String> m = matchedGold.getOrDefault(e.node, Set.of());
            boolean required = m.stream().anyMatch(id -> !gold.entity(id).optional());
            if (forbiddenEntities.contains(e.node)) {
                efp++;
            } else if (required) {
                etp++;
            } else if (m.isEmpty()) {
                efp++;
                wrongEntities.add(e.show());
            }
        }
        int expected = 0, found = 0, duplicates = 0;
        List<String> missedEntities = new ArrayList<>();
        List<String> duplicateList = new ArrayList<>();
        for (GoldStandard.Entity g : gold.entities()) {
            Set<Node> m = matches.getOrDefault(g.id(), Set.of());
            if (m.size() > 1) {
                duplicates += m.size() - 1;
                duplicateList.add(g.id() + " -> " + m);
            }
            if (g.optional()) continue;
            expected++;
            if (!m.isEmpty()) found++;
            else missedEntities.add(g.type() + " " + g.id() + " " + g.names() + " in " + g.docs());
        }
        Scores entityScores = new Scores(etp, efp, found, expected);

        // Fact scores.
        List<GoldStandard.Fact> forbiddenFacts = new ArrayList<>();
        for (GoldStandard.Forbidden f : gold.forbidden()) if ("fact".equals(f.kind()) && f.fact() != null) forbiddenFacts.add(f.fact());
        int ftp = 0, ffp = 0, ffound = 0, fexpected = 0;
        List<String> wrongFacts = new ArrayList<>();
        Set<GoldStandard.Fact> foundFacts = new HashSet<>();
        for (SysFact f : facts) {
            boolean required = false, optional = false;
            for (GoldStandard.Fact g : gold.facts()) {
                if (!g.p().equals(f.p) || !matches(f, g, matches)) continue;
                foundFacts.add(g);
                if (g.optional()) optional = true;
                else required = true;
            }
            boolean forbidden = false;
            for (GoldStandard.Fact g : forbiddenFacts) if (g.p().equals(f.p) && matches(f, g, matches)) forbidden = true;
            if (forbidden && !required) {
                ffp++;
                forbiddenFound.add("fact " + f.show(entities));
            } else if (required) {
                ftp++;
            } else if (!optional) {
                ffp++;
                wrongFacts.add(f.show(entities));
            }
        }
        List<String> missedFacts = new ArrayList<>();
        for (GoldStandard.Fact g : gold.facts()) {
            if (g.optional()) continue;
            fexpected++;
            if (foundFacts.contains(g)) ffound++;
            else missedFacts.add(g.s() + " " + g.p() + " " + (g.hasObject() ? g.objects() : g.dateValue() != null ? g.dateValue() : g.amount() + " " + g.currency()));
        }
        Scores factScores = new Scores(ftp, ffp, ffound, fexpected);
        return new EvaluationReport(entityScores, factScores, duplicates, illFormed, forbiddenFound, missedEntities, wrongEntities,
                missedFacts, wrongFacts, duplicateList);
    }

    private static boolean matches(SysFact f, GoldStandard.Fact g, Map<String, Set<Node>> matches) {
        if (!matches.getOrDefault(g.s(), Set.of()).contains(f.s)) return false;
        if (g.hasObject()) {
            if (f.o == null) return false;
            for (String o : g.objects()) if (matches.getOrDefault(o, Set.of()).contains(f.o)) return true;
            return false;
        }
        if (g.dateValue() != null) return f.lexical != null && f.lexical.startsWith(g.dateValue());
        return f.amount != null && g.amount() != null && f.amount.compareTo(g.amount()) == 0 && g.currency().equals(f.currency);
    }
}
