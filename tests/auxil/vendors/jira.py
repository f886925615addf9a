"""Jira Cloud REST v3: issues, transitions and JQL search, on the site or through the gateway."""

from __future__ import annotations

import base64
import re
from datetime import date

from tests.auxil.vendors.common import (
    EMAIL,
    TOKENS,
    Answer,
    Call,
    Reject,
    Store,
    auth,
    found,
    need,
)

# A Jira site's cloud id, and a scoped API token (valid only through Atlassian's gateway).
JIRA_CLOUD_ID = "a436116f-02ce-4520-8fbb-7301462a1674"
JIRA_SCOPED_TOKEN = "jira-scoped-token-0123456789"


def handle(fake: Store, call: Call) -> Answer:
    """Answer one request as the vendor would."""
    if call.method == "GET" and call.path == "/_edge/tenant_info":  # public, on the site
        return 200, {"cloudId": JIRA_CLOUD_ID}, {}
    _jira_auth(call)
    issues = fake.items["jira"]
    if call.method == "GET" and call.path == "/rest/api/3/myself":
        return 200, {"accountId": "5b10a2844c20165700ede21g", "emailAddress": EMAIL}, {}
    if m := re.fullmatch(r"/rest/api/3/project/(\w+)", call.path):
        if m.group(1) != "OPS":
            raise Reject("No project could be found with key", 404)
        return 200, {"id": "10000", "key": "OPS", "name": "Operations"}, {}
    if call.method == "POST" and call.path == "/rest/api/3/issue":
        fields = need(call.json, "fields", dict)
        need(fields, "summary", str)
        if need(fields, "project", dict).get("key") != "OPS":
            raise Reject("project key must be OPS")
        need(need(fields, "issuetype", dict), "name", str)
        doc = fields.get("description")
        if doc is not None and (doc.get("type") != "doc" or doc.get("version") != 1):
            raise Reject("description must be an ADF document in v3")
        if "duedate" in fields:
            date.fromisoformat(fields["duedate"])
        if "priority" in fields and fields["priority"]["name"] not in (
            "Highest",
            "High",
            "Medium",
            "Low",
            "Lowest",
        ):
            raise Reject("unknown priority")
        issue_id = fake.new_id()
        key = f"OPS-{len(issues) + 1}"
        issues[issue_id] = {"key": key, "fields": fields, "status": "new"}
        return 201, {"id": issue_id, "key": key, "self": f"/rest/api/3/issue/{issue_id}"}, {}
    if m := re.fullmatch(r"/rest/api/3/issue/(\d+)", call.path):
        issue = found(issues, m.group(1))
        if call.method == "PUT":
            issue["fields"].update(need(call.json, "fields", dict))
            return 204, None, {}
    if m := re.fullmatch(r"/rest/api/3/issue/(\d+)/transitions", call.path):
        issue = found(issues, m.group(1))
        transitions = [
            {"id": "11", "name": "To Do", "to": {"statusCategory": {"key": "new"}}},
            {"id": "31", "name": "Done", "to": {"statusCategory": {"key": "done"}}},
        ]
        if call.method == "GET":
            return 200, {"transitions": transitions}, {}
        wanted = need(need(call.json, "transition", dict), "id", str)
        issue["status"] = {"11": "new", "31": "done"}[wanted]
        return 204, None, {}
    if call.method == "POST" and call.path == "/rest/api/3/search/jql":
        jql = need(call.json, "jql", str)
        label = re.search(r'labels = "([^"]+)"', jql)
        matches = [
            {"id": i, "key": v["key"]}
            for i, v in issues.items()
            if label and label.group(1) in v["fields"].get("labels", [])
        ]
        return 200, {"issues": matches[:1]}, {}
    raise Reject(f"not a Jira endpoint: {call.method} {call.path}", 404)


def _jira_auth(call: Call) -> None:
    """A classic API token on the site, or a scoped one through the gateway only (Atlassian:
    scoped tokens must call api.atlassian.com/ex/jira/<cloudId>); the gateway prefix is cut."""
    scoped = base64.b64encode(f"{EMAIL}:{JIRA_SCOPED_TOKEN}".encode()).decode()
    gateway = f"/ex/jira/{JIRA_CLOUD_ID}"
    if call.headers.get("authorization") != f"Basic {scoped}":
        pair = base64.b64encode(f"{EMAIL}:{TOKENS['jira']}".encode()).decode()
        auth(call, "authorization", f"Basic {pair}")
        return
    if not call.path.startswith(gateway + "/"):
        raise Reject("Client must be authenticated to access this resource.", 401)
    call.path = call.path.removeprefix(gateway)


def described_path(path: str) -> str:
    """The REST path of a call made through Atlassian's gateway (`/ex/jira/<cloudId>/...`)."""
    return re.sub(r"^/ex/jira/[\w-]+(?=/)", "", path)
