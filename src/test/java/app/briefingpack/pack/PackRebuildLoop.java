package app.briefingpack.pack;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;

/**
 * A child process for {@link KillDuringRebuildTest} and {@link KillDuringPartialRerunTest}: rebuilds
 * the pack {@code OUT/story} from two versions of an article, one after the other, until it is
 * killed. Prints "built" after each. OUTPUTS (e.g. {@code JSON,PDF}, default JSON and PDF) and
 * {@code large-print} say which parts each build writes, as {@code --only} and
 * {@code --large-print} do.
 *
 * <pre>java -cp ... app.briefingpack.pack.PackRebuildLoop OUT a/story.txt b/story.txt [BUILDS [OUTPUTS [large-print]]]</pre>
 */
public final class PackRebuildLoop {

    private PackRebuildLoop() {}

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        Set<PackOptions.Output> outputs = EnumSet.of(PackOptions.Output.JSON, PackOptions.Output.PDF);
        if (args.length > 4) {
            outputs = EnumSet.noneOf(PackOptions.Output.class);
            for (String o : args[4].split(",")) outputs.add(PackOptions.Output.valueOf(o));
        }
        boolean largePrint = args.length > 5 && args[5].equals("large-print");
        PackBuilder builder = new PackBuilder(options(out, outputs, largePrint), ProgressListener.NONE);
        long builds = args.length > 3 && !args[3].equals("-") ? Long.parseLong(args[3]) : Long.MAX_VALUE;
        for (long i = 0; i < builds; i++) {
            builder.build(Path.of(args[1 + (int) (i % 2)]));
            System.out.println("built");
            System.out.flush();
        }
    }

    static PackOptions options(Path out) {
        return options(out, EnumSet.of(PackOptions.Output.JSON, PackOptions.Output.PDF), false);
    }

    static PackOptions options(Path out, Set<PackOptions.Output> outputs, boolean largePrint) {
        PackOptions d = PackOptions.defaults(out);
        return new PackOptions(out, null, d.read(), outputs, PackOptions.FolderNaming.FILE, d.layouts(), null, null,
                "standard", largePrint, d.speech());
    }
}
