package org.ponte.mapper.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ponte.core.Problems;

/**
 * A curator-edited tab-separated file: one header row naming the columns, {@code #} comment
 * lines, blank lines ignored. Rows with the wrong number of cells are reported with their line
 * number through {@link Problems} and skipped, never silently mis-read.
 */
public final class TsvTable {
    /** Separator inside a multi-valued cell. */
    public static final String MULTI = "\\s*\\|\\s*";

    private final String source;
    private final List<String> header;
    private final List<Row> rows;

    private TsvTable(String source, List<String> header, List<Row> rows) {
        this.source = source;
        this.header = header;
        this.rows = rows;
    }

    /** One data row; {@link #get} by column name, {@link #list} splits " | " cells. */
    public final class Row {
        private final int line;
        private final String[] cells;

        private Row(int line, String[] cells) {
            this.line = line;
            this.cells = cells;
        }

        /** The trimmed cell, or "" when the column is absent or empty. */
        public String get(String column) {
            int i = header.indexOf(column);
            return i < 0 || i >= cells.length ? "" : cells[i].trim();
        }

        /** The cell split on " | ", empty parts dropped. */
        public List<String> list(String column) {
            String v = get(column);
            if (v.isEmpty()) return List.of();
            return Arrays.stream(v.split(MULTI)).map(String::trim).filter(s -> !s.isEmpty()).toList();
        }

        /** {@code file:line}, for problem reports. */
        public String where() { return source + ":" + line; }

        public int line() { return line; }
    }

    /**
     * Reads a table. Missing required columns are a fatal problem (the whole file is unusable).
     *
     * @param source   name used in reports (a path relative to the project)
     * @param in       the file's bytes, UTF-8; closed by this method
     * @param required columns the header must have
     */
    public static TsvTable read(String source, InputStream in, Problems problems, String... required) throws IOException {
        List<String> header = null;
        List<Row> rows = new ArrayList<>();
        TsvTable table = null;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (n == 1 && line.startsWith("\uFEFF")) line = line.substring(1);
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cells = line.split("\t", -1);
                if (header == null) {
                    header = Arrays.stream(cells).map(String::trim).toList();
                    for (String col : required)
                        if (!header.contains(col)) problems.fatal(source + ":" + n, -1, "missing column '" + col + "' in header " + header);
                    table = new TsvTable(source, header, rows);
                    continue;
                }
                if (cells.length > header.size() && Arrays.stream(cells, header.size(), cells.length).anyMatch(c -> !c.isBlank())) {
                    problems.error(source + ":" + n, -1, "row has " + cells.length + " cells, the header has " + header.size() + "; row skipped");
                    continue;
                }
                rows.add(table.new Row(n, cells));
            }
        }
        if (table == null) {
            problems.error(source, -1, "no header row; file ignored");
            return new TsvTable(source, List.of(required), List.of());
        }
        return table;
    }

    public List<Row> rows() { return rows; }

    public String source() { return source; }
}
