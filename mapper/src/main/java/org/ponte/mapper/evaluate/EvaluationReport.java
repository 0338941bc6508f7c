package org.ponte.mapper.evaluate;

import java.util.List;

/**
 * The outcome of comparing a mapping with a gold standard.
 *
 * @param entities       entity scores
 * @param facts          fact scores
 * @param duplicates     gold entities found as more than one system entity (one count per extra entity)
 * @param illFormed      literals whose lexical form is not valid for their datatype
 * @param forbiddenFound forbidden entities or facts the mapping produced
 * @param missedEntities gold entities not found
 * @param wrongEntities  system entities matching no gold entity
 * @param missedFacts    gold facts not found
 * @param wrongFacts     system facts matching no gold fact
 * @param duplicateList  the duplicated gold entities with the system IRIs
 */
public record EvaluationReport(Scores entities, Scores facts, int duplicates, int illFormed, List<String> forbiddenFound,
                               List<String> missedEntities, List<String> wrongEntities, List<String> missedFacts,
                               List<String> wrongFacts, List<String> duplicateList) {

    /** A plain-text report for people. */
    public String render() {
        StringBuilder sb = new StringBuilder();
        sb.append("entities: ").append(entities).append('\n');
        sb.append("facts:    ").append(facts).append('\n');
        sb.append("duplicates: ").append(duplicates).append("   ill-formed literals: ").append(illFormed)
                .append("   forbidden found: ").append(forbiddenFound.size()).append('\n');
        section(sb, "forbidden found", forbiddenFound);
        section(sb, "duplicated entities", duplicateList);
        section(sb, "missed entities", missedEntities);
        section(sb, "wrong entities", wrongEntities);
        section(sb, "missed facts", missedFacts);
        section(sb, "wrong facts", wrongFacts);
        return sb.toString();
    }

    private static void section(StringBuilder sb, String title, List<String> items) {
        if (items.isEmpty()) return;
        sb.append('\n').append(title).append(" (").append(items.size()).append("):\n");
        for (String s : items) sb.append("  ").append(s).append('\n');
    }
}
