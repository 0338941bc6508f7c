package org.ponte.server.ld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Accept and Accept-Language handling, without a server. */
class ContentNegotiationTest {
    private static final List<MediaFormat> ALL = List.of(MediaFormat.values());

    private static MediaFormat choose(String accept) {
        return ContentNegotiation.choose(accept, ALL, MediaFormat.HTML);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "text/turtle | TURTLE",
            "application/x-turtle | TURTLE",
            "application/ld+json | JSONLD",
            "application/json | JSONLD",
            "application/ld+json; profile=\"http://www.w3.org/ns/json-ld#compacted\" | JSONLD",
            "application/rdf+xml | RDFXML",
            "application/n-triples | NTRIPLES",
            "application/trig | TRIG",
            "application/n-quads | NQUADS",
            "text/html | HTML",
            "application/xhtml+xml | HTML",
            "*/* | TURTLE",
            "text/* | TURTLE",
            "text/html, */* | HTML",
            "text/html;q=0.5, text/turtle;q=0.9 | TURTLE",
            "application/ld+json, text/turtle;q=0.5 | JSONLD",
            "text/turtle;q=0, */*;q=0.1 | JSONLD",
            "text/*;q=0.8, text/html;q=0.1 | TURTLE",
            "application/rdf+xml;q=0.9, application/n-triples | NTRIPLES",
            "TEXT/TURTLE | TURTLE",
            "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8 | HTML",
            "text/html;q=0.9,application/rdf+xml | RDFXML",
    })
    void chooses(String accept, MediaFormat expected) {
        assertEquals(expected, choose(accept));
    }

    @Test
    void missingOrUnreadableHeaderGivesTheDefault() {
        assertEquals(MediaFormat.HTML, choose(null));
        assertEquals(MediaFormat.HTML, choose(""));
        assertEquals(MediaFormat.HTML, choose("garbage"));
    }

    @Test
    void nothingAcceptableIsNull() {
        assertNull(choose("image/png"));
        assertNull(choose("application/pdf, image/*"));
        assertNull(choose("text/turtle;q=0"));
        assertNull(ContentNegotiation.choose("text/html", LdServlet.RDF, MediaFormat.TURTLE));
    }

    @Test
    void badQualitiesAreIgnored() {
        assertEquals(MediaFormat.JSONLD, choose("text/turtle;q=abc, application/ld+json"));
        assertEquals(MediaFormat.JSONLD, choose("text/turtle;q=2, application/ld+json;q=0.1"));
    }

    @ParameterizedTest(name = "lang={0} Accept-Language={1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "null | null | en",
            "it | null | it",
            "en | it | en",
            "fr | it | it",
            "null | it-IT,it;q=0.9,en;q=0.8 | it",
            "null | en-GB,en;q=0.9,it;q=0.8 | en",
            "null | de, it;q=0.5 | it",
            "null | de | en",
            "null | *;q=0.5, it;q=0.4 | en",
    })
    void pageLanguage(String param, String header, String expected) {
        assertEquals(expected, ContentNegotiation.language(param, header));
    }
}
