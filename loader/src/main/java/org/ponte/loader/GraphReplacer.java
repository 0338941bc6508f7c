package org.ponte.loader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.store.tupletable.TupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.lucene.index.Term;
import org.ponte.core.PonteConfig;
import org.ponte.core.PonteException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replaces the content of one named graph in a live generation: the TDB2 change is one write
 * transaction, and the graph's text-index entries are replaced in the same transaction.
 *
 * <p>jena-text does not keep Lucene right when a whole graph is cleared (GSP PUT and DELETE,
 * apache/jena#1985: bulk deletes bypass its change listener), so this class does the index
 * work itself: it deletes the graph's entries by the entity map's graph field and adds one entry
 * per indexed literal of the new content. Both changes commit together through TDB2's
 * transaction coordinator, in which jena-text enlists the index (prepare, then commit).
 *
 * <p>A crash between the TDB2 commit and the Lucene commit would leave the index behind the
 * store: the generation is therefore marked {@code INDEX-DIRTY} (durably) before the transaction
 * and unmarked after it, and a generation opened with the marker gets its index rebuilt from
 * TDB2 ({@link TextIndexBuilder#repairIfDirty}). Replacements are serialised per instance.
 */
public final class GraphReplacer {
    private static final Logger LOG = LoggerFactory.getLogger(GraphReplacer.class);

    private final DatasetGraphText dataset;
    private final TextIndexLucene index;
    private final StoreLayout layout;
    private final Generation generation;

    /**
     * @param liveDataset the generation's open text dataset (as served: a text dataset over TDB2,
     *                    possibly wrapped)
     * @param layout      the store the generation belongs to, for the dirty marker
     * @param generation  the generation {@code liveDataset} was opened from
     */
    public GraphReplacer(DatasetGraph liveDataset, StoreLayout layout, Generation generation) {
        this.dataset = GenerationDatasets.textDataset(liveDataset);
        if (dataset == null || GenerationDatasets.tdb2(liveDataset) == null)
            throw new PonteException("graph replacement needs a text dataset over TDB2");
        if (!(dataset.getTextIndex() instanceof TextIndexLucene lucene))
            throw new PonteException("graph replacement needs a Lucene text index");
        if (lucene.getDocDef().getGraphField() == null)
            throw new PonteException("the text index has no graph field (text:graphField in the entity map)");
        this.index = lucene;
        this.layout = Objects.requireNonNull(layout);
        this.generation = Objects.requireNonNull(generation);
    }

    /**
     * What a replacement changed.
     *
     * @param graph       the graph IRI
     * @param removed     quads the graph had before
     * @param added       quads it has now
     * @param indexAdded  text-index entries written for it
     */
    public record Result(String graph, long removed, long added, long indexAdded) {}

    /**
     * Parses one graph's new content. Triples and default-graph quads go to {@code graph};
     * quads already naming {@code graph} are kept; a quad naming another graph is an error, as
     * is any syntax error (with the line).
     *
     * @param label names the input in messages (a file name, "request body")
     */
    public static List<Quad> parse(String graph, InputStream in, Lang lang, String label) {
        Node g = NodeFactory.createURI(graph);
        Set<Quad> quads = new LinkedHashSet<>();
        try {
            RDFParser.source(in).lang(lang).errorHandler(BulkLoader.failOnError(label)).parse(new StreamRDFBase() {
                @Override
                public void triple(Triple t) {
                    quads.add(Quad.create(g, t));
                }

                @Override
                public void quad(Quad q) {
                    if (q.isDefaultGraph()) quads.add(Quad.create(g, q.asTriple()));
                    else if (q.getGraph().equals(g)) quads.add(q);
                    else throw new PonteException(label + ": a quad names graph <" + q.getGraph()
                            + ">, but only <" + graph + "> is being replaced");
                }
            });
        } catch (RiotException e) {
            throw new PonteException(label + ": " + e.getMessage(), e);
        }
        return new ArrayList<>(quads);
    }

    /**
     * Replaces the graph's content with {@code quads} (each must be in that graph; duplicates
     * are ignored). An empty list deletes the graph.
     *
     * @throws PonteException when a quad is in another graph; the store is then unchanged
     */
    public synchronized Result replace(String graph, List<Quad> quads) {
        Node g = NodeFactory.createURI(graph);
        Set<Quad> content = new LinkedHashSet<>();
        for (Quad q : quads) {
            if (!q.getGraph().equals(g))
                throw new PonteException("quad in graph <" + q.getGraph() + "> given to replace <" + graph + ">");
            content.add(q);
        }
        EntityDefinition def = index.getDocDef();
        long t0 = System.nanoTime();
        layout.markIndexDirty(generation, "replacing " + graph);
        long t1 = System.nanoTime(), t2 = t1;
        long removed = 0;
        long indexed = 0;
        long deleted = 0;
        long written = 0;
        boolean commitStarted = false;
        boolean committed = false;
        dataset.begin(ReadWrite.WRITE);
        try {
            DatasetGraph base = dataset.getWrapped();
            // Only the difference is written: a re-mapped document keeps most of its quads, and
            // each quad written or deleted costs six index updates and the pages they touch,
            // which the commit then has to flush.
            Map<Quad, Tuple<NodeId>> before = storedQuads(base, g);
            removed = before.size();
            // Old quads go by their stored ids, not by their terms: TDB2 keeps some literals by
            // value and gives them back in another form ("0.90"^^xsd:decimal as "0.9"), whose id
            // is not the stored one, so deleting the term read back would leave the quad in place.
            TupleTable stored = TDBInternal.getDatasetGraphTDB(base).getQuadTable().getNodeTupleTable().getTupleTable();
            for (Map.Entry<Quad, Tuple<NodeId>> e : before.entrySet()) {
                if (!content.contains(e.getKey())) {
                    stored.delete(e.getValue());
                    deleted++;
                }
            }
            for (Quad q : content) {
                if (!before.containsKey(q)) {
                    base.add(q);
                    written++;
                }
            }
            index.getIndexWriter().deleteDocuments(new Term(def.getGraphField(), TextQueryFuncs.graphNodeToString(g)));
            for (Quad q : content) {
                if (q.getObject().isLiteral() && def.getField(q.getPredicate()) != null) {
                    Entity e = TextQueryFuncs.entityFromQuad(def, q);
                    if (e != null) {
                        index.addEntity(e);
                        indexed++;
                    }
                }
            }
            commitStarted = true;
            t2 = System.nanoTime();
            dataset.commit();
            committed = true;
        } catch (IOException e) {
            throw new PonteException("text index update failed for <" + graph + ">: " + e.getMessage(), e);
        } finally {
            if (!committed) abortQuietly(commitStarted);
            dataset.end();
        }
        long t3 = System.nanoTime();
        // Reached only when both TDB2 and Lucene committed, or both rolled back (exception above).
        layout.clearIndexDirty(generation);
        long t4 = System.nanoTime();
        LOG.info("replaced <{}> in {}: {} quads before, {} now ({} deleted, {} written), {} index entries; dirty mark {} ms, changes {} ms, "
                + "commit {} ms, unmark {} ms", graph, generation.name(), removed, content.size(), deleted, written, indexed,
                (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, (t4 - t3) / 1_000_000);
        return new Result(graph, removed, content.size(), indexed);
    }

    /** The graph's quads as read back, with the ids they are stored under. */
    private static Map<Quad, Tuple<NodeId>> storedQuads(DatasetGraph base, Node g) {
        NodeTupleTable table = TDBInternal.getDatasetGraphTDB(base).getQuadTable().getNodeTupleTable();
        NodeTable nodes = table.getNodeTable();
        Map<Quad, Tuple<NodeId>> out = new HashMap<>();
        for (Iterator<Tuple<NodeId>> it = table.findAsNodeIds(g, Node.ANY, Node.ANY, Node.ANY); it.hasNext(); ) {
            Tuple<NodeId> t = it.next();
            out.put(Quad.create(nodes.getNodeForNodeId(t.get(0)), nodes.getNodeForNodeId(t.get(1)), nodes.getNodeForNodeId(t.get(2)),
                    nodes.getNodeForNodeId(t.get(3))), t);
        }
        return out;
    }

    private void abortQuietly(boolean commitStarted) {
        try {
            dataset.abort();
            // Nothing was committed, TDB2 and Lucene both rolled back: they agree again. A failure
            // during the commit may have committed TDB2 alone, so the marker stays then.
            if (!commitStarted) layout.clearIndexDirty(generation);
            else LOG.error("graph replacement failed while committing; the text index of {} will be rebuilt when it is next opened",
                    generation.name());
        } catch (RuntimeException e) {
            LOG.error("rolling back a graph replacement failed; the text index of {} will be rebuilt when it is next opened: {}",
                    generation.name(), e.getMessage());
        }
    }

    /**
     * Replaces one graph in the current generation of a store that no server has open (the
     * command line's offline path; a running server offers {@code PUT /ponte/replace}).
     *
     * @param file N-Quads, TriG, Turtle or N-Triples, by extension
     * @throws PonteException when nothing is published, the input is bad, or another process
     *         has the store open
     */
    public static Result replaceInStore(PonteConfig cfg, String graph, Path file) {
        Lang lang = RDFLanguages.filenameToLang(file.toString());
        if (lang == null) throw new PonteException(file + ": unknown RDF syntax");
        List<Quad> quads;
        try (InputStream in = Files.newInputStream(file)) {
            quads = parse(graph, in, lang, file.toString());
        } catch (IOException e) {
            throw new PonteException("cannot read " + file + ": " + e.getMessage(), e);
        }
        StoreLayout layout = StoreLayout.at(cfg.storeRoot());
        Generation gen = layout.requireCurrent();
        FusekiConfigFile conf = FusekiConfigFile.read(cfg.fusekiConfig());
        TextIndexBuilder.repairIfDirty(layout, conf, gen);
        DatasetGraph dsg = conf.openDataset(gen);
        try {
            return new GraphReplacer(dsg, layout, gen).replace(graph, quads);
        } finally {
            GenerationDatasets.close(dsg);
        }
    }
}
