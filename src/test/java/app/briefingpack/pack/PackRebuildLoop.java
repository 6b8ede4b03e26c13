package app.briefingpack.pack;

import java.nio.file.Path;
import java.util.EnumSet;

/**
 * A child process for {@link KillDuringRebuildTest}: rebuilds the pack {@code OUT/story} from two
 * versions of an article, one after the other, until it is killed. Prints "built" after each.
 *
 * <pre>java -cp ... app.briefingpack.pack.PackRebuildLoop OUT a/story.txt b/story.txt [BUILDS]</pre>
 */
public final class PackRebuildLoop {

    private PackRebuildLoop() {}

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        PackBuilder builder = new PackBuilder(options(out), ProgressListener.NONE);
        long builds = args.length > 3 ? Long.parseLong(args[3]) : Long.MAX_VALUE;
        for (long i = 0; i < builds; i++) {
            builder.build(Path.of(args[1 + (int) (i % 2)]));
            System.out.println("built");
            System.out.flush();
        }
    }

    static PackOptions options(Path out) {
        PackOptions d = PackOptions.defaults(out);
        return new PackOptions(out, null, d.read(), EnumSet.of(PackOptions.Output.JSON, PackOptions.Output.PDF),
                PackOptions.FolderNaming.FILE, d.layouts(), null, null, "standard", false, d.speech());
    }
}
