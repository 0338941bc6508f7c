package org.ponte.mapper.extract;

import java.util.List;
import org.ponte.mapper.lexicon.Folding;
import org.ponte.mapper.lexicon.Lexicon;
import org.ponte.mapper.lexicon.PhraseTokens;
import org.ponte.mapper.resolve.RefEntity;
import org.ponte.mapper.segment.Sentence;
import org.ponte.mapper.segment.Token;

/**
 * Joins units to the bodies they belong to: "the International Training Centre (ITC) of the
 * International Labour Organisation", "COMPAS dell'Università di Oxford", "la Direzione Generale
 * … (DGCS) del Ministero degli Affari Esteri". The unit gets the body as its parent; when the
 * reference data knows that body's unit by this name (the ITC of the ILO is ITC-ILO), the unit
 * becomes that reference entity.
 */
final class Composer {
    private final DocumentContext ctx;
    private final Lexicon lx;

    Composer(DocumentContext ctx) {
        this.ctx = ctx;
        this.lx = ctx.lexicon;
    }

    void compose() {
        for (Sentence s : ctx.sentences) {
            List<Mention> ms = ctx.mentions(s);
            for (int a = 0; a + 1 < ms.size(); a++) {
                Mention x = ms.get(a);
                if (x.type() != EntityType.ORGANISATION) continue;
                int k = x.to();
                List<Token> t = s.tokens();
                // Skip "(ITC)" or "(Centre on …)" right after the unit.
                if (k < t.size() && t.get(k).text().equals("(")) {
                    int close = k;
                    while (close < t.size() && !t.get(close).text().equals(")")) close++;
                    if (close >= t.size() || close - k > 12) continue;
                    k = close + 1;
                }
                int ofEnd = ofPreposition(s, k);
                if (ofEnd < 0) continue;
                Mention y = null;
                for (Mention m : ms) if (m.from() == ofEnd) y = m;
                if (y == null || y.type() != EntityType.ORGANISATION || y.canonical() == x.canonical()) continue;
                if (!isUnit(x.canonical())) continue;
                EntityDraft unit = x.canonical(), body = y.canonical();
                Span evidence = new Span(x.span().start(), y.span().end());
                EntityDraft known = knownUnit(unit, body);
                if (known != null && known != unit) {
                    ctx.merge(known, unit);
                    unit = known.canonical();
                }
                if (unit.ref() != null && body.ref() != null && unit.ref().parent() != null
                        && !unit.ref().parent().equals(body.ref().id())) continue;
                unit.setParent(body, evidence);
                unit.addMention(evidence);
            }
        }
    }

    /** "of", "of the", "del", "dell'", "della", "presso": returns the index after it, or -1. */
    private int ofPreposition(Sentence s, int k) {
        List<String> f = s.folded();
        if (k >= f.size()) return -1;
        for (List<String> phrase : lx.phraseList("of")) {
            if (k + phrase.size() > f.size()) continue;
            if (f.subList(k, k + phrase.size()).equals(phrase)) {
                int e = k + phrase.size();
                if (e < f.size() && lx.is("article", f.get(e))) e++;
                return e;
            }
        }
        return -1;
    }

    /** A body that can be a unit of another: a unit head word, or a known parent in reference data. */
    private boolean isUnit(EntityDraft d) {
        if (d.ref() != null) return d.ref().parent() != null;
        for (Name n : d.names()) {
            List<String> f = PhraseTokens.split(Folding.fold(n.text()));
            for (int i = 0; i < f.size(); i++) {
                var m = lx.unitHeads().longest(f, i);
                if (m != null) return true;
            }
            var pre = lx.preHeads().longest(f, 0);
            if (pre != null && ("research-centre".equals(pre.value().orgType()) || "public-body".equals(pre.value().orgType()))) return true;
        }
        return d.acronyms().size() > 0 && d.names().size() > 1;
    }

    /** The reference unit of {@code body} that {@code unit}'s names denote, as a draft, or null. */
    private EntityDraft knownUnit(EntityDraft unit, EntityDraft body) {
        if (unit.ref() != null || body.ref() == null) return null;
        for (RefEntity child : ctx.reference.children(body.ref())) {
            for (String childName : org.ponte.mapper.resolve.ReferenceData.allNames(child)) {
                String ck = Folding.key(childName);
                for (Name n : unit.names()) {
                    String uk = Folding.key(n.text());
                    if (uk.length() >= 3 && (ck.equals(uk) || ck.startsWith(uk + " "))) return ctx.entityFor(child, null);
                }
            }
        }
        return null;
    }
}
