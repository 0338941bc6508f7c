package org.ponte.mapper.extract;

import java.util.Set;
import java.util.TreeSet;
import org.ponte.core.Problems;
import org.ponte.mapper.TestHome;
import org.ponte.mapper.lexicon.ConceptIndex;
import org.ponte.mapper.lexicon.DataFiles;
import org.ponte.mapper.lexicon.Lexicon;
import org.ponte.mapper.read.Document;
import org.ponte.mapper.resolve.ReferenceData;
import org.ponte.mapper.segment.LayoutSegmenter;

/**
 * The segmenter and the rule extractor with the project's own patterns and reference data, for
 * tests that feed them a made-up page and read back the facts by name.
 */
final class RuleExtractionFixture {
    private static final Lexicon LEXICON = Lexicon.load(new DataFiles(TestHome.home().resolve("data/patterns"), "ponte/data/patterns"), Problems.ignore());
    private static final ReferenceData REFERENCE = ReferenceData.load(new DataFiles(TestHome.home().resolve("data/reference"), "ponte/data/reference"), Problems.ignore());

    private RuleExtractionFixture() {}

    static Extraction extract(String text) {
        return new RuleExtractor(LEXICON, REFERENCE, ConceptIndex.empty())
                .extract(new LayoutSegmenter(LEXICON).segment(Document.ofText("t.txt", text)), Problems.ignore());
    }

    /** "subject relation object" for every claim, by main names. */
    static Set<String> facts(Extraction x) {
        Set<String> out = new TreeSet<>();
        for (Claim c : x.claims()) {
            Claim k = c.canonical();
            out.add(name(k.subject()) + " " + k.relation() + " " + (k.object() != null ? name(k.object()) : k.value()));
        }
        return out;
    }

    static String name(EntityDraft d) {
        return d.ref() != null ? d.ref().displayName() : d.mainName();
    }

    /** Every name of the canonical entities of a type. */
    static Set<String> names(Extraction x, EntityType type) {
        Set<String> out = new TreeSet<>();
        for (EntityDraft d : x.entities()) if (d.canonical() == d && d.type() == type) for (Name n : d.names()) out.add(n.text());
        return out;
    }
}
