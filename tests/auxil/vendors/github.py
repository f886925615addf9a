"""GitHub REST: issues of one repository."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

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
from tests.contracts.samples import answer, component, merged


def handle(fake: Store, call: Call) -> Answer:
    """Answer one request as the vendor would."""
    auth(call, "authorization", f"Bearer {TOKENS['github']}")
    auth(call, "x-github-api-version", "2022-11-28")
    if "application/vnd.github+json" not in call.headers.get("accept", ""):
        raise Reject("Accept must be application/vnd.github+json")
    issues = fake.items["github"]
    if call.method == "GET" and call.path == "/repos/acme/app":
        repo = answer("github", "GET", call.path, 200, full_name="acme/app", name="app")
        can = {"admin": False, "maintain": False, "push": True, "triage": True, "pull": True}
        return 200, merged(repo, {"permissions": can}), {}
    if call.method == "GET" and call.path.startswith("/repos/"):
        raise Reject("Not Found", 404)
    if call.method == "POST" and call.path == "/repos/acme/app/issues":
        need(call.json, "title", str)
        number = len(issues) + 1
        issues[str(number)] = _issue(number, call.json)
        return 201, issues[str(number)], {}
    if call.method == "PATCH" and (m := re.fullmatch(r"/repos/acme/app/issues/(\d+)", call.path)):
        issue = found(issues, m.group(1))
        issue.update(_issue(issue["number"], call.json, issue))
        return 200, issue, {}
    if call.method == "POST" and call.path == "/repos/acme/app/hooks":
        return _new_hook(fake, call)
    if call.method == "DELETE" and (m := re.fullmatch(r"/repos/acme/app/hooks/(\d+)", call.path)):
        found(fake.items["github_hooks"], m.group(1))
        del fake.items["github_hooks"][m.group(1)]
        return 204, None, {}
    raise Reject(f"not a GitHub endpoint: {call.method} {call.path}", 404)


def _issue(number: int, sent: dict[str, Any], was: dict[str, Any] | None = None) -> dict[str, Any]:
    """The issue as GitHub answers it once `sent` (a create or update body) is applied."""
    issue = was or answer(
        "github",
        "POST",
        "/repos/acme/app/issues",
        201,
        id=9000 + number,
        number=number,
        state="open",
        html_url=f"https://github.com/acme/app/issues/{number}",
        url=f"https://api.github.com/repos/acme/app/issues/{number}",
    )
    changes = {k: v for k, v in sent.items() if k not in ("labels", "assignees")}
    if "labels" in sent:
        changes["labels"] = [{"id": 700 + i, "name": n} for i, n in enumerate(sent["labels"])]
    if "assignees" in sent:
        changes["assignees"] = [
            component("github", "simple-user", login=n) for n in sent["assignees"]
        ]
    if sent.get("state") == "closed":
        changes["closed_at"] = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    elif sent.get("state") == "open":
        changes |= {"closed_at": None, "state_reason": "reopened"}
    return {**issue, **changes}


# A token given "Webhooks: Read and write": a test adds it here (tokens have no such right
# by default, as a fine-grained token made for issues has not).
MAY_ADD_HOOKS = "may_add_hooks"


def _new_hook(fake: Store, call: Call) -> Answer:
    """POST /repos/{owner}/{repo}/hooks, refused (403) to a token without the webhooks right."""
    if MAY_ADD_HOOKS not in fake.items["github_grants"]:
        raise Reject("Resource not accessible by personal access token", 403)
    config = need(call.json, "config", dict)
    url = need(config, "url", str)
    if not url.startswith("https://"):
        raise Reject("Validation Failed: url is not a valid https URL", 422)
    hook_id = str(len(fake.items["github_hooks"]) + 1)
    fake.items["github_hooks"][hook_id] = dict(call.json)
    hook = answer(
        "github",
        "POST",
        call.path,
        201,
        id=int(hook_id),
        name="web",
        active=True,
        events=call.json.get("events", ["push"]),
        config={k: v for k, v in config.items() if k != "secret"},
    )
    return 201, hook, {}
