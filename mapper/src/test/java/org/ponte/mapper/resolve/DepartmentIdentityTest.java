package org.ponte.mapper.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ponte.core.Problems;
import org.ponte.mapper.CorpusMapper;
import org.ponte.mapper.TestHome;

/**
 * A university's department keeps one IRI whatever language names it, and departments of the
 * same field at two universities stay two.
 */
class DepartmentIdentityTest {
    @TempDir
    Path dir;

    private Set<String> departmentIris() throws Exception {
        List<Quad> quads = new ArrayList<>();
        new CorpusMapper(TestHome.mapper(), 1).map(CorpusMapper.documents(dir), new StreamRDFBase() {
            @Override
            public void quad(Quad q) {
                quads.add(q);
            }
        }, Instant.parse("2024-01-01T00:00:00Z"), Problems.ignore(), null);
        Set<String> out = new TreeSet<>();
        for (Quad q : quads) {
            String s = q.getSubject().isURI() ? q.getSubject().getURI() : "";
            if (s.contains("/organisation/") && !s.contains("#") && q.getPredicate().getURI().endsWith("subOrganizationOf")) out.add(s);
        }
        return out;
    }

    @Test
    void oneDepartmentInTwoLanguagesIsOneBody() throws Exception {
        Files.writeString(dir.resolve("a.txt"), """
                Accordo per la mediazione interculturale

                Cosenza, 3 marzo 2023 – Il Dipartimento di Scienze Politiche e Sociali dell'Università della Calabria e la \
                Cooperativa Sociale Sankara hanno firmato ieri un protocollo d'intesa per la mediazione interculturale.
                """);
        Files.writeString(dir.resolve("b.txt"), """
                Agreement on intercultural mediation

                Cosenza, 3 March 2023 – The Department of Political and Social Sciences of the University of Calabria and \
                the Sankara Social Cooperative signed a memorandum of understanding yesterday on intercultural mediation.
                """);
        Set<String> iris = departmentIris();
        assertEquals(1, iris.size(), iris.toString());
        assertTrue(iris.iterator().next().endsWith("/organisation/unical-political-social"), iris.toString());
    }

    @Test
    void theSameFieldAtTwoUniversitiesIsTwoBodies() throws Exception {
        Files.writeString(dir.resolve("a.txt"), """
                Accordo sull'inclusione lavorativa

                Cosenza, 3 marzo 2023 – Il Dipartimento di Economia dell'Università della Calabria e la Cooperativa Sociale \
                Sankara hanno firmato ieri un protocollo d'intesa.
                """);
        Files.writeString(dir.resolve("b.txt"), """
                Accordo sull'inclusione lavorativa

                Torino, 3 marzo 2023 – Il Dipartimento di Economia dell'Università degli Studi di Torino e la Cooperativa Sociale \
                Sankara hanno firmato ieri un protocollo d'intesa.
                """);
        Set<String> iris = departmentIris();
        assertEquals(2, iris.size(), iris.toString());
        List<String> list = new ArrayList<>(iris);
        assertNotEquals(list.get(0), list.get(1));
    }
}
