package org.ponte.server;

import java.util.List;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.build.FusekiConfig;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.sparql.util.Context;
import org.ponte.core.PonteException;
import org.ponte.loader.FusekiConfigFile;
import org.ponte.loader.Generation;
import org.ponte.loader.GenerationDatasets;
import org.ponte.loader.StoreLayout;
import org.ponte.loader.TextIndexBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a store generation into the Fuseki data service described by the assembler file: the
 * file's one {@code fuseki:Service}, its endpoints as declared, its dataset assembled by Fuseki
 * with the locations bound to the generation. With admin access on, the write endpoints are
 * added here, each requiring an authenticated user:
 * {@code update} (SPARQL Update), {@code data} (Graph Store read-write), {@code replace}
 * ({@link AdminActions#REPLACE}) and {@code reload} ({@link AdminActions#RELOAD}).
 */
final class GenerationServices {
    private static final Logger LOG = LoggerFactory.getLogger(GenerationServices.class);

    private final FusekiConfigFile config;
    private final StoreLayout layout;
    private final boolean admin;
    private volatile String name;

    GenerationServices(FusekiConfigFile config, StoreLayout layout, boolean admin) {
        this.config = config;
        this.layout = layout;
        this.admin = admin;
    }

    /** The service (dataset) name from the file, for example {@code /ponte}; known after the first open. */
    String name() { return name; }

    /**
     * Opens a generation for serving: repairs its text index if a crash left it behind, then
     * builds its data service from the configuration file. The service is not active yet.
     *
     * @throws PonteException when the generation cannot be opened (for example, another process
     *         holds its TDB2 lock) or the file does not declare exactly one service
     */
    ServedGeneration open(Generation gen) {
        TextIndexBuilder.repairIfDirty(layout, config, gen);
        List<DataAccessPoint> daps = FusekiConfig.processServerConfiguration(config.boundTo(gen).getGraph(), new Context());
        if (daps.size() != 1) {
            daps.forEach(d -> GenerationDatasets.close(d.getDataService().getDataset()));
            throw new PonteException(daps.isEmpty()
                    ? "could not open " + gen.name() + " as described in " + config.file() + " (see the log above)"
                    : config.file() + " must declare exactly one fuseki:Service, not " + daps.size());
        }
        DataAccessPoint dap = daps.get(0);
        if (name != null && !name.equals(dap.getName()))
            throw new PonteException(config.file() + " changed its service name from " + name + " to " + dap.getName());
        if (!"/ponte".equals(dap.getName()))
            LOG.warn("{} names the service {}; Ponte's documented endpoints are under /ponte", config.file(), dap.getName());
        name = dap.getName();
        DataService declared = dap.getDataService();
        if (GenerationDatasets.textDataset(declared.getDataset()) == null)
            LOG.warn("{}: the dataset has no text index; text:query and graph replacement will not work", config.file());
        DataService.Builder b = DataService.newBuilder(declared).dataset(new ReadSafeDataset(declared.getDataset()));
        if (admin) {
            b.addEndpoint(Operation.Update, "update", Auth.ANY_USER);
            b.addEndpoint(Operation.GSP_RW, "data", Auth.ANY_USER);
            b.addEndpoint(AdminActions.REPLACE, "replace", Auth.ANY_USER);
            b.addEndpoint(AdminActions.RELOAD, "reload", Auth.ANY_USER);
        }
        LOG.info("opened {} for {}", gen.name(), name);
        return new ServedGeneration(gen, b.build());
    }
}
