package it.cns.enrollment.interfaces.soap;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import it.cns.enrollment.contract.partner.v1.EnrollmentFault;
import jakarta.enterprise.inject.spi.CDI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.message.Exchange;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.apache.cxf.phase.PhaseInterceptorChain;
import org.apache.cxf.service.model.BindingOperationInfo;

/**
 * Times every partner call, from the first byte read to the answer or fault sent, as {@code
 * cns_partner_calls_seconds} by partner, operation and outcome ({@code OK}, the fault's stable
 * code, or {@code INVALID_REQUEST} for a request refused before the endpoint ran). {@link Start}
 * notes when the request arrived; this interceptor, on the out and out-fault chains, records. The
 * partner is the name the endpoint authorised ({@link #notePartner}); {@code unknown} when the call
 * was refused before.
 */
public class PartnerCallMeter extends AbstractPhaseInterceptor<Message> {

  static final String NAME = "cns.partner.calls";
  private static final String STARTED = PartnerCallMeter.class.getName() + ".started";
  private static final String PARTNER = PartnerCallMeter.class.getName() + ".partner";

  /** One timer per partner, operation and outcome; the class lives as long as the deployment. */
  private static final Map<List<String>, Timer> TIMERS = new ConcurrentHashMap<>();

  public PartnerCallMeter() {
    super(Phase.SEND);
  }

  /** Records the partner the endpoint authorised, for the meter's tag. */
  static void notePartner(String partnerName) {
    Message current = PhaseInterceptorChain.getCurrentMessage();
    if (current != null && current.getExchange() != null) {
      current.getExchange().put(PARTNER, partnerName);
    }
  }

  @Override
  public void handleMessage(Message message) {
    Exchange exchange = message.getExchange();
    if (exchange == null || !(exchange.get(STARTED) instanceof Long started)) {
      return;
    }
    exchange.remove(STARTED); // once per call, whichever chain sends
    BindingOperationInfo operation = exchange.getBindingOperationInfo();
    Object partner = exchange.get(PARTNER);
    List<String> key =
        List.of(
            partner == null ? "unknown" : partner.toString(),
            operation == null ? "unknown" : operation.getName().getLocalPart(),
            outcome(message));
    // The registry's name-based method, never Timer.builder(): only that reaches /metrics from a
    // deployment on WildFly 39 (see infrastructure.metrics' package-info).
    TIMERS
        .computeIfAbsent(
            key,
            k ->
                registry()
                    .timer(
                        NAME,
                        Tags.of("partner", k.get(0), "operation", k.get(1), "outcome", k.get(2))))
        .record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
  }

  private static String outcome(Message message) {
    Exception e = message.getContent(Exception.class);
    if (e == null) {
      return "OK";
    }
    Throwable cause = e instanceof Fault && e.getCause() != null ? e.getCause() : e;
    if (cause instanceof EnrollmentFault typed && typed.getFaultInfo() != null) {
      return String.valueOf(typed.getFaultInfo().getCode());
    }
    return SoapFaultLog.isRequestFault(message) ? "INVALID_REQUEST" : "ERROR";
  }

  private static MeterRegistry registry() {
    return CDI.current().select(MeterRegistry.class).get();
  }

  /** Notes when the request arrived (first phase of the in chain). */
  public static class Start extends AbstractPhaseInterceptor<Message> {

    public Start() {
      super(Phase.RECEIVE);
    }

    @Override
    public void handleMessage(Message message) {
      if (message.getExchange() != null) {
        message.getExchange().put(STARTED, System.nanoTime());
      }
    }
  }
}
