package it.cns.enrollment.domain.actor;

import it.cns.enrollment.domain.operator.OperatorRole;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Who is acting. The audit trail stores {@link #auditName()}, in the format it has always had
 * ("citizen:RSSMRA80A01H501U", "supervisor:anna", "partner:ASL Uno", "system"), so the trail and
 * its filters read the same before and after this type.
 */
public sealed interface Actor {

  /** The scheduler, the outbox and start-up tasks: nobody outside. */
  Actor SYSTEM = new SystemTask();

  /** The audit trail's text for this actor. */
  String auditName();

  /**
   * A citizen: by codice fiscale once it is known, or by what is known before (a card not yet read,
   * a typed code not yet checked).
   */
  record Citizen(String reference) implements Actor {

    static final String CARD = "card";
    static final String UNKNOWN = "?";
    static final String ANONYMOUS = "anonymous";
    private static final Pattern SHAPE = Pattern.compile("[A-Z0-9]{16}");

    public Citizen {
      Objects.requireNonNull(reference, "reference is required");
      if (!SHAPE.matcher(reference).matches()
          && !reference.equals(CARD)
          && !reference.equals(UNKNOWN)
          && !reference.equals(ANONYMOUS)) {
        throw new IllegalArgumentException("not a citizen reference");
      }
    }

    /**
     * The code a citizen typed, before it is checked: kept when it has the shape of one (16 letters
     * or digits), "?" otherwise, so no arbitrary text reaches the trail.
     */
    public static Citizen claiming(String typed) {
      String t = typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT);
      return new Citizen(SHAPE.matcher(t).matches() ? t : UNKNOWN);
    }

    /** A citizen presenting a card that the use case has yet to validate. */
    public static Citizen presentingCard() {
      return new Citizen(CARD);
    }

    /** A citizen page without a logged-in citizen. */
    public static Citizen anonymous() {
      return new Citizen(ANONYMOUS);
    }

    /** The codice fiscale's text, when the reference is one. */
    public Optional<String> codiceFiscale() {
      return SHAPE.matcher(reference).matches() ? Optional.of(reference) : Optional.empty();
    }

    @Override
    public String auditName() {
      return "citizen:" + reference;
    }
  }

  /** An intranet operator or supervisor, as the container authenticated them. */
  record Staff(String username, OperatorRole role) implements Actor {

    public Staff {
      Objects.requireNonNull(username, "username is required");
      Objects.requireNonNull(role, "role is required");
      if (username.isBlank()) {
        throw new IllegalArgumentException("username is blank");
      }
    }

    public boolean isSupervisor() {
      return role == OperatorRole.SUPERVISOR;
    }

    @Override
    public String auditName() {
      return role.actor(username);
    }
  }

  /** A partner system recognised by its client certificate. */
  record Partner(long id, String name) implements Actor {

    public Partner {
      Objects.requireNonNull(name, "name is required");
    }

    @Override
    public String auditName() {
      return "partner:" + name;
    }
  }

  /**
   * An operator's workstation running the counter agent, known at the edge by its client
   * certificate: the first 16 hex digits of its SHA-256 fingerprint (issue #18 item 4).
   */
  record Workstation(String reference) implements Actor {

    private static final Pattern SHAPE = Pattern.compile("[0-9a-f]{16}");

    public Workstation {
      Objects.requireNonNull(reference, "reference is required");
      if (!SHAPE.matcher(reference).matches()) {
        throw new IllegalArgumentException("not a workstation reference");
      }
    }

    @Override
    public String auditName() {
      return "workstation:" + reference;
    }
  }

  /** The system itself. */
  record SystemTask() implements Actor {
    @Override
    public String auditName() {
      return "system";
    }
  }
}
