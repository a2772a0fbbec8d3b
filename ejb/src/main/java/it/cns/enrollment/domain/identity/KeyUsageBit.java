package it.cns.enrollment.domain.identity;

/**
 * The key usage bits of an X.509 certificate (RFC 5280, 4.2.1.3), in bit order: {@link #bitIndex()}
 * is also the index in {@code X509Certificate.getKeyUsage()}. A CNS authentication certificate
 * carries {@link #DIGITAL_SIGNATURE}.
 */
public enum KeyUsageBit {
  DIGITAL_SIGNATURE(0),
  /** Called contentCommitment in later RFCs; typical of qualified signature certificates. */
  NON_REPUDIATION(1),
  KEY_ENCIPHERMENT(2),
  DATA_ENCIPHERMENT(3),
  KEY_AGREEMENT(4),
  KEY_CERT_SIGN(5),
  CRL_SIGN(6),
  ENCIPHER_ONLY(7),
  DECIPHER_ONLY(8);

  private final int bitIndex;

  KeyUsageBit(int bitIndex) {
    this.bitIndex = bitIndex;
  }

  public int bitIndex() {
    return bitIndex;
  }
}
