package org.ponte.loader;

import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.ponte.core.PonteException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds and checks a generation's Lucene index from its TDB2 database: one index entry per
 * quad whose predicate the entity map indexes and whose object is a literal, exactly what
 * jena-text's own change listener would have written had the data been added through it.
 */
public final class TextIndexBuilder {
    private static final Logger LOG = LoggerFactory.getLogger(TextIndexBuilder.class);

    private TextIndexBuilder() {}

    /**
     * How many literals of indexed properties the store holds and how many entries the index has.
     *
     * @param storeLiterals quads with an indexed predicate and a literal object
     * @param indexEntries  live documents in the Lucene index
     */
    public record IndexCount(long storeLiterals, long indexEntries) {
        /** Whether store and index agree. */
        public boolean agrees() { return storeLiterals == indexEntries; }
    }

    /** The predicates the entity map indexes. */
    public static Set<Node> indexedPredicates(EntityDefinition def) {
        Set<Node> preds = new LinkedHashSet<>();
        for (String field : def.fields()) preds.addAll(def.getPredicates(field));
        return preds;
    }

    /**
     * Adds an entry for every indexed literal of {@code tdb} to {@code index} and commits. The
     * index should be empty: existing entries are not removed.
     *
     * @return the number of entries added
     */
    public static long indexAll(DatasetGraph tdb, TextIndexLucene index) {
        long[] n = {0};
        long start = System.nanoTime();
        forEachIndexed(tdb, index.getDocDef(), null, entity -> {
            index.addEntity(entity);
            n[0]++;
        });
        index.commit();
        double secs = (System.nanoTime() - start) / 1e9;
        LOG.info("text index: {} entries in {} s", n[0], String.format("%.1f", secs));
        return n[0];
    }

    /**
     * Calls {@code action} with the index entry of every indexed literal, in all graphs, or in
     * {@code graph} only when it is not null. Runs in a read transaction of its own unless the
     * caller is already in one.
     */
    public static void forEachIndexed(DatasetGraph dsg, EntityDefinition def, Node graph, Consumer<Entity> action) {
        Set<Node> preds = indexedPredicates(def);
        Runnable r = () -> {
            for (Node p : preds) {
                Iterator<Quad> it = dsg.find(graph == null ? Node.ANY : graph, Node.ANY, p, Node.ANY);
                while (it.hasNext()) {
                    Quad q = it.next();
                    if (!q.getObject().isLiteral()) continue;
                    Entity e = TextQueryFuncs.entityFromQuad(def, q);
                    if (e != null) action.accept(e);
                }
            }
        };
        if (dsg.isInTransaction()) r.run();
        else Txn.executeRead(dsg, r);
    }

    /** Counts the indexed literals in {@code tdb} and the committed entries of {@code index}. */
    public static IndexCount count(DatasetGraph tdb, TextIndexLucene index) {
        long[] lits = {0};
        forEachIndexed(tdb, index.getDocDef(), null, e -> lits[0]++);
        try (DirectoryReader r = DirectoryReader.open(index.getDirectory())) {
            return new IndexCount(lits[0], r.numDocs());
        } catch (IOException e) {
            throw new PonteException("cannot read the text index: " + e.getMessage(), e);
        }
    }

    /** Committed index entries of one graph (needs the entity map's graph field). */
    public static long countGraph(TextIndexLucene index, String graphIri) {
        String field = index.getDocDef().getGraphField();
        if (field == null) throw new PonteException("the text index has no graph field (text:graphField)");
        try (DirectoryReader r = DirectoryReader.open(index.getDirectory())) {
            return new IndexSearcher(r).count(new TermQuery(new Term(field, graphIri)));
        } catch (IOException e) {
            throw new PonteException("cannot read the text index: " + e.getMessage(), e);
        }
    }

    /**
     * Checks that store and index agree.
     *
     * @throws PonteException naming both counts when they differ
     */
    public static IndexCount verify(DatasetGraph tdb, TextIndexLucene index) {
        IndexCount c = count(tdb, index);
        if (!c.agrees())
            throw new PonteException("text index check failed: the store has " + c.storeLiterals()
                    + " literals of indexed properties but the index has " + c.indexEntries() + " entries");
        return c;
    }

    /**
     * Rebuilds a generation's text index from its TDB2 database if a crash may have left it
     * behind ({@link Generation#isIndexDirty()}), then clears the marker. Call it before the
     * generation is opened: it needs both the database and the index to itself.
     *
     * @return true when the index was rebuilt
     */
    public static boolean repairIfDirty(StoreLayout layout, FusekiConfigFile config, Generation g) {
        if (!g.isIndexDirty()) return false;
        LOG.warn("{}: the text index may be behind the store (interrupted update); rebuilding it", g.name());
        StoreLayout.deleteTree(g.text());
        DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(g.tdb2().toString());
        try {
            TextIndexLucene index = config.openTextIndex(g.text());
            try {
                indexAll(tdb, index);
                verify(tdb, index);
            } finally {
                index.close();
            }
        } finally {
            GenerationDatasets.close(tdb);
        }
        layout.clearIndexDirty(g);
        return true;
    }
}
