"""GitHub REST: issues of one repository."""

from __future__ import annotations

import re

from tests.auxil.vendors.common import (
    TOKENS,
    Answer,
    Call,
    Reject,
    Store,
    auth,
    found,
    need,
)


def handle(fake: Store, call: Call) -> Answer:
    """Answer one request as the vendor would."""
    auth(call, "authorization", f"Bearer {TOKENS['github']}")
    auth(call, "x-github-api-version", "2022-11-28")
    if "application/vnd.github+json" not in call.headers.get("accept", ""):
        raise Reject("Accept must be application/vnd.github+json")
    issues = fake.items["github"]
    if call.method == "GET" and call.path == "/repos/acme/app":
        return 200, {"full_name": "acme/app", "permissions": {"push": True}}, {}
    if call.method == "GET" and call.path.startswith("/repos/"):
        raise Reject("Not Found", 404)
    if call.method == "POST" and call.path == "/repos/acme/app/issues":
        need(call.json, "title", str)
        if not isinstance(call.json.get("labels", []), list):
            raise Reject("labels must be a list")
        number = len(issues) + 1
        issues[str(number)] = dict(call.json, state="open")
        url = f"https://github.com/acme/app/issues/{number}"
        return 201, {"id": 9000 + number, "number": number, "html_url": url}, {}
    if call.method == "PATCH" and (m := re.fullmatch(r"/repos/acme/app/issues/(\d+)", call.path)):
        issue = found(issues, m.group(1))
        if call.json.get("state") not in (None, "open", "closed"):
            raise Reject("state must be open or closed")
        issue.update(call.json)
        return 200, {"number": int(m.group(1)), **issue}, {}
    raise Reject(f"not a GitHub endpoint: {call.method} {call.path}", 404)
