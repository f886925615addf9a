"""Sharing a file in a Slack channel through Slack's external upload flow.

slack_sdk's `files_upload_v2` asks `files.getUploadURLExternal` for an upload URL, POSTs the
bytes there, then `files.completeUploadExternal` shares the file in the channel with its
`initial_comment`. The upload URL is plain HTTP: its refusals arrive as `HTTPError` (rate
limits and server errors are worth a retry, anything else is final) or `SlackRequestError`.
"""

from __future__ import annotations

from urllib.error import HTTPError

from slack_sdk import WebClient
from slack_sdk.errors import SlackRequestError
from slack_sdk.web import SlackResponse

from flowhub.connectors.base import SendError
from flowhub.connectors.types import Attachment

NETWORK_RETRY_AFTER = 0.0


def share_file(
    client: WebClient, *, channel: str, attachment: Attachment, comment: str | None
) -> SlackResponse:
    """Upload `attachment` and share it in `channel` with `comment` above it."""
    try:
        return client.files_upload_v2(
            channel=channel,
            file=attachment.data,
            filename=attachment.name,
            title=attachment.name,
            initial_comment=comment,
        )
    except HTTPError as exc:
        retry = exc.code == 429 or exc.code >= 500
        wait = _seconds(exc.headers.get("Retry-After")) if exc.headers else None
        raise SendError(
            f"Slack's upload URL refused {attachment.name!r}: HTTP {exc.code}",
            retry_after=(wait or NETWORK_RETRY_AFTER) if retry else None,
        ) from exc
    except SlackRequestError as exc:
        raise SendError(f"Slack did not take the upload of {attachment.name!r}: {exc}") from exc


def file_id(answer: SlackResponse) -> str:
    """The id of the file `files.completeUploadExternal` shared."""
    files = answer.get("files")
    if isinstance(files, list) and files and isinstance(files[0], dict) and files[0].get("id"):
        return str(files[0]["id"])
    raise SendError(f"Slack answered the upload without a file id: {answer.data!r:.200}")


def _seconds(value: str | None) -> float | None:
    try:
        return max(1.0, float(value)) if value else None
    except ValueError:
        return None
