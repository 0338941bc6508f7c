package org.ponte.mapper.resolve;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.ponte.core.EntityKind;
import org.ponte.core.IriPolicy;
import org.ponte.core.Slugs;
import org.ponte.mapper.extract.Claim;
import org.ponte.mapper.extract.EntityDraft;
import org.ponte.mapper.extract.EntityType;
import org.ponte.mapper.extract.Extraction;
import org.ponte.mapper.extract.Name;
import org.ponte.mapper.extract.NameCore;
import org.ponte.mapper.extract.Relation;
import org.ponte.mapper.lexicon.Folding;

/**
 * Gives every entity its IRI, the same in every document that names it, without looking at
 * other documents (so mapping one document stays a pure function):
 * <ul>
 * <li>a reference entity gets its data row's id ({@code organisation/dg-home});</li>
 * <li>an organisation, project or programme gets the slug of its acronym when it has one
 * ("ISMU", "Fondazione ISMU" and "The ISMU Foundation" are all {@code organisation/ismu}), else of
 * its name without articles and legal form ("Associazione Le Réseau" and "Le Réseau" are both
 * {@code organisation/reseau});</li>
 * <li>a university's department or faculty gets its university's slug and its field of study
 * ({@code organisation/unical-human-sciences}), whatever the language it is named in;</li>
 * <li>a person gets the slug of the full name;</li>
 * <li>a partnership, which has no name, gets a hash of its partners' IRIs.</li>
 * </ul>
 * These rules are a public contract: published IRIs must not change.
 */
public final class EntityResolver {
    private final IriPolicy iris;

    public EntityResolver(IriPolicy iris) {
        this.iris = iris;
    }

    /** Resolves with the document's own evidence only. */
    public ResolvedDocument resolve(Extraction x) {
        return resolve(x, AliasIndex.empty());
    }

    /** Resolves with the corpus's alias index: entities known across documents share one IRI. */
    public ResolvedDocument resolve(Extraction x, AliasIndex aliases) {
        Map<EntityDraft, String> iriOf = new IdentityHashMap<>();
        List<EntityDraft> partnerships = new ArrayList<>();
        for (EntityDraft d : x.entities()) {
            if (d.type() == EntityType.PARTNERSHIP) partnerships.add(d);
            else {
                String corpus = aliases.slugFor(d);
                iriOf.put(d, iris.entity(d.type().kind(), corpus != null ? corpus : localSlug(d)));
            }
        }
        for (EntityDraft p : partnerships) {
            List<String> partners = new ArrayList<>();
            for (Claim c : x.claims())
                if (c.subject() == p && c.relation() == Relation.PARTNER && iriOf.containsKey(c.object())) partners.add(iriOf.get(c.object()));
            partners.sort(null);
            iriOf.put(p, iris.entity(EntityKind.PARTNERSHIP, "p-" + Slugs.shortHash(String.join(" ", partners))));
        }
        List<Claim> claims = new ArrayList<>();
        // Drafts that share an IRI share its single-valued properties: keep the most confident value.
        java.util.Map<String, Claim> single = new java.util.HashMap<>();
        for (Claim c : x.claims()) {
            if (!iriOf.containsKey(c.subject())) continue;
            if (c.object() != null && !iriOf.containsKey(c.object())) continue;
            if (c.relation().singleValued()) {
                String key = iriOf.get(c.subject()) + "|" + c.relation();
                Claim prev = single.get(key);
                if (prev != null && prev.confidence() >= c.confidence()) continue;
                if (prev != null) claims.remove(prev);
                single.put(key, c);
            }
            claims.add(c);
        }
        // A start after the end is wrong one way or the other: keep neither.
        for (String key : new ArrayList<>(single.keySet())) {
            if (!key.endsWith("|" + Relation.START_DATE)) continue;
            Claim start = single.get(key);
            Claim end = single.get(key.substring(0, key.length() - Relation.START_DATE.name().length()) + Relation.END_DATE);
            if (end == null) continue;
            String a = ((org.ponte.mapper.extract.Value.Date) start.value()).lexical(), b = ((org.ponte.mapper.extract.Value.Date) end.value()).lexical();
            int n = Math.min(a.length(), b.length());
            if (a.substring(0, n).compareTo(b.substring(0, n)) > 0) {
                claims.remove(start);
                claims.remove(end);
            }
        }
        String graph = iris.document(x.document().id());
        return new ResolvedDocument(x, graph, graph + "#source", iriOf, claims);
    }

    /** The slug an entity gets from its own names (see the class comment). */
    public static String localSlug(EntityDraft d) {
        if (d.ref() != null) return d.ref().id();
        if (d.type() == EntityType.PERSON || d.type() == EntityType.PLACE) return Slugs.of(d.mainName());
        boolean hasFull = d.names().stream().anyMatch(n -> n.role() == Name.Role.FULL);
        // A short acronym ("ASP", "IRS") names many bodies across documents: with a full name at hand, use the name.
        for (Name n : d.names())
            if (n.role() == Name.Role.ACRONYM && n.text().length() >= 2 && (n.text().length() >= 4 || !hasFull)) return Slugs.of(n.text());
        // A university's department: the university's slug, then its field ("unical-human-sciences").
        if (d.unitKey() != null && d.parent() != null) return localSlug(d.parent().canonical()) + "-" + d.unitKey();
        String main = d.mainName();
        if (d.type() == EntityType.ORGANISATION) {
            String core = NameCore.core(Folding.key(main));
            if (!core.isBlank()) return Slugs.of(core);
        }
        return Slugs.of(main);
    }
}
