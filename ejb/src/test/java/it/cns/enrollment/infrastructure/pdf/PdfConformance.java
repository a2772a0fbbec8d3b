package it.cns.enrollment.infrastructure.pdf;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * veraPDF (greenfield parser, the validator the PDF Association's own tools use) run over a PDF the
 * application made, against one of its built-in profiles: PDF/A-2a (archival, with the tagging and
 * Unicode mapping level "a" adds) and PDF/UA-1 (the machine-checkable part of ISO 14289-1; what
 * only a person can judge, such as a meaningful reading order, it cannot check).
 */
public final class PdfConformance {

  static {
    VeraGreenfieldFoundryProvider.initialise();
  }

  private PdfConformance() {}

  /**
   * The rules {@code pdf} breaks under {@code flavour}, one line each ("clause-test: message
   * (count)"), sorted; empty when it complies.
   */
  public static List<String> failures(byte[] pdf, PDFAFlavour flavour) {
    try (PDFAParser parser =
            Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
        PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
      ValidationResult result = validator.validate(parser);
      Map<String, Integer> failed = new TreeMap<>();
      for (TestAssertion a : result.getTestAssertions()) {
        if (a.getStatus() == TestAssertion.Status.FAILED) {
          failed.merge(
              a.getRuleId().getClause()
                  + "-"
                  + a.getRuleId().getTestNumber()
                  + ": "
                  + a.getMessage(),
              1,
              Integer::sum);
        }
      }
      if (!result.isCompliant() && failed.isEmpty()) {
        return List.of("not compliant: " + result.getJobEndStatus());
      }
      return failed.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")").toList();
    } catch (Exception e) {
      throw new IllegalStateException("veraPDF could not validate the document", e);
    }
  }
}
