package org.ponte.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.web.ContentType;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.servlets.ActionLib;
import org.apache.jena.fuseki.servlets.ActionService;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.irix.IRIs;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.WebContent;
import org.apache.jena.sparql.core.Quad;
import org.ponte.core.PonteException;
import org.ponte.loader.GraphReplacer;

/**
 * Ponte's two admin operations, for the command line's incremental re-publishing. They exist
 * only when admin credentials are configured, and require an authenticated user.
 * <ul>
 * <li>{@code PUT /ponte/replace?graph=IRI} with an N-Quads, TriG, Turtle or N-Triples body
 *     replaces that named graph in the live generation ({@link GraphReplacer}); an empty body
 *     deletes it. Answers JSON: graph, removed, added, indexEntries.</li>
 * <li>{@code POST /ponte/reload} switches to the generation {@code CURRENT} names. Answers JSON:
 *     generation, switched.</li>
 * </ul>
 */
final class AdminActions {
    /** Replace one named graph. */
    static final Operation REPLACE = Operation.alloc("https://w3id.org/ponte/ops#replaceGraph", "ponte-replace-graph",
            "Replace one named graph (Ponte)");
    /** Switch to the current store generation. */
    static final Operation RELOAD = Operation.alloc("https://w3id.org/ponte/ops#reload", "ponte-reload",
            "Switch to the current store generation (Ponte)");

    private AdminActions() {}

    static final class ReplaceGraph extends ActionService {
        private final Supplier<PonteServer> server;

        ReplaceGraph(Supplier<PonteServer> server) {
            this.server = server;
        }

        @Override
        public void execPut(HttpAction action) {
            executeLifecycle(action);
        }

        @Override
        public void validate(HttpAction action) {
            String graph = action.getRequestParameter("graph");
            if (graph == null || graph.isBlank()) ServletOps.errorBadRequest("missing ?graph=IRI");
            if (!IRIs.check(graph) || !graph.contains(":")) ServletOps.errorBadRequest("not an absolute IRI: " + graph);
            lang(action);
        }

        @Override
        public void execute(HttpAction action) {
            String graph = action.getRequestParameter("graph");
            List<Quad> quads;
            try (InputStream in = action.getRequestInputStream()) {
                quads = GraphReplacer.parse(graph, in, lang(action), "request body");
            } catch (PonteException e) {
                ServletOps.errorBadRequest(e.getMessage());
                return;
            } catch (IOException e) {
                ServletOps.errorBadRequest("cannot read the request body");
                return;
            }
            GraphReplacer.Result r = server.get().replaceGraph(graph, quads);
            JsonObject json = new JsonObject();
            json.put("graph", r.graph());
            json.put("removed", r.removed());
            json.put("added", r.added());
            json.put("indexEntries", r.indexAdded());
            sendJson(action, json);
        }

        private static Lang lang(HttpAction action) {
            ContentType ct = ActionLib.getContentType(action);
            Lang lang = ct == null ? null : RDFLanguages.contentTypeToLang(ct.getContentTypeStr());
            if (lang == null || !(lang.equals(Lang.NQUADS) || lang.equals(Lang.TRIG) || lang.equals(Lang.TURTLE) || lang.equals(Lang.NTRIPLES)))
                ServletOps.error(415, "send " + WebContent.contentTypeNQuads + ", " + WebContent.contentTypeTriG
                        + ", " + WebContent.contentTypeTurtle + " or " + WebContent.contentTypeNTriples);
            return lang;
        }
    }

    static final class Reload extends ActionService {
        private final Supplier<PonteServer> server;

        Reload(Supplier<PonteServer> server) {
            this.server = server;
        }

        @Override
        public void execPost(HttpAction action) {
            executeLifecycle(action);
        }

        @Override
        public void validate(HttpAction action) {}

        @Override
        public void execute(HttpAction action) {
            boolean switched = server.get().reload();
            JsonObject json = new JsonObject();
            json.put("generation", server.get().generation().name());
            json.put("switched", switched);
            sendJson(action, json);
        }
    }

    static void sendJson(HttpAction action, JsonObject json) {
        action.setResponseStatus(200);
        action.setResponseContentType(WebContent.contentTypeJSON);
        action.setResponseCharacterEncoding(WebContent.charsetUTF8);
        try {
            OutputStream out = action.getResponseOutputStream();
            out.write((json.toString() + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            ServletOps.errorOccurred(e);
        }
    }
}
