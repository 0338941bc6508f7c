package org.ponte.mapper.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.ponte.mapper.segment.Item;
import org.ponte.mapper.segment.SegmentKind;
import org.ponte.mapper.segment.Sentence;

/**
 * Funding stated once for a whole list of projects: a funder's press release ("Fondazione
 * Cariplo: 2,2 milioni di euro a otto progetti …") or a call's ranking ("PR Campania FSE+ …
 * approvata la graduatoria") names the funder and the programme in its opening, then lists
 * the projects. Each listed project that states no funding of its own inherits them.
 */
final class SharedFundingReader {
    /** Words of an opening that hands out money: funds, grants, calls, rankings. */
    private static final Pattern FUNDING_WORDS = Pattern.compile(
            "\\b(finanzi\\w*|cofinanzi\\w*|contribut\\w*|sostien\\w*|sostegn\\w*|bando|bandi|avviso|graduatoria|stanzia\\w*|assegna\\w*|"
            + "fund\\w*|grant\\w*|award\\w*|call|calls|ranking|allocat\\w*|euro|eur|€)\\b");

    private final DocumentContext ctx;

    SharedFundingReader(DocumentContext ctx) {
        this.ctx = ctx;
    }

    void read() {
        if (!ctx.layout.listMode()) return;
        List<EntityDraft> projects = new ArrayList<>();
        Item firstProjectItem = null;
        for (Item item : ctx.layout.items()) {
            // "Proposte ammesse ma non finanziate", "waiting list": the projects below were not funded.
            if (firstProjectItem != null && statesNoFunding(item)) break;
            EntityDraft p = ctx.itemProject(item);
            if (p == null || item.documentLevel()) continue;
            if (firstProjectItem == null) firstProjectItem = item;
            if (!projects.contains(p)) projects.add(p);
        }
        if (projects.size() < 2) return;

        List<EntityDraft> funders = new ArrayList<>();
        List<EntityDraft> programmes = new ArrayList<>();
        Span evidence = null;
        int fundingSentences = 0;
        for (Sentence s : ctx.sentences) {
            if (s.item() == firstProjectItem || s.item().index() > firstProjectItem.index()) break;
            if (s.segment().kind() == SegmentKind.FURNITURE || s.segment().kind() == SegmentKind.DATELINE) continue;
            String folded = String.join(" ", s.folded());
            if (!FUNDING_WORDS.matcher(folded).find()) continue;
            // "Funded under Horizon 2020, the ReSOMA project …" is about one project, not the list.
            if (namesProject(s) || !PLURAL_PROJECTS.matcher(folded).find()) continue;
            fundingSentences++;
            if (evidence == null) evidence = new Span(s.start(), s.end());
            for (Mention m : ctx.mentions(s)) {
                EntityDraft d = m.canonical();
                if (d.type() == EntityType.PROGRAMME && !programmes.contains(d)) programmes.add(d);
                // The funder is named in the opening's first funding sentences, not in a later quote.
                else if (d.type() == EntityType.ORGANISATION && fundingSentences <= 2 && funderLike(d) && !funders.contains(d)) funders.add(d);
            }
        }
        if (evidence == null) return;
        programmes = RelationReader.mostSpecific(ctx, programmes);
        Set<EntityDraft> hasFunder = new HashSet<>(), hasProgramme = new HashSet<>();
        for (Claim c : ctx.claims) {
            if (c.relation() == Relation.FUNDED_BY) hasFunder.add(c.subject().canonical());
            if (c.relation() == Relation.FUNDING_PROGRAMME) hasProgramme.add(c.subject().canonical());
        }
        for (EntityDraft p : projects) {
            if (!hasFunder.contains(p)) for (EntityDraft f : funders) ctx.claim(p, Relation.FUNDED_BY, f, evidence, 0.7, "shared-funder");
            if (!hasProgramme.contains(p)) for (EntityDraft pr : programmes) ctx.claim(p, Relation.FUNDING_PROGRAMME, pr, evidence, 0.7, "shared-programme");
        }
    }

    private static final Pattern NOT_FUNDED = Pattern.compile(
            "\\b(non finanziat\\w*|non ammess\\w*|esclus[aeio]|lista d'attesa|not funded|unfunded|not selected|rejected|excluded|waiting list|reserve list)\\b");

    private java.util.Map<Item, List<Sentence>> sentencesByItem;

    /** Whether an item's heading or its own text says its projects got no money. */
    private boolean statesNoFunding(Item item) {
        if (sentencesByItem == null) {
            // Each item's sentences, in document order, gathered once rather than by a scan of all sentences per item.
            sentencesByItem = new java.util.IdentityHashMap<>();
            for (Sentence s : ctx.sentences) sentencesByItem.computeIfAbsent(s.item(), k -> new ArrayList<>()).add(s);
        }
        for (Sentence s : sentencesByItem.getOrDefault(item, List.of())) {
            SegmentKind k = s.segment().kind();
            if (k != SegmentKind.HEADING && k != SegmentKind.PARAGRAPH && k != SegmentKind.BULLET_TITLE) continue;
            if (NOT_FUNDED.matcher(String.join(" ", s.folded())).find()) return true;
        }
        return false;
    }

    /** The opening speaks of the projects in the plural: "otto progetti", "le proposte progettuali", "12 projects". */
    private static final Pattern PLURAL_PROJECTS = Pattern.compile(
            "\\b(progetti|proposte|iniziative|interventi|projects|proposals|initiatives|grantees|beneficiari|beneficiaries)\\b");

    private boolean namesProject(Sentence s) {
        for (Mention m : ctx.mentions(s)) if (m.type() == EntityType.PROJECT) return true;
        return false;
    }

    /** Bodies that hand out money: foundations, public bodies, funders in the reference data. */
    private static boolean funderLike(EntityDraft d) {
        if (d.ref() != null && d.ref().category() != null) {
            return switch (d.ref().category()) {
                case "foundation", "ministry", "public-body", "national-agency", "local-authority", "eu-institution", "eu-body",
                     "international-organisation", "religious-body" -> true;
                default -> false;
            };
        }
        String org = d.orgType();
        return org != null && (org.equals("foundation") || org.equals("public-body") || org.equals("local-authority")
                || org.equals("ministry") || org.equals("eu-institution"));
    }
}
