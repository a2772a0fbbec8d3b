package it.cns.enrollment.interfaces.web;

import it.cns.enrollment.application.port.ListenerPorts;
import it.cns.enrollment.application.port.PublicUrls;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Hands the web layer the settings read at deployment, before the first request: the listener ports
 * and the public addresses, to {@link Listener}, which filters and links consult statically.
 */
@WebListener
public class WebSettings implements ServletContextListener {

  @Inject ListenerPorts ports;
  @Inject PublicUrls urls;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    Listener.use(ports, urls);
  }
}
