"""The WhatsApp connector's outbound side: window check, render, send, and what errors mean.

Inside the 24-hour customer-service window a reply goes out free-form (text, buttons, list);
outside it, as the reply's template or the connector's default template. A 131047
(re-engagement) answer switches to the template and tries once more. Rate limits, 5xx answers
and timeouts raise `SendError` with `retry_after` (the least wait Meta's guidance or Retry-After
asks for; the runtime's backoff decides the rest); any other refusal is final.

A reply carrying a file sent free-form uploads it (`POST /{phone-number-id}/media`) and sends
an image or document message naming the media id; outside the window the template goes alone.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Collection, Iterable
from datetime import UTC, datetime, timedelta
from functools import partial
from typing import TYPE_CHECKING, Any, Protocol

import httpx

from flowhub.connectors.base import Delivery, DownloadError, SendError
from flowhub.connectors.types import Event, MediaRef, Reply, Target, Template
from flowhub.connectors.whatsapp.client import GraphClient, GraphError
from flowhub.connectors.whatsapp.media import download_media
from flowhub.connectors.whatsapp.render import (
    MAX_TEXT,
    Payload,
    RenderError,
    render_attachment,
    render_reply,
    render_template,
    upload_type,
)
from flowhub.connectors.whatsapp.windows import InboundWindows

if TYPE_CHECKING:
    from flowhub.connectors.builder import Deps
    from flowhub.settings import Settings

log = logging.getLogger(__name__)


class Windows(Protocol):
    """When each person last wrote to a number: where their 24-hour window starts."""

    def __call__(self, phone_number_id: str, wa_id: str, /) -> datetime | None:
        """When `wa_id` last wrote to `phone_number_id`, if ever."""
        ...

    def prefetch(self, keys: Iterable[tuple[str, str]]) -> None:
        """Read many (phone_number_id, wa_id) windows at once, before a batch of sends."""
        ...


CUSTOMER_WINDOW = timedelta(hours=24)
# Leave a little room: a reply queued at 23:59:59 may be sent after the window closed.
WINDOW_MARGIN = timedelta(minutes=2)
REENGAGEMENT = 131047
# Meta's code -> least delay in seconds for codes worth retrying (PLATFORMS.md 1.10).
_RETRY_BASE = {
    130429: 2.0,  # throughput limit of the number
    131056: 4.0,  # pair rate limit: Meta suggests 4^n seconds
    4: 10.0,  # app call rate limit
    80007: 10.0,  # WABA call rate limit
    131057: 30.0,  # number being upgraded
    131000: 2.0,  # something went wrong
    1: 2.0,
    2: 2.0,  # service temporarily unavailable
    131016: 2.0,  # service overloaded
}


class WhatsAppConnector:
    """Sends `Reply` objects through the WhatsApp Cloud API from the configured numbers."""

    platform = "whatsapp"
    max_text = MAX_TEXT

    def __init__(
        self,
        *,
        client: GraphClient,
        phone_number_ids: Collection[str],
        windows: Windows | None = None,
        now: Callable[[], datetime] | None = None,
        default_template: Template | None = None,
        api_url: str = "https://graph.facebook.com",
    ) -> None:
        if not phone_number_ids:
            raise ValueError("WhatsAppConnector needs at least one phone number id")
        self._client = client
        self._numbers = frozenset(phone_number_ids)
        self._windows = windows
        self._now = now or (lambda: datetime.now(UTC))
        self._default_template = default_template
        self._api_url = api_url
        self._lock = threading.Lock()
        self._sent_parts: dict[int, list[str]] = {}

    @classmethod
    def from_settings(
        cls,
        settings: Settings,
        *,
        windows: Windows | None = None,
        now: Callable[[], datetime] | None = None,
        default_template: Template | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> WhatsAppConnector:
        """Build the connector from the `FLOWHUB_WHATSAPP_*` settings."""
        token = settings.whatsapp_access_token
        if token is None or not settings.whatsapp_phone_number_id:
            raise ValueError(
                "WhatsApp needs FLOWHUB_WHATSAPP_ACCESS_TOKEN and FLOWHUB_WHATSAPP_PHONE_NUMBER_ID"
            )
        client = GraphClient(
            api_url=settings.whatsapp_api_url,
            api_version=settings.whatsapp_api_version,
            access_token=token.get_secret_value(),
            transport=transport,
        )
        return cls(
            client=client,
            phone_number_ids=phone_number_ids(settings.whatsapp_phone_number_id),
            windows=windows,
            now=now,
            default_template=default_template,
            api_url=settings.whatsapp_api_url,
        )

    def send(self, target: Target, reply: Reply, *, outbox_id: int) -> Delivery:
        """Deliver `reply`; raise `SendError` (with `retry_after` when a retry may work)."""
        if target.account not in self._numbers:
            raise SendError(
                f"WhatsApp number {target.account!r} is not configured; add it to "
                "FLOWHUB_WHATSAPP_PHONE_NUMBER_ID (comma-separated for several numbers)"
            )
        template = reply.template or self._default_template
        try:
            if self._window_open(target):
                payloads = render_reply(reply, target.chat) if reply.attachment is None else []
                templated = False
            elif template is not None:
                payloads = [self._template_payload(template, reply, target.chat)]
                templated = True
            else:
                log.warning(
                    "no template configured: outbox %s goes to %s outside the 24-hour window "
                    "free-form, and WhatsApp will likely refuse it (131047); give the reply a "
                    "template",
                    outbox_id,
                    target.chat,
                )
                payloads, templated = render_reply(reply, target.chat), False
            if reply.attachment is not None and not templated:
                upload_type(reply.attachment)  # too big or of a type WhatsApp refuses: say so now
        except RenderError as exc:
            self._forget(outbox_id)
            raise SendError(str(exc)) from exc
        try:
            try:
                if reply.attachment is not None and not templated:
                    payloads = self._attachment_payloads(target, reply, outbox_id)
                message_id = self._post_all(target.account, payloads, outbox_id)
            except GraphError as exc:
                if exc.code != REENGAGEMENT or templated:
                    raise
                if template is None:
                    raise GraphError(
                        f"{exc} — outside the 24-hour window and no template configured; give "
                        "the reply a template",
                        status=exc.status,
                        code=exc.code,
                    ) from exc
                log.info("outbox %s: 24-hour window closed, resending as template", outbox_id)
                payload = self._template_payload(template, reply, target.chat)
                message_id = self._post_all(target.account, [payload], outbox_id)
        except GraphError as exc:
            raise self._send_error(exc, outbox_id) from exc
        except RenderError as exc:
            self._forget(outbox_id)
            raise SendError(str(exc)) from exc
        except httpx.TransportError as exc:
            raise SendError(f"WhatsApp API not reachable: {exc!r}", retry_after=0.0) from exc
        self._forget(outbox_id)
        return Delivery(platform_message_id=message_id)

    def prepare(self, targets: Collection[Target]) -> None:
        """Read the 24-hour windows of a batch's chats in one go, before sending to them."""
        if self._windows is not None:
            self._windows.prefetch({(target.account, target.chat) for target in targets})

    def mark_read(self, event: Event, *, replying: bool) -> None:
        """Show the sender blue ticks, and "typing…" when a reply is on its way."""
        if event.account not in self._numbers or not event.message_id.startswith("wamid."):
            return
        payload: dict[str, Any] = {
            "messaging_product": "whatsapp",
            "status": "read",
            "message_id": event.message_id,
        }
        if replying:
            payload["typing_indicator"] = {"type": "text"}
        try:
            self._client.post_message(event.account, payload)
        except (GraphError, httpx.HTTPError) as exc:
            # A missing read receipt costs the user nothing; the reply still goes out.
            log.info("could not mark WhatsApp message %s read: %s", event.message_id, exc)

    def download(self, account: str, ref: MediaRef, *, max_bytes: int) -> bytes:
        """A file sent to number `account`: a fresh URL for its media id, then its bytes."""
        if account not in self._numbers:
            raise DownloadError(f"WhatsApp number {account!r} is not configured")
        return download_media(
            self._client, api_url=self._api_url, media_id=ref.ref, max_bytes=max_bytes
        )

    def close(self) -> None:
        """Close the HTTP connection pool."""
        self._client.close()

    def _window_open(self, target: Target) -> bool:
        if self._windows is None:
            return True
        try:
            last = self._windows(target.account, target.chat)
        except Exception:
            log.exception("could not read the 24-hour window of %s; sending free-form", target.chat)
            return True
        return last is not None and self._now() - last < CUSTOMER_WINDOW - WINDOW_MARGIN

    def _template_payload(self, template: Template, reply: Reply, to: str) -> dict[str, Any]:
        if reply.template is None:
            # The default template carries the reply's text as its one parameter.
            template = Template(template.name, template.language, (reply.text,))
            return render_template(template, to)
        return render_template(template, to, reply.buttons)

    def _attachment_payloads(self, target: Target, reply: Reply, outbox_id: int) -> list[Payload]:
        """Upload the reply's file, unless a retry finds its message already sent."""
        attachment = reply.attachment
        if attachment is None:
            return render_reply(reply, target.chat)
        with self._lock:
            media_sent = bool(self._sent_parts.get(outbox_id))
        if media_sent:
            media_id = "sent"  # that part is skipped; only the messages after it go again
        else:
            media_id = self._client.upload_media(
                target.account,
                data=attachment.data,
                mime=upload_type(attachment),
                filename=attachment.name,
            )
        return render_attachment(reply, target.chat, media_id)

    def _post_all(self, account: str, payloads: list[dict[str, Any]], outbox_id: int) -> str:
        """Send the parts in order; a retry of the same outbox row skips parts already sent."""
        with self._lock:
            if len(self._sent_parts) > 10_000:
                self._sent_parts.clear()
            done = list(self._sent_parts.get(outbox_id, ()))
        if len(done) >= len(payloads):
            done = []
        for payload in payloads[len(done) :]:
            answer = self._client.post_message(account, payload)
            done.append(_message_id(answer))
            with self._lock:
                self._sent_parts[outbox_id] = list(done)
        return done[-1]

    def _send_error(self, exc: GraphError, outbox_id: int) -> SendError:
        base = _RETRY_BASE.get(exc.code)
        if exc.status == 429 and base is None:
            base = 2.0
        if exc.status >= 500 and base is None:
            base = 1.0
        if base is None:
            self._forget(outbox_id)
            log.warning("WhatsApp refused outbox %s for good: %s", outbox_id, exc)
            return SendError(f"WhatsApp refused the message (code {exc.code}): {exc}")
        delay = max(base, exc.retry_after or 0.0)
        return SendError(f"{exc} (code {exc.code}); retry in {delay:.1f}s", retry_after=delay)

    def _forget(self, outbox_id: int) -> None:
        with self._lock:
            self._sent_parts.pop(outbox_id, None)


def build(settings: Settings, deps: Deps) -> WhatsAppConnector | None:
    """The connector for the `FLOWHUB_WHATSAPP_*` settings; None when no number is configured.

    Without a way to read inbound times (`deps.last_inbound`) the 24-hour window is not checked.
    """
    if "whatsapp" not in settings.enabled_platforms():
        return None
    read = deps.last_inbound
    template = settings.whatsapp_default_template
    return WhatsAppConnector.from_settings(
        settings,
        windows=(
            InboundWindows(partial(read, WhatsAppConnector.platform), deps.now)
            if read is not None
            else None
        ),
        now=deps.now,
        default_template=Template(template, "en_US") if template else None,
    )


def phone_number_ids(value: str | None) -> list[str]:
    """The numbers in FLOWHUB_WHATSAPP_PHONE_NUMBER_ID (one id, or several comma-separated)."""
    return [part.strip() for part in (value or "").split(",") if part.strip()]


def _message_id(answer: dict[str, Any]) -> str:
    messages = answer.get("messages")
    if isinstance(messages, list) and messages and isinstance(messages[0], dict):
        message_id = messages[0].get("id")
        if isinstance(message_id, str) and message_id:
            return message_id
    raise GraphError(
        f"WhatsApp API answered without messages[0].id: {answer!r:.200}", status=200, code=0
    )
