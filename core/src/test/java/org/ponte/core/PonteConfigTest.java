package org.ponte.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PonteConfigTest {
    @Test
    void layersApplyInOrderDefaultsFileEnvironmentFlags(@TempDir Path home) throws Exception {
        Files.writeString(home.resolve("ponte.properties"), "port = 4000\nbase.iri = https://example.org/id/\n");
        PonteConfig.Builder b = PonteConfig.builder().set(Setting.HOME, home.toString()).file(home.resolve("ponte.properties"));
        assertEquals(4000, b.build().port());
        b.environment(Map.of("PONTE_PORT", "4100"));
        assertEquals(4100, b.build().port());
        b.set(Setting.PORT, "4200");
        PonteConfig c = b.build();
        assertEquals(4200, c.port());
        assertEquals("https://example.org/id/", c.iris().base());
        assertEquals("http://localhost:4200/", c.publicUrl());
        assertEquals(home.resolve("data/documents"), c.documents());
    }

    @Test
    void badValuesAreRefusedWithTheSettingsName(@TempDir Path home) throws Exception {
        PonteException e = assertThrows(PonteException.class, () -> PonteConfig.builder().set(Setting.PORT, "eighty").build());
        assertTrue(e.getMessage().contains("port"));
        assertThrows(PonteException.class, () -> PonteConfig.builder().set(Setting.BASE_IRI, "not an iri").build());
        Files.writeString(home.resolve("p.properties"), "prot = 1\n");
        e = assertThrows(PonteException.class, () -> PonteConfig.builder().file(home.resolve("p.properties")));
        assertTrue(e.getMessage().contains("unknown setting 'prot'"));
        // Every one of them is a wrong setting, not a failed run: the commands exit with 2 for it.
        assertThrows(InvalidSettingException.class, () -> PonteConfig.builder().set(Setting.PORT, "99999").build());
        assertThrows(InvalidSettingException.class, () -> PonteConfig.builder().set(Setting.PORT, "eighty").build());
        assertThrows(InvalidSettingException.class, () -> PonteConfig.builder().set(Setting.BASE_IRI, "not an iri").build());
        assertThrows(InvalidSettingException.class, () -> PonteConfig.builder().file(home.resolve("p.properties")));
    }
}
