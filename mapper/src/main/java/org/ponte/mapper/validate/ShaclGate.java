package org.ponte.mapper.validate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.VLib;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The validate stage: one document's graph against the SHACL shapes every published graph must
 * pass ({@code ontology/shapes.ttl}). A graph that fails is reported and not loaded, so no
 * partial or malformed graph reaches the store. Thread-safe once built.
 *
 * <p>{@link #complete} runs every constraint through Jena's SHACL engine. {@link #fast}, used
 * while mapping, runs the core constraints through the engine and the SPARQL constraints as
 * their {@link NativeConstraints} twins: the same verdicts at about a fifth of the cost.
 */
public final class ShaclGate {
    private static final Node SH_SPARQL = NodeFactory.createURI("http://www.w3.org/ns/shacl#sparql");
    private static final Node SH_MESSAGE = NodeFactory.createURI("http://www.w3.org/ns/shacl#message");

    private final Shapes shapes;
    /** Shapes whose SPARQL constraints are checked natively, with those checks. */
    private final Map<Shape, List<NativeConstraints>> natives;

    private ShaclGate(Shapes shapes, Map<Shape, List<NativeConstraints>> natives) {
        this.shapes = shapes;
        this.natives = natives;
    }

    /** @param shapesGraph the parsed shapes file; every constraint runs through the SHACL engine */
    public ShaclGate(Graph shapesGraph) {
        this(Shapes.parse(shapesGraph), Map.of());
    }

    /** Every constraint through Jena's SHACL engine (the reference behaviour; {@code ./ponte validate}). */
    public static ShaclGate complete(Graph shapesGraph) {
        return new ShaclGate(shapesGraph);
    }

    /**
     * The SPARQL constraints that have a native twin are checked in Java; everything else,
     * including any SPARQL constraint without a twin, through the SHACL engine.
     */
    public static ShaclGate fast(Graph shapesGraph) {
        Shapes full = Shapes.parse(shapesGraph);
        Graph core = GraphFactory.createDefaultGraph();
        shapesGraph.find().forEachRemaining(core::add);
        Map<Shape, List<NativeConstraints>> natives = new LinkedHashMap<>();
        for (Triple t : shapesGraph.find(Node.ANY, SH_SPARQL, Node.ANY).toList()) {
            Node message = shapesGraph.find(t.getObject(), SH_MESSAGE, Node.ANY).nextOptional().map(Triple::getObject).orElse(null);
            NativeConstraints twin = NativeConstraints.forMessage(message == null || !message.isLiteral() ? null : message.getLiteralLexicalForm());
            Shape shape = full.getShape(t.getSubject());
            if (twin == null || shape == null) continue;
            core.delete(t);
            natives.computeIfAbsent(shape, k -> new ArrayList<>()).add(twin);
        }
        return new ShaclGate(Shapes.parse(core), natives);
    }

    /** The outcome of validating one graph: conforms, or the first violations as readable lines. */
    public record Verdict(boolean conforms, List<String> violations) {}

    public Verdict validate(Graph g) {
        List<String> lines = new ArrayList<>();
        ValidationReport report = ShaclValidator.get().validate(shapes, g);
        for (ReportEntry e : report.getEntries()) {
            if (lines.size() >= 10) break;
            lines.add(e.focusNode() + " " + (e.resultPath() == null ? "" : e.resultPath() + " ") + e.message());
        }
        boolean conforms = report.conforms();
        for (Map.Entry<Shape, List<NativeConstraints>> n : natives.entrySet()) {
            for (Node focus : VLib.focusNodes(g, n.getKey())) {
                for (NativeConstraints c : n.getValue()) {
                    int before = lines.size();
                    boolean[] failed = {false};
                    c.check(g, focus, (node, msg) -> {
                        failed[0] = true;
                        if (lines.size() < 10) lines.add(node + " " + msg);
                    });
                    if (failed[0]) conforms = false;
                    if (lines.size() > before && lines.size() >= 10) break;
                }
            }
        }
        return new Verdict(conforms, conforms ? List.of() : lines);
    }

    /** Number of shapes, for reports. */
    public int size() {
        return shapes.numShapes();
    }
}
