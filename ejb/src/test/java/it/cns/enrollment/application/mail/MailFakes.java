package it.cns.enrollment.application.mail;

import it.cns.enrollment.application.port.MailTransport;
import it.cns.enrollment.application.port.MailTransportException;
import it.cns.enrollment.domain.mail.OutboundMail;
import it.cns.enrollment.domain.mail.OutboundMailRepository;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import jakarta.mail.MessagingException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** In-memory stand-ins for the outbox's collaborators. */
public final class MailFakes {

  private MailFakes() {}

  public static final class Outbox implements OutboundMailRepository {
    final List<OutboundMail> all = new ArrayList<>();
    private long nextId = 1;

    @Override
    public void add(OutboundMail mail) {
      try {
        Field id = OutboundMail.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(mail, nextId++); // as the identity column would
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
      all.add(mail);
    }

    @Override
    public Optional<OutboundMail> find(long id) {
      return all.stream().filter(m -> m.id() == id).findFirst();
    }

    @Override
    public Optional<OutboundMail> findForUpdate(long id) {
      return find(id);
    }

    @Override
    public Optional<OutboundMail> lockIfDue(long id, Instant now) {
      return find(id).filter(m -> m.isDue(now));
    }

    @Override
    public List<Long> dueIds(Instant now, int limit) {
      return all.stream().filter(m -> m.isDue(now)).map(OutboundMail::id).limit(limit).toList();
    }

    @Override
    public List<OutboundMail> findByReference(String reference) {
      return all.stream()
          .filter(m -> m.reference().equals(reference))
          .sorted(Comparator.comparing(OutboundMail::id).reversed())
          .toList();
    }
  }

  /** Records what it was asked to send; fails while {@code down}, as SMTP does. */
  public static final class Sender implements MailTransport {
    final List<String> sentBodies = new ArrayList<>();
    boolean down;

    @Override
    public void send(long outboxId, String recipient, String subject, char[] body)
        throws MailTransportException {
      if (down) {
        throw new MailTransportException(
            new MessagingException(
                "Couldn't connect to host, port: 127.0.0.1, 2525; timeout 5000; recipient "
                    + recipient));
      }
      sentBodies.add(new String(body));
    }
  }

  /** An event that records what was fired (observers run only after commit in the server). */
  public static final class Fired<T> implements Event<T> {
    public final List<T> events = new ArrayList<>();

    @Override
    public void fire(T event) {
      events.add(event);
    }

    @Override
    public <U extends T> CompletionStage<U> fireAsync(U event) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <U extends T> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Event<T> select(Annotation... qualifiers) {
      return this;
    }

    @Override
    public <U extends T> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <U extends T> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }
  }
}
