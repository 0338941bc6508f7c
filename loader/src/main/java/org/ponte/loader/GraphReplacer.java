package org.ponte.loader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
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
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
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
        layout.markIndexDirty(generation, "replacing " + graph);
        long removed = 0;
        long indexed = 0;
        boolean commitStarted = false;
        boolean committed = false;
        dataset.begin(ReadWrite.WRITE);
        try {
            DatasetGraph base = dataset.getWrapped();
            for (Iterator<Quad> it = base.find(g, Node.ANY, Node.ANY, Node.ANY); it.hasNext(); it.next()) removed++;
            index.getIndexWriter().deleteDocuments(new Term(def.getGraphField(), TextQueryFuncs.graphNodeToString(g)));
            base.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
            sweepLeftovers(base, g);
            for (Quad q : content) {
                base.add(q);
                if (q.getObject().isLiteral() && def.getField(q.getPredicate()) != null) {
                    Entity e = TextQueryFuncs.entityFromQuad(def, q);
                    if (e != null) {
                        index.addEntity(e);
                        indexed++;
                    }
                }
            }
            commitStarted = true;
            dataset.commit();
            committed = true;
        } catch (IOException e) {
            throw new PonteException("text index update failed for <" + graph + ">: " + e.getMessage(), e);
        } finally {
            if (!committed) abortQuietly(commitStarted);
            dataset.end();
        }
        // Reached only when both TDB2 and Lucene committed, or both rolled back (exception above).
        layout.clearIndexDirty(generation);
        LOG.info("replaced <{}> in {}: {} quads removed, {} added, {} index entries", graph,
                generation.name(), removed, content.size(), indexed);
        return new Result(graph, removed, content.size(), indexed);
    }

    /**
     * Deletes, by their stored ids, the quads of {@code g} that {@code deleteAny} left. TDB2
     * deletes by looking terms up again, and a decimal stored inline with a non-canonical scale
     * ("0.90", "399740" from a loaded file) reads back canonical ("0.9", "399740.0"), which looks
     * up to another id: such quads survive a delete by value. Ponte's mapper writes canonical
     * decimals; this covers stores loaded from other files.
     */
    private static void sweepLeftovers(DatasetGraph base, Node g) {
        if (!base.find(g, Node.ANY, Node.ANY, Node.ANY).hasNext()) return;
        NodeTupleTable quads = TDBInternal.getDatasetGraphTDB(base).getQuadTable().getNodeTupleTable();
        NodeId graphId = quads.getNodeTable().getNodeIdForNode(g);
        if (NodeId.isDoesNotExist(graphId)) return;
        List<Tuple<NodeId>> left = Iter.toList(quads.find(TupleFactory.create4(graphId, NodeId.NodeIdAny, NodeId.NodeIdAny, NodeId.NodeIdAny)));
        for (Tuple<NodeId> t : left) quads.getTupleTable().delete(t);
        LOG.debug("deleted {} quads of <{}> by id", left.size(), g.getURI());
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
