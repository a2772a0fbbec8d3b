package it.cns.enrollment.application;

import it.cns.enrollment.domain.audit.Channel;
import java.util.Objects;

/**
 * Who is asking, through which channel, under which request id (partners' idempotency key; absent
 * for pages).
 */
public record RequestContext(Channel channel, String actor, String requestId) {

  public RequestContext {
    Objects.requireNonNull(channel, "channel is required");
    Objects.requireNonNull(actor, "actor is required");
  }

  public static RequestContext of(Channel channel, String actor) {
    return new RequestContext(channel, actor, null);
  }
}
