package org.ponte.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.DatabaseMgr;
import org.ponte.core.PonteConfig;
import org.ponte.core.ProblemLog;
import org.ponte.core.Setting;
import org.ponte.core.Vocab;
import org.ponte.export.DumpExporter;
import org.ponte.loader.FusekiConfigFile;
import org.ponte.loader.Generation;
import org.ponte.loader.GenerationDatasets;
import org.ponte.loader.GraphReplacer;
import org.ponte.loader.StoreBuilder;
import org.ponte.loader.StoreLayout;
import org.ponte.loader.TextIndexBuilder;

/**
 * The process {@link KillDuringPublishTest} kills: one step of publishing on a store, run to the
 * end unless killed. Prints {@code STARTED} when the work begins (after JVM and Jena start-up)
 * and {@code DONE} when it is over.
 *
 * <pre>
 *   CrashChild HOME WORK DIST build VERSION     a new generation holding content(VERSION)
 *   CrashChild HOME WORK DIST replace VERSION   replace graph 0 of the current generation with graph0(VERSION)
 *   CrashChild HOME WORK DIST export            write the dumps of the current generation to DIST
 * </pre>
 */
public final class CrashChild {
    static final String BASE = "https://w3id.org/ponte/id/";
    static final int GRAPHS = 8;
    static final int ENTITIES = 200;
    private static final Node LABEL = Vocab.RDFS_LABEL;
    private static final Node TYPE = Vocab.RDF_TYPE;
    private static final Node ORG = NodeFactory.createURI(Vocab.PONTE_NS + "Organisation");
    private static final Node ALT = NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#altLabel");

    private CrashChild() {}

    static PonteConfig config(Path home, Path work, Path dist) {
        return PonteConfig.builder().set(Setting.HOME, home.toString()).set(Setting.WORK, work.toString())
                .set(Setting.DIST, dist.toString()).build();
    }

    static String graph(int g) {
        return BASE + "document/crash-" + g;
    }

    /** One graph's quads in a version: every literal names the version, so a mix of versions shows. */
    static List<Quad> graphContent(int g, int version) {
        List<Quad> out = new ArrayList<>();
        Node gn = NodeFactory.createURI(graph(g));
        for (int e = 0; e < ENTITIES; e++) {
            Node s = NodeFactory.createURI(BASE + "organisation/crash-" + g + "-" + e);
            out.add(Quad.create(gn, s, TYPE, ORG));
            out.add(Quad.create(gn, s, LABEL, NodeFactory.createLiteralLang("Fondazione " + g + "-" + e + " versione " + version, "it")));
            if ((e + version) % 3 == 0) out.add(Quad.create(gn, s, ALT, NodeFactory.createLiteralString("Alias v" + version + " " + e)));
        }
        return out;
    }

    /** All data quads of a version (the ontology graph comes on top). */
    static List<Quad> content(int version) {
        List<Quad> out = new ArrayList<>();
        for (int g = 0; g < GRAPHS; g++) out.addAll(graphContent(g, version));
        return out;
    }

    public static void main(String[] args) throws Exception {
        PonteConfig cfg = config(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]));
        String mode = args[3];
        System.out.println("STARTED");
        System.out.flush();
        switch (mode) {
            case "build" -> {
                int version = Integer.parseInt(args[4]);
                StoreBuilder.create(cfg).problems(new ProblemLog(100, false)).progressEvery(500)
                        .feeder(stream -> content(version).forEach(stream::quad)).build();
            }
            case "replace" -> {
                int version = Integer.parseInt(args[4]);
                StoreLayout layout = StoreLayout.at(cfg.storeRoot());
                Generation gen = layout.requireCurrent();
                FusekiConfigFile conf = FusekiConfigFile.read(cfg.fusekiConfig());
                TextIndexBuilder.repairIfDirty(layout, conf, gen);
                DatasetGraph dsg = conf.openDataset(gen);
                try {
                    // Several replacements, so that kills land inside one as often as between two.
                    for (int g = 0; g < 3; g++) new GraphReplacer(dsg, layout, gen).replace(graph(g), graphContent(g, version));
                } finally {
                    GenerationDatasets.close(dsg);
                }
            }
            case "export" -> {
                Generation gen = StoreLayout.at(cfg.storeRoot()).requireCurrent();
                DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(gen.tdb2().toString());
                try {
                    DumpExporter.create(cfg).export(dsg);
                } finally {
                    GenerationDatasets.close(dsg);
                }
            }
            default -> throw new IllegalArgumentException("unknown mode " + mode);
        }
        System.out.println("DONE");
        System.out.flush();
    }
}
