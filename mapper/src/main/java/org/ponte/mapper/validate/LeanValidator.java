package org.ponte.mapper.validate;

import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.engine.ShaclPaths;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.engine.constraint.ClassConstraint;
import org.apache.jena.shacl.engine.constraint.ConstraintDataTerm;
import org.apache.jena.shacl.engine.constraint.ConstraintEntity;
import org.apache.jena.shacl.engine.constraint.ConstraintTerm;
import org.apache.jena.shacl.engine.constraint.DatatypeConstraint;
import org.apache.jena.shacl.engine.constraint.JLogConstraint;
import org.apache.jena.shacl.engine.constraint.QualifiedValueShape;
import org.apache.jena.shacl.engine.constraint.ShAnd;
import org.apache.jena.shacl.engine.constraint.ShNode;
import org.apache.jena.shacl.engine.constraint.ShNot;
import org.apache.jena.shacl.engine.constraint.ShOr;
import org.apache.jena.shacl.engine.constraint.ShXone;
import org.apache.jena.shacl.engine.constraint.SparqlConstraint;
import org.apache.jena.shacl.parser.Constraint;
import org.apache.jena.shacl.parser.NodeShape;
import org.apache.jena.shacl.parser.PropertyShape;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.ReportItem;
import org.apache.jena.shacl.validation.VLib;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.system.G;
import org.apache.jena.vocabulary.RDF;

/**
 * Validates a graph against parsed SHACL shapes by the walk of Jena's own engine
 * ({@code VLib.validateShape}: targets, focus nodes, value nodes, constraints, nested property
 * shapes), without the three things that made the engine most of the cost of mapping a
 * document:
 *
 * <ul>
 *   <li>No validation report is built when the graph conforms (Jena builds an RDF model of the
 *       report for every graph, and another one for every branch of {@code sh:or}, every
 *       {@code sh:node} and every value node of {@code sh:qualifiedValueShape}: hundreds per
 *       document, since every annotation and selector is a focus node). Here the logical
 *       constraints ({@code sh:or}, {@code sh:and}, {@code sh:not}, {@code sh:xone},
 *       {@code sh:node}, non-disjoint {@code sh:qualifiedValueShape}) recurse into a plain
 *       yes/no check that stops at the first failure.</li>
 *   <li>No validation events are created.</li>
 *   <li>SPARQL constraints run as their {@link NativeConstraints} twins.</li>
 * </ul>
 *
 * Every other constraint is decided by Jena's own constraint object: its {@code validate}
 * method for constraints on single value nodes (datatype, node kind, pattern, class, in,
 * length, ranges) and on the set of value nodes (counts, has-value), and its full
 * {@code validate…Shape} method, on a throw-away validation context, for all the rest (unique
 * language, property pairs, SPARQL without a twin, anything new). So the verdicts are Jena's;
 * {@code LeanValidatorTest} checks them against the engine on broken graphs. Thread-safe: all
 * state of a run is local to it.
 */
final class LeanValidator {
    private static final Node RDF_TYPE = RDF.type.asNode();
    private final Shapes shapes;
    private final List<Shape> targetShapes;
    /** SPARQL constraints that have a native twin, by identity. */
    private final Map<Constraint, NativeConstraints> twins = new IdentityHashMap<>();

    LeanValidator(Shapes shapes) {
        this.shapes = shapes;
        this.targetShapes = List.copyOf(shapes.getTargetShapes());
        for (Shape s : shapes.getShapeMap().values()) {
            if (!(s instanceof NodeShape)) continue;
            for (Constraint c : s.getConstraints()) {
                if (!(c instanceof SparqlConstraint sc)) continue;
                NativeConstraints twin = NativeConstraints.forMessage(sc.getMessage());
                if (twin != null) twins.put(c, twin);
            }
        }
    }

    /** Number of SPARQL constraints checked natively. */
    int twins() {
        return twins.size();
    }

    /**
     * Validates {@code data}; violations are added to {@code lines} (at most {@code max} of them)
     * as "focus [path] message".
     *
     * @return whether the graph conforms
     */
    boolean validate(Graph data, List<String> lines, int max) {
        Run run = new Run(data, lines, max);
        boolean conforms = true;
        for (Shape shape : targetShapes) {
            for (Node focus : VLib.focusNodes(data, shape)) {
                if (!run.validateShape(shape, focus, true)) conforms = false;
                if (!conforms && lines.size() >= max) return false;
            }
        }
        return conforms;
    }

    /** The state of one validation: the graph, Jena's context for its constraint objects, the report lines. */
    private final class Run {
        private final Graph data;
        /** Given to constraint methods that only read it (to format a message); never reported into. */
        private final ValidationContext base;
        /** For constraints validated by their own {@code validate…Shape}: replaced once it has seen a violation. */
        private ValidationContext probe;
        private final List<String> lines;
        private final int max;
        /** Per term constraint, the value nodes it accepted in this run. */
        private final Map<Constraint, Set<Node>> passedTerms = new IdentityHashMap<>();

        Run(Graph data, List<String> lines, int max) {
            this.data = data;
            this.base = ValidationContext.create(shapes, data);
            this.lines = lines;
            this.max = max;
        }

        /** As {@code VLib.validateShape}: a target shape, or a shape a logical constraint refers to. */
        boolean validateShape(Shape shape, Node focus, boolean report) {
            if (shape.deactivated()) return true;
            Path path = null;
            Set<Node> values = null;
            if (shape instanceof PropertyShape ps) {
                path = ps.getPath();
                values = values(focus, path);
            } else if (!(shape instanceof NodeShape)) {
                return true;
            }
            boolean ok = true;
            for (Constraint c : shape.getConstraints()) {
                if (!constraint(shape, focus, path, values, c, report)) {
                    ok = false;
                    if (!report) return false;
                }
            }
            for (PropertyShape ps : shape.getPropertyShapes()) {
                if (!propertyShape(ps, focus, report)) {
                    ok = false;
                    if (!report) return false;
                }
            }
            return ok;
        }

        /** As {@code VLib.validationPropertyShape}: a shape reached by {@code sh:property}. */
        private boolean propertyShape(PropertyShape shape, Node focus, boolean report) {
            if (shape.deactivated()) return true;
            Path path = shape.getPath();
            Set<Node> values = values(focus, path);
            boolean ok = true;
            for (Constraint c : shape.getConstraints()) {
                if (!constraint(shape, focus, path, values, c, report)) {
                    ok = false;
                    if (!report) return false;
                }
            }
            for (PropertyShape nested : shape.getPropertyShapes()) {
                for (Node v : values) {
                    if (!propertyShape(nested, v, report)) {
                        ok = false;
                        if (!report) return false;
                    }
                }
            }
            return ok;
        }

        /** One constraint of {@code shape} at {@code focus}; {@code path} and {@code values} are null for a node shape. */
        private boolean constraint(Shape shape, Node focus, Path path, Set<Node> values, Constraint c, boolean report) {
            if (c instanceof ConstraintTerm t) {
                // A term constraint's verdict depends on the term alone: one that passed passes again
                // (every annotation's confidence and extractor version are the same few literals);
                // sh:log (JLogConstraint) logs at each call, so it is always called.
                Set<Node> passed = c instanceof JLogConstraint ? null : passedTerms.computeIfAbsent(c, k -> new HashSet<>());
                for (Node v : path == null ? Set.of(focus) : values) {
                    if (passed != null && passed.contains(v)) continue;
                    // Jena's verdict for a value of another datatype, minus the message it formats
                    // (sh:or over two datatypes fails the first branch for every offset).
                    if (!report && c instanceof DatatypeConstraint d && !(v.isLiteral() && d.getDatatypeURI().equals(v.getLiteralDatatypeURI())))
                        return false;
                    ReportItem item = t.validate(base, v);
                    if (item != null) return fail(report, shape, focus, path, c, item);
                    if (passed != null) passed.add(v);
                }
                return true;
            }
            if (c instanceof ClassConstraint k) {
                // Jena's check, minus the message it formats for every failure (half the time of
                // checking selectors: sh:qualifiedValueShape fails on one of each pair).
                for (Node v : path == null ? Set.of(focus) : values)
                    if (!hasClass(v, k.getExpectedClass())) return fail(report, shape, focus, path, c, report ? k.validate(base, data, v) : null);
                return true;
            }
            if (c instanceof ConstraintDataTerm t) {
                for (Node v : path == null ? Set.of(focus) : values) {
                    ReportItem item = t.validate(base, data, v);
                    if (item != null) return fail(report, shape, focus, path, c, item);
                }
                return true;
            }
            if (c instanceof ConstraintEntity e && path != null) {
                ReportItem item = e.validate(base, values);
                return item == null || fail(report, shape, focus, path, c, item);
            }
            if (c instanceof ShOr || c instanceof ShAnd || c instanceof ShNot || c instanceof ShXone || c instanceof ShNode) {
                for (Node v : path == null ? Set.of(focus) : values)
                    if (!logical(c, v)) return fail(report, shape, focus, path, c, null);
                return true;
            }
            if (c instanceof QualifiedValueShape q && path != null && !q.qDisjoint()) {
                int n = 0;
                for (Node v : values) if (validateShape(q.getSub(), v, false)) n++;
                boolean ok = (q.qMin() < 0 || n >= q.qMin()) && (q.qMax() < 0 || n <= q.qMax());
                return ok || fail(report, shape, focus, path, c, null);
            }
            NativeConstraints twin = twins.get(c);
            if (twin != null && path == null) {
                boolean[] ok = {true};
                twin.check(data, focus, (node, message) -> {
                    ok[0] = false;
                    if (report && lines.size() < max) lines.add(node + " " + message);
                });
                return ok[0];
            }
            // Anything else: the constraint's own validation, into a context nothing else reads.
            if (probe == null || probe.hasViolation()) probe = ValidationContext.create(base);
            if (path == null) c.validateNodeShape(probe, data, shape, focus);
            else c.validatePropertyShape(probe, data, shape, focus, path, values);
            return !probe.hasViolation() || fail(report, shape, focus, path, c, null);
        }

        /** As {@code ClassConstraint}: not a literal, and a SHACL instance of the class (rdf:type/rdfs:subClassOf*). */
        private boolean hasClass(Node v, Node type) {
            if (v.isLiteral()) return false;
            return data.contains(v, RDF_TYPE, type) || G.allTypesOfNodeRDFS(data, v).contains(type);
        }

        /** The value nodes of a path: for a plain predicate (every path in Ponte's shapes), the objects, without hashing them. */
        private Set<Node> values(Node focus, Path path) {
            if (!(path instanceof P_Link link)) return ShaclPaths.valueNodes(data, focus, path);
            List<Node> out = new ArrayList<>(2);
            // A graph holds each triple once, so the objects of one subject and predicate are distinct.
            data.find(focus, link.getNode(), Node.ANY).forEachRemaining(t -> out.add(t.getObject()));
            return new ValueSet(out);
        }

        /** Whether one value node satisfies a logical constraint. */
        private boolean logical(Constraint c, Node v) {
            if (c instanceof ShNode n) return validateShape(n.getOther(), v, false);
            if (c instanceof ShNot n) return !validateShape(n.getOther(), v, false);
            List<Shape> others = c instanceof ShOr o ? o.getOthers() : c instanceof ShAnd a ? a.getOthers() : ((ShXone) c).getOthers();
            if (c instanceof ShOr) {
                for (Shape s : others) if (validateShape(s, v, false)) return true;
                return false;
            }
            if (c instanceof ShAnd) {
                for (Shape s : others) if (!validateShape(s, v, false)) return false;
                return true;
            }
            int n = 0;
            for (Shape s : others) if (validateShape(s, v, false) && ++n > 1) return false;
            return n == 1;
        }

        private boolean fail(boolean report, Shape shape, Node focus, Path path, Constraint c, ReportItem item) {
            if (report && lines.size() < max) lines.add(focus + " " + (path == null ? "" : path + " ") + message(shape, c, item));
            return false;
        }
    }

    /** Distinct nodes in a list, as a read-only set: size, iteration, contains. */
    private static final class ValueSet extends AbstractSet<Node> {
        private final List<Node> nodes;

        ValueSet(List<Node> nodes) {
            this.nodes = nodes;
        }

        @Override
        public Iterator<Node> iterator() {
            return Collections.unmodifiableList(nodes).iterator();
        }

        @Override
        public int size() {
            return nodes.size();
        }

        @Override
        public boolean contains(Object o) {
            return nodes.contains(o);
        }
    }

    private static String message(Shape shape, Constraint c, ReportItem item) {
        Collection<Node> messages = shape.getMessages();
        if (messages != null) for (Node m : messages) if (m.isLiteral()) return m.getLiteralLexicalForm();
        return item != null ? item.getMessage() : c.toString();
    }

    /** The shapes, for reports. */
    int size() {
        return shapes.numShapes();
    }

    /** The target shapes, in the order they are checked. */
    List<Shape> targetShapes() {
        return new ArrayList<>(targetShapes);
    }
}
