package org.ponte.export;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.ponte.core.PonteConfig;
import org.ponte.core.PonteException;
import org.ponte.core.Problems;
import org.ponte.core.Vocab;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ponte's dataset description: VoID for linked-data clients and DCAT 3 (DCAT-AP friendly) for
 * catalogue harvesters, in one graph. Served by the server at {@code /.well-known/void} and
 * written by the exporter as {@code void.ttl}.
 *
 * <p>It is a function of the store, the configuration and, optionally, the dumps on disk:
 * {@link #summarize} computes what is expensive (statistics in a bounded number of index scans,
 * provenance times, example resources) inside one read transaction; {@link #describe(StoreSummary,
 * DumpManifest)} turns a summary and a manifest into the graph and is cheap and pure. The server
 * should go through a {@link DescriptionCache}, which re-summarises only when the store's
 * {@link StoreGeneration} changes.
 *
 * <p>IRIs: the description document is {@code {publicUrl}.well-known/void} and the things it
 * describes are fragments of it: {@code #dataset}, {@code #catalog}, {@code #sparql} (the data
 * service), {@code #publisher}, {@code #distribution-nquads} and so on. A hash IRI is stable,
 * lives under the public URL and dereferences to this very description without extra routes.
 *
 * <p>Hand-written texts (titles, descriptions, keywords, theme, languages) come from the data
 * file {@code dataset-description.ttl} in this package.
 */
public final class DatasetDescription {
    private static final Logger LOG = LoggerFactory.getLogger(DatasetDescription.class);

    /** Path of the description under the public URL, as the VoID note's well-known URI fixes it. */
    public static final String WELL_KNOWN_PATH = ".well-known/void";
    /** Path of the SPARQL endpoint under the public URL. */
    public static final String SPARQL_PATH = "ponte/sparql";
    /** Path under which the dumps are served. */
    public static final String DUMPS_PATH = "dumps/";
    /** The EU data theme of the dataset, "Population and society". */
    public static final String THEME_SOCI = "http://publications.europa.eu/resource/authority/data-theme/SOCI";

    static final String SPDX_NS = "http://spdx.org/rdf/terms#";

    private final PonteConfig config;
    private Problems problems = Problems.ignore();
    private int examplesPerClass = 3;

    private DatasetDescription(PonteConfig config) {
        this.config = config;
    }

    /** A description for this configuration (public URL, base IRI, licence). */
    public static DatasetDescription create(PonteConfig config) {
        if (config == null) throw new IllegalArgumentException("config is required");
        return new DatasetDescription(config);
    }

    /** Where unreadable provenance times are reported; default: dropped. */
    public DatasetDescription problems(Problems p) {
        this.problems = p == null ? Problems.ignore() : p;
        return this;
    }

    /** How many of the most-linked organisations and of the most-linked projects become {@code void:exampleResource}; default 3. */
    public DatasetDescription examplesPerClass(int n) {
        if (n < 0) throw new IllegalArgumentException("negative example count");
        this.examplesPerClass = n;
        return this;
    }

    /** {@code {publicUrl}.well-known/void}: the description document. */
    public String documentIri() { return config.publicUrl() + WELL_KNOWN_PATH; }

    /** {@code {publicUrl}.well-known/void#dataset}: the dataset (VoID and DCAT). */
    public String datasetIri() { return documentIri() + "#dataset"; }

    /** {@code {publicUrl}.well-known/void#catalog}. */
    public String catalogIri() { return documentIri() + "#catalog"; }

    /** {@code {publicUrl}.well-known/void#sparql}: the SPARQL data service. */
    public String serviceIri() { return documentIri() + "#sparql"; }

    /** {@code {publicUrl}ponte/sparql}. */
    public String sparqlEndpoint() { return config.publicUrl() + SPARQL_PATH; }

    /** {@code {publicUrl}dumps/{fileName}}. */
    public String dumpUrl(String fileName) { return config.publicUrl() + DUMPS_PATH + fileName; }

    /** The IRI of a dump's {@code dcat:Distribution}. */
    public String distributionIri(DumpFormat f) { return documentIri() + "#distribution-" + f.name().toLowerCase(); }

    /** Computes the store summary inside a read transaction (or the caller's). */
    public StoreSummary summarize(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> summarize(dsg, null));
    }

    /**
     * Computes the summary; call inside a read transaction. With {@code statistics} from a pass
     * the caller already made (the exporter counts while writing N-Triples) no scan is repeated.
     */
    StoreSummary summarize(DatasetGraph dsg, StoreStatistics statistics) {
        long t0 = System.nanoTime();
        StoreGeneration generation = StoreGeneration.of(dsg);
        if (statistics == null) {
            StoreScan scan = StoreScan.of(dsg);
            StatisticsCollector c = new StatisticsCollector();
            scan.unionTriples().forEachRemaining(c);
            statistics = c.finish(scan.distinctObjects());
        }
        ProvenanceTimes times = ProvenanceTimes.read(dsg, problems);
        Node reference = NodeFactory.createURI(config.iris().referenceGraph());
        Node ontology = NodeFactory.createURI(config.iris().ontologyGraph());
        long documents = times.byGraph().keySet().stream().filter(g -> !g.equals(reference) && !g.equals(ontology)).count();
        List<String> examples = new ArrayList<>();
        examples.addAll(mostLinked(dsg, Vocab.ORGANISATION));
        examples.addAll(mostLinked(dsg, Vocab.PROJECT));
        StoreSummary s = new StoreSummary(generation, statistics, times.newest(), documents,
                graphSize(dsg, reference), graphSize(dsg, ontology), examples, Instant.now());
        LOG.info("Summarised the store ({} triples, {} entities) in {} ms", statistics.triples(), statistics.entities(),
                (System.nanoTime() - t0) / 1_000_000);
        return s;
    }

    private static long graphSize(DatasetGraph dsg, Node g) {
        return dsg.containsGraph(g) ? dsg.getGraph(g).size() : 0;
    }

    /**
     * The entities of a class with the most incoming links (quads, across all graphs), ties
     * broken by IRI. Not a SPARQL GROUP BY: that holds every member of the class in memory. The
     * members come from the type index (on TDB2 sorted by subject, so a member typed in several
     * graphs comes in a row), each member's incoming links are counted on the object index, and
     * only the best {@code n} are kept.
     */
    private List<String> mostLinked(DatasetGraph dsg, Node type) {
        int n = examplesPerClass;
        if (n == 0) return List.of();
        Comparator<Map.Entry<String, Long>> worstFirst = Map.Entry.<String, Long>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()));
        PriorityQueue<Map.Entry<String, Long>> best = new PriorityQueue<>(worstFirst);
        Set<String> inQueue = new HashSet<>();
        Node last = null;
        for (Iterator<Quad> it = dsg.findNG(Node.ANY, Node.ANY, Vocab.RDF_TYPE, type); it.hasNext(); ) {
            Node e = it.next().getSubject();
            if (!e.isURI() || e.equals(last) || inQueue.contains(e.getURI())) continue;
            last = e;
            long links = Iter.count(dsg.findNG(Node.ANY, Node.ANY, Node.ANY, e));
            if (links == 0) continue;
            best.add(Map.entry(e.getURI(), links));
            inQueue.add(e.getURI());
            if (best.size() > n) inQueue.remove(best.poll().getKey());
        }
        List<Map.Entry<String, Long>> out = new ArrayList<>(best);
        out.sort(worstFirst.reversed());
        return out.stream().map(Map.Entry::getKey).toList();
    }

    /** Summarises the store (in a read transaction) and describes it; for callers without a cache. */
    public Graph describe(DatasetGraph dsg, DumpManifest manifest) {
        return describe(summarize(dsg), manifest);
    }

    /**
     * The description graph of a summarised store and, when given, of the dumps in a manifest
     * (one {@code dcat:Distribution} and {@code void:dataDump} per dump file). Pure and cheap.
     *
     * @param manifest the dumps being served, or null for a description without distributions
     *                 (the SPARQL endpoint is always described)
     */
    public Graph describe(StoreSummary summary, DumpManifest manifest) {
        Graph g = GraphFactory.createDefaultGraph();
        Vocab.prefixes().getNsPrefixMap().forEach(g.getPrefixMapping()::setNsPrefix);
        g.getPrefixMapping().setNsPrefix("sd", Vocab.SD_NS);
        g.getPrefixMapping().setNsPrefix("spdx", SPDX_NS);
        readTemplate(g);
        new Builder(g, summary, manifest).build();
        return g;
    }

    private void readTemplate(Graph g) {
        try (InputStream in = DatasetDescription.class.getResourceAsStream("dataset-description.ttl")) {
            if (in == null) throw new PonteException("resource dataset-description.ttl missing from the export module");
            RDFParser.source(in).lang(Lang.TURTLE).base(documentIri()).parse(g);
        } catch (IOException e) {
            throw new PonteException("cannot read dataset-description.ttl: " + e.getMessage(), e);
        }
    }

    /** Adds the computed part of the description to one graph. */
    private final class Builder {
        private final Graph g;
        private final StoreSummary summary;
        private final DumpManifest manifest;
        private final Node dataset = uri(datasetIri());
        private final Node catalog = uri(catalogIri());
        private final Node service = uri(serviceIri());
        private final Node publisher = uri(documentIri() + "#publisher");
        private final Node license = uri(config.license());

        Builder(Graph g, StoreSummary summary, DumpManifest manifest) {
            this.g = g;
            this.summary = summary;
            this.manifest = manifest;
        }

        void build() {
            Node modified = dateTime(summary.modifiedOrComputed());
            Node home = uri(config.publicUrl());
            Node endpoint = uri(sparqlEndpoint());

            add(catalog, rdf("type"), dcat("Catalog"));
            add(catalog, dcterms("publisher"), publisher);
            add(catalog, dcterms("license"), license);
            add(catalog, dcterms("modified"), modified);
            add(catalog, foaf("homepage"), home);
            add(catalog, dcat("dataset"), dataset);
            add(catalog, dcat("service"), service);

            add(dataset, rdf("type"), voidTerm("Dataset"));
            add(dataset, rdf("type"), dcat("Dataset"));
            add(dataset, dcterms("license"), license);
            add(dataset, dcterms("publisher"), publisher);
            add(dataset, dcterms("modified"), modified);
            add(dataset, dcterms("conformsTo"), uri(Vocab.ONTOLOGY_IRI));
            add(dataset, dcat("landingPage"), home);
            add(dataset, voidTerm("uriSpace"), NodeFactory.createLiteralString(config.iris().base()));
            add(dataset, voidTerm("uriRegexPattern"), NodeFactory.createLiteralString("^" + regexQuote(config.iris().base())));
            add(dataset, voidTerm("sparqlEndpoint"), endpoint);
            for (String e : summary.examples()) add(dataset, voidTerm("exampleResource"), uri(e));
            statistics(summary.statistics());
            add(dataset, voidTerm("documents"), integer(summary.documentGraphs()));
            subset("reference", config.iris().referenceGraph(), "Reference data: funders, programmes, public bodies", summary.referenceTriples());
            subset("ontology", Vocab.ONTOLOGY_IRI, "The Ponte ontology", summary.ontologyTriples());

            add(service, rdf("type"), dcat("DataService"));
            add(service, dcat("endpointURL"), endpoint);
            // The endpoint answers a GET without a query with its SPARQL Service Description.
            add(service, dcat("endpointDescription"), endpoint);
            add(service, dcat("servesDataset"), dataset);
            add(service, dcterms("license"), license);
            add(service, dcterms("publisher"), publisher);

            Node sparqlDist = uri(documentIri() + "#distribution-sparql");
            add(dataset, dcat("distribution"), sparqlDist);
            add(sparqlDist, rdf("type"), dcat("Distribution"));
            add(sparqlDist, dcterms("title"), NodeFactory.createLiteralLang("SPARQL endpoint", "en"));
            add(sparqlDist, dcat("accessURL"), endpoint);
            add(sparqlDist, dcat("accessService"), service);
            add(sparqlDist, dcterms("license"), license);

            if (manifest != null) for (DumpFile f : manifest.dumps()) distribution(f);
        }

        private void statistics(StoreStatistics s) {
            add(dataset, voidTerm("triples"), integer(s.triples()));
            add(dataset, voidTerm("entities"), integer(s.entities()));
            add(dataset, voidTerm("distinctSubjects"), integer(s.distinctSubjects()));
            add(dataset, voidTerm("distinctObjects"), integer(s.distinctObjects()));
            add(dataset, voidTerm("properties"), integer(s.properties().size()));
            add(dataset, voidTerm("classes"), integer(s.classes().size()));
            TreeSet<String> vocabularies = new TreeSet<>();
            for (Map.Entry<Node, Long> e : s.properties().entrySet()) {
                Node part = NodeFactory.createBlankNode();
                add(dataset, voidTerm("propertyPartition"), part);
                add(part, voidTerm("property"), e.getKey());
                add(part, voidTerm("triples"), integer(e.getValue()));
                vocabularies.add(namespace(e.getKey().getURI()));
            }
            for (Map.Entry<Node, Long> e : s.classes().entrySet()) {
                if (!e.getKey().isURI()) continue;   // void:class names a class IRI
                Node part = NodeFactory.createBlankNode();
                add(dataset, voidTerm("classPartition"), part);
                add(part, voidTerm("class"), e.getKey());
                add(part, voidTerm("entities"), integer(e.getValue()));
                vocabularies.add(namespace(e.getKey().getURI()));
            }
            for (String ns : vocabularies) add(dataset, voidTerm("vocabulary"), uri(ns));
            for (DumpFormat f : DumpFormat.values()) add(dataset, voidTerm("feature"), uri(f.w3cFormatIri()));
        }

        private void subset(String name, String graph, String title, long triples) {
            if (triples == 0) return;
            Node sub = uri(documentIri() + "#" + name);
            add(dataset, voidTerm("subset"), sub);
            add(sub, rdf("type"), voidTerm("Dataset"));
            add(sub, rdf("type"), uri(Vocab.SD_NS + "NamedGraph"));
            add(sub, uri(Vocab.SD_NS + "name"), uri(graph));
            add(sub, dcterms("title"), NodeFactory.createLiteralLang(title, "en"));
            add(sub, voidTerm("triples"), integer(triples));
        }

        private void distribution(DumpFile f) {
            DumpFormat fmt = f.format();
            Node d = uri(distributionIri(fmt));
            Node url = uri(dumpUrl(f.name()));
            add(dataset, voidTerm("dataDump"), url);
            add(dataset, dcat("distribution"), d);
            add(d, rdf("type"), dcat("Distribution"));
            add(d, dcterms("title"), NodeFactory.createLiteralLang(fmt.title(), "en"));
            add(d, dcat("downloadURL"), url);
            add(d, dcat("accessURL"), url);
            add(d, dcat("mediaType"), uri(fmt.mediaTypeIri()));
            add(d, dcterms("format"), uri(fmt.euFileTypeIri()));
            if (fmt.gzip()) add(d, dcat("compressFormat"), uri(DumpFormat.IANA_MEDIA_TYPES + DumpFormat.GZIP_MEDIA_TYPE));
            add(d, dcat("byteSize"), NodeFactory.createLiteralDT(Long.toString(f.byteSize()), XSDDatatype.XSDnonNegativeInteger));
            Node sum = NodeFactory.createBlankNode();
            add(d, uri(SPDX_NS + "checksum"), sum);
            add(sum, rdf("type"), uri(SPDX_NS + "Checksum"));
            add(sum, uri(SPDX_NS + "algorithm"), uri(SPDX_NS + "checksumAlgorithm_sha256"));
            add(sum, uri(SPDX_NS + "checksumValue"), NodeFactory.createLiteralDT(f.sha256(), XSDDatatype.XSDhexBinary));
            add(d, dcterms("license"), license);
            add(d, dcterms("modified"), dateTime(manifest.created()));
            // The JSON-LD dump embeds Ponte's context; this names its published copy.
            if (fmt == DumpFormat.JSONLD) add(d, dcterms("conformsTo"), uri(config.publicUrl() + DumpExporter.CONTEXT_FILE));
        }

        private void add(Node s, Node p, Node o) {
            g.add(s, p, o);
        }
    }

    /** The vocabulary namespace of an IRI: a declared Ponte prefix when one fits, else up to the last '#' or '/'. */
    static String namespace(String iri) {
        String best = null;
        for (String ns : Vocab.prefixes().getNsPrefixMap().values())
            if (iri.startsWith(ns) && (best == null || ns.length() > best.length())) best = ns;
        if (best != null) return best;
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return cut > 0 ? iri.substring(0, cut + 1) : iri;
    }

    private static String regexQuote(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (".[]{}()*+?^$|\\".indexOf(c) >= 0) sb.append('\\');
            sb.append(c);
        }
        return sb.toString();
    }

    static Node dateTime(Instant t) {
        return NodeFactory.createLiteralDT(t.truncatedTo(ChronoUnit.SECONDS).toString(), XSDDatatype.XSDdateTime);
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    private static Node uri(String iri) { return NodeFactory.createURI(iri); }
    private static Node rdf(String local) { return uri(Vocab.RDF_NS + local); }
    private static Node dcat(String local) { return uri(Vocab.DCAT_NS + local); }
    private static Node dcterms(String local) { return uri(Vocab.DCTERMS_NS + local); }
    private static Node foaf(String local) { return uri(Vocab.FOAF_NS + local); }
    private static Node voidTerm(String local) { return uri(Vocab.VOID_NS + local); }
}
