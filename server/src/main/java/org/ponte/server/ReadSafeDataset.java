package org.ponte.server;

import org.apache.jena.query.ReadWrite;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;

/**
 * The served dataset, with one change: aborting a <em>read</em> transaction ends it instead.
 *
 * <p>Why: jena-text enlists its Lucene index in every TDB2 transaction, and an abort, even of a
 * read transaction, rolls the shared Lucene {@code IndexWriter} back. Fuseki aborts the read
 * transaction of every query that times out, so a timeout during a graph replacement or an
 * update would throw away that write's uncommitted index changes, and two timeouts at once
 * race on the writer (a {@code NullPointerException} in {@code TextIndexLucene}; the hazard
 * apache/jena PR #3603 describes). For a read transaction, abort and end mean the same; only
 * write transactions keep jena-text's abort.
 *
 * <p>Queries still run on TDB2's engine: ARQ unwraps plain wrappers, and the text index is
 * found through the (shared) dataset context.
 */
final class ReadSafeDataset extends DatasetGraphWrapper {
    ReadSafeDataset(DatasetGraph dsg) {
        super(dsg);
    }

    @Override
    public void abort() {
        if (isInTransaction() && transactionMode() == ReadWrite.READ) {
            super.end();
            return;
        }
        super.abort();
    }
}
