package org.ponte.server;

import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;

/**
 * {@code GET /$/server}: Fuseki's JSON description of the server and its datasets, which the
 * query UI reads to find the query endpoint. GET only; Fuseki's admin module, which would also
 * let anyone create and delete datasets, is not installed.
 */
final class ReadOnlyServerStatus extends ActionServerStatus {
    @Override
    public void validate(HttpAction action) {
        String m = action.getRequestMethod();
        if (!m.equals("GET") && !m.equals("HEAD")) ServletOps.errorMethodNotAllowed(m);
    }
}
