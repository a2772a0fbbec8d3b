package it.cns.enrollment.infrastructure.pki;

import static it.cns.enrollment.infrastructure.pki.TestCards.custom;
import static it.cns.enrollment.infrastructure.pki.TestCards.derOf;
import static it.cns.enrollment.infrastructure.pki.TestCards.pem;
import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.fail;

import it.cns.enrollment.devpki.CardProfile;
import it.cns.enrollment.domain.identity.CertificateRefusal;
import it.cns.enrollment.domain.identity.CertificateRefusedException;
import it.cns.enrollment.domain.identity.CnsCertificate;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERBMPString;
import org.bouncycastle.asn1.DERIA5String;
import org.bouncycastle.asn1.DERPrintableString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERT61String;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.DERUniversalString;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.CertIOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Whatever arrives, the parser answers with a CnsCertificate or a typed refusal, nothing else. */
class CnsCertificateParserRobustnessTest {

  private static final String CF = "MSRNTN77H15C351X";
  private static final String CN = CF + "/6120016461039008.i1ZpZfaCX/eKyikBfnF8to+M2T8=";
  private static final byte[] REAL = derOf(CardProfile.forCodiceFiscale(CF));
  private static final Charset UTF_32BE = Charset.forName("UTF-32BE"); // not in StandardCharsets

  private final CnsCertificateParser parser = new CnsCertificateParser();

  /** What the parser answered: empty for a certificate, else the refusal; anything else fails. */
  private Optional<CertificateRefusal> outcome(byte[] input, String context) {
    try {
      parser.parse(input);
      return Optional.empty();
    } catch (CertificateRefusedException e) {
      return Optional.of(e.refusal());
    } catch (Throwable t) {
      String shown = HexFormat.of().formatHex(input, 0, Math.min(input.length, 64));
      throw new AssertionError(context + ": " + t + " escaped for input " + shown + "...", t);
    }
  }

  private CertificateRefusal refusalOf(byte[] input) {
    return catchThrowableOfType(CertificateRefusedException.class, () -> parser.parse(input))
        .refusal();
  }

  @Test
  void refusesEmptyInputAsMalformed() {
    assertThat(refusalOf(new byte[0])).isEqualTo(CertificateRefusal.MALFORMED);
  }

  @Test
  void refusesInputOverSixtyFourKibibytesWithoutParsingIt() {
    byte[] huge = Arrays.copyOf(REAL, CnsCertificateParser.MAX_INPUT_BYTES + 1);

    CertificateRefusedException e =
        catchThrowableOfType(CertificateRefusedException.class, () -> parser.parse(huge));

    assertThat(e.refusal()).isEqualTo(CertificateRefusal.MALFORMED);
    assertThat(e.technicalDetail()).contains("exceeds");
  }

  @Test
  void refusesEveryTruncationOfARealCertificateAsMalformed() {
    for (int length = 1; length < REAL.length; length++) {
      assertThat(outcome(Arrays.copyOf(REAL, length), "truncated to " + length))
          .contains(CertificateRefusal.MALFORMED);
    }
  }

  @Test
  void refusesTrailingBytesAfterTheCertificate() {
    byte[] padded = Arrays.copyOf(REAL, REAL.length + 3);

    assertThat(refusalOf(padded)).isEqualTo(CertificateRefusal.MALFORMED);
  }

  @Test
  void refusesPemThatHoldsNoReadableCertificate() {
    String body = Base64.getEncoder().encodeToString(new byte[] {1, 2, 3, 4, 5, 6});
    Stream.of(
            "-----BEGIN CERTIFICATE-----\n" + body + "\n-----END CERTIFICATE-----\n",
            "-----BEGIN CERTIFICATE-----\n%%%% not base64 %%%%\n-----END CERTIFICATE-----\n",
            pem(REAL).replace("-----END CERTIFICATE-----", ""),
            pem(REAL).replace("CERTIFICATE", "PRIVATE KEY"),
            pem(REAL).substring(0, pem(REAL).length() / 2),
            "-----",
            "-----BEGIN CERTIFICATE----------END CERTIFICATE-----")
        .forEach(
            text ->
                assertThat(outcome(text.getBytes(US_ASCII), "PEM"))
                    .contains(CertificateRefusal.MALFORMED));
  }

  static Stream<Function<String, ASN1Encodable>> directoryStringTypes() {
    return Stream.of(
        DERUTF8String::new,
        DERPrintableString::new,
        DERBMPString::new,
        DERT61String::new,
        DERIA5String::new,
        s -> new DERUniversalString(s.getBytes(UTF_32BE)));
  }

  @ParameterizedTest
  @MethodSource("directoryStringTypes")
  void readsTheCommonNameWhicheverStringTypeEncodesIt(Function<String, ASN1Encodable> type) {
    X500Name subject =
        new X500Name(
            new RDN[] {
              new RDN(BCStyle.C, new DERPrintableString("IT")), new RDN(BCStyle.CN, type.apply(CN))
            });

    CnsCertificate c = parser.parse(custom(subject));

    assertThat(c.codiceFiscale().value()).isEqualTo(CF);
    assertThat(c.cardId()).map(Object::toString).contains("************9008");
    assertThat(c.commonName()).contains(CN);
  }

  @Test
  void refusesAsUnreadableASubjectWithTwoCommonNames() {
    X500Name subject =
        new X500Name(
            new RDN[] {
              new RDN(BCStyle.CN, new DERUTF8String(CN)),
              new RDN(BCStyle.CN, new DERUTF8String("RSSMRA80A01H501U/6120016461039008.x"))
            });

    assertThat(refusalOf(custom(subject))).isEqualTo(CertificateRefusal.CF_UNREADABLE);
  }

  @Test
  void refusesAsUnreadableACommonNameThatIsNotAString() {
    X500Name subject = new X500Name(new RDN[] {new RDN(BCStyle.CN, new ASN1Integer(42))});

    assertThat(refusalOf(custom(subject))).isEqualTo(CertificateRefusal.CF_UNREADABLE);
  }

  static Stream<Arguments> malformedExtensions() throws IOException {
    byte[] integer = new ASN1Integer(5).getEncoded();
    byte[] sequenceOfInteger = new DERSequence(new ASN1Integer(1)).getEncoded();
    byte[] notDer = {(byte) 0xff, 0x01, 0x02};
    return Stream.of(
        Arguments.of(Extension.keyUsage, integer),
        Arguments.of(Extension.keyUsage, notDer),
        Arguments.of(Extension.certificatePolicies, sequenceOfInteger),
        Arguments.of(Extension.certificatePolicies, notDer),
        Arguments.of(Extension.extendedKeyUsage, sequenceOfInteger),
        Arguments.of(Extension.extendedKeyUsage, integer));
  }

  @ParameterizedTest
  @MethodSource("malformedExtensions")
  void refusesAMalformedExtensionAsMalformed(ASN1ObjectIdentifier extension, byte[] value) {
    X500Name subject = new X500Name(new RDN[] {new RDN(BCStyle.CN, new DERUTF8String(CN))});
    byte[] der =
        custom(
            subject,
            builder -> {
              try {
                builder.addExtension(extension, false, value);
              } catch (CertIOException e) {
                throw new UncheckedIOException(e);
              }
            });

    CertificateRefusedException e =
        catchThrowableOfType(CertificateRefusedException.class, () -> parser.parse(der));

    assertThat(e.refusal()).isEqualTo(CertificateRefusal.MALFORMED);
    assertThat(e.technicalDetail()).contains("extension");
  }

  @Test
  void refusesDeeplyNestedAsn1AsMalformed() {
    ByteArrayOutputStream nested = new ByteArrayOutputStream();
    while (nested.size() < CnsCertificateParser.MAX_INPUT_BYTES - 2) {
      nested.write(0x30); // SEQUENCE,
      nested.write(0x80); // indefinite length: two bytes per level, no end in sight
    }

    assertThat(outcome(nested.toByteArray(), "nested")).contains(CertificateRefusal.MALFORMED);
  }

  @Test
  void answersTwoThousandRandomInputsWithATypedRefusal() {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    for (int i = 0; i < 2000; i++) {
      byte[] input = new byte[random.nextInt(3000)];
      random.nextBytes(input);
      if (input.length > 4 && i % 2 == 0) {
        // Half look like the start of a DER certificate, to get past the first byte.
        input[0] = 0x30;
        input[1] = (byte) 0x82;
        input[2] = (byte) ((input.length - 4) >> 8);
        input[3] = (byte) (input.length - 4);
      }
      assertThat(outcome(input, "seed " + seed + ", input " + i))
          .contains(CertificateRefusal.MALFORMED);
    }
  }

  @Test
  void answersRandomTruncationsAndMutationsOfARealCertificateWithACertificateOrARefusal() {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    Set<CertificateRefusal> readingRefusals =
        EnumSet.of(
            CertificateRefusal.MALFORMED,
            CertificateRefusal.CF_UNREADABLE,
            CertificateRefusal.CF_INVALID);
    for (int i = 0; i < 2000; i++) {
      byte[] input = REAL.clone();
      int flips = 1 + random.nextInt(4);
      for (int f = 0; f < flips; f++) {
        input[random.nextInt(input.length)] = (byte) random.nextInt(256);
      }
      if (i % 2 == 0) {
        input = Arrays.copyOf(input, 1 + random.nextInt(input.length - 1));
        assertThat(outcome(input, "seed " + seed + ", truncation " + i))
            .contains(CertificateRefusal.MALFORMED);
      } else {
        Optional<CertificateRefusal> answer = outcome(input, "seed " + seed + ", mutation " + i);
        if (answer.isPresent() && !readingRefusals.contains(answer.get())) {
          fail("seed " + seed + ", mutation " + i + ": unexpected " + answer.get());
        }
      }
    }
  }
}
