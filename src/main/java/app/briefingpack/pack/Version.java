package app.briefingpack.pack;

/** The program's version, from the JAR manifest (Maven writes it), else "dev". */
public final class Version {
    private Version() {}

    public static String get() {
        String v = Version.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
