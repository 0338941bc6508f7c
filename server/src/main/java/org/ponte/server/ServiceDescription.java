package org.ponte.server;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.fuseki.system.ConNeg;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.WebContent;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.ponte.core.Vocab;

/**
 * The SPARQL 1.1 Service Description answered on {@code GET /ponte/sparql} (or
 * {@code /ponte/query}) without a query: the endpoint's public URL, SPARQL 1.1 Query, the
 * result formats offered, the union-default-graph feature, and the default dataset with the
 * size of its default graph and of each named graph ({@code void:triples}). Turtle unless the
 * Accept header asks for JSON-LD, RDF/XML or N-Triples.
 *
 * <p>Graph sizes are counted once per generation and content version and kept for a minute
 * (SPARQL updates through the admin endpoint do not bump the version).
 */
final class ServiceDescription {
    static final String SD = Vocab.SD_NS;
    static final String FORMATS = "http://www.w3.org/ns/formats/";
    private static final long TTL_MILLIS = 60_000;
    private static final AcceptList OFFER = AcceptList.create(WebContent.contentTypeTurtle, WebContent.contentTypeJSONLD,
            WebContent.contentTypeRDFXML, WebContent.contentTypeNTriples);
    private static final MediaType DEFAULT = MediaType.create(WebContent.contentTypeTurtle);

    private record Counts(ServedGeneration gen, long version, long at, long defaultTriples, List<Object[]> graphs) {}

    private final LiveDataset live;
    private final Supplier<String> publicRoot;
    private final String datasetName;
    private volatile Counts cache;

    /**
     * @param publicRoot  the server's public root URL, ending with '/'
     * @param datasetName the service name, for example {@code /ponte}
     */
    ServiceDescription(LiveDataset live, Supplier<String> publicRoot, String datasetName) {
        this.live = live;
        this.publicRoot = publicRoot;
        this.datasetName = datasetName.startsWith("/") ? datasetName.substring(1) : datasetName;
    }

    /** The description, naming {@code /ponte/sparql} and, when different, the endpoint asked. */
    Model build(String endpointName) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("sd", SD);
        m.setNsPrefix("void", Vocab.VOID_NS);
        m.setNsPrefix("formats", FORMATS);
        Resource svc = m.createResource().addProperty(RDF.type, m.createResource(SD + "Service"));
        String root = publicRoot.get();
        svc.addProperty(p(m, "endpoint"), m.createResource(root + datasetName + "/sparql"));
        if (endpointName != null && !endpointName.isEmpty() && !endpointName.equals("sparql"))
            svc.addProperty(p(m, "endpoint"), m.createResource(root + datasetName + "/" + endpointName));
        svc.addProperty(p(m, "supportedLanguage"), m.createResource(SD + "SPARQL11Query"));
        for (String f : List.of("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                "Turtle", "N-Triples", "JSON-LD", "RDF_XML"))
            svc.addProperty(p(m, "resultFormat"), m.createResource(FORMATS + f));
        svc.addProperty(p(m, "feature"), m.createResource(SD + "UnionDefaultGraph"));

        Counts c = counts();
        Property triples = m.createProperty(Vocab.VOID_NS, "triples");
        Resource dataset = m.createResource().addProperty(RDF.type, m.createResource(SD + "Dataset"));
        svc.addProperty(p(m, "defaultDataset"), dataset);
        dataset.addProperty(p(m, "defaultGraph"), m.createResource()
                .addProperty(RDF.type, m.createResource(SD + "Graph"))
                .addLiteral(triples, c.defaultTriples()));
        for (Object[] g : c.graphs()) {
            Resource graph = m.createResource()
                    .addProperty(RDF.type, m.createResource(SD + "Graph"))
                    .addLiteral(triples, (long) g[1]);
            dataset.addProperty(p(m, "namedGraph"), m.createResource()
                    .addProperty(RDF.type, m.createResource(SD + "NamedGraph"))
                    .addProperty(p(m, "name"), m.createResource((String) g[0]))
                    .addProperty(p(m, "graph"), graph));
        }
        return m;
    }

    /** Writes the description as the response, negotiating the syntax. */
    void send(HttpAction action, String endpointName) {
        MediaType mt = ConNeg.chooseContentType(action.getRequest(), OFFER, DEFAULT);
        Lang lang = RDFLanguages.contentTypeToLang(mt.getContentTypeStr());
        if (lang == null) lang = Lang.TURTLE;
        Model m = build(endpointName);
        action.setResponseStatus(200);
        action.setResponseContentType(lang.getHeaderString());
        action.setResponseCharacterEncoding(WebContent.charsetUTF8);
        action.getResponse().setHeader("Vary", "Accept");
        try {
            OutputStream out = action.getResponseOutputStream();
            if (lang.equals(Lang.JSONLD)) RDFDataMgr.write(out, m, RDFFormat.JSONLD_PRETTY);
            else RDFDataMgr.write(out, m, lang);
            out.flush();
        } catch (IOException e) {
            ServletOps.errorOccurred(e);
        }
    }

    private static Property p(Model m, String local) {
        return m.createProperty(SD, local);
    }

    private Counts counts() {
        ServedGeneration gen = live.served();
        Counts c = cache;
        long now = System.currentTimeMillis();
        if (c != null && c.gen() == gen && c.version() == gen.version() && now - c.at() < TTL_MILLIS) return c;
        long version = gen.version();
        DatasetGraph dsg = gen.dataset();
        long[] dft = {0};
        List<Object[]> graphs = new ArrayList<>();
        Txn.executeRead(dsg, () -> {
            try (QueryExec qe = QueryExec.dataset(dsg).query("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }").build()) {
                Binding b = qe.select().next();
                dft[0] = ((Number) b.get("n").getLiteralValue()).longValue();
            }
            try (QueryExec qe = QueryExec.dataset(dsg)
                    .query("SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g").build()) {
                qe.select().forEachRemaining(b -> {
                    Node g = b.get("g");
                    if (g.isURI()) graphs.add(new Object[] {g.getURI(), ((Number) b.get("n").getLiteralValue()).longValue()});
                });
            }
        });
        c = new Counts(gen, version, now, dft[0], graphs);
        cache = c;
        return c;
    }
}
