package org.ponte.loader;

import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finding the parts of a generation's dataset and releasing them. TDB2 keeps every database it
 * opened in a process-wide cache, with its files mapped and a lock file written; a generation
 * can only be deleted, or opened again cleanly, after it is expelled from that cache.
 */
public final class GenerationDatasets {
    private static final Logger LOG = LoggerFactory.getLogger(GenerationDatasets.class);

    private GenerationDatasets() {}

    /** The text dataset in a (possibly wrapped) dataset, or null. */
    public static DatasetGraphText textDataset(DatasetGraph dsg) {
        DatasetGraph d = dsg;
        while (d != null) {
            if (d instanceof DatasetGraphText t) return t;
            d = (d instanceof DatasetGraphWrapper w) ? w.getWrapped() : null;
        }
        return null;
    }

    /** The TDB2 database under a (possibly wrapped) dataset, or null. */
    public static DatasetGraph tdb2(DatasetGraph dsg) {
        DatasetGraph d = dsg;
        while (d != null) {
            if (TDBInternal.isTDB2(d)) return d;
            d = (d instanceof DatasetGraphWrapper w) ? w.getWrapped() : null;
        }
        return null;
    }

    /**
     * Closes a generation's dataset: the text index (if the dataset owns it) and the TDB2
     * database, which is also expelled from TDB2's cache. No transaction may be active on it.
     */
    public static void close(DatasetGraph dsg) {
        if (dsg == null) return;
        DatasetGraph tdb = tdb2(dsg);
        try {
            dsg.close();
        } catch (RuntimeException e) {
            LOG.warn("closing dataset: {}", e.getMessage());
        }
        if (tdb != null) {
            try {
                TDBInternal.expel(tdb);
            } catch (RuntimeException e) {
                LOG.warn("releasing TDB2 database: {}", e.getMessage());
            }
        }
    }
}
