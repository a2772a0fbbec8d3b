package it.cns.enrollment.infrastructure.pki.validation;

import java.math.BigInteger;
import java.security.Principal;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.util.Date;
import java.util.Set;

/**
 * An {@link X509Certificate} whose encoding is arbitrary bytes, as a broken container or client
 * might hand over; only {@link #getEncoded()} is meaningful.
 */
final class GarbageCertificate extends X509Certificate {

  private final byte[] encoded;

  GarbageCertificate(byte[] encoded) {
    this.encoded = encoded.clone();
  }

  @Override
  public byte[] getEncoded() {
    return encoded.clone();
  }

  @Override
  public void checkValidity() {}

  @Override
  public void checkValidity(Date date) {}

  @Override
  public int getVersion() {
    return 3;
  }

  @Override
  public BigInteger getSerialNumber() {
    return BigInteger.ONE;
  }

  @Override
  public Principal getIssuerDN() {
    return null;
  }

  @Override
  public Principal getSubjectDN() {
    return null;
  }

  @Override
  public Date getNotBefore() {
    return new Date(0);
  }

  @Override
  public Date getNotAfter() {
    return new Date(0);
  }

  @Override
  public byte[] getTBSCertificate() {
    return new byte[0];
  }

  @Override
  public byte[] getSignature() {
    return new byte[0];
  }

  @Override
  public String getSigAlgName() {
    return "none";
  }

  @Override
  public String getSigAlgOID() {
    return "0.0";
  }

  @Override
  public byte[] getSigAlgParams() {
    return null;
  }

  @Override
  public boolean[] getIssuerUniqueID() {
    return null;
  }

  @Override
  public boolean[] getSubjectUniqueID() {
    return null;
  }

  @Override
  public boolean[] getKeyUsage() {
    return null;
  }

  @Override
  public int getBasicConstraints() {
    return -1;
  }

  @Override
  public void verify(PublicKey key) {
    throw new UnsupportedOperationException();
  }

  @Override
  public void verify(PublicKey key, String sigProvider) {
    throw new UnsupportedOperationException();
  }

  @Override
  public String toString() {
    return "GarbageCertificate";
  }

  @Override
  public PublicKey getPublicKey() {
    return null;
  }

  @Override
  public boolean hasUnsupportedCriticalExtension() {
    return false;
  }

  @Override
  public Set<String> getCriticalExtensionOIDs() {
    return Set.of();
  }

  @Override
  public Set<String> getNonCriticalExtensionOIDs() {
    return Set.of();
  }

  @Override
  public byte[] getExtensionValue(String oid) {
    return null;
  }
}
