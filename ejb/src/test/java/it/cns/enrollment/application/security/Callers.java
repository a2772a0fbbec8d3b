package it.cns.enrollment.application.security;

import it.cns.enrollment.domain.actor.Actor;
import it.cns.enrollment.domain.audit.Channel;

/** Callers for tests, outside a container request: who asks, entered as an edge would. */
public final class Callers {

  private Callers() {}

  public static Caller as(Actor actor, Channel channel) {
    Caller caller = new Caller();
    caller.enter(actor, channel);
    return caller;
  }
}
