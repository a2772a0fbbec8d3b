package it.cns.enrollment.it;

import it.cns.enrollment.contract.partner.v1.PartnerEnrollment;
import it.cns.enrollment.contract.partner.v1.PartnerEnrollmentService;
import jakarta.xml.ws.BindingProvider;
import java.security.KeyStore;
import org.apache.cxf.configuration.jsse.TLSClientParameters;
import org.apache.cxf.endpoint.Client;
import org.apache.cxf.frontend.ClientProxy;
import org.apache.cxf.transport.http.HTTPConduit;

/** The generated JAX-WS client of the partner contract, over TLS with a client key. */
final class PartnerClient {

  private PartnerClient() {}

  static PartnerEnrollment as(KeyStore partnerKey, String url) {
    return configured(new PartnerEnrollmentService().getPartnerEnrollmentPort(), partnerKey, url);
  }

  /** The contract's SOAP 1.2 port. */
  static PartnerEnrollment soap12(KeyStore partnerKey, String url) {
    return configured(
        new PartnerEnrollmentService().getPartnerEnrollmentSoap12Port(), partnerKey, url);
  }

  private static PartnerEnrollment configured(
      PartnerEnrollment port, KeyStore partnerKey, String url) {
    ((BindingProvider) port)
        .getRequestContext()
        .put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY, url);
    Client client = ClientProxy.getClient(port);
    // Secrets sent and answered, for the scan of logs and database after the run (SecretsScanIT).
    client.getOutInterceptors().add(ShownSecretsInterceptor.requests());
    client.getInInterceptors().add(ShownSecretsInterceptor.answers());
    HTTPConduit conduit = (HTTPConduit) client.getConduit();
    TLSClientParameters tls = new TLSClientParameters();
    tls.setSslContext(TestPki.tls(partnerKey));
    conduit.setTlsClientParameters(tls);
    conduit.getClient().setConnectionTimeout(10_000);
    conduit.getClient().setReceiveTimeout(30_000);
    return port;
  }

  static PartnerEnrollment demoPartner() {
    return as(TestPki.demoPartner(), ItEnvironment.partnerUrl(PartnerSoapIT.ENDPOINT));
  }
}
