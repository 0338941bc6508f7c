package org.ponte.server.ld;

import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;

/**
 * The Fuseki module that adds Ponte's linked-data routes to the embedded server (see
 * {@link LinkedData} for the URL scheme): servlets in {@link #prepare}, and once the server
 * listens, the public URL fixed with the real port and the dataset description computed in
 * the background.
 */
final class LinkedDataModule implements FusekiModule {
    private final LinkedDataContext ld;

    LinkedDataModule(LinkedDataContext ld) {
        this.ld = ld;
    }

    @Override
    public String name() {
        return "ponte-linked-data";
    }

    @Override
    public void prepare(FusekiServer.Builder b, Set<String> datasetNames, Model configModel) {
        ExampleQueries queries = new ExampleQueries(ld.config().queries());
        ClassIndex index = new ClassIndex();
        b.addServlet("", new HomeServlet(ld, index, queries));
        b.addServlet("/id/*", new IdServlet(ld));
        b.addServlet("/doc/*", new DocServlet(ld));
        b.addServlet("/list/*", new ListServlet(ld, index));
        b.addServlet("/search", new SearchServlet(ld));
        OntologyServlet ontology = new OntologyServlet(ld);
        b.addServlet("/ontology", ontology);
        b.addServlet("/ontology/*", ontology);
        b.addServlet("/shapes", ontology);
        for (MediaFormat f : OntologyServlet.OFFERS) b.addServlet("/ontology." + f.extension(), ontology);
        for (MediaFormat f : OntologyServlet.SHAPES_OFFERS) b.addServlet("/shapes." + f.extension(), ontology);
        b.addServlet("/.well-known/void", new VoidServlet(ld));
        b.addServlet("/dumps/*", new DumpServlet(ld));
        b.addServlet("/queries/*", new QueriesServlet(ld, queries));
        StaticServlet statics = new StaticServlet(ld);
        for (String p : new String[] {"/context.jsonld", "/robots.txt", "/favicon.ico", "/assets/*"}) b.addServlet(p, statics);
        b.addFilter("/*", new SitemapFilter(ld));
    }

    @Override
    public void serverAfterStarting(FusekiServer server) {
        ld.resolve(server.getHttpPort());
        ld.warm();
    }

    @Override
    public void serverStopped(FusekiServer server) {
        ld.close();
    }
}
