package org.ponte.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes the gold standard of a generated corpus in the format of {@code data/eval/*-gold.json}
 * ({@code corpus}, {@code documents}, {@code entities}, {@code facts}, {@code forbidden}),
 * streaming: what belongs to one document (its projects, people, partnerships, facts) goes to
 * temporary files as soon as the document is added; only the pooled entities (organisations,
 * reference rows, their people) and their facts stay in memory, and the pool is bounded, so a
 * gold for a million documents needs no more memory than one for a thousand. Documents must be
 * added in corpus order; {@link #close()} assembles the file and removes the temporary ones.
 */
final class GoldWriter implements Closeable {
    private static final class Pooled {
        final GoldEntity entity;
        final Set<String> names = new LinkedHashSet<>();
        int[] docs = new int[4];
        int ndocs;
        boolean required;

        Pooled(GoldEntity e) {
            this.entity = e;
            names.addAll(e.names);
        }

        void doc(int i) {
            if (ndocs > 0 && docs[ndocs - 1] == i) return;
            if (ndocs == docs.length) docs = Arrays.copyOf(docs, ndocs * 2);
            docs[ndocs++] = i;
        }
    }

    private final Path target;
    private final String corpus;
    private final Path documentsTmp, entitiesTmp, factsTmp, forbiddenTmp;
    private final BufferedWriter documents, entities, facts, forbidden;
    private final Map<String, Pooled> pooled = new LinkedHashMap<>();
    private final Map<String, GoldFact> pooledFacts = new LinkedHashMap<>();
    private final Set<String> forbiddenEntities = new LinkedHashSet<>();
    private int count;
    private boolean firstEntity = true, firstFact = true, firstForbidden = true, firstDocument = true;

    GoldWriter(Path target, String corpus) throws IOException {
        this.target = target;
        this.corpus = corpus;
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        String base = target.getFileName().toString();
        documentsTmp = dir.resolve("." + base + ".documents.tmp");
        entitiesTmp = dir.resolve("." + base + ".entities.tmp");
        factsTmp = dir.resolve("." + base + ".facts.tmp");
        forbiddenTmp = dir.resolve("." + base + ".forbidden.tmp");
        documents = Files.newBufferedWriter(documentsTmp, StandardCharsets.UTF_8);
        entities = Files.newBufferedWriter(entitiesTmp, StandardCharsets.UTF_8);
        facts = Files.newBufferedWriter(factsTmp, StandardCharsets.UTF_8);
        forbidden = Files.newBufferedWriter(forbiddenTmp, StandardCharsets.UTF_8);
    }

    /** Adds the next document's gold. */
    void add(GeneratedDocument d) throws IOException {
        if (d.index() != count) throw new IllegalStateException("documents must be added in order: expected " + count + ", got " + d.index());
        count++;
        documents.write(firstDocument ? "    " : ",\n    ");
        firstDocument = false;
        string(documents, d.fileName());
        DocumentGold g = d.gold();
        for (Map.Entry<GoldEntity, DocumentGold.Mention> m : g.mentions().entrySet()) {
            GoldEntity e = m.getKey();
            if (e.pooled) {
                Pooled p = pooled.computeIfAbsent(e.id, k -> new Pooled(e));
                p.names.addAll(m.getValue().names);
                p.doc(d.index());
                p.required |= m.getValue().required;
            } else {
                separator(entities, firstEntity);
                firstEntity = false;
                entity(entities, e.id, e.type, m.getValue().names, List.of(d.prefix()), !m.getValue().required);
            }
        }
        Set<String> pooledIds = new java.util.HashSet<>();
        for (GoldEntity e : g.mentions().keySet()) if (e.pooled) pooledIds.add(e.id);
        for (GoldFact f : g.facts()) {
            if (pooledIds.contains(f.s())) {
                GoldFact prev = pooledFacts.get(f.key());
                if (prev == null || prev.optional() && !f.optional()) pooledFacts.put(f.key(), f);
                continue;
            }
            separator(facts, firstFact);
            firstFact = false;
            fact(facts, f, false);
        }
        for (GoldFact f : g.forbiddenFacts()) {
            separator(forbidden, firstForbidden);
            firstForbidden = false;
            fact(forbidden, f, true);
        }
        for (DocumentGold.ForbiddenEntity fe : g.forbiddenEntities()) {
            StringBuilder sb = new StringBuilder();
            sb.append("{\"kind\": \"entity\", \"type\": ");
            quote(sb, fe.type());
            sb.append(", \"names\": [");
            for (int i = 0; i < fe.names().size(); i++) {
                if (i > 0) sb.append(", ");
                quote(sb, fe.names().get(i));
            }
            sb.append("]}");
            forbiddenEntities.add(sb.toString());
        }
    }

    /** Number of documents added. */
    int documents() {
        return count;
    }

    /** Number of distinct pooled entities met so far. */
    int pooledEntities() {
        return pooled.size();
    }

    @Override
    public void close() throws IOException {
        documents.close();
        entities.close();
        facts.close();
        forbidden.close();
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        try (Writer w = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
            w.write("{\n  \"corpus\": ");
            string(w, corpus);
            w.write(",\n  \"documents\": [\n");
            copy(documentsTmp, w);
            w.write("\n  ],\n  \"entities\": [\n");
            boolean first = true;
            for (Pooled p : pooled.values()) {
                separator(w, first);
                first = false;
                List<String> docs = new ArrayList<>(p.ndocs);
                for (int i = 0; i < p.ndocs; i++) docs.add(CorpusGenerator.seven(p.docs[i]));
                entity(w, p.entity.id, p.entity.type, p.names, docs, !p.required);
            }
            if (!firstEntity) {
                if (!first) w.write(",\n");
                copy(entitiesTmp, w);
            }
            w.write("\n  ],\n  \"facts\": [\n");
            first = true;
            for (GoldFact f : pooledFacts.values()) {
                separator(w, first);
                first = false;
                fact(w, f, false);
            }
            if (!firstFact) {
                if (!first) w.write(",\n");
                copy(factsTmp, w);
            }
            w.write("\n  ],\n  \"forbidden\": [\n");
            first = true;
            for (String s : forbiddenEntities) {
                separator(w, first);
                first = false;
                w.write(s);
            }
            if (!firstForbidden) {
                if (!first) w.write(",\n");
                copy(forbiddenTmp, w);
            }
            w.write("\n  ]\n}\n");
        }
        Files.move(partial, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        for (Path p : List.of(documentsTmp, entitiesTmp, factsTmp, forbiddenTmp)) Files.deleteIfExists(p);
    }

    private static void copy(Path from, Writer to) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(from, StandardCharsets.UTF_8)) {
            char[] buf = new char[1 << 16];
            for (int n; (n = r.read(buf)) > 0; ) to.write(buf, 0, n);
        }
    }

    private static void separator(Writer w, boolean first) throws IOException {
        w.write(first ? "    " : ",\n    ");
    }

    private static void entity(Writer w, String id, String type, Iterable<String> names, List<String> docs, boolean optional) throws IOException {
        StringBuilder sb = new StringBuilder(128);
        sb.append("{\"id\": ");
        quote(sb, id);
        sb.append(", \"type\": ");
        quote(sb, type);
        sb.append(", \"names\": [");
        boolean first = true;
        for (String n : names) {
            if (!first) sb.append(", ");
            first = false;
            quote(sb, n);
        }
        sb.append("], \"docs\": [");
        for (int i = 0; i < docs.size(); i++) {
            if (i > 0) sb.append(", ");
            quote(sb, docs.get(i));
        }
        sb.append(']');
        if (optional) sb.append(", \"optional\": true");
        sb.append('}');
        w.write(sb.toString());
    }

    private static void fact(Writer w, GoldFact f, boolean forbidden) throws IOException {
        StringBuilder sb = new StringBuilder(96);
        sb.append('{');
        if (forbidden) sb.append("\"kind\": \"fact\", ");
        sb.append("\"s\": ");
        quote(sb, f.s());
        sb.append(", \"p\": ");
        quote(sb, f.p());
        if (!f.o().isEmpty()) {
            sb.append(", \"o\": ");
            if (f.o().size() == 1) quote(sb, f.o().get(0));
            else {
                sb.append('[');
                for (int i = 0; i < f.o().size(); i++) {
                    if (i > 0) sb.append(", ");
                    quote(sb, f.o().get(i));
                }
                sb.append(']');
            }
        } else if (f.date() != null) {
            sb.append(", \"value\": ");
            quote(sb, f.date());
        } else {
            BigDecimal a = f.amount().stripTrailingZeros();
            sb.append(", \"value\": ").append(a.scale() < 0 ? a.setScale(0).toPlainString() : a.toPlainString()).append(", \"currency\": \"EUR\"");
        }
        if (f.optional()) sb.append(", \"optional\": true");
        sb.append('}');
        w.write(sb.toString());
    }

    private static void string(Writer w, String s) throws IOException {
        StringBuilder sb = new StringBuilder(s.length() + 2);
        quote(sb, s);
        w.write(sb.toString());
    }

    static void quote(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
                    else sb.append(c);
                }
            }
        }
        sb.append('"');
    }
}
