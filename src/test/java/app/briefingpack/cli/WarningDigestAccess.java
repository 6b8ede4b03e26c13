package app.briefingpack.cli;

import java.util.List;

/** Lets tests in other packages condense warnings as the command line does. */
public final class WarningDigestAccess {
    private WarningDigestAccess() {}

    public static List<String> condense(String source, List<String> warnings) {
        return WarningDigest.condense(source, warnings);
    }
}
