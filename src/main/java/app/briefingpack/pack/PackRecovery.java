package app.briefingpack.pack;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Repairs what a killed run left beside the pack {@code outDir/slug}, touching only entries it can
 * prove a run of this program made: a real folder (never a link), owned by the current user,
 * named exactly {@code .SLUG.staging-UUID} or {@code .SLUG.old-UUID}, and vouched for by a
 * {@link RunMarker} of that run. A staging folder holds its own marker; an old pack moved aside
 * is vouched for by its run's marker in the staging folder (killed before the new pack went in)
 * or in the pack folder (killed after). Anything else named like them (a user's
 * {@code .story.old-drafts}, a link planted in a shared folder) is left alone with a warning.
 * The caller holds the pack's {@link PackLock}.
 */
final class PackRecovery {

    private PackRecovery() {}

    /** Repairs the pack's leftovers; returns a warning for each entry left alone. */
    static List<String> recover(Path outDir, String slug) throws IOException {
        List<String> warnings = new ArrayList<>();
        if (!Files.isDirectory(outDir)) return warnings;
        Path target = outDir.resolve(slug);
        String oldPrefix = PackTransaction.oldName(slug, "");
        String stagingPrefix = PackTransaction.stagingName(slug, "");
        List<Path> olds = new ArrayList<>();
        List<Path> stagings = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(outDir)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (name.startsWith(oldPrefix)) olds.add(entry);
                else if (name.startsWith(stagingPrefix)) stagings.add(entry);
            }
        }
        for (Path old : olds) {
            String run = old.getFileName().toString().substring(oldPrefix.length());
            String notOurs = notOurs(old, run);
            Path staging = outDir.resolve(PackTransaction.stagingName(slug, run));
            boolean newPackIn = OutputPaths.isRealFolder(target) && RunMarker.marks(target, run, slug);
            boolean newPackStaged = notOurs(staging, run) == null && RunMarker.marks(staging, run, slug);
            try {
                if (notOurs != null) warnings.add(leftAlone(old, notOurs));
                else if (newPackIn) PackTransaction.carryForeignFilesThenDelete(outDir, old, target);
                else if (newPackStaged && !Files.exists(target, LinkOption.NOFOLLOW_LINKS)) PackTransaction.move(old, target);
                else warnings.add(leftAlone(old, "no interrupted run of this program left it"));
            } catch (IOException e) {
                throw new IOException("could not repair what an interrupted run left (" + e.getMessage() + ")", e);
            }
        }
        for (Path staging : stagings) {
            if (!Files.exists(staging, LinkOption.NOFOLLOW_LINKS)) continue;
            String run = staging.getFileName().toString().substring(stagingPrefix.length());
            String notOurs = notOurs(staging, run);
            try {
                if (notOurs != null) warnings.add(leftAlone(staging, notOurs));
                else if (RunMarker.marks(staging, run, slug)) PackTransaction.deleteTree(outDir, staging);
                else if (isEmpty(staging)) Files.delete(staging); // killed before its marker was written
                else if (holdsOnlyAnUnfinishedMarker(staging)) { // killed while writing its marker
                    Files.delete(staging.resolve(RunMarker.FILE_NAME));
                    Files.delete(staging);
                }
                else warnings.add(leftAlone(staging, "it holds no marker of a run of this program"));
            } catch (IOException e) {
                throw new IOException("could not delete what an interrupted run left (" + e.getMessage() + ")", e);
            }
        }
        removeFinishedMarker(outDir, slug, target);
        return warnings;
    }

    /** A commit killed after its old pack was gone but before it removed its marker. */
    private static void removeFinishedMarker(Path outDir, String slug, Path target) throws IOException {
        if (!OutputPaths.isRealFolder(target)) return;
        var marker = RunMarker.readFrom(target);
        if (marker.isEmpty() || !marker.get().pack().equals(slug)) return;
        if (Files.exists(outDir.resolve(PackTransaction.oldName(slug, marker.get().run().toString())), LinkOption.NOFOLLOW_LINKS))
            return;
        Files.deleteIfExists(target.resolve(RunMarker.FILE_NAME));
    }

    /** Why {@code entry} cannot be one of ours; null when it may be. */
    private static String notOurs(Path entry, String run) {
        if (!RunMarker.UUID_TEXT.matcher(run).matches()) return "its name is not one this program makes";
        if (Files.isSymbolicLink(entry)) return "it is a link; links are never followed";
        if (!OutputPaths.isRealFolder(entry)) return "it is not a folder";
        if (!OutputPaths.ownedByCurrentUser(entry)) return "another user owns it";
        return null;
    }

    /**
     * A staging folder killed between creating its marker file and writing it: nothing in it but
     * a small regular file under the marker's name that is not yet a whole marker.
     */
    private static boolean holdsOnlyAnUnfinishedMarker(Path folder) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            var it = entries.iterator();
            if (!it.hasNext()) return false;
            Path only = it.next();
            return !it.hasNext() && only.getFileName().toString().equals(RunMarker.FILE_NAME)
                    && Files.isRegularFile(only, LinkOption.NOFOLLOW_LINKS) && Files.size(only) <= 1024
                    && RunMarker.readFrom(folder).isEmpty();
        }
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            return !entries.iterator().hasNext();
        }
    }

    private static String leftAlone(Path entry, String why) {
        return entry + " was left alone: it is named like a leftover of an interrupted run, but " + why;
    }
}
