package it.cns.enrollment.application.counter;

import static org.assertj.core.api.Assertions.assertThat;

import it.cns.enrollment.domain.activation.ActivationCase;
import it.cns.enrollment.domain.activation.ActivationSettings;
import it.cns.enrollment.domain.activation.CodeKind;
import it.cns.enrollment.domain.activation.IssuedCodes;
import it.cns.enrollment.domain.mail.OutgoingMail;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The codes mail speaks to whoever receives it, and tells the process as it is. */
class ActivationCodesMailTest {

  private static String body(ActivationCase activationCase) {
    try (IssuedCodes codes =
        IssuedCodes.generate(new SecureRandom(), ActivationSettings.defaults())) {
      OutgoingMail mail =
          ActivationCodesMail.of(7, activationCase, "************9008", 2, "a@b.it", codes);
      String body = new String(mail.body());
      for (CodeKind kind : CodeKind.values()) {
        assertThat(body).contains(new String(codes.secondHalf(kind)));
        assertThat(body).doesNotContain(new String(codes.whole(kind)));
      }
      return body;
    }
  }

  @Test
  void theHolderIsAddressedAsHolder() {
    String body = body(ActivationCase.HOLDER);
    assertThat(body).startsWith("Gentile titolare,").contains("la Sua TS-CNS (tessera n. ");
    assertThat(body).contains("Dear card holder,").contains("your TS-CNS");
    assertThat(body).contains("emissione n. 2").contains("************9008");
    assertThat(body.indexOf("Gentile")).isLessThan(body.indexOf("Dear"));
  }

  @Test
  void aParentIsAddressedAsParentAboutTheChildsCard() {
    String body = body(ActivationCase.PARENT_OF_MINOR);
    assertThat(body).startsWith("Gentile genitore,").contains("TS-CNS di Suo figlio minore");
    assertThat(body).contains("Dear parent,").contains("minor child's TS-CNS");
    assertThat(body).doesNotContain("titolare,").doesNotContain("la Sua TS-CNS");
  }

  @Test
  void aLegalRepresentativeIsAddressedInThatRole() {
    String body = body(ActivationCase.LEGAL_REPRESENTATIVE);
    assertThat(body)
        .startsWith("Gentile tutore, curatore o amministratore di sostegno,")
        .contains("della persona che Lei rappresenta")
        .doesNotContain("la Sua TS-CNS")
        .contains("the person you represent");
  }

  @Test
  void theDelegateCaseSaysWhoseCardAndWhoseCodesTheyAre() {
    String body = body(ActivationCase.DELEGATE);
    assertThat(body)
        .doesNotContain("Gentile titolare")
        .doesNotContain("la Sua TS-CNS")
        .contains("da una persona da lui delegata")
        .contains("I codici sono del titolare")
        .contains("The codes are the holder's");
  }

  @ParameterizedTest
  @EnumSource(ActivationCase.class)
  void theCipIsTheOneCodeToldToAnOperatorToRevokeTheCard(ActivationCase activationCase) {
    String body = body(activationCase);
    assertThat(body).doesNotContain("nessun operatore glieli chieder\u00e0.\n");
    assertThat(body).doesNotContain("no operator will ask for them.\n");
    assertThat(body)
        .contains("Il CIP va comunicato solo all\u2019operatore dello sportello")
        .contains("revoca della tessera")
        .contains("Tell the CIP only to the counter operator");
  }
}
