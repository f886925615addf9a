"""WhatsApp Business Cloud API: verify and parse webhooks, render and send replies.

`verify` checks the GET handshake and the POST signature, `parse` turns a webhook body into
`Event`s and delivery `Status`es, `render` turns a `Reply` into message bodies within WhatsApp's
limits, `client` posts them to the Graph API, and `send` holds the connector that decides between
free-form and template (the 24-hour window) and what each error code means, and `build`, which
makes it from the settings. `windows` remembers when each chat last wrote to a number, where its
24-hour window starts.
"""

from flowhub.connectors.whatsapp.parse import (
    PLATFORM,
    PayloadError,
    Status,
    Webhook,
    parse_webhook,
)
from flowhub.connectors.whatsapp.send import WhatsAppConnector, Windows, build, phone_number_ids
from flowhub.connectors.whatsapp.verify import (
    SIGNATURE_HEADER,
    sign,
    verify_handshake,
    verify_signature,
)
from flowhub.connectors.whatsapp.windows import InboundWindows

__all__ = [
    "PLATFORM",
    "SIGNATURE_HEADER",
    "InboundWindows",
    "PayloadError",
    "Status",
    "Webhook",
    "WhatsAppConnector",
    "Windows",
    "build",
    "parse_webhook",
    "phone_number_ids",
    "sign",
    "verify_handshake",
    "verify_signature",
]
