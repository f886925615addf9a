"""Reading a multipart/form-data body the way a vendor's server does, for the fakes."""

from __future__ import annotations

import email.parser
import email.policy
from dataclasses import dataclass


@dataclass(frozen=True)
class FormFile:
    """One uploaded file part: its field name, filename, declared type and bytes."""

    field: str
    filename: str
    content_type: str
    data: bytes


def form(content_type: str, body: bytes) -> tuple[dict[str, str], list[FormFile]]:
    """The text fields and the file parts of a multipart/form-data body; ValueError if not one."""
    if not content_type.startswith("multipart/form-data"):
        raise ValueError(f"expected multipart/form-data, got {content_type!r}")
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
        f"Content-Type: {content_type}\r\n\r\n".encode() + body
    )
    if not message.is_multipart():
        raise ValueError("the body is not a multipart message")
    fields: dict[str, str] = {}
    files: list[FormFile] = []
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        payload = part.get_payload(decode=True)
        if not isinstance(name, str) or not isinstance(payload, bytes):
            raise ValueError("a form part has no name")
        filename = part.get_filename()
        if filename is not None:
            files.append(FormFile(name, filename, part.get_content_type(), payload))
        else:
            fields[name] = payload.decode()
    return fields, files
