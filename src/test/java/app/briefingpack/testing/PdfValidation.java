package app.briefingpack.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * Validates PDFs with veraPDF (greenfield parser) against PDF/UA-1 and PDF/A-2a. The foundry is
 * initialised once per JVM; each call parses the file once per flavour.
 *
 * <pre>{@code PdfValidation.assertCompliant(path);            // both flavours
 * List<String> f = PdfValidation.failures(bytes, PDFAFlavour.PDFUA_1);}</pre>
 */
public final class PdfValidation {

    private static boolean initialised;

    private PdfValidation() {}

    private static synchronized void init() {
        if (!initialised) {
            VeraGreenfieldFoundryProvider.initialise();
            initialised = true;
        }
    }

    /** Failed checks, one readable line each ("PDFUA_1 7.1-3: description [context]"); empty when compliant. */
    public static List<String> failures(byte[] pdf, PDFAFlavour flavour) {
        init();
        List<String> out = new ArrayList<>();
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour)) {
            PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false);
            ValidationResult result = validator.validate(parser);
            for (TestAssertion a : result.getTestAssertions()) {
                if (a.getStatus() != TestAssertion.Status.FAILED) continue;
                out.add(flavour + " " + a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": "
                        + a.getMessage() + (a.getErrorMessage() != null ? " (" + a.getErrorMessage() + ")" : "")
                        + " [" + a.getLocationContext() + "]");
            }
        } catch (Exception e) {
            out.add(flavour + ": veraPDF could not validate the file: " + e);
        }
        return out;
    }

    /** Failed checks for PDF/UA-1 and PDF/A-2a together. */
    public static List<String> failures(byte[] pdf) {
        List<String> all = new ArrayList<>(failures(pdf, PDFAFlavour.PDFUA_1));
        all.addAll(failures(pdf, PDFAFlavour.PDFA_2_A));
        return all;
    }

    public static List<String> failures(Path pdf) throws IOException {
        return failures(Files.readAllBytes(pdf));
    }

    /** Throws an AssertionError listing every failed check (deduplicated) when the PDF is not compliant. */
    public static void assertCompliant(byte[] pdf, String what) {
        List<String> f = failures(pdf);
        if (!f.isEmpty()) {
            List<String> distinct = f.stream().distinct().limit(40).toList();
            throw new AssertionError(what + ": " + f.size() + " failed veraPDF checks:\n  " + String.join("\n  ", distinct));
        }
    }

    public static void assertCompliant(Path pdf) throws IOException {
        assertCompliant(Files.readAllBytes(pdf), pdf.getFileName().toString());
    }
}
