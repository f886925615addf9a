"""What the fake Slack checks in a call: slack_sdk's declared parameters, Block Kit limits, and
Slack's own description of a file object."""

from __future__ import annotations

import inspect
import json
from functools import cache
from pathlib import Path
from typing import Any

from jsonschema import Draft4Validator
from slack_sdk import WebClient


class ApiError(Exception):
    """Slack's `ok: false` answer; the message is Slack's error code."""


@cache
def file_schema() -> Draft4Validator:
    """Slack's description of a file object (`objs_file`), as a validator."""
    path = Path(__file__).parents[1] / "contracts" / "chat" / "slack_file.json"
    return Draft4Validator(json.loads(path.read_text(encoding="utf-8")))


def require(params: dict[str, Any], name: str) -> str:
    """The parameter `name`, or Slack's `missing_argument_<name>` error."""
    value = params.get(name)
    if not value:
        raise ApiError(f"missing_argument_{name}")
    return str(value)


def check_message(params: dict[str, Any]) -> None:
    """Slack's rules for a message FlowHub sends: text always, Block Kit within its limits."""
    if not params.get("text"):
        raise ApiError("no_text")
    blocks = params.get("blocks")
    if isinstance(blocks, str):
        blocks = params["blocks"] = json.loads(blocks)
    if blocks is None:
        return
    if not isinstance(blocks, list) or len(blocks) > 50:
        raise ApiError("invalid_blocks")
    action_ids: set[str] = set()
    for block in blocks:
        if block.get("type") == "section":
            text = block.get("text") or {}
            if (
                text.get("type") not in ("mrkdwn", "plain_text")
                or not 1 <= len(text["text"]) <= 3000
            ):
                raise ApiError("invalid_blocks")
        elif block.get("type") == "actions":
            elements = block.get("elements") or []
            if not 1 <= len(elements) <= 25:
                raise ApiError("invalid_blocks")
            for element in elements:
                if element.get("type") != "button" or element["action_id"] in action_ids:
                    raise ApiError("invalid_blocks")
                action_ids.add(element["action_id"])
                if not 1 <= len(element["text"]["text"]) <= 75:
                    raise ApiError("invalid_blocks")
                if not 1 <= len(element.get("value", "")) <= 2000:
                    raise ApiError("invalid_blocks")
        else:
            raise ApiError("invalid_blocks")


def check_arguments(method: str, params: dict[str, Any]) -> None:
    """Refuse arguments slack_sdk's `WebClient.<method>` does not declare, or lacks required."""
    declared, required = _parameters(method)
    unknown = set(params) - declared - {"token"}
    missing = required - set(params)
    if unknown or missing:
        raise ApiError("invalid_arguments")


@cache
def _parameters(method: str) -> tuple[frozenset[str], frozenset[str]]:
    signature = inspect.signature(getattr(WebClient, method))
    named = {
        name: p
        for name, p in signature.parameters.items()
        if p.kind is inspect.Parameter.KEYWORD_ONLY
    }
    required = {name for name, p in named.items() if p.default is inspect.Parameter.empty}
    return frozenset(named), frozenset(required)
