package org.ponte.server.ld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading IRIs from request paths: only Ponte's slug alphabet gets through. */
class DataPathTest {
    @Test
    void readsKindSlugAndExtension() {
        DataPath p = DataPath.parse("/organisation/ismu", true).path();
        assertEquals("organisation/ismu", p.local());
        assertNull(p.format());
        DataPath q = DataPath.parse("/document/002-34d5001a9e66cf88-txt.jsonld", true).path();
        assertEquals("document/002-34d5001a9e66cf88-txt", q.local());
        assertEquals(MediaFormat.JSONLD, q.format());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/organisation/ismu'", "/organisation/is\"mu", "/organisation/ismu>", "/organisation/{x}",
            "/organisation/ismu\u0000", "/organisation/../../etc/passwd", "/organisation/ismu%3E", "/organisation/ismu ",
            "/organisation/Le Réseau", "/organisation/a<b", "/organisation/x;DROP", "/organisation/x\\y"})
    void refusesCharactersOutsideTheAlphabet(String path) {
        assertEquals(DataPath.Status.BAD_REQUEST, DataPath.parse(path, true).status(), path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/organisation", "/organisation/", "/unknown/ismu", "/organisation/ISMU", "/organisation/ismu.exe",
            "/organisation/ismu.ttl.ttl", "/organisation/-ismu", "/organisation/ismu--x", "/organisation/a/b", "/", ""})
    void unknownShapesAreNotFound(String path) {
        DataPath.Status s = DataPath.parse(path, true).status();
        assertNotEquals(DataPath.Status.OK, s, path);
    }

    @Test
    void extensionsOnlyWhereAllowed() {
        assertEquals(DataPath.Status.NOT_FOUND, DataPath.parse("/organisation/ismu.ttl", false).status());
    }

    @Test
    void overlongSlugs() {
        assertEquals(DataPath.Status.NOT_FOUND, DataPath.parse("/organisation/" + "a".repeat(DataPath.MAX_SLUG + 1), true).status());
        assertEquals(DataPath.Status.BAD_REQUEST, DataPath.parse("/organisation/" + "a".repeat(1000), true).status());
    }

    @Test
    void searchTextNeverBecomesLuceneSyntax() {
        assertEquals("+(reseau^2 OR reseau*)", TextSearch.lucene("Réseau"));
        assertEquals("+(universita^2 OR universita*) +(oxford^2 OR oxford*)", TextSearch.lucene("Università  di Oxford").replace(" +(di^2 OR di*)", ""));
        assertEquals("+a +(and^2 OR and*) +b", TextSearch.lucene("\"a\" AND b*"));
        assertNull(TextSearch.lucene("*:* \" ) ( {} [] ~ ^ \\"));
        assertNull(TextSearch.lucene(null));
    }
}
