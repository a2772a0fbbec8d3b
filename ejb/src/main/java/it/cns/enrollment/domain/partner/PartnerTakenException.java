package it.cns.enrollment.domain.partner;

import it.cns.enrollment.domain.error.BusinessRefusal;
import it.cns.enrollment.domain.error.ErrorCode;

/**
 * Another partner record has this name ({@link ErrorCode#PARTNER_NAME_TAKEN}) or names this
 * certificate ({@link ErrorCode#PARTNER_CERTIFICATE_TAKEN}).
 */
public final class PartnerTakenException extends BusinessRefusal {
  private static final long serialVersionUID = 1L;

  private PartnerTakenException(ErrorCode code, String detail) {
    super(code, detail);
  }

  public static PartnerTakenException name(String detail) {
    return new PartnerTakenException(ErrorCode.PARTNER_NAME_TAKEN, detail);
  }

  public static PartnerTakenException certificate(String detail) {
    return new PartnerTakenException(ErrorCode.PARTNER_CERTIFICATE_TAKEN, detail);
  }
}
