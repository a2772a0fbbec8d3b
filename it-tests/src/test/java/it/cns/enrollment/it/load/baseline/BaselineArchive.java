package it.cns.enrollment.it.load.baseline;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Builds {@code bench-baseline.war} at run time, for the benchmark only: context root {@code
 * /bench-baseline}, the servlet at {@code /page}, the echo at {@code /echo}. No filter of the
 * application applies here (ListenerGuard and PathPolicy belong to the application's WAR), so the
 * baseline answers on every listener, and the benchmark calls it on the listener it compares with.
 */
public final class BaselineArchive {

  public static final String NAME = "bench-baseline.war";
  public static final String CONTEXT_ROOT = "/bench-baseline";

  private BaselineArchive() {}

  public static WebArchive create() {
    return ShrinkWrap.create(WebArchive.class, NAME)
        .addClasses(BaselineServlet.class, BaselineEcho.class)
        .addAsWebInfResource(new StringAsset(WEB_XML), "web.xml")
        .addAsWebInfResource(new StringAsset(JBOSS_WEB_XML), "jboss-web.xml");
  }

  private static final String WEB_XML =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
        <servlet>
          <servlet-name>page</servlet-name>
          <servlet-class>it.cns.enrollment.it.load.baseline.BaselineServlet</servlet-class>
        </servlet>
        <servlet-mapping>
          <servlet-name>page</servlet-name>
          <url-pattern>/page</url-pattern>
        </servlet-mapping>
        <servlet>
          <servlet-name>echo</servlet-name>
          <servlet-class>it.cns.enrollment.it.load.baseline.BaselineEcho</servlet-class>
        </servlet>
        <servlet-mapping>
          <servlet-name>echo</servlet-name>
          <url-pattern>/echo</url-pattern>
        </servlet-mapping>
      </web-app>
      """;

  private static final String JBOSS_WEB_XML =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <jboss-web xmlns="urn:jboss:jakartaee:1.0" version="15.0">
        <context-root>/bench-baseline</context-root>
      </jboss-web>
      """;
}
