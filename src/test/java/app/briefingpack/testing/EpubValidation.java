package app.briefingpack.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.adobe.epubcheck.api.EPUBLocation;
import com.adobe.epubcheck.api.EpubCheck;
import com.adobe.epubcheck.api.MasterReport;
import com.adobe.epubcheck.messages.Message;
import com.adobe.epubcheck.messages.Severity;
import com.adobe.epubcheck.util.FeatureEnum;

/** Runs EPUBCheck (the W3C's EPUB validator) on a book and returns its warnings and errors, one line each. */
public final class EpubValidation {

    private EpubValidation() {
    }

    public static List<String> problems(Path epub) {
        Collector report = new Collector();
        new EpubCheck(epub.toFile(), report).check();
        return report.lines;
    }

    private static final class Collector extends MasterReport {
        final List<String> lines = new ArrayList<>();

        @Override
        public void message(Message message, EPUBLocation location, Object... args) {
            Severity s = message.getSeverity();
            if (s == Severity.WARNING || s == Severity.ERROR || s == Severity.FATAL)
                lines.add(s + " " + message.getID() + " " + location + ": " + message.getMessage(args));
        }

        @Override
        public void info(String resource, FeatureEnum feature, String value) {
        }

        @Override
        public int generate() {
            return 0;
        }

        @Override
        public void initialize() {
        }
    }
}
