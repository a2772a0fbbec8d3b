package it.cns.enrollment.infrastructure.pki.validation;

import static org.assertj.core.api.Assertions.assertThat;

import it.cns.enrollment.domain.identity.TrustedListDownloaded;
import it.cns.enrollment.infrastructure.pki.validation.TrustedListDownload.Outcome;
import it.cns.enrollment.infrastructure.pki.validation.TrustedListDownload.Result;
import java.net.URI;
import org.junit.jupiter.api.Test;

class TrustedListNewsTest {

  private static final URI SOURCE = URI.create("http://127.0.0.1:8099/TSL-IT.xml");

  private final TrustedListNews news = new TrustedListNews(SOURCE);

  private static Result refused(Outcome outcome, String detail) {
    return new Result(outcome, detail);
  }

  @Test
  void aListTakenIsAlwaysNews() {
    Result updated = new Result(Outcome.UPDATED, "list 7, 3 CNS issuer certificates");

    assertThat(news.of(updated))
        .contains(TrustedListDownloaded.taken(SOURCE.toString(), updated.detail()));
    assertThat(news.of(updated)).isPresent();
  }

  @Test
  void anUnchangedListIsNeverNews() {
    assertThat(news.of(new Result(Outcome.UNCHANGED, "list 7"))).isEmpty();
  }

  @Test
  void aRefusalRepeatedWordForWordIsNewsOnce() {
    Result stranger = refused(Outcome.WRONG_SIGNER, "signed by CN=Falsa AgID");

    assertThat(news.of(stranger))
        .contains(
            TrustedListDownloaded.refused(
                SOURCE.toString(), "WRONG_SIGNER", "signed by CN=Falsa AgID"));
    for (int retry = 0; retry < 5; retry++) {
      assertThat(news.of(stranger)).as("retry " + retry).isEmpty();
    }
  }

  @Test
  void anotherRefusalIsNewsAndSoIsTheFirstAgainAfterIt() {
    Result stranger = refused(Outcome.WRONG_SIGNER, "signed by CN=Falsa AgID");
    Result truncated = refused(Outcome.MALFORMED, "premature end of file");

    assertThat(news.of(stranger)).isPresent();
    assertThat(news.of(truncated)).map(TrustedListDownloaded::refusal).contains("MALFORMED");
    assertThat(news.of(stranger)).map(TrustedListDownloaded::refusal).contains("WRONG_SIGNER");
    assertThat(news.of(refused(Outcome.WRONG_SIGNER, "signed by CN=Altra")))
        .as("the same outcome for another reason")
        .isPresent();
  }

  @Test
  void aListFoundCurrentEndsARunOfRefusals() {
    Result down = refused(Outcome.NETWORK_ERROR, "java.net.ConnectException: refused");

    assertThat(news.of(down)).isPresent();
    assertThat(news.of(new Result(Outcome.UNCHANGED, "list 7"))).isEmpty();
    assertThat(news.of(down)).as("down again after a good refresh").isPresent();
    assertThat(news.of(down)).isEmpty();
  }
}
