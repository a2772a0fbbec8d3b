package it.cns.enrollment.interfaces.web;

import it.cns.enrollment.application.port.SessionSettings;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

/** Idle timeout of every session: CNS_SESSION_IDLE_MINUTES (default 15), read at deployment. */
@WebListener
public class SessionTimeout implements HttpSessionListener {

  @Inject SessionSettings settings;

  @Override
  public void sessionCreated(HttpSessionEvent event) {
    event.getSession().setMaxInactiveInterval((int) settings.idleTimeout().toSeconds());
  }
}
