package it.cns.enrollment.interfaces.web;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.util.Iterator;
import java.util.logging.Logger;

/**
 * A view that cannot be restored (the session ended during a long pause, the form was sent already,
 * or its token was forged) is an everyday event, not a server failure: the person gets {@link
 * ErrorPage}'s friendly page asking to repeat the step, with a 400 and one INFO line, instead of an
 * HTTP 500 and an ERROR with a stack trace. Registered in faces-config.xml.
 */
public class ExpiredViews extends ExceptionHandlerFactory {

  private static final Logger LOG = Logger.getLogger(ExpiredViews.class.getName());

  public ExpiredViews(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new Handler(getWrapped().getExceptionHandler());
  }

  static final class Handler extends ExceptionHandlerWrapper {

    Handler(ExceptionHandler wrapped) {
      super(wrapped);
    }

    @Override
    public void handle() {
      Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
      while (events.hasNext()) {
        Throwable thrown = events.next().getContext().getException();
        ViewExpiredException expired = expiredIn(thrown);
        if (expired != null) {
          events.remove();
          answer(FacesContext.getCurrentInstance(), expired);
        }
      }
      getWrapped().handle();
    }

    private static void answer(FacesContext faces, ViewExpiredException expired) {
      ExternalContext external = faces.getExternalContext();
      LOG.info(() -> "view expired, the step is to be repeated: " + expired.getViewId());
      if (faces.getResponseComplete() || external.isResponseCommitted()) {
        return;
      }
      external.getRequestMap().put(ErrorPage.EXPIRED, Boolean.TRUE);
      try {
        external.dispatch(ErrorPage.PATH);
      } catch (IOException e) {
        throw new FacesException(e);
      } finally {
        faces.responseComplete();
      }
    }

    private static ViewExpiredException expiredIn(Throwable thrown) {
      for (Throwable t = thrown; t != null; t = t.getCause()) {
        if (t instanceof ViewExpiredException e) {
          return e;
        }
      }
      return null;
    }
  }
}
