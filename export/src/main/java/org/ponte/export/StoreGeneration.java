package org.ponte.export;

import org.apache.jena.dboe.transaction.txn.Transaction;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.store.DatasetGraphTDB;

/**
 * Identifies one state of a store, cheaply, so a cached description can tell that it is stale.
 *
 * <p>For TDB2 the key is the storage object (which changes when the loader switches the server
 * to a new store directory or TDB2 compacts) and the transaction data version, which TDB2 bumps
 * on every committed write, so an incremental graph replacement is noticed too. Reading it
 * costs one read transaction and no data access. For other datasets there is no version: the
 * key is the object and its quad count, which is cheap only because such datasets are small,
 * and misses an update that replaces quads one for one; call
 * {@link DescriptionCache#invalidate()} after changing one.
 *
 * @param store   identity of the storage ({@code location#identity})
 * @param version data version or quad count
 */
public record StoreGeneration(String store, long version) {

    /** The current generation of a dataset; opens a read transaction unless one is active. */
    public static StoreGeneration of(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            DatasetGraphTDB tdb = StoreScan.tdb(dsg);
            if (tdb != null) {
                Transaction txn = tdb.getTxnSystem().getThreadTransaction();
                long version = txn != null ? txn.getDataVersion() : -1;
                return new StoreGeneration("tdb2:" + tdb.getLocation() + "#" + Integer.toHexString(System.identityHashCode(tdb)), version);
            }
            long quads = dsg.stream().count();
            return new StoreGeneration(dsg.getClass().getSimpleName() + "#" + Integer.toHexString(System.identityHashCode(dsg)), quads);
        });
    }
}
