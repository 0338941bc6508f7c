package org.ponte.bench;

/**
 * Sentences that carry no entity and no fact: what projects aim at, what they did, for whom.
 * They give documents their real size and give an extractor plenty of text to read without
 * anything to find, as most of a real page is.
 */
final class Filler {
    private Filler() {}

    static String sentence(Doc d) {
        Rand r = d.r;
        return switch (r.weighted(50, 25, 15, 10)) {
            case 0 -> {
                String means = d.t(r.pick(Words.MEANS));
                yield d.t(r.pick(Words.SUBJECTS)) + " " + d.t(r.pick(Words.AIMS)) + " " + d.t(r.pick(Words.ACTIONS)) + " "
                        + d.t(r.pick(Words.OBJECTS)) + " " + d.t(r.pick(Words.TARGETS)) + (means.isEmpty() ? "" : " " + means) + ".";
            }
            case 1 -> fill(d.t(r.pick(Words.RESULTS)), r.between(12, 900), r.between(2, 60));
            case 2 -> d.it
                    ? "Le attività si sono concentrate " + Italian.on(r.pick(Words.TOPICS)[0]) + ", con particolare attenzione " + r.pick(Words.TARGETS)[0].replaceFirst("^de", "a") + "."
                    : "The activities focused on " + r.pick(Words.TOPICS)[1] + ", with particular attention to the needs " + r.pick(Words.TARGETS)[1] + ".";
            default -> d.t(r.pick(Words.CLOSINGS));
        };
    }

    /** Replaces the first two "%d" of a template (String.format is slow in this hot path). */
    static String fill(String template, int a, int b) {
        int i = template.indexOf("%d");
        String s = i < 0 ? template : template.substring(0, i) + a + template.substring(i + 2);
        int j = s.indexOf("%d");
        return j < 0 ? s : s.substring(0, j) + b + s.substring(j + 2);
    }

    /** A verb phrase for "X, coordinated by Y, aims to …". */
    static String predicate(Doc d) {
        Rand r = d.r;
        String means = d.t(r.pick(Words.MEANS));
        return d.t(r.pick(Words.AIMS)) + " " + d.t(r.pick(Words.ACTIONS)) + " " + d.t(r.pick(Words.OBJECTS)) + " "
                + d.t(r.pick(Words.TARGETS)) + (means.isEmpty() ? "" : " " + means) + ".";
    }

    static String paragraph(Doc d, int sentences) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            if (i > 0) sb.append(' ');
            sb.append(sentence(d));
        }
        return sb.toString();
    }

    /** Lower-case phrase for "Target group:" and similar bullets. */
    static String targetGroup(Rand r) {
        return r.pick(Words.TARGET_GROUPS_EN);
    }
}
