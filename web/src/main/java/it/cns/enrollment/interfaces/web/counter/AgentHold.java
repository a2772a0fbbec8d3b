package it.cns.enrollment.interfaces.web.counter;

import it.cns.enrollment.application.port.AgentSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * How long the codes of an activation wait for the counter agent ({@code CNS_AGENT_CODES_MINUTES}),
 * for the outcome page's instructions. Application scoped rather than injected into the view-scoped
 * page, which must stay serializable (the settings record is not).
 */
@Named("agentHold")
@ApplicationScoped
public class AgentHold {

  @Inject AgentSettings settings;

  /** The hold in whole minutes (the setting is in minutes, 1-60). */
  public long getMinutes() {
    return settings.codesHold().toMinutes();
  }
}
