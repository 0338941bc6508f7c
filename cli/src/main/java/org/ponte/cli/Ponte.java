package org.ponte.cli;

import java.util.concurrent.Callable;
import org.ponte.core.InvalidSettingException;
import org.ponte.core.PonteException;
import org.ponte.core.PonteVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code ./ponte} command: map documents to RDF, validate, load a TDB2 store, serve it,
 * export dumps, or do all of it with {@code publish}.
 */
@Command(name = "ponte", mixinStandardHelpOptions = true, versionProvider = Ponte.Version.class,
        description = {"Ponte: publish who runs, funds and partners in migrant-integration work as linked data.", ""},
        subcommands = {PublishCommand.class, MapCommand.class, ValidateCommand.class, LoadCommand.class, ServeCommand.class,
                ExportCommand.class, EvaluateCommand.class, CommandLine.HelpCommand.class},
        footer = ExitCodes.HELP)
public final class Ponte implements Callable<Integer> {

    /** No subcommand: a usage error, as for any other incomplete command line. */
    @Override
    public Integer call() {
        CommandLine cl = new CommandLine(this);
        cl.getErr().println("ponte: say which command to run");
        cl.usage(cl.getErr());
        return ExitCodes.USAGE;
    }

    public static void main(String[] args) {
        // A re-publish while a server runs needs one request: done before picocli is even loaded.
        Integer quick = PublishCommand.publishThroughRunningServer(args);
        System.exit(quick != null ? quick : run(args));
    }

    /** Runs a command line and returns its exit code; what {@code main} and tests call. */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new Ponte());
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            // Users see a reason, not a stack trace; --verbose style debugging goes to the log.
            if (ex instanceof InvalidSettingException) {
                // A flag (or its environment or properties twin) with an unusable value: a usage error.
                line.getErr().println("ponte " + line.getCommandName() + ": " + ex.getMessage());
                return ExitCodes.USAGE;
            }
            if (ex instanceof PonteException) {
                line.getErr().println("ponte " + line.getCommandName() + ": " + ex.getMessage());
            } else {
                line.getErr().println("ponte " + line.getCommandName() + ": " + ex);
                if (System.getenv("PONTE_DEBUG") != null) ex.printStackTrace(line.getErr());
            }
            return ExitCodes.FAILED;
        });
        return cl.execute(args);
    }

    /** The version from the build. */
    public static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Ponte " + PonteVersion.get()};
        }
    }
}
