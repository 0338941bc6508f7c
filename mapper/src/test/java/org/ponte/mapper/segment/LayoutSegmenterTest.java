package org.ponte.mapper.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ponte.core.Problems;
import org.ponte.mapper.TestHome;
import org.ponte.mapper.lexicon.DataFiles;
import org.ponte.mapper.lexicon.Lexicon;
import org.ponte.mapper.read.Document;

class LayoutSegmenterTest {
    private static final LayoutSegmenter S = new LayoutSegmenter(
            Lexicon.load(new DataFiles(TestHome.home().resolve("data/patterns"), "ponte/data/patterns"), Problems.ignore()));

    private static String titleOf(Layout l, Item it) {
        return it.title() == null ? null : it.title().body(l.document().text());
    }

    @Test
    void aMetadataLineBelongsToTheItemItStandsIn() {
        String text = """
                Our work on integration covers many fields.

                  • ALFA – Apprendere Lavorando

                (co-funded by the European Social Fund)

                (Duration: 2016-2018)

                ALFA placed young migrants in workshops.

                (Duration: 2015-2019)

                The four-year project co-funded by the European Commission under the Creative Europe Programme.

                  • BETA – Second project

                The project aims to build networks.
                """;
        Layout l = S.segment(Document.ofText("d.txt", text));
        List<Item> items = l.items();
        assertTrue(l.listMode());
        Item alfa = items.stream().filter(i -> "ALFA – Apprendere Lavorando".equals(titleOf(l, i))).findFirst().orElseThrow();
        assertEquals(4, alfa.segments().size(), "title, two metadata lines and the description");
        // The duration after ALFA's description opens an untitled item with the next paragraph.
        Item untitled = items.get(items.indexOf(alfa) + 1);
        assertNull(untitled.title());
        assertEquals(SegmentKind.META, untitled.segments().get(0).kind());
        assertTrue(untitled.segments().get(1).body(text).startsWith("The four-year project"));
        assertEquals("BETA – Second project", titleOf(l, items.get(items.indexOf(alfa) + 2)));
    }

    @Test
    void furnitureIsNotContent() {
        String text = """
                Summit delle Diaspore
                Home › Notizie › Salute
                Il progetto è finanziato dalla Cooperazione Italiana.
                VIDEO
                GALLERY
                CONDIVIDI QUESTA PAGINA!
                Condividi: Facebook Twitter WhatsApp Email
                Questo sito web utilizza cookie tecnici.
                """;
        Layout l = S.segment(Document.ofText("f.txt", text));
        long content = l.segments().stream().filter(s -> s.kind() != SegmentKind.FURNITURE).count();
        assertEquals(2, content, l.segments().toString());
        assertEquals(SegmentKind.TITLE, l.segments().get(0).kind());
        assertEquals("it", l.language());
    }

    @Test
    void readsFormFieldsAndTheirListValues() {
        String text = """
                MiStra - Migrant Inclusion Strategies
                Name of institution: CIOFS-Formazione Professionale
                Target group:
                  • Ethnic or national minorities
                  • Immigrants
                Budget of the project in EUR: 399740
                Budget of transnational activities in EUR: 399740
                """;
        Layout l = S.segment(Document.ofText("m.txt", text));
        List<Segment> fields = l.segments().stream().filter(s -> s.field() != null).toList();
        assertEquals("COORDINATOR", fields.get(0).field().field().name());
        assertEquals(2, fields.stream().filter(s -> s.kind() == SegmentKind.LIST_VALUE).count());
        Segment budget = fields.stream().filter(s -> s.key().startsWith("Budget of the project")).findFirst().orElseThrow();
        Segment part = fields.stream().filter(s -> s.key().startsWith("Budget of transnational")).findFirst().orElseThrow();
        assertEquals(false, budget.field().subscoped());
        assertEquals(true, part.field().subscoped(), "a budget of part of the project is not the project's budget");
    }

    @Test
    void bilingualBlocksCarryTheirLanguage() {
        String text = "EU-MIA – European Migrant Integration Academy\n\nIT Questo progetto è stato finanziato dal Fondo.\n\nEN The research study was funded by the Fund.\n";
        Layout l = S.segment(Document.ofText("b.txt", text));
        assertEquals("it", l.segments().get(1).lang());
        assertEquals("en", l.segments().get(2).lang());
        assertTrue(l.segments().get(1).body(text).startsWith("Questo progetto"));
    }

    private static List<String> titles(Layout l) {
        return l.items().stream().map(it -> titleOf(l, it)).filter(t -> t != null).toList();
    }

    @Test
    void aTableWithATitleColumnHasOneItemPerRow() {
        String text = """
                Bilancio sociale 2023

                Tabella dei progetti

                Codice | Titolo del progetto | Finanziatore | Periodo | Budget totale (€)
                A-1 | CASA APERTA | Fondazione Alfa | 2022-2024 | 120.000
                A-2 | PONTI SICURI | Comune di Beta | 2021-2023 | 80.000
                TOTALE | | | | 200.000
                """;
        Layout l = S.segment(Document.ofText("t.txt", text));
        assertEquals(List.of("CASA APERTA", "PONTI SICURI"), titles(l).subList(titles(l).size() - 2, titles(l).size()));
        Item casa = l.items().stream().filter(i -> "CASA APERTA".equals(titleOf(l, i))).findFirst().orElseThrow();
        assertTrue(casa.segments().stream().anyMatch(sg -> sg.kind() == SegmentKind.KEY_VALUE && sg.field() != null
                && sg.field().field() == Lexicon.Field.FUNDING && sg.body(text).equals("Fondazione Alfa")));
        assertTrue(casa.segments().stream().noneMatch(sg -> sg.body(text).equals("A-1") && sg.kind() != SegmentKind.FURNITURE),
                "a column without a known key is not read");
        assertTrue(l.items().stream().noneMatch(i -> "TOTALE".equals(titleOf(l, i))), "a total row is no project");
    }

    @Test
    void aTableOfBodiesUnderAKeyHeadingListsItsValues() {
        String text = """
                DIGI-NEST – Digital nests

                Partners

                Name | Type | Country
                Volkshochschule Ostend | Adult education | Germany
                Fundacja Nowa | NGO | Poland
                """;
        Layout l = S.segment(Document.ofText("t.txt", text));
        List<Segment> values = l.segments().stream().filter(sg -> sg.kind() == SegmentKind.LIST_VALUE).toList();
        assertEquals(List.of("Volkshochschule Ostend", "Fundacja Nowa"), values.stream().map(sg -> sg.body(text)).toList());
        assertTrue(values.stream().allMatch(sg -> sg.field().field() == Lexicon.Field.PARTNER));
    }

    @Test
    void namesInCapitalsOpeningParagraphsTitleTheProjectsOfAList() {
        String text = """
                Fondazione Alfa: un milione a quattro progetti

                Ecco i progetti finanziati.

                CASA APERTA – Como. Capofila la Cooperativa Sociale Beta, con il Comune di Como. Contributo: 300.000 euro.

                PONTI SICURI – Lecco. Capofila l'Associazione Gamma. Contributo: 200.000 euro.
                """;
        Layout l = S.segment(Document.ofText("p.txt", text));
        assertTrue(titles(l).containsAll(List.of("CASA APERTA", "PONTI SICURI")), titles(l).toString());
        Item casa = l.items().stream().filter(i -> "CASA APERTA".equals(titleOf(l, i))).findFirst().orElseThrow();
        assertTrue(casa.segments().get(1).body(text).startsWith("Como. Capofila"));
    }

    @Test
    void aShortLineAboveAProjectsFieldsTitlesIt() {
        String text = """
                WHAT WE DO

                We work in Italy and in West Africa.

                TESSERE – Community networks for protection holders (Italy)
                Period: 2023-2025
                Lead partner: City of Pescara

                ▸ SOLAR SCHOOLS (Clean energy for rural schools)
                (Duration: 2020-2023)
                """;
        Layout l = S.segment(Document.ofText("w.txt", text));
        assertTrue(titles(l).contains("TESSERE – Community networks for protection holders (Italy)"), titles(l).toString());
        assertTrue(titles(l).contains("SOLAR SCHOOLS (Clean energy for rural schools)"), titles(l).toString());
    }
}
