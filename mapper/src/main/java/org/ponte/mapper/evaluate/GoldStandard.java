package org.ponte.mapper.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ponte.core.PonteException;

/**
 * A gold standard in the format of {@code data/eval/README.md}: entities with every name they
 * go by, facts between them or with values, optional items, and forbidden ones.
 */
public record GoldStandard(String corpus, List<String> documents, List<Entity> entities, List<Fact> facts,
                           List<Forbidden> forbidden) {

    /** A gold entity. */
    public record Entity(String id, String type, List<String> names, List<String> docs, boolean optional) {}

    /**
     * A gold fact: {@code objects} (entity ids, any of which is right) or a value (a date prefix,
     * or an amount with a currency).
     */
    public record Fact(String s, String p, List<String> objects, String dateValue, BigDecimal amount, String currency,
                       boolean optional) {
        public boolean hasObject() { return !objects.isEmpty(); }
    }

    /** Something a naive extractor produces that is wrong: an entity (type and names) or a fact. */
    public record Forbidden(String kind, String type, List<String> names, Fact fact) {}

    public static GoldStandard read(Path file) {
        try {
            JsonNode root = new ObjectMapper().readTree(file.toFile());
            return parse(root, file.toString());
        } catch (IOException e) {
            throw new PonteException("cannot read gold standard " + file + ": " + e.getMessage(), e);
        }
    }

    static GoldStandard parse(JsonNode root, String source) {
        List<String> docs = strings(root.path("documents"));
        List<Entity> entities = new ArrayList<>();
        for (JsonNode e : root.path("entities")) {
            if (!e.hasNonNull("id") || !e.hasNonNull("type")) throw new PonteException(source + ": entity without id or type: " + e);
            entities.add(new Entity(e.get("id").asText(), e.get("type").asText(), strings(e.path("names")), strings(e.path("docs")),
                    e.path("optional").asBoolean(false)));
        }
        List<Fact> facts = new ArrayList<>();
        for (JsonNode f : root.path("facts")) facts.add(fact(f, source));
        List<Forbidden> forbidden = new ArrayList<>();
        for (JsonNode x : root.path("forbidden")) {
            String kind = x.path("kind").asText();
            forbidden.add(new Forbidden(kind, x.path("type").asText(null), strings(x.path("names")),
                    kind.equals("fact") ? fact(x, source) : null));
        }
        return new GoldStandard(root.path("corpus").asText(""), docs, entities, facts, forbidden);
    }

    private static Fact fact(JsonNode f, String source) {
            if (!f.hasNonNull("s") || !f.hasNonNull("p")) throw new PonteException(source + ": fact without s or p: " + f);
            List<String> objects = new ArrayList<>();
            JsonNode o = f.path("o");
            if (o.isArray()) objects.addAll(strings(o));
            else if (o.isTextual()) objects.add(o.asText());
            String date = null;
            BigDecimal amount = null;
            String currency = null;
            JsonNode v = f.path("value");
            if (f.has("currency")) {
                amount = new BigDecimal(v.asText());
                currency = f.get("currency").asText();
            } else if (!v.isMissingNode() && !v.isNull()) {
                date = v.asText();
            }
            if (objects.isEmpty() && date == null && amount == null) throw new PonteException(source + ": fact without o or value: " + f);
            return new Fact(f.get("s").asText(), f.get("p").asText(), objects, date, amount, currency, f.path("optional").asBoolean(false));
    }

    private static List<String> strings(JsonNode arr) {
        List<String> out = new ArrayList<>();
        if (arr.isArray()) for (JsonNode n : arr) out.add(n.asText());
        return out;
    }

    /** The gold entity with this id, or null. */
    public Entity entity(String id) {
        for (Entity e : entities) if (e.id().equals(id)) return e;
        return null;
    }
}
