"""The Edit modal: a proposal's fields as inputs, and the saved form back as edit texts.

The texts are the words FlowHub's edit skill already understands ("assign to Sam, due friday
5pm, priority high"; "title: ..."), sent as replies to the card, so the modal changes a proposal
exactly the way typing would. Only the fields that changed are sent; a new title goes in a text
of its own, because "title: ..." takes the rest of a message as the title.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from flowhub.connectors.slack.parse import MalformedPayload, Origin

CALLBACK_ID = "flowhub_edit"
PRIORITIES = ("urgent", "high", "normal", "low")
MAX_TITLE = 500
_FIELDS = ("title", "assignee", "due", "priority")


@dataclass(frozen=True, slots=True)
class EditForm:
    """A proposal's fields as the modal shows them (empty string: not set)."""

    proposal_id: int
    title: str
    assignee: str = ""
    due: str = ""
    priority: str = "normal"


@dataclass(frozen=True, slots=True)
class Submission:
    """A saved modal: where it came from, which card it edits, and what changed."""

    origin: Origin
    card: str
    texts: list[str]


def edit_view(form: EditForm, *, origin: Origin, card: str) -> dict[str, Any]:
    """The `view` for `views.open`."""
    metadata = json.dumps(
        {
            "card": card,
            "origin": origin.to_raw(),
            "before": [form.title[:MAX_TITLE], form.assignee, form.due, form.priority],
        },
        separators=(",", ":"),
    )
    if len(metadata) > 3000:
        raise ValueError("the edit form's private_metadata is over Slack's 3000 characters")
    priority = form.priority if form.priority in PRIORITIES else "normal"
    return {
        "type": "modal",
        "callback_id": CALLBACK_ID,
        "private_metadata": metadata,
        "title": {"type": "plain_text", "text": "Edit task"},
        "submit": {"type": "plain_text", "text": "Save"},
        "close": {"type": "plain_text", "text": "Cancel"},
        "blocks": [
            _text_input("title", "Title", form.title[:MAX_TITLE], optional=False),
            _text_input("assignee", "Assignee", form.assignee, hint="A name; empty for nobody"),
            _text_input("due", "Due", form.due, hint="e.g. friday 5pm; empty for no date"),
            {
                "type": "input",
                "block_id": "priority",
                "label": {"type": "plain_text", "text": "Priority"},
                "element": {
                    "type": "static_select",
                    "action_id": "priority",
                    "options": [_option(p) for p in PRIORITIES],
                    "initial_option": _option(priority),
                },
            },
        ],
    }


def read_submission(view: Mapping[str, Any]) -> Submission:
    """What a saved modal changed, as edit texts. Raises `MalformedPayload`."""
    try:
        metadata = json.loads(str(view.get("private_metadata") or ""))
        before = dict(zip(_FIELDS, metadata["before"], strict=True))
        card = str(metadata["card"])
    except (ValueError, KeyError, TypeError) as exc:
        raise MalformedPayload(f"edit modal private_metadata is unreadable: {exc!r}") from exc
    origin = Origin.from_raw(metadata.get("origin"))
    if origin is None:
        raise MalformedPayload("edit modal private_metadata names no origin")
    values = (view.get("state") or {}).get("values") or {}
    after = {name: _value(values, name) for name in _FIELDS}
    return Submission(origin=origin, card=card, texts=_edit_texts(before, after))


def _edit_texts(before: Mapping[str, str], after: Mapping[str, str]) -> list[str]:
    clauses = []
    if after["assignee"] != before["assignee"]:
        clauses.append(f"assign to {after['assignee']}" if after["assignee"] else "unassign")
    if after["due"] != before["due"]:
        clauses.append(f"due {after['due']}" if after["due"] else "no due date")
    if after["priority"] != before["priority"] and after["priority"] in PRIORITIES:
        clauses.append(f"priority {after['priority']}")
    texts = [", ".join(clauses)] if clauses else []
    if after["title"] and after["title"] != before["title"]:
        texts.append(f"title: {after['title']}")
    return texts


def _value(values: Mapping[str, Any], name: str) -> str:
    element = (values.get(name) or {}).get(name) or {}
    if element.get("type") == "static_select":
        value = (element.get("selected_option") or {}).get("value") or ""
    else:
        value = element.get("value") or ""
    if name != "title":
        # Commas and semicolons separate edit clauses, so they can't stay inside one value.
        value = str(value).replace(",", " ").replace(";", " ")
    return " ".join(str(value).split())


def _text_input(
    name: str, label: str, initial: str, *, optional: bool = True, hint: str | None = None
) -> dict[str, Any]:
    element: dict[str, Any] = {"type": "plain_text_input", "action_id": name}
    if name == "title":
        element["max_length"] = MAX_TITLE
    if initial:
        element["initial_value"] = initial
    block: dict[str, Any] = {
        "type": "input",
        "block_id": name,
        "optional": optional,
        "label": {"type": "plain_text", "text": label},
        "element": element,
    }
    if hint:
        block["hint"] = {"type": "plain_text", "text": hint}
    return block


def _option(priority: str) -> dict[str, Any]:
    return {"text": {"type": "plain_text", "text": priority.capitalize()}, "value": priority}
