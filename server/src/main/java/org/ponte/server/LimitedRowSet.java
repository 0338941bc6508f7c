package org.ponte.server;

import java.util.List;
import java.util.NoSuchElementException;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;

/**
 * A row set that ends after {@code limit} rows: the server-side result cap. The query itself is
 * not rewritten (a LIMIT added to the text would change the meaning of aggregates and
 * sub-queries); the cap only stops reading the results.
 */
final class LimitedRowSet implements RowSet {
    private final RowSet rows;
    private final long limit;
    private long count;

    LimitedRowSet(RowSet rows, long limit) {
        this.rows = rows;
        this.limit = limit;
    }

    @Override
    public boolean hasNext() {
        return count < limit && rows.hasNext();
    }

    @Override
    public Binding next() {
        if (!hasNext()) throw new NoSuchElementException();
        count++;
        return rows.next();
    }

    @Override
    public List<Var> getResultVars() {
        return rows.getResultVars();
    }

    @Override
    public long getRowNumber() {
        return count;
    }

    @Override
    public void close() {
        rows.close();
    }
}
