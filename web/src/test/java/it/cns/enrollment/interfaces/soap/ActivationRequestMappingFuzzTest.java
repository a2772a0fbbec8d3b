package it.cns.enrollment.interfaces.soap;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import it.cns.enrollment.contract.partner.v1.ActivateTsCns;
import it.cns.enrollment.contract.partner.v1.ActivationCase;
import it.cns.enrollment.contract.partner.v1.ActivationDocument;
import it.cns.enrollment.contract.partner.v1.IdentityDocument;
import it.cns.enrollment.contract.partner.v1.IdentityDocumentType;
import it.cns.enrollment.contract.partner.v1.TsCnsActivationRequest;
import it.cns.enrollment.domain.activation.TsCnsActivation;
import it.cns.enrollment.domain.error.BusinessRefusal;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import javax.xml.XMLConstants;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeConstants;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

/**
 * Issue #15, fuzzing the SOAP request mapping of {@code activateTsCns}: a request the fuzzer
 * composes (any strings, enumerations, dates of any year) that passes the contract's schema - as
 * the endpoint validates every request before it maps it - is mapped by {@link CounterContracts}
 * and admitted by the domain, or refused with a typed {@link BusinessRefusal}; no other exception
 * (a null, a date the JDK cannot hold) escapes to become an untyped fault.
 */
class ActivationRequestMappingFuzzTest {

  private static final Instant NOW = Instant.parse("2026-12-03T09:00:00Z");
  private static final JAXBContext CONTEXT = context();
  private static final Schema SCHEMA = schema();
  private static final DatatypeFactory DATES = dates();

  @FuzzTest(maxDuration = "10s")
  void aRequestTheSchemaAcceptsIsAdmittedOrRefusedWithATypedError(FuzzedDataProvider data) {
    TsCnsActivationRequest r = new TsCnsActivationRequest();
    r.setCardId(data.consumeBoolean() ? "8039000300000005" : data.consumeString(24));
    r.setHolderCodiceFiscale(data.consumeBoolean() ? "RSSMRA80A01H501U" : data.consumeString(20));
    r.setActivationCase(data.pickValue(ActivationCase.values()));
    if (data.consumeBoolean()) {
      r.setActingCodiceFiscale(data.consumeString(20));
    }
    IdentityDocument d = new IdentityDocument();
    d.setType(data.pickValue(IdentityDocumentType.values()));
    d.setNumber(data.consumeString(50));
    d.setIssuer(data.consumeString(50));
    try {
      d.setExpiry(
          DATES.newXMLGregorianCalendarDate(
              data.consumeInt(),
              data.consumeInt(1, 12),
              data.consumeInt(1, 31),
              data.consumeBoolean()
                  ? DatatypeConstants.FIELD_UNDEFINED
                  : data.consumeInt(-14 * 60, 14 * 60)));
    } catch (IllegalArgumentException noSuchXmlDate) { // year 0: no partner can send it
      return;
    }
    r.setIdentityDocument(d);
    int documents = data.consumeInt(0, 4);
    for (int i = 0; i < documents; i++) {
      r.getConfirmedDocument().add(data.pickValue(ActivationDocument.values()));
    }
    r.setEmail(data.consumeRemainingAsString());
    r.setCounterOfficeId(1L);
    r.setOperator("Operatore");
    if (!schemaAccepts(r)) {
      return; // the endpoint answers INVALID_REQUEST before any mapping
    }
    try {
      // A partner may leave the consent out (contract 1.1), so the SOAP channel does not require
      // it.
      TsCnsActivation.Facts facts = CounterContracts.request(r).admit(NOW, 1L, "operatore", false);
      assertThat(facts).isNotNull();
    } catch (BusinessRefusal refused) {
      assertThat(refused.code()).isNotNull();
    }
  }

  private static boolean schemaAccepts(TsCnsActivationRequest r) {
    ActivateTsCns call = new ActivateTsCns();
    call.setRequestId("fuzz-1");
    call.setRequest(r);
    try {
      Marshaller m = CONTEXT.createMarshaller();
      m.setSchema(SCHEMA);
      m.marshal(call, new ByteArrayOutputStream());
      return true;
    } catch (JAXBException refused) {
      return false;
    }
  }

  private static JAXBContext context() {
    try {
      return JAXBContext.newInstance(ActivateTsCns.class);
    } catch (JAXBException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Schema schema() {
    try {
      SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      return f.newSchema(
          ActivationRequestMappingFuzzTest.class.getResource("/wsdl/partner-enrollment-v1.xsd"));
    } catch (org.xml.sax.SAXException e) {
      throw new IllegalStateException(e);
    }
  }

  private static DatatypeFactory dates() {
    try {
      return DatatypeFactory.newInstance();
    } catch (DatatypeConfigurationException e) {
      throw new IllegalStateException(e);
    }
  }
}
