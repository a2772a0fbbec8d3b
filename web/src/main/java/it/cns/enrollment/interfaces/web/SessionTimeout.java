package it.cns.enrollment.interfaces.web;

import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

/** Idle timeout of every session: CNS_SESSION_IDLE_MINUTES (default 15). */
@WebListener
public class SessionTimeout implements HttpSessionListener {

  static final int DEFAULT_MINUTES = 15;

  @Override
  public void sessionCreated(HttpSessionEvent event) {
    event
        .getSession()
        .setMaxInactiveInterval(minutes(System.getenv("CNS_SESSION_IDLE_MINUTES")) * 60);
  }

  static int minutes(String setting) {
    try {
      int m = setting == null ? DEFAULT_MINUTES : Integer.parseInt(setting.trim());
      return m > 0 ? m : DEFAULT_MINUTES;
    } catch (NumberFormatException e) {
      return DEFAULT_MINUTES;
    }
  }
}
