package org.ponte.cli;

import org.ponte.core.PonteConfig;
import org.ponte.core.ProblemLog;
import org.ponte.server.PonteServer;
import org.ponte.server.ld.LinkedData;

/** The place where the command line adds the linked-data layer (dereferencing, pages, dumps, VoID) to the server. */
final class LinkedDataModules {
    private LinkedDataModules() {}

    static void install(PonteServer.Builder b, PonteConfig cfg, ProblemLog problems) {
        LinkedData.install(b, cfg, problems);
    }
}
