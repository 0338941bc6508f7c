package org.ponte.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.ponte.core.PonteConfig;
import org.ponte.core.PonteException;
import org.ponte.mapper.validate.ShaclGate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code ponte validate}: check an RDF file against the shapes, one named graph at a time. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check an RDF file (any format, by extension) against ontology/shapes.ttl: each named graph on its own, as published.",
        footer = ExitCodes.HELP)
public final class ValidateCommand implements Callable<Integer> {
    @Mixin ConfigOptions options;

    @Parameters(paramLabel = "FILE", description = "The RDF file to check.")
    Path file;

    @Override
    public Integer call() {
        PonteConfig config = options.builder().build();
        if (!Files.isRegularFile(file)) throw new PonteException("no such file: " + file);
        DatasetGraph dsg;
        try {
            dsg = RDFDataMgr.loadDatasetGraph(file.toString());
        } catch (RiotException e) {
            System.err.println(file + ": not valid RDF: " + e.getMessage());
            return ExitCodes.INVALID;
        }
        ShaclGate gate = ShaclGate.complete(org.apache.jena.riot.RDFParser.source(config.shapesFile()).toGraph());
        int graphs = 0, bad = 0;
        Iterator<Node> names = dsg.listGraphNodes();
        while (names.hasNext()) {
            Node n = names.next();
            graphs++;
            bad += check(gate, dsg.getGraph(n), n.toString());
        }
        if (!dsg.getDefaultGraph().isEmpty()) {
            graphs++;
            bad += check(gate, dsg.getDefaultGraph(), "default graph");
        }
        System.out.printf("%d graph(s) checked, %d do not conform%n", graphs, bad);
        return bad == 0 ? ExitCodes.OK : ExitCodes.INVALID;
    }

    private static int check(ShaclGate gate, Graph g, String name) {
        ShaclGate.Verdict v = gate.validate(g);
        if (v.conforms()) return 0;
        System.out.println(name + ":");
        for (String line : v.violations()) System.out.println("  " + line);
        return 1;
    }
}
