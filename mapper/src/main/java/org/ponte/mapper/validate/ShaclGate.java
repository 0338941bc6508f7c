package org.ponte.mapper.validate;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;

/**
 * The validate stage: one document's graph against the SHACL shapes every published graph must
 * pass ({@code ontology/shapes.ttl}). A graph that fails is reported and not loaded, so no
 * partial or malformed graph reaches the store. Thread-safe once built.
 *
 * <p>{@link #complete} runs every constraint through Jena's SHACL engine and its validation
 * report ({@code ./ponte validate}). {@link #fast}, used while mapping, gives the same verdicts
 * through a {@link LeanValidator}: Jena's constraint checks without building reports, with the
 * SPARQL constraints as their {@link NativeConstraints} twins; about a sixth of the cost.
 */
public final class ShaclGate {
    private static final int MAX_LINES = 10;

    /** Non-null for the complete gate. */
    private final Shapes shapes;
    /** Non-null for the fast gate. */
    private final LeanValidator lean;

    private ShaclGate(Shapes shapes, LeanValidator lean) {
        this.shapes = shapes;
        this.lean = lean;
    }

    /** @param shapesGraph the parsed shapes file; every constraint runs through the SHACL engine */
    public ShaclGate(Graph shapesGraph) {
        this(Shapes.parse(shapesGraph), null);
    }

    /** Every constraint through Jena's SHACL engine (the reference behaviour; {@code ./ponte validate}). */
    public static ShaclGate complete(Graph shapesGraph) {
        return new ShaclGate(shapesGraph);
    }

    /**
     * The same verdicts as {@link #complete}, faster: see {@link LeanValidator}. SPARQL
     * constraints with a native twin are checked in Java; any other SPARQL constraint through
     * the engine.
     */
    public static ShaclGate fast(Graph shapesGraph) {
        return new ShaclGate(null, new LeanValidator(Shapes.parse(shapesGraph)));
    }

    /** The outcome of validating one graph: conforms, or the first violations as readable lines. */
    public record Verdict(boolean conforms, List<String> violations) {}

    public Verdict validate(Graph g) {
        List<String> lines = new ArrayList<>();
        if (lean != null) {
            boolean conforms = lean.validate(g, lines, MAX_LINES);
            return new Verdict(conforms, conforms ? List.of() : lines);
        }
        ValidationReport report = ShaclValidator.get().validate(shapes, g);
        for (ReportEntry e : report.getEntries()) {
            if (lines.size() >= MAX_LINES) break;
            lines.add(e.focusNode() + " " + (e.resultPath() == null ? "" : e.resultPath() + " ") + e.message());
        }
        return new Verdict(report.conforms(), report.conforms() ? List.of() : lines);
    }

    /** Number of shapes, for reports. */
    public int size() {
        return lean != null ? lean.size() : shapes.numShapes();
    }
}
