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
 */
public final class ShaclGate {
    private final Shapes shapes;

    /** @param shapesGraph the parsed shapes file */
    public ShaclGate(Graph shapesGraph) {
        this.shapes = Shapes.parse(shapesGraph);
    }

    /** The outcome of validating one graph: conforms, or the first violations as readable lines. */
    public record Verdict(boolean conforms, List<String> violations) {}

    public Verdict validate(Graph g) {
        ValidationReport report = ShaclValidator.get().validate(shapes, g);
        if (report.conforms()) return new Verdict(true, List.of());
        List<String> lines = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            if (lines.size() >= 10) break;
            lines.add(e.focusNode() + " " + (e.resultPath() == null ? "" : e.resultPath() + " ") + e.message());
        }
        return new Verdict(false, lines);
    }

    /** Number of shapes, for reports. */
    public int size() {
        return shapes.numShapes();
    }
}
