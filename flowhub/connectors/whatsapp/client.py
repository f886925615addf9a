"""A small synchronous Graph API client: POST `/{version}/{phone-number-id}/messages`,
POST `/{version}/{phone-number-id}/media` to upload a file the bot sends, and
GET `/{version}/{media-id}` for a received file's short-lived download URL.

Errors:

    GraphError              the API answered with an error object (or a non-2xx status)
    httpx.TransportError    no answer: connection refused, reset, or a timeout
"""

from __future__ import annotations

from typing import Any

import httpx


class GraphError(Exception):
    """The Graph API refused a request; `code` is Meta's error code (0 when none was given)."""

    def __init__(
        self, message: str, *, status: int, code: int, retry_after: float | None = None
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.retry_after = retry_after


class GraphClient:
    """Sends message bodies for one or more phone numbers with one access token."""

    def __init__(
        self,
        *,
        api_url: str,
        api_version: str,
        access_token: str,
        timeout: float = 10.0,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        version = api_version if api_version.startswith("v") else f"v{api_version}"
        self._http = httpx.Client(
            base_url=f"{api_url.rstrip('/')}/{version}/",
            headers={"Authorization": f"Bearer {access_token}"},
            timeout=httpx.Timeout(timeout, connect=min(timeout, 5.0)),
            transport=transport,
            follow_redirects=False,
        )
        self._urls: dict[str, httpx.URL] = {}

    def post_message(self, phone_number_id: str, payload: dict[str, Any]) -> dict[str, Any]:
        """Send one message body; return the decoded success response."""
        url = self._urls.get(phone_number_id)
        if url is None:
            # Parsed once per number: httpx would parse and join the path on every request.
            url = self._urls[phone_number_id] = self._http.base_url.join(
                f"{phone_number_id}/messages"
            )
        return self._post(url, payload)

    def upload_media(self, phone_number_id: str, *, data: bytes, mime: str, filename: str) -> str:
        """Upload a file for `phone_number_id` to send (multipart); the media id Meta gives it."""
        response = self._http.post(
            f"{phone_number_id}/media",
            data={"messaging_product": "whatsapp", "type": mime},
            files={"file": (filename, data, mime)},
        )
        try:
            answer = response.json()
        except ValueError:
            answer = None
        media_id = answer.get("id") if isinstance(answer, dict) else None
        if response.is_success and isinstance(media_id, str) and media_id:
            return media_id
        if response.is_success:
            raise GraphError(
                f"WhatsApp media upload answered without an id: {answer!r:.200}",
                status=response.status_code,
                code=0,
            )
        raise _error(response, answer)

    def get_media(self, media_id: str) -> dict[str, Any]:
        """A received file's URL, type, sha256 and size (`GET /{version}/{media-id}`)."""
        response = self._http.get(media_id)
        try:
            data = response.json()
        except ValueError:
            data = None
        if response.is_success and isinstance(data, dict):
            return data
        raise _error(response, data)

    @property
    def http(self) -> httpx.Client:
        """The underlying client (it sends the bearer token: give it trusted URLs only)."""
        return self._http

    def close(self) -> None:
        """Close the connection pool."""
        self._http.close()

    def _post(self, url: httpx.URL, payload: dict[str, Any]) -> dict[str, Any]:
        response = self._http.post(url, json=payload)
        try:
            data = response.json()
        except ValueError:
            data = None
        if response.is_success and isinstance(data, dict):
            return data
        raise _error(response, data)


def _error(response: httpx.Response, data: Any) -> GraphError:
    error = data.get("error") if isinstance(data, dict) else None
    if not isinstance(error, dict):
        error = {"message": response.text[:300] or response.reason_phrase}
    code = error.get("code")
    details = error.get("error_data", {})
    details = details.get("details") if isinstance(details, dict) else None
    message = f"WhatsApp API {response.status_code}: {error.get('message', '')}".rstrip(": ")
    if details:
        message += f" ({details})"
    if error.get("fbtrace_id"):
        message += f" [fbtrace_id {error['fbtrace_id']}]"
    return GraphError(
        message,
        status=response.status_code,
        code=code if isinstance(code, int) else 0,
        retry_after=_seconds(response.headers.get("Retry-After")),
    )


def _seconds(value: str | None) -> float | None:
    try:
        return max(0.0, float(value)) if value else None
    except ValueError:
        return None
