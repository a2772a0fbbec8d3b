package it.cns.enrollment.infrastructure.pki.validation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * DOM parsing for documents from outside (the trusted list is downloaded): namespace-aware, no
 * DOCTYPE at all (which rules out entity expansion and external entities), no external DTD or
 * schema access, secure processing limits.
 */
final class SecureXml {

  private SecureXml() {}

  static Document parse(byte[] xml) throws SAXException, IOException {
    DocumentBuilder builder;
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature("http://xml.org/sax/features/external-general-entities", false);
      f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      f.setXIncludeAware(false);
      f.setExpandEntityReferences(false);
      builder = f.newDocumentBuilder();
    } catch (ParserConfigurationException | IllegalArgumentException e) {
      // A parser that cannot be made safe is not used at all.
      throw new IllegalStateException("the XML parser does not support secure processing", e);
    }
    builder.setErrorHandler(QUIET);
    return builder.parse(new ByteArrayInputStream(xml));
  }

  /** Errors become exceptions; nothing is printed to stderr as the default handler does. */
  private static final ErrorHandler QUIET =
      new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {}

        @Override
        public void error(SAXParseException e) throws SAXException {
          throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
          throw e;
        }
      };
}
