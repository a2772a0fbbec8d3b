package it.cns.enrollment.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * docs/security.md shows the boundary matrix the integration test checks, and the same one: this
 * test fails when they differ. {@code -Dcns.matrix.write=true} rewrites the document's table from
 * the CSV (then review the diff).
 */
class BoundaryMatrixDocumentTest {

  @Test
  void securityDocShowsTheMatrixTheTestsCheck() throws Exception {
    Path doc = BoundaryMatrix.securityDoc();
    String current = BoundaryMatrix.read(doc);
    String expected =
        BoundaryMatrix.withTable(current, BoundaryMatrix.markdown(BoundaryMatrix.rows()));
    if (Boolean.getBoolean("cns.matrix.write")) {
      Files.writeString(doc, expected, StandardCharsets.UTF_8);
      current = BoundaryMatrix.read(doc);
    }
    assertThat(current)
        .as(
            "docs/security.md's boundary matrix differs from boundary-matrix.csv:"
                + " run with -Dcns.matrix.write=true and review the diff")
        .isEqualTo(expected);
  }
}
