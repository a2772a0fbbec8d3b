"""A third-party SOAP client that knows only the WSDL (python3-zeep), for ThirdPartyWsdlClientIT.

Reads the partner API's WSDL from the server, then calls registrationStatus unsigned on the SOAP
1.1 and 1.2 ports, and once with a codice fiscale the server refuses, printing one line per call:

  python3 wsdl_only_client.py URL CERT.pem KEY.pem SERVER-CA.pem CODICE_FISCALE
"""
import sys

from requests import Session
from zeep import Client
from zeep.exceptions import Fault
from zeep.helpers import serialize_object
from zeep.transports import Transport

url, cert, key, ca, cf = sys.argv[1:6]
session = Session()
# The server CA given here, not REQUESTS_CA_BUNDLE or a proxy from the environment.
session.trust_env = False
session.cert = (cert, key)
session.verify = ca
client = Client(url + "?wsdl", transport=Transport(session=session, timeout=30))
for port in ("PartnerEnrollmentPort", "PartnerEnrollmentSoap12Port"):
    service = client.bind("PartnerEnrollmentService", port)
    status = serialize_object(service.registrationStatus(codiceFiscale=cf))
    print(port, "state=%s" % status["state"], "boundCards=%s" % status["boundCards"])
try:
    client.service.registrationStatus(codiceFiscale=cf[:15] + ("A" if cf[15] != "A" else "B"))
    print("no fault")
except Fault as fault:
    code = fault.detail.find(".//{urn:cns-enrollment:partner:v1}code").text
    print("fault", fault.code, code)
