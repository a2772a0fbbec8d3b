package it.cns.enrollment.application.intranet;

import java.io.Serializable;
import java.time.Instant;

/**
 * A counter workstation as the supervisors' page shows it: label, counter office (id and name), the
 * SHA-256 fingerprint of its certificate, whether it is enabled, when it was registered.
 */
public record WorkstationView(
    String fingerprint,
    String label,
    long counterOfficeId,
    String counterOffice,
    boolean enabled,
    Instant registeredAt)
    implements Serializable {}
