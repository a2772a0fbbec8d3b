package it.cns.enrollment.infrastructure.pki.validation;

import static it.cns.enrollment.infrastructure.pki.validation.TestPki.CA;
import static it.cns.enrollment.infrastructure.pki.validation.TestPki.ROOT;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import it.cns.enrollment.devpki.TrustedListWriter;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue #15, fuzzing the trusted-list reader: whatever XML (or not) arrives, it answers a list
 * signed by the configured signer or a {@link TrustedListException} with its reason; nothing else
 * escapes (no parser exception, no entity resolved, no loop). Seeds: a signed list, the same signed
 * by its root id, and the unsigned form.
 */
class TrustedListReaderFuzzTest {

  private final TrustedListReader reader =
      new TrustedListReader(ROOT.certificate(), TestPki.systemClock());

  static Stream<byte[]> seeds() {
    TrustedListWriter list =
        TrustedListWriter.create().withSequenceNumber(7).addIdVService(CA.certificate());
    return Stream.of(
        list.signed(ROOT.privateKey(), ROOT.certificate()),
        list.signedByRootId(ROOT.privateKey(), ROOT.certificate()),
        ("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<TrustServiceStatusList xmlns=\""
                + TrustedListReader.TSL_NAMESPACE
                + "\">&e;"
                + "</TrustServiceStatusList>")
            .getBytes(StandardCharsets.UTF_8));
  }

  @MethodSource("seeds")
  @FuzzTest(maxDuration = "10s")
  void answersASignedListOrATypedRefusal(byte[] xml) {
    TrustedListReader.TrustedList list;
    try {
      list = reader.read(xml);
    } catch (TrustedListException refused) {
      assertThat(refused.reason()).isNotNull();
      return;
    }
    assertThat(list.description()).isNotNull();
    assertThat(list.nextUpdate()).isNotNull();
  }
}
