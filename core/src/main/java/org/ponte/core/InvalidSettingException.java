package org.ponte.core;

/**
 * A setting with a value Ponte cannot use (a port out of range, a number that is not one, a base
 * IRI that is not an absolute http(s) IRI, an unknown key in a properties file), whether it came
 * from a flag, the environment or a properties file: the command line or configuration is
 * wrong, not the run, so commands exit with the usage code (2) rather than the failure code.
 */
public class InvalidSettingException extends PonteException {
    private static final long serialVersionUID = 1L;

    public InvalidSettingException(String message) {
        super(message);
    }
}
