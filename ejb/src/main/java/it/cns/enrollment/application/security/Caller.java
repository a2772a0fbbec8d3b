package it.cns.enrollment.application.security;

import it.cns.enrollment.domain.actor.Actor;
import it.cns.enrollment.domain.audit.Channel;
import it.cns.enrollment.domain.error.EnrollmentException;
import it.cns.enrollment.domain.error.ErrorCode;
import jakarta.enterprise.context.RequestScoped;
import java.util.Objects;

/**
 * Who is asking in this request, through which channel, under which request id (a partner's
 * idempotency key; none for pages). Filled once, at the edge the request came through: the intranet
 * from the container's principal, the smartcard and public pages from the citizen's card or login,
 * the SOAP endpoint from the authorised partner. Services read it; nobody passes "who" as a
 * parameter.
 *
 * <p>Not filled means nobody came through an edge: EJB timers, the outbox's dispatcher and start-up
 * run in a request context of their own, and act as {@link Actor#SYSTEM} on channel SYSTEM.
 */
@RequestScoped
public class Caller {

  private Actor actor;
  private Channel channel;
  private String requestId;
  private String clientAddress;

  /** A caller outside a container request (unit tests, tools). */
  public static Caller of(Actor actor, Channel channel) {
    Caller c = new Caller();
    c.enter(actor, channel);
    return c;
  }

  public void enter(Actor actor, Channel channel) {
    enter(actor, channel, null);
  }

  /**
   * Sets who is asking. Once per request: the same again is harmless (a filter and a page of one
   * request), someone else is a programming error.
   */
  public void enter(Actor actor, Channel channel, String requestId) {
    Objects.requireNonNull(actor, "actor is required");
    Objects.requireNonNull(channel, "channel is required");
    if (this.actor != null) {
      if (this.actor.equals(actor)
          && this.channel == channel
          && Objects.equals(this.requestId, requestId)) {
        return;
      }
      throw new IllegalStateException("the caller is set once per request");
    }
    this.actor = actor;
    this.channel = channel;
    this.requestId = requestId;
  }

  /**
   * The client's network address as the listener saw it (with the PROXY protocol, the client's
   * behind the load balancer): set by the web edge for every request, before anything else.
   */
  public void cameFrom(String address) {
    this.clientAddress = address;
  }

  /** The client's address; null outside a network request (timers, start-up, unit tests). */
  public String clientAddress() {
    return clientAddress;
  }

  public Actor actor() {
    return actor == null ? Actor.SYSTEM : actor;
  }

  public Channel channel() {
    return actor == null ? Channel.SYSTEM : channel;
  }

  public String requestId() {
    return requestId;
  }

  /** The audit trail's actor text, e.g. "supervisor:anna". */
  public String auditName() {
    return actor().auditName();
  }

  /**
   * The intranet user asking; anyone else may not do intranet work.
   *
   * @throws EnrollmentException OPERATOR_NOT_PERMITTED
   */
  public Actor.Staff staff() {
    if (actor() instanceof Actor.Staff staff) {
      return staff;
    }
    throw new EnrollmentException(ErrorCode.OPERATOR_NOT_PERMITTED, "not an intranet user");
  }

  @Override
  public String toString() {
    return auditName() + " via " + channel();
  }
}
