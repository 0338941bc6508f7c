package org.ponte.cli;

/** The exit codes of every Ponte command, listed in each command's --help. */
public final class ExitCodes {
    private ExitCodes() {}

    /** Everything worked. */
    public static final int OK = 0;
    /** The command failed: a missing file, a port in use, a store that cannot be built. */
    public static final int FAILED = 1;
    /** The command line was wrong (picocli's usage error code), or a setting has an unusable value. */
    public static final int USAGE = 2;
    /** The run worked but some documents were skipped; they are listed in the report. */
    public static final int SKIPPED = 3;
    /** Validation found data that does not conform to the shapes. */
    public static final int INVALID = 4;

    /** The footer every command's help shows. */
    public static final String HELP = "%nExit codes:%n  0  success%n  1  failure (missing file, port in use, store error)%n"
            + "  2  bad command-line arguments or settings%n  3  success, but some documents were skipped (see the report)%n"
            + "  4  the data does not conform to the SHACL shapes%n";
}
