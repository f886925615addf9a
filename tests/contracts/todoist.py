"""Todoist's REST API v1 as its official SDK (todoist-api-python, pinned) describes it.

`check_request` says what is wrong with a request to the API (unknown endpoint, a parameter
the SDK does not send, a value out of its range); `check_task` and `check_projects` load a
response with the SDK's own models, so a fake answer that the SDK could not read is caught.
"""

from __future__ import annotations

import inspect
import re
from datetime import date, datetime
from typing import Any
from urllib.parse import urlsplit

from todoist_api_python._core import endpoints
from todoist_api_python.api import TodoistAPI
from todoist_api_python.models import Project, Task

API_PATH = urlsplit(endpoints.API_URL).path  # "/api/v1"
TASKS = f"{API_PATH}/{endpoints.TASKS_PATH}"
PROJECTS = f"{API_PATH}/{endpoints.PROJECTS_PATH}"
TASK_URL = endpoints.TASK_URL
_ID = r"[\w-]+"
# What the SDK sends for a parameter when it is named differently in the method.
_SENT_AS = {"order": "child_order", "collapsed": "is_collapsed"}
_MAX_LEN = {"content": 500, "description": 16383, "due_string": 150}


def _params(method: str) -> frozenset[str]:
    names = inspect.signature(getattr(TodoistAPI, method)).parameters
    return frozenset(_SENT_AS.get(n, n) for n in names if n not in ("self", "task_id"))


_CREATE = _params("add_task")
_UPDATE = _params("update_task")


def check_request(method: str, path: str, body: Any) -> list[str]:
    """What the SDK would not do in this request; [] when it matches an SDK call."""
    if method == "GET" and (path == PROJECTS or re.fullmatch(f"{PROJECTS}/{_ID}", path)):
        return []
    if method == "POST" and re.fullmatch(f"{TASKS}/{_ID}/(?:close|reopen)", path):
        return [] if not body else ["close and reopen take no body"]
    if method == "POST" and path == TASKS:
        return _check_fields(body, _CREATE, create=True)
    if method == "POST" and re.fullmatch(f"{TASKS}/{_ID}", path):
        return _check_fields(body, _UPDATE, create=False)
    return [f"not a Todoist API v1 call the SDK makes: {method} {path}"]


def _check_fields(body: Any, allowed: frozenset[str], *, create: bool) -> list[str]:
    if not isinstance(body, dict):
        return ["the body is a JSON object"]
    problems = [f"unknown parameter {k!r}" for k in body if k not in allowed]
    if create and not body.get("content"):
        problems.append("content is required")
    for key, most in _MAX_LEN.items():
        if key in body and (not isinstance(body[key], str) or len(body[key]) > most):
            problems.append(f"{key} is a string of at most {most} characters")
    if "priority" in body and body["priority"] not in (1, 2, 3, 4):
        problems.append("priority is 1-4")
    if len([k for k in ("due_string", "due_date", "due_datetime") if k in body]) > 1:
        problems.append("only one of due_string, due_date, due_datetime")
    if "due_date" in body and not _parses(date.fromisoformat, body["due_date"]):
        problems.append("due_date is YYYY-MM-DD")
    if "due_datetime" in body and not re.fullmatch(
        r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", str(body["due_datetime"])
    ):
        problems.append("due_datetime is YYYY-MM-DDTHH:MM:SSZ (UTC), as the SDK formats it")
    return problems


def _parses(parse: Any, value: Any) -> bool:
    try:
        parse(value)
    except (TypeError, ValueError):
        return False
    return True


def check_task(data: dict[str, Any]) -> Task:
    """The SDK's Task read from a response body (raises when the SDK could not read it)."""
    return Task.from_dict(data)


def check_projects(data: dict[str, Any]) -> list[Project]:
    """The SDK's projects read from a `GET /projects` page (`results`, `next_cursor`)."""
    if set(data) != {"results", "next_cursor"}:
        raise ValueError("a page of projects is {results, next_cursor}")
    return [Project.from_dict(p) for p in data["results"]]


def stamp(at: datetime) -> str:
    """A time the way the API writes `created_at` and `updated_at`."""
    return at.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
