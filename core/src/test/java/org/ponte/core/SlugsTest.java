package org.ponte.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SlugsTest {
    @Test
    void namesBecomeAsciiLowerCaseWordsJoinedByDashes() {
        assertEquals("fondazione-ismu", Slugs.of("Fondazione ISMU"));
        assertEquals("le-reseau", Slugs.of("Le Réseau"));
        assertEquals("universita-di-oxford", Slugs.of("Università di Oxford"));
        assertEquals("eu-mia", Slugs.of("EU-MIA"));
        assertEquals("strasse", Slugs.of("Straße"));
    }

    @Test
    void namesWithoutLatinLettersAndLongNamesGetAStableHash() {
        String arabic = Slugs.of("جمعية");
        assertTrue(arabic.matches("x-[0-9a-f]{10}"), arabic);
        assertEquals(arabic, Slugs.of("جمعية"));
        String longName = Slugs.of("word ".repeat(60));
        assertTrue(longName.length() <= Slugs.MAX_LENGTH && longName.matches("[a-z0-9-]+"), longName);
        assertTrue(Slugs.of("\"><script>{}|\\^`").matches("[a-z0-9-]+"));
    }
}
