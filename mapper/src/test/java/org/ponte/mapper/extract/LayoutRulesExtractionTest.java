package org.ponte.mapper.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ponte.mapper.extract.RuleExtractionFixture.extract;
import static org.ponte.mapper.extract.RuleExtractionFixture.facts;
import static org.ponte.mapper.extract.RuleExtractionFixture.names;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What the extractor reads from layouts found on real sites: database exports with one record
 * after another, lists of signatories, roll calls of signers, metadata lines joined by middle
 * dots, a partner's share of the work, placeholders in forms. The documents are made up; the
 * assertions are about the facts a researcher would query.
 */
class LayoutRulesExtractionTest {
    @Test
    void aFormsGenericHeadingIsNoProjectName() {
        // "Scheda del progetto" heads every form of a site: taken as a name, it would merge every
        // project of that site into one across documents.
        for (String heading : new String[] {"Scheda del progetto", "Project details", "Dettagli del progetto"}) {
            Extraction x = extract("""
                    %s

                    Titolo del progetto: Ponti di carta – laboratori di scrittura per giovani rifugiati
                    Acronimo: PONCAR
                    Capofila: Associazione Lettere Aperte
                    Durata: dal 1 marzo 2021 al 28 febbraio 2022
                    """.formatted(heading));
            Set<String> projects = names(x, EntityType.PROJECT);
            assertTrue(projects.contains("PONCAR"), projects::toString);
            assertFalse(projects.contains(heading), heading + " in " + projects);
            assertTrue(facts(x).stream().anyMatch(f -> f.endsWith("COORDINATED_BY Associazione Lettere Aperte") && !f.startsWith(heading)),
                    () -> facts(x).toString());
        }
    }

    @Test
    void eachRecordOfADatabaseExportIsAProjectOfItsOwn() {
        Extraction x = extract("""
                Migrant Inclusion Practices Database – export
                Records: 2

                ==============================
                RECORD 1 / 2
                Record ID: MIP-0012
                Project acronym: LUMEN
                Project title: Lights on the harbour – evening classes for fishermen
                Coordinator: Associazione Porto Aperto
                Partners: TBC
                Start date: 01/03/2020
                ==============================
                RECORD 2 / 2
                Record ID: MIP-0013
                Project acronym: -
                Project title: Cucine del mondo (Kitchens of the world)
                Coordinator: Cooperativa Sociale Il Mestolo
                Partners: N/A
                Start date: 2018
                """);
        Set<String> f = facts(x);
        assertTrue(f.contains("Lights on the harbour – evening classes for fishermen COORDINATED_BY Associazione Porto Aperto"), f::toString);
        assertTrue(f.contains("Cucine del mondo COORDINATED_BY Cooperativa Sociale Il Mestolo"), f::toString);
        Set<String> projects = names(x, EntityType.PROJECT);
        assertTrue(projects.contains("Kitchens of the world"), "the parenthesis translates the title: " + projects);
        assertFalse(projects.contains("-"), "a dash is no acronym: " + projects);
        assertFalse(projects.stream().anyMatch(p -> p.contains("Database")), "the export's title names no project: " + projects);
        Set<String> orgs = names(x, EntityType.ORGANISATION);
        assertFalse(orgs.contains("TBC") || orgs.contains("N/A"), "placeholders are not partners: " + orgs);
    }

    @Test
    void aBulletedListOfSignatoriesIsOnePartnership() {
        Extraction x = extract("""
                Rete Accoglienza Valdarno

                La rete è nata con il protocollo d'intesa del 2020.

                Hanno firmato il protocollo:
                • Comune di Montevarchi
                • Associazione Fili d'Erba
                • Cooperativa Sociale La Ginestra
                """);
        Set<String> f = facts(x);
        long partners = f.stream().filter(s -> s.startsWith("Partnership between") && s.contains(" PARTNER ")).count();
        assertEquals(3, partners, f::toString);
        assertTrue(f.stream().anyMatch(s -> s.endsWith("PARTNER Cooperativa Sociale La Ginestra")), f::toString);
    }

    @Test
    void aRollCallOfSignersNamesEveryBodyButNotWhatTheLastOneRuns() {
        Extraction x = extract("""
                Lavoro e accoglienza, firmato il protocollo

                È stato firmato ieri a Lucca un protocollo d'intesa per l'inserimento lavorativo dei rifugiati.
                A firmare il protocollo sono stati l'assessore al Sociale del Comune di Lucca, Marco Neri; il presidente della Fondazione Terre Nuove, Anna Rossi, e la direttrice della Cooperativa Sociale Il Faro, che gestisce il Sistema di Accoglienza e Integrazione (SAI).
                """);
        Set<String> f = facts(x);
        assertTrue(f.stream().anyMatch(s -> s.startsWith("Partnership") && s.endsWith("PARTNER Fondazione Terre Nuove")), f::toString);
        assertTrue(f.stream().anyMatch(s -> s.startsWith("Partnership") && s.endsWith("PARTNER Cooperativa Sociale Il Faro")), f::toString);
        assertFalse(f.stream().anyMatch(s -> s.startsWith("Partnership") && s.contains("Accoglienza e Integrazione")), f::toString);
    }

    @Test
    void aMetadataLineJoinedByMiddleDotsGivesTheItemsFields() {
        Extraction x = extract("""
                Altri progetti

                SOLARIS – Energy poverty and migrant households
                Erasmus+ · 2021-2024 · Coordinatore: prof.ssa Laura Bianchi
                Un modulo didattico sulla povertà energetica delle famiglie migranti.
                """);
        Set<String> f = facts(x);
        assertTrue(f.stream().anyMatch(s -> s.contains("START_DATE") && s.contains("2021")), f::toString);
        assertTrue(f.stream().anyMatch(s -> s.contains("END_DATE") && s.contains("2024")), f::toString);
        assertTrue(f.stream().anyMatch(s -> s.contains("FUNDING_PROGRAMME Erasmus+")), f::toString);
    }

    @Test
    void aBodyResponsibleForPartOfTheWorkIsAPartner() {
        Extraction x = extract("""
                ORIZZONTI – Youth guidance for refugees

                The project is led by the Fondazione Val Lemme; the Associazione Ponti Sospesi is responsible for the training of mentors.
                """);
        Set<String> f = facts(x);
        assertTrue(f.stream().anyMatch(s -> s.contains("COORDINATED_BY Fondazione Val Lemme")), f::toString);
        assertTrue(f.stream().anyMatch(s -> s.contains("PARTNER Associazione Ponti Sospesi")), f::toString);
    }

    @Test
    void aQuotedNameWithTheProjectInAppositionIsAProject() {
        Extraction x = extract("""
                Regione Informa – Agenzia di stampa

                Pisa, al via i tirocini per rifugiati

                PISA – Sono i numeri di «Ponte al Lavoro», il progetto finanziato dalla Fondazione Pisana per la Comunità e presentato oggi.
                """);
        assertTrue(names(x, EntityType.PROJECT).contains("Ponte al Lavoro"), names(x, EntityType.PROJECT)::toString);
        assertTrue(facts(x).contains("Ponte al Lavoro FUNDED_BY Fondazione Pisana per la Comunità"), facts(x)::toString);
    }

    @Test
    void participantsAndJoinersArePartnersButTheLeadIsNot() {
        Extraction x = extract("""
                NUOVI VICINI – Abitare insieme nei quartieri

                Il progetto NUOVI VICINI è promosso dalla Cooperativa Sociale Il Girasole in qualità di capofila. Partecipano al progetto l'Associazione Mondo Aperto e il Comune di Lecco. Hanno aderito inoltre la Caritas Ambrosiana e l'associazione Ponti di Pace.

                Il partenariato è composto da: Cooperativa Sociale Il Girasole (capofila), Associazione Mondo Aperto, Fondazione Casa Amica.
                """);
        Set<String> f = facts(x);
        for (String p : new String[] {"Associazione Mondo Aperto", "Comune di Lecco", "Caritas Ambrosiana", "Ponti di Pace", "Fondazione Casa Amica"})
            assertTrue(f.stream().anyMatch(s -> s.endsWith("PARTNER " + p)), p + " in " + f);
        assertTrue(f.stream().anyMatch(s -> s.endsWith("COORDINATED_BY Cooperativa Sociale Il Girasole")), f::toString);
        assertFalse(f.stream().anyMatch(s -> s.endsWith("PARTNER Cooperativa Sociale Il Girasole")), "the lead is no partner: " + f);
    }

    @Test
    void partnersNamedBeforeTheirVerbOrInvolvedInTheProject() {
        Extraction x = extract("""
                PONTI SOLIDALI – Reti di comunità per l'accoglienza

                Il progetto PONTI SOLIDALI vede la partecipazione dell'Associazione Terra di Mezzo, della Cooperativa Sociale Il Melograno e del Comune di Fano.
                L'Associazione Nuova Luna, la Fondazione Aurora e il CPIA di Pesaro sono i partner del progetto.

                Soggetti coinvolti: Caritas diocesana di Fano, Associazione Stelle Polari
                """);
        Set<String> f = facts(x);
        for (String p : new String[] {"Associazione Terra di Mezzo", "Cooperativa Sociale Il Melograno", "Comune di Fano", "Associazione Nuova Luna",
                "Fondazione Aurora", "CPIA di Pesaro", "Caritas diocesana di Fano", "Associazione Stelle Polari"})
            assertTrue(f.stream().anyMatch(s -> s.endsWith("PARTNER " + p)), p + " in " + f);
    }
}
