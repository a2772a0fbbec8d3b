package it.cns.enrollment.interfaces.web;

import it.cns.enrollment.application.port.LegalNotices;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The footer every page of a public administration's site must have (issue #16), as configured: the
 * accessibility statement, the feedback channel, the privacy notice (the administration's own, or
 * the built-in page filled in from the settings) and the legal notes; from any listener.
 */
@Named("legal")
@RequestScoped
public class LegalLinks {

  @Inject LegalNotices notices;
  @Inject PublicLinks links;

  public String getAccessibilityStatement() {
    return notices.accessibilityStatementUrl();
  }

  public String getFeedback() {
    return notices.feedbackUrl();
  }

  public String getPrivacy() {
    return notices.privacyNoticeUrl().orElseGet(links::getPrivacy);
  }

  public String getLegalNotes() {
    return links.getLegalNotes();
  }

  public String getController() {
    return notices.controller();
  }

  public String getControllerContact() {
    return notices.controllerContact();
  }

  public String getControllerContactShown() {
    return LegalNotices.shown(notices.controllerContact());
  }

  public String getDpoContact() {
    return notices.dpoContact();
  }

  public String getDpoContactShown() {
    return LegalNotices.shown(notices.dpoContact());
  }
}
