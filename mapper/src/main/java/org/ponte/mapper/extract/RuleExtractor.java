package org.ponte.mapper.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ponte.core.Problems;
import org.ponte.mapper.lexicon.ConceptIndex;
import org.ponte.mapper.lexicon.Lexicon;
import org.ponte.mapper.resolve.ReferenceData;
import org.ponte.mapper.segment.Layout;

/**
 * The extractor: general rules over the layout, driven by the lexicon and the reference data.
 * It reads titles, defines names, joins units to their bodies, reads form fields and then
 * relations in running text, and finally tidies the claims (one per statement, one value per
 * single-valued property). Thread-safe: all per-document state lives in a {@link DocumentContext}.
 */
public final class RuleExtractor implements Extractor {
    private static final Set<Relation> SINGLE = Set.of(Relation.START_DATE, Relation.END_DATE, Relation.BUDGET, Relation.STATUS);

    private final Lexicon lexicon;
    private final ReferenceData reference;
    private final ConceptIndex concepts;
    private final DateParser dates;

    public RuleExtractor(Lexicon lexicon, ReferenceData reference, ConceptIndex concepts) {
        this.lexicon = lexicon;
        this.reference = reference;
        this.concepts = concepts;
        this.dates = DateParser.of(lexicon);
    }

    @Override
    public Extraction extract(Layout layout, Problems problems) {
        DocumentContext ctx = new DocumentContext(layout, lexicon, reference, problems);
        NameFinder names = new NameFinder(ctx);
        new TitleReader(ctx, names).read();
        names.find();
        new Composer(ctx).compose();
        new FieldReader(ctx, names, dates, concepts).read();
        new RelationReader(ctx, names).read();
        new SharedFundingReader(ctx).read();
        new UnitReader(ctx).read();
        // Every sentence's known names become mentions (and reference names entities).
        for (var s : ctx.sentences) ctx.mentions(s);
        List<Claim> claims = tidy(ctx.claims);
        List<EntityDraft> entities = new ArrayList<>();
        for (EntityDraft d : ctx.allEntities()) {
            if (d.isMerged()) continue;
            if (d.type() == EntityType.PLACE && !usedAsObject(d, claims)) continue;
            if (d.names().isEmpty() && d.ref() == null) continue;
            entities.add(d);
        }
        return new Extraction(layout.document(), layout, entities, claims);
    }

    private static boolean usedAsObject(EntityDraft d, List<Claim> claims) {
        for (Claim c : claims) if (c.object() == d) return true;
        return false;
    }

    /**
     * One claim per statement (the most confident); one value for single-valued properties
     * (the most confident, then the first); and a date range that ends before it starts dropped.
     */
    private static List<Claim> tidy(List<Claim> raw) {
        Map<String, Claim> best = new LinkedHashMap<>();
        for (Claim c0 : raw) {
            Claim c = c0.canonical();
            if (c.object() != null && c.object() == c.subject()) continue;
            String key = c.subject().id() + "|" + c.relation() + "|" + (c.object() != null ? "e" + c.object().id() : String.valueOf(c.value()));
            Claim prev = best.get(key);
            if (prev == null || c.confidence() > prev.confidence()) best.put(key, c);
        }
        Map<String, Claim> single = new HashMap<>();
        List<Claim> out = new ArrayList<>();
        for (Claim c : best.values()) {
            if (SINGLE.contains(c.relation())) {
                String key = c.subject().id() + "|" + c.relation();
                Claim prev = single.get(key);
                if (prev == null || c.confidence() > prev.confidence()) {
                    if (prev != null) out.remove(prev);
                    single.put(key, c);
                    out.add(c);
                }
                continue;
            }
            out.add(c);
        }
        // The coordinator is not also a partner of the same project ("il partenariato è composto da: X
        // (capofila), Y, Z" after "X è capofila").
        java.util.Set<String> leads = new java.util.HashSet<>();
        for (Claim c : out) if (c.relation() == Relation.COORDINATED_BY && c.object() != null) leads.add(c.subject().id() + "|" + c.object().id());
        out.removeIf(c -> c.relation() == Relation.PARTNER && c.object() != null && leads.contains(c.subject().id() + "|" + c.object().id()));
        // Start after end: keep neither.
        Map<Integer, Claim> starts = new HashMap<>(), ends = new HashMap<>();
        for (Claim c : out) {
            if (c.relation() == Relation.START_DATE) starts.put(c.subject().id(), c);
            if (c.relation() == Relation.END_DATE) ends.put(c.subject().id(), c);
        }
        for (Map.Entry<Integer, Claim> e : starts.entrySet()) {
            Claim end = ends.get(e.getKey());
            if (end == null) continue;
            Value.Date a = (Value.Date) e.getValue().value(), b = (Value.Date) end.value();
            if (a.lexical().compareTo(b.lexical().substring(0, Math.min(b.lexical().length(), a.lexical().length()))) > 0) {
                out.remove(e.getValue());
                out.remove(end);
            }
        }
        return out;
    }
}
