package org.ponte.mapper.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ponte.mapper.extract.RuleExtractionFixture.extract;
import static org.ponte.mapper.extract.RuleExtractionFixture.facts;
import static org.ponte.mapper.extract.RuleExtractionFixture.name;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Relations that real pages state in running prose rather than in forms: partner lists that no
 * "in collaboration with" opens, fields written as sentences of a description, coordinators and
 * funders in constructions the first rules missed, and dates that take their year from the page.
 * The documents are made up; the assertions are about the facts a researcher would query.
 */
class ProseRelationsExtractionTest {
    private static boolean has(Set<String> facts, String subject, String relationAndObject) {
        return facts.stream().anyMatch(f -> f.startsWith(subject) && f.endsWith(relationAndObject));
    }

    @Test
    void fieldsWrittenAsSentencesOfADescriptionAreTheItemsFields() {
        Extraction x = extract("""
                I NOSTRI PROGETTI

                ▸ LIBRI APERTI – Biblioteche per tutti
                Letture ad alta voce nelle biblioteche di quartiere. Capofila: Associazione Pagine Nuove. Partner: Istituto Comprensivo Manzoni; Cooperativa Sociale La Lanterna. Il progetto ha coinvolto 200 famiglie.

                ▸ ORTI COMUNI
                Orti condivisi per famiglie neoarrivate. Periodo: 2021-2023.
                """);
        Set<String> f = facts(x);
        assertTrue(has(f, "Biblioteche per tutti", "COORDINATED_BY Associazione Pagine Nuove"), f::toString);
        assertTrue(has(f, "Biblioteche per tutti", "PARTNER Istituto Comprensivo Manzoni"), f::toString);
        assertTrue(has(f, "Biblioteche per tutti", "PARTNER Cooperativa Sociale La Lanterna"), f::toString);
        assertTrue(f.stream().anyMatch(s -> s.startsWith("ORTI COMUNI START_DATE") && s.contains("2021")), f::toString);
        // "Il progetto ha coinvolto 200 famiglie" is the same paragraph, not an untitled item.
        assertFalse(f.stream().anyMatch(s -> s.contains("200 famiglie")), f::toString);
    }

    @Test
    void aLongerCueInsideAListCueIsTheOneMeant() {
        Extraction x = extract("""
                ▸ Lingue del Mondo
                Laboratori di lingua per bambini. Dal 2016, con il contributo della Fondazione Ponte Alto.
                """);
        assertTrue(has(facts(x), "Lingue del Mondo", "FUNDED_BY Fondazione Ponte Alto"), facts(x)::toString);
        assertFalse(has(facts(x), "Lingue del Mondo", "PARTNER Fondazione Ponte Alto"), facts(x)::toString);
    }

    @Test
    void aSemicolonClosesTheClauseOfTheBodyBeforeIt() {
        Extraction x = extract("""
                Past projects

                • TRADE UP – Skills for refugees
                TRADE UP was co-funded by the Asylum, Migration and Integration Fund through the Fondazione Riva Blu; the partnership included the Associazione Onde Lunghe and the Cooperativa Sociale Il Timone.
                """);
        Set<String> f = facts(x);
        assertTrue(has(f, "Skills for refugees", "PARTNER Associazione Onde Lunghe"), f::toString);
        assertTrue(has(f, "Skills for refugees", "PARTNER Cooperativa Sociale Il Timone"), f::toString);
    }

    @Test
    void italianPartnerListsThatNoCollaborationCueOpens() {
        Extraction x = extract("""
                Al via "Case Aperte", percorsi di autonomia per giovani rifugiati

                Il progetto "Case Aperte" vede come capofila l'Associazione Tetto Comune. Ne fanno parte anche la Cooperativa Sociale Il Sentiero e l'Associazione Porte Girevoli. Hanno collaborato inoltre la Fondazione Sette Ponti e il Comune di Valmora.
                """);
        Set<String> f = facts(x);
        assertTrue(has(f, "Case Aperte", "COORDINATED_BY Associazione Tetto Comune"), f::toString);
        assertTrue(has(f, "Case Aperte", "PARTNER Cooperativa Sociale Il Sentiero"), f::toString);
        assertTrue(has(f, "Case Aperte", "PARTNER Associazione Porte Girevoli"), f::toString);
        assertTrue(has(f, "Case Aperte", "PARTNER Fondazione Sette Ponti"), f::toString);
    }

    @Test
    void aNetworksMembersListedWithoutAVerbAreItsPartners() {
        Extraction x = extract("""
                MOSAICO – Lavoro e inclusione

                Il progetto MOSAICO è nato nel 2020 per l'inserimento lavorativo dei migranti. Ne fanno parte: Consorzio Valle Verde, Associazione Radici Nuove e Cooperativa Sociale Il Frutteto. Il coordinamento è affidato al Consorzio Valle Verde.
                """);
        Set<String> f = facts(x);
        assertTrue(has(f, "", "PARTNER Associazione Radici Nuove"), f::toString);
        assertTrue(has(f, "", "PARTNER Cooperativa Sociale Il Frutteto"), f::toString);
        assertTrue(has(f, "", "COORDINATED_BY Consorzio Valle Verde"), f::toString);
    }

    @Test
    void aDateWithoutAYearTakesThePagesYear() {
        Extraction x = extract("""
                Al via "Passi Comuni", corsi per le donne straniere

                Pubblicato il 4 ottobre 2023

                Parte lunedì 9 ottobre "Passi Comuni", il progetto della cooperativa Il Girasole per le donne straniere.
                """);
        assertTrue(facts(x).contains("Passi Comuni START_DATE " + Value.Date.day(2023, 10, 9)), facts(x)::toString);
    }

    @Test
    void aPeriodThatFramesAListItemsSentenceIsTheProjects() {
        Extraction x = extract("""
                Progetti conclusi

                ▸ FILO DIRETTO – Orientamento per donne migranti
                Realizzato tra il 2018 e il 2020 insieme alla Caritas di Valmora.

                ▸ RADICI
                Laboratori di lingua madre per bambini. Dal 2016, con il contributo della Fondazione Ponte Alto.

                ▸ CURA – Mediatori per la salute
                Il progetto forma mediatori per gli ospedali della provincia (2019-2021).

                ▸ RETE APERTA
                Uno sportello per famiglie. Dal 2023 aderiscono alla rete anche due parrocchie.
                """);
        Set<String> f = facts(x);
        assertTrue(f.stream().anyMatch(s -> s.contains("START_DATE " + Value.Date.year(2018))), f::toString);
        assertTrue(f.stream().anyMatch(s -> s.contains("END_DATE " + Value.Date.year(2020))), f::toString);
        assertTrue(f.contains("RADICI START_DATE " + Value.Date.year(2016)), f::toString);
        assertTrue(f.stream().anyMatch(s -> s.contains("START_DATE " + Value.Date.year(2019))), f::toString);
        assertTrue(f.stream().anyMatch(s -> s.contains("END_DATE " + Value.Date.year(2021))), f::toString);
        // The year a body joined is not when the project started.
        assertFalse(f.contains("RETE APERTA START_DATE " + Value.Date.year(2023)), f::toString);
    }

    @Test
    void aSentenceOpeningWithTheProjectsFundingDropsTheProjectItIsAbout() {
        Extraction x = extract("""
                CAMPI VERDI – Agricoltura e inclusione

                Il progetto CAMPI VERDI offre formazione a braccianti stranieri. Finanziato dal Fondo Sociale Europeo, ha avuto inizio a maggio 2021 e si concluderà ad aprile 2023.
                """);
        Set<String> f = facts(x);
        assertTrue(f.stream().anyMatch(s -> s.contains("START_DATE " + Value.Date.yearMonth(2021, 5))), f::toString);
        assertTrue(f.stream().anyMatch(s -> s.contains("END_DATE " + Value.Date.yearMonth(2023, 4))), f::toString);
    }

    @Test
    void bodiesNamedThroughTheirSignersOfficesAreTheAgreementsParties() {
        Extraction x = extract("""
                Partnership agreement on refugee employment

                Ancona, 9 October 2023 – A partnership agreement on the employment of refugees was signed today. The agreement was signed by Laura Conti, Councillor for Labour of the Autonomous Region of Sardinia, by Marco Neri for the Chamber of Commerce of Cagliari and by Anna Ferri on behalf of the Fondazione Mare Aperto.
                """);
        Set<String> f = facts(x);
        assertTrue(f.stream().anyMatch(s -> s.startsWith("Partnership") && s.endsWith("PARTNER Chamber of Commerce of Cagliari")), f::toString);
        assertTrue(f.stream().anyMatch(s -> s.startsWith("Partnership") && s.endsWith("PARTNER Fondazione Mare Aperto")), f::toString);
        assertTrue(f.stream().anyMatch(s -> s.startsWith("Partnership") && s.contains("PARTNER Autonomous Region of Sardinia")), f::toString);
        // The office is the signer's, not a body's name.
        Set<String> orgs = new TreeSet<>();
        for (EntityDraft d : x.entities()) if (d.type() == EntityType.ORGANISATION) orgs.add(name(d));
        assertFalse(orgs.stream().anyMatch(o -> o.contains("Councillor") || o.equals("Labour")), orgs::toString);
    }

    @Test
    void withAndAnArticleBringInAnotherBody() {
        Extraction x = extract("""
                ORTI APERTI – Agricoltura sociale

                Il progetto ORTI APERTI, promosso da Coldiretti Molise con la Cooperativa Sociale Terra Buona e l'Università del Sannio, forma braccianti stranieri. È sostenuto dalla Fondazione Valle Serena e di Banca Etica.
                Nel 2019 il Comune aveva firmato una convenzione con la Cooperativa Sociale Il Faro.
                """);
        Set<String> f = facts(x);
        assertTrue(has(f, "", "COORDINATED_BY Coldiretti Molise"), f::toString);
        assertTrue(has(f, "", "PARTNER Cooperativa Sociale Terra Buona"), f::toString);
        assertFalse(f.stream().anyMatch(s -> s.contains("COORDINATED_BY") && s.contains("Terra Buona")), f::toString);
        assertTrue(has(f, "", "FUNDED_BY Fondazione Valle Serena"), f::toString);
        // The other party of an agreement is not the project's partner.
        assertFalse(f.stream().anyMatch(s -> s.contains("PARTNER Cooperativa Sociale Il Faro") && !s.startsWith("Partnership")), f::toString);
    }

    @Test
    void theCoreOfABodysNameAndItsLocalBranchesNameBodies() {
        Extraction x = extract("""
                Progetti

                ▸ ALFA – Mediatori per la salute
                L'Associazione Ventaglio opera a Reggio Emilia dal 1998. Il progetto, guidato dall'AUSL di Reggio Emilia, coinvolge Ventaglio e la Cooperativa Sociale Il Sestante.

                ▸ BETA
                Il progetto è promosso dall'associazione Porte Amiche Italia in collaborazione con ANCI Toscana.
                """);
        Set<String> f = facts(x);
        assertTrue(has(f, "", "PARTNER Associazione Ventaglio"), f::toString);
        assertTrue(has(f, "BETA", "COORDINATED_BY Porte Amiche Italia"), f::toString);
        assertTrue(has(f, "BETA", "PARTNER ANCI Toscana"), f::toString);
    }

    @Test
    void anAmountOfTheProjectIsItsBudgetNotItsTitle() {
        Extraction x = extract("""
                SCHEDA PROGETTO

                Titolo del progetto: Ponti sul Brenta
                Importo totale del progetto: € 120.500,00
                Sede di realizzazione: Bassano del Grappa
                """);
        Set<String> projects = new TreeSet<>();
        for (EntityDraft d : x.entities()) if (d.type() == EntityType.PROJECT) projects.add(name(d));
        assertFalse(projects.stream().anyMatch(p -> p.contains("120")), projects::toString);
        assertTrue(facts(x).stream().anyMatch(f -> f.startsWith("Ponti sul Brenta BUDGET") && f.contains("120500")), facts(x)::toString);
    }

    @Test
    void aSocialEnterpriseThatSelectsAProjectFundsIt() {
        Extraction x = extract("""
                ▸ TUTTI IN CLASSE – Percorsi di inclusione scolastica
                Progetto selezionato dall'impresa sociale Ponti per l'Infanzia nell'ambito del Fondo per il contrasto della povertà educativa minorile. Il costo complessivo è di 320.000 euro.
                """);
        Set<String> f = facts(x);
        assertTrue(has(f, "", "FUNDED_BY Ponti per l'Infanzia"), f::toString);
        assertTrue(f.stream().anyMatch(s -> s.contains("BUDGET") && s.contains("320000")), f::toString);
    }

    @Test
    void theSameAgreementReportedTwiceIsOnePartnership() {
        Extraction x = extract("""
                Firenze, 28 febbraio 2024

                Accordo di collaborazione tra Regione Toscana, Fondazione Arno Solidale e Cooperativa Sociale Il Ponte per i minori stranieri

                È stato sottoscritto il 26 febbraio l'accordo di collaborazione tra Regione Toscana, Fondazione Arno Solidale e Cooperativa Sociale Il Ponte.
                L'accordo, valido fino al 31 dicembre 2026, prevede l'attivazione di tutori volontari. A firmare sono stati il presidente della Fondazione Arno Solidale Marco Neri e la presidente della Cooperativa Sociale Il Ponte Anna Rossi.
                """);
        Set<String> partnerships = new TreeSet<>();
        for (EntityDraft d : x.entities()) if (d.type() == EntityType.PARTNERSHIP && d.canonical() == d) partnerships.add(name(d));
        assertEquals(1, partnerships.size(), partnerships::toString);
        assertFalse(facts(x).stream().anyMatch(f -> f.contains("START_DATE") && f.contains("2026")), facts(x)::toString);
    }
}
