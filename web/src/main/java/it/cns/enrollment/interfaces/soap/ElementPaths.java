package it.cns.enrollment.interfaces.soap;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;
import org.apache.cxf.interceptor.StaxInInterceptor;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;

/**
 * Remembers where in the request the parser is, so that a schema violation can name the offending
 * field as a path ({@code /bindSmartcard/requestId}) rather than only the XSD type the validator
 * mentions. Wraps the request's {@link XMLStreamReader} right after CXF creates it; the SOAP
 * envelope's own elements are left out of the path.
 */
public class ElementPaths extends AbstractPhaseInterceptor<Message> {

  private static final String SOAP_11 = "http://schemas.xmlsoap.org/soap/envelope/";
  private static final String SOAP_12 = "http://www.w3.org/2003/05/soap-envelope";

  public ElementPaths() {
    super(Phase.POST_STREAM);
    addAfter(StaxInInterceptor.class.getName());
  }

  @Override
  public void handleMessage(Message message) {
    XMLStreamReader reader = message.getContent(XMLStreamReader.class);
    if (reader != null && !(reader instanceof Tracker)) {
      Tracker tracker = new Tracker(reader);
      message.setContent(XMLStreamReader.class, tracker);
      message.put(Tracker.class, tracker);
    }
  }

  /**
   * The path of the element the parser was in (or had just closed: simple content is validated at
   * its end tag) when the request's processing failed; null when it was not tracked.
   */
  static String where(Message message) {
    Message in = message.getExchange() == null ? null : message.getExchange().getInMessage();
    Object tracker = in == null ? null : in.get(Tracker.class);
    return tracker instanceof Tracker t ? t.currentPath() : null;
  }

  /** A pass-through reader that keeps the stack of open elements. */
  static final class Tracker extends StreamReaderDelegate {

    private final Deque<String> open = new ArrayDeque<>();
    private String justClosed;

    Tracker(XMLStreamReader reader) {
      super(reader);
    }

    @Override
    public int next() throws XMLStreamException {
      return track(super.next());
    }

    @Override
    public int nextTag() throws XMLStreamException {
      return track(super.nextTag());
    }

    private int track(int event) {
      if (event == XMLStreamConstants.START_ELEMENT) {
        justClosed = null;
        if (!isEnvelope(getNamespaceURI())) {
          open.push(getLocalName());
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        if (!isEnvelope(getNamespaceURI()) && !open.isEmpty()) {
          justClosed = path();
          open.pop();
        }
      } else if (event != XMLStreamConstants.CHARACTERS
          && event != XMLStreamConstants.SPACE
          && event != XMLStreamConstants.COMMENT) {
        justClosed = null;
      }
      return event;
    }

    String currentPath() {
      if (justClosed != null) {
        return justClosed;
      }
      return open.isEmpty() ? null : path();
    }

    private String path() {
      StringBuilder out = new StringBuilder();
      for (Iterator<String> names = open.descendingIterator(); names.hasNext(); ) {
        out.append('/').append(names.next());
      }
      return out.toString();
    }

    private static boolean isEnvelope(String namespace) {
      return SOAP_11.equals(namespace) || SOAP_12.equals(namespace);
    }
  }
}
