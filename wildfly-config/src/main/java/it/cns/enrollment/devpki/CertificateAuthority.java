package it.cns.enrollment.devpki;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.Certificate;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.CertificatePolicies;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.PolicyInformation;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.util.IPAddress;

/**
 * A development certificate authority: RSA 2048 keys, SHA256withRSA, random 16-byte serials.
 * Instances are immutable apart from the CRL number counter and safe to share between tests.
 */
public final class CertificateAuthority {

  /** Alias of the key entry in a CA's PKCS#12 file. */
  public static final String PKCS12_ALIAS = "ca";

  /** Apple platforms reject TLS server certificates valid for more than 825 days. */
  private static final Duration SERVER_VALIDITY = Duration.ofDays(800);

  private static final int PARTNER_VALIDITY_YEARS = 3;
  private static final int CA_VALIDITY_YEARS = 10;

  private final PrivateKey privateKey;
  private final X509Certificate certificate;
  private final List<X509Certificate> chain;
  private final String organization;

  // Seeded from the clock so a CA reloaded from disk still issues increasing CRL numbers.
  private final AtomicLong crlNumber = new AtomicLong(System.currentTimeMillis());

  private CertificateAuthority(
      PrivateKey privateKey, List<X509Certificate> chain, String organization) {
    this.privateKey = privateKey;
    this.certificate = chain.get(0);
    this.chain = List.copyOf(chain);
    this.organization = organization;
  }

  /** Self-signed root, valid from now-1d for 10 years. */
  public static CertificateAuthority newRoot(String commonName, String organization) {
    Objects.requireNonNull(commonName, "commonName");
    Objects.requireNonNull(organization, "organization");
    KeyPair keys = Pki.newRsaKeyPair();
    X500Name name = name(organization, commonName);
    Instant now = Pki.now();
    X509v3CertificateBuilder builder =
        new JcaX509v3CertificateBuilder(
            name,
            Pki.randomSerial(),
            Pki.date(now.minus(Duration.ofDays(1))),
            Pki.date(Pki.plusYears(now, CA_VALIDITY_YEARS)),
            name,
            keys.getPublic());
    addCaExtensions(
        builder,
        keys.getPublic(),
        Pki.extensionUtils().createAuthorityKeyIdentifier(keys.getPublic()));
    X509Certificate certificate = sign(builder, keys.getPrivate());
    return new CertificateAuthority(keys.getPrivate(), List.of(certificate), organization);
  }

  /** A subordinate CA issued by this one; its validity never outlasts this CA's. */
  public CertificateAuthority newIntermediate(String commonName, String organization) {
    Objects.requireNonNull(commonName, "commonName");
    Objects.requireNonNull(organization, "organization");
    KeyPair keys = Pki.newRsaKeyPair();
    Instant now = Pki.now();
    Instant notAfter = Pki.plusYears(now, CA_VALIDITY_YEARS);
    Instant ours = certificate.getNotAfter().toInstant();
    X509v3CertificateBuilder builder =
        leafBuilder(
            name(organization, commonName),
            keys.getPublic(),
            now.minus(Duration.ofDays(1)),
            notAfter.isAfter(ours) ? ours : notAfter);
    addCaExtensions(builder, keys.getPublic(), Pki.authorityKeyId(certificate));
    List<X509Certificate> subChain = new ArrayList<>();
    subChain.add(sign(builder, privateKey));
    subChain.addAll(chain);
    return new CertificateAuthority(keys.getPrivate(), subChain, organization);
  }

  /** Re-opens a CA written by {@link #writePkcs12} (key entry {@value #PKCS12_ALIAS}). */
  public static CertificateAuthority load(Path p12, char[] password) {
    try (InputStream in = Files.newInputStream(p12)) {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(in, password);
      Key key = store.getKey(PKCS12_ALIAS, password);
      Certificate[] certificates = store.getCertificateChain(PKCS12_ALIAS);
      if (!(key instanceof PrivateKey) || certificates == null || certificates.length == 0) {
        throw new IllegalArgumentException("no '" + PKCS12_ALIAS + "' key entry in " + p12);
      }
      List<X509Certificate> chain =
          Arrays.stream(certificates).map(X509Certificate.class::cast).toList();
      return new CertificateAuthority((PrivateKey) key, chain, Pki.organizationOf(chain.get(0)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read CA keystore " + p12, e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot read CA keystore " + p12, e);
    }
  }

  public X509Certificate certificate() {
    return certificate;
  }

  public PrivateKey privateKey() {
    return privateKey;
  }

  /** This CA first, up to and including the root. */
  public List<X509Certificate> chain() {
    return chain;
  }

  /** The subject O, copied into the certificates this CA issues. */
  public String organization() {
    return organization;
  }

  /** This CA's own key and chain, e.g. to write it with {@link IssuedCredential#writePkcs12}. */
  public IssuedCredential credential() {
    return new IssuedCredential(privateKey, certificate, chain);
  }

  /**
   * Writes key and chain as PKCS#12 under alias {@value #PKCS12_ALIAS}, readable by {@link #load}.
   */
  public void writePkcs12(Path file, char[] password) {
    credential().writePkcs12(file, PKCS12_ALIAS, password);
  }

  /** TLS server certificate: CN = first name, every name as a dNSName or iPAddress SAN. */
  public IssuedCredential issueServer(String... dnsNamesOrIps) {
    return issueServer(
        Pki.newRsaKeyPair(), KeyUsage.digitalSignature | KeyUsage.keyEncipherment, dnsNamesOrIps);
  }

  /**
   * As {@link #issueServer}, for a fresh ECDSA P-256 key: the server's second certificate, chosen
   * by the TLS stack for clients that offer ECDSA signatures. An ECDSA key only signs, so its key
   * usage is digitalSignature alone.
   */
  public IssuedCredential issueEcServer(String... dnsNamesOrIps) {
    return issueServer(Pki.newEcKeyPair(), KeyUsage.digitalSignature, dnsNamesOrIps);
  }

  private IssuedCredential issueServer(KeyPair keys, int keyUsage, String... dnsNamesOrIps) {
    if (dnsNamesOrIps.length == 0) {
      throw new IllegalArgumentException("at least one DNS name or IP address");
    }
    Instant now = Pki.now();
    X509v3CertificateBuilder builder =
        leafBuilder(
            name(organization, dnsNamesOrIps[0]),
            keys.getPublic(),
            now.minus(Duration.ofDays(1)),
            now.plus(SERVER_VALIDITY));
    GeneralName[] names =
        Arrays.stream(dnsNamesOrIps)
            .map(
                n ->
                    IPAddress.isValid(n)
                        ? new GeneralName(GeneralName.iPAddress, n)
                        : new GeneralName(GeneralName.dNSName, n))
            .toArray(GeneralName[]::new);
    addEndEntityExtensions(
        builder, keys.getPublic(), keyUsage, List.of(KeyPurposeId.id_kp_serverAuth));
    add(builder, Extension.subjectAlternativeName, false, new GeneralNames(names));
    return credential(keys, sign(builder, privateKey));
  }

  /** Client certificate for a partner system (mutual TLS on the partner listener). */
  public IssuedCredential issuePartner(String commonName, String organization) {
    Instant now = Pki.now();
    return issuePartner(
        commonName,
        organization,
        Duration.between(now, Pki.plusYears(now, PARTNER_VALIDITY_YEARS)));
  }

  /** A partner client certificate that expires {@code validFor} from now (renewal tests). */
  public IssuedCredential issuePartner(String commonName, String organization, Duration validFor) {
    Objects.requireNonNull(commonName, "commonName");
    Objects.requireNonNull(organization, "organization");
    KeyPair keys = Pki.newRsaKeyPair();
    Instant now = Pki.now();
    X509v3CertificateBuilder builder =
        leafBuilder(
            name(organization, commonName),
            keys.getPublic(),
            now.minus(Duration.ofDays(1)),
            now.plus(validFor));
    addEndEntityExtensions(
        builder,
        keys.getPublic(),
        KeyUsage.digitalSignature,
        List.of(KeyPurposeId.id_kp_clientAuth));
    return credential(keys, sign(builder, privateKey));
  }

  /** CNS authentication certificate for a fresh key pair. */
  public IssuedCredential issueCard(CardProfile profile) {
    return issueCard(profile, Pki.newRsaKeyPair());
  }

  /** CNS authentication certificate for the given key pair (e.g. to reissue for the same key). */
  public IssuedCredential issueCard(CardProfile profile, KeyPair keys) {
    Objects.requireNonNull(profile, "profile");
    X500NameBuilder subject = new X500NameBuilder(BCStyle.INSTANCE);
    subject.addRDN(BCStyle.C, "IT");
    subject.addRDN(BCStyle.O, profile.organization().orElse(organization));
    subject.addRDN(BCStyle.OU, profile.organizationalUnit());
    subject.addRDN(BCStyle.SURNAME, profile.surname());
    subject.addRDN(BCStyle.GIVENNAME, profile.givenName());
    profile.serialNumberAttribute().ifPresent(v -> subject.addRDN(BCStyle.SERIALNUMBER, v));
    subject.addRDN(BCStyle.CN, profile.commonName());
    profile.dnQualifier().ifPresent(v -> subject.addRDN(BCStyle.DN_QUALIFIER, v));

    X509v3CertificateBuilder builder =
        leafBuilder(subject.build(), keys.getPublic(), profile.notBefore(), profile.notAfter());
    addEndEntityExtensions(
        builder, keys.getPublic(), profile.keyUsage(), profile.extendedKeyUsages());
    if (!profile.policies().isEmpty()) {
      PolicyInformation[] policies =
          profile.policies().stream()
              .map(oid -> new PolicyInformation(new ASN1ObjectIdentifier(oid)))
              .toArray(PolicyInformation[]::new);
      add(builder, Extension.certificatePolicies, false, new CertificatePolicies(policies));
    }
    profile
        .crlDistributionPoint()
        .ifPresent(
            url -> {
              GeneralNames where = new GeneralNames(Pki.uri(url));
              DistributionPoint point =
                  new DistributionPoint(new DistributionPointName(where), null, null);
              add(
                  builder,
                  Extension.cRLDistributionPoints,
                  false,
                  new CRLDistPoint(new DistributionPoint[] {point}));
            });
    profile
        .ocspResponder()
        .ifPresent(
            url ->
                add(
                    builder,
                    Extension.authorityInfoAccess,
                    false,
                    new AuthorityInformationAccess(
                        new AccessDescription(AccessDescription.id_ad_ocsp, Pki.uri(url)))));
    return credential(keys, sign(builder, privateKey));
  }

  /** A signed v2 CRL with AKI and an increasing CRL number; entries are revoked at thisUpdate. */
  public X509CRL crl(Instant thisUpdate, Instant nextUpdate, BigInteger... revokedSerials) {
    Objects.requireNonNull(thisUpdate, "thisUpdate");
    Objects.requireNonNull(nextUpdate, "nextUpdate");
    X509v2CRLBuilder builder = new JcaX509v2CRLBuilder(certificate, Pki.date(thisUpdate));
    builder.setNextUpdate(Pki.date(nextUpdate));
    for (BigInteger serial : revokedSerials) {
      // Reason "unspecified" is encoded as no reason extension, as RFC 5280 asks.
      builder.addCRLEntry(serial, Pki.date(thisUpdate), CRLReason.unspecified);
    }
    try {
      builder.addExtension(
          Extension.authorityKeyIdentifier, false, Pki.authorityKeyId(certificate));
      builder.addExtension(
          Extension.cRLNumber,
          false,
          new CRLNumber(BigInteger.valueOf(crlNumber.incrementAndGet())));
      return new JcaX509CRLConverter().getCRL(builder.build(Pki.signer(privateKey)));
    } catch (CertIOException e) {
      throw new IllegalStateException("cannot encode CRL extension", e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot convert generated CRL", e);
    }
  }

  @Override
  public String toString() {
    return "CertificateAuthority[" + certificate.getSubjectX500Principal().getName() + "]";
  }

  private X509v3CertificateBuilder leafBuilder(
      X500Name subject, PublicKey key, Instant notBefore, Instant notAfter) {
    // Taking the issuer name from our certificate keeps its encoding byte-identical for chaining.
    return new JcaX509v3CertificateBuilder(
        certificate, Pki.randomSerial(), Pki.date(notBefore), Pki.date(notAfter), subject, key);
  }

  private void addEndEntityExtensions(
      X509v3CertificateBuilder builder,
      PublicKey key,
      int keyUsageBits,
      List<KeyPurposeId> extendedKeyUsages) {
    add(builder, Extension.basicConstraints, true, new BasicConstraints(false));
    if (keyUsageBits != 0) {
      add(builder, Extension.keyUsage, true, new KeyUsage(keyUsageBits));
    }
    if (!extendedKeyUsages.isEmpty()) {
      add(
          builder,
          Extension.extendedKeyUsage,
          false,
          new ExtendedKeyUsage(extendedKeyUsages.toArray(KeyPurposeId[]::new)));
    }
    add(builder, Extension.subjectKeyIdentifier, false, Pki.subjectKeyId(key));
    add(builder, Extension.authorityKeyIdentifier, false, Pki.authorityKeyId(certificate));
  }

  private static void addCaExtensions(
      X509v3CertificateBuilder builder, PublicKey key, AuthorityKeyIdentifier aki) {
    add(builder, Extension.basicConstraints, true, new BasicConstraints(true));
    add(builder, Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
    add(builder, Extension.subjectKeyIdentifier, false, Pki.subjectKeyId(key));
    add(builder, Extension.authorityKeyIdentifier, false, aki);
  }

  private static void add(
      X509v3CertificateBuilder builder,
      ASN1ObjectIdentifier oid,
      boolean critical,
      ASN1Encodable value) {
    try {
      builder.addExtension(oid, critical, value);
    } catch (CertIOException e) {
      throw new IllegalStateException("cannot encode extension " + oid, e);
    }
  }

  private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey signingKey) {
    return Pki.toCertificate(builder.build(Pki.signer(signingKey)));
  }

  private IssuedCredential credential(KeyPair keys, X509Certificate issued) {
    List<X509Certificate> issuedChain = new ArrayList<>();
    issuedChain.add(issued);
    issuedChain.addAll(chain);
    return new IssuedCredential(keys.getPrivate(), issued, issuedChain);
  }

  private static X500Name name(String organization, String commonName) {
    return new X500NameBuilder(BCStyle.INSTANCE)
        .addRDN(BCStyle.C, "IT")
        .addRDN(BCStyle.O, organization)
        .addRDN(BCStyle.CN, commonName)
        .build();
  }
}
