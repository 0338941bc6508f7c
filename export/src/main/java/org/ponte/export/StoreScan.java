package org.ponte.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.lib.TupleLib;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Reads a store in the orders the exporter needs, with memory bounded for TDB2 stores. Every
 * method must be called inside a read transaction on the dataset, and iterators used up
 * before it ends.
 *
 * <p>Two implementations: for TDB2 (also behind wrappers such as a text-indexed dataset) the
 * quad indexes are scanned directly, which is sorted and needs no memory beyond the current
 * tuple; for any other {@link DatasetGraph} (in-memory datasets in tests and small tools) the
 * data is sorted in memory.
 */
abstract class StoreScan {

    /** The scan for this dataset: index-based when it is backed by TDB2. */
    static StoreScan of(DatasetGraph dsg) {
        DatasetGraphTDB tdb = tdb(dsg);
        if (tdb != null && index(tdb, "GSPO") != null && index(tdb, "SPOG") != null && index(tdb, "OSPG") != null)
            return new Tdb(tdb);
        return new InMemory(dsg);
    }

    /** The TDB2 storage behind a dataset, looking through wrappers; null when there is none. */
    static DatasetGraphTDB tdb(DatasetGraph dsg) {
        DatasetGraph d = dsg;
        for (int depth = 0; d != null && depth < 16; depth++) {
            DatasetGraphTDB t = TDBInternal.getDatasetGraphTDB(d);
            if (t != null) return t;
            d = d instanceof DatasetGraphWrapper w ? w.getWrapped() : null;
        }
        return null;
    }

    /** Whether this scan reads TDB2 indexes (bounded memory) rather than sorting in memory. */
    abstract boolean bounded();

    /** Every quad of the named graphs (not the default graph), grouped by graph. */
    abstract Iterator<Quad> namedQuads();

    /**
     * The distinct triples of the union of the named graphs, all triples of a subject adjacent.
     */
    abstract Iterator<Triple> unionTriples();

    /** The number of distinct objects in the union of the named graphs. */
    abstract long distinctObjects();

    /** Whether the default graph (outside every named graph) holds triples, which Ponte never writes. */
    abstract boolean defaultGraphHasTriples();

    private static TupleIndex index(DatasetGraphTDB tdb, String name) {
        for (TupleIndex idx : tdb.getQuadTable().getNodeTupleTable().getTupleTable().getIndexes())
            if (idx != null && idx.getName().equals(name)) return idx;
        return null;
    }

    /** TDB2: GSPO for graph-grouped quads, SPOG for the union's triples, OSPG for distinct objects. */
    private static final class Tdb extends StoreScan {
        private final DatasetGraphTDB tdb;

        Tdb(DatasetGraphTDB tdb) {
            this.tdb = tdb;
        }

        @Override boolean bounded() { return true; }

        @Override
        Iterator<Quad> namedQuads() {
            // all() yields tuples in primary (G,S,P,O) column order, sorted by the index's order.
            Iterator<Tuple<NodeId>> tuples = index(tdb, "GSPO").all();
            return TupleLib.convertToQuads(tdb.getQuadTable().getNodeTupleTable().getNodeTable(), tuples);
        }

        @Override
        Iterator<Triple> unionTriples() {
            // Not tdb.getUnionGraph().find(): in Jena 5.6 that goes through
            // DatasetGraphBaseFind.findUnionGraphTriples, which removes duplicates with
            // Stream.distinct(), a hash set of every triple of the store. The SPOG index has
            // the copies of a triple from different graphs side by side (G is last), so
            // dropping adjacent repeats of (S,P,O) is enough, and it comes grouped by subject.
            NodeTable nodes = tdb.getQuadTable().getNodeTupleTable().getNodeTable();
            Iterator<Tuple<NodeId>> spo = Iter.map(index(tdb, "SPOG").all(), t -> TupleFactory.tuple(t.get(1), t.get(2), t.get(3)));
            return Iter.map(Iter.distinctAdjacent(spo), t -> Triple.create(
                    nodes.getNodeForNodeId(t.get(0)), nodes.getNodeForNodeId(t.get(1)), nodes.getNodeForNodeId(t.get(2))));
        }

        @Override
        long distinctObjects() {
            Iterator<Tuple<NodeId>> it = index(tdb, "OSPG").all();
            long n = 0;
            NodeId last = null;
            while (it.hasNext()) {
                NodeId o = it.next().get(3);
                if (!o.equals(last)) {
                    n++;
                    last = o;
                }
            }
            return n;
        }

        @Override
        boolean defaultGraphHasTriples() {
            return !tdb.getDefaultGraph().isEmpty();
        }
    }

    /** Any other dataset: sorted and de-duplicated in memory. */
    private static final class InMemory extends StoreScan {
        private static final Comparator<Node> NODE_ORDER = Comparator.comparing(NodeFmtLib::strNT);
        private static final Comparator<Triple> SPO = Comparator.comparing(Triple::getSubject, NODE_ORDER)
                .thenComparing(Triple::getPredicate, NODE_ORDER).thenComparing(Triple::getObject, NODE_ORDER);
        private final DatasetGraph dsg;

        InMemory(DatasetGraph dsg) {
            this.dsg = dsg;
        }

        @Override boolean bounded() { return false; }

        @Override
        Iterator<Quad> namedQuads() {
            List<Node> graphs = Iter.toList(dsg.listGraphNodes());
            graphs.sort(NODE_ORDER);
            return Iter.flatMap(graphs.iterator(), g -> dsg.find(g, Node.ANY, Node.ANY, Node.ANY));
        }

        @Override
        Iterator<Triple> unionTriples() {
            List<Triple> all = new ArrayList<>();
            dsg.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> all.add(q.asTriple()));
            all.sort(SPO);
            return Iter.distinctAdjacent(all.iterator());
        }

        @Override
        long distinctObjects() {
            Set<Node> objects = new HashSet<>();
            dsg.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> objects.add(q.getObject()));
            return objects.size();
        }

        @Override
        boolean defaultGraphHasTriples() {
            return !dsg.getDefaultGraph().isEmpty();
        }
    }
}
