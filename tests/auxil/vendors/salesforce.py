"""Salesforce REST API v62.0: Task records, the records they relate to (found with SOQL), and
the org itself."""

from __future__ import annotations

import re
from typing import Any

from tests.auxil.vendors.common import TOKENS, Answer, Call, Reject, Store, auth, found

API = "/services/data/v62.0"
ORG_ID = "00D5g000000AbCdEAK"
INSTANCE_URL = "https://acme.my.salesforce.test"
STAMP = "2026-01-05T09:00:00.000+0000"
# Records a task can relate to, by object: id -> name.
RECORDS: dict[str, dict[str, str]] = {
    "Account": {"0015g00000AcmeCAAR": "ACME Corp", "0015g00000GlobxAAB": "Globex"},
    "Opportunity": {"0065g00000InitRAAB": "Initech renewal"},
    "Contact": {"0035g00000JaneDAAB": "Jane Doe"},
    "Lead": {"00Q5g00000BobLeAAB": "Bob Lee"},
}
USERS = {"0055g00000SamLeAAB": ("Sam Lee", "Sam"), "0055g00000AnaSiAAB": ("Ana Silva", "Ana")}
_USER_LIKE = re.compile(
    r"^SELECT Id, Name, FirstName FROM User WHERE IsActive = true AND Name LIKE '(.*)%' LIMIT \d+$"
)
_NAME_LIKE = re.compile(r"^SELECT Id, Name FROM (\w+) WHERE Name LIKE '%(.*)%' LIMIT \d+$")
_BY_SUBJECT = re.compile(r"^SELECT Id, Description FROM Task WHERE Subject = '(.*)' LIMIT \d+$")


def handle(fake: Store, call: Call) -> Answer:
    """Answer one request as Salesforce would."""
    auth(call, "authorization", f"Bearer {TOKENS['salesforce']}")
    tasks = fake.items["salesforce"]
    if call.method == "GET" and call.path == f"{API}/query":
        if "FROM Organization" in call.query.get("q", "") and fake.items["salesforce_org"]:
            # A user without "View Setup and Configuration" may not read the Organization.
            raise Reject("INVALID_TYPE: sObject type 'Organization' is not supported.")
        return 200, _query(tasks, call.query.get("q", "")), {}
    if call.method == "POST" and call.path == f"{API}/sobjects/Task":
        body = _checked(call.json)
        task_id = f"00T5g{int(fake.new_id()):013d}"
        tasks[task_id] = {"Status": "Not Started", "Priority": "Normal", **body}
        return 201, {"id": task_id, "success": True, "errors": []}, {}
    if m := re.fullmatch(rf"{API}/sobjects/Task/(\w+)", call.path):
        task = found(tasks, m.group(1))
        if call.method == "PATCH":
            task.update(_checked(call.json))
            return 204, None, {}
        if call.method == "DELETE":
            del tasks[m.group(1)]
            return 204, None, {}
        if call.method == "GET":
            return 200, _record(m.group(1), task), {}
    raise Reject(f"not a Salesforce endpoint: {call.method} {call.path}", 404)


def _checked(body: Any) -> dict[str, Any]:
    """A Task body as Salesforce validates it: related records that exist, and no Lead beside
    a related record."""
    if not isinstance(body, dict):
        raise Reject("the body is a JSON object")
    what, who = body.get("WhatId"), body.get("WhoId")
    if what and what not in {**RECORDS["Account"], **RECORDS["Opportunity"]}:
        raise Reject(f"WhatId: no record {what}")
    if who and who not in {**RECORDS["Contact"], **RECORDS["Lead"]}:
        raise Reject(f"WhoId: no record {who}")
    if body.get("OwnerId") is not None and body["OwnerId"] not in USERS:
        raise Reject(f"OwnerId: no active user {body['OwnerId']}")
    if what and who in RECORDS["Lead"]:
        raise Reject("FIELD_INTEGRITY_EXCEPTION: a task about a lead relates to no record")
    return body


def _record(task_id: str, task: dict[str, Any]) -> dict[str, Any]:
    closed = task.get("Status") == "Completed"
    return {
        "attributes": {"type": "Task", "url": f"{API}/sobjects/Task/{task_id}"},
        "Id": task_id,
        "IsClosed": closed,
        "LastModifiedDate": task.get("LastModifiedDate", STAMP),
        "ActivityDate": None,
        **task,
    }


def _query(tasks: dict[str, dict[str, Any]], soql: str) -> dict[str, Any]:
    """The few SOQL queries FlowHub sends; anything else is refused as Salesforce would."""
    records: list[dict[str, Any]]
    if soql == "SELECT Id, Name FROM Organization LIMIT 1":
        records = [_row("Organization", ORG_ID, Name="Acme Sales")]
    elif m := _USER_LIKE.match(soql):
        start = _unquoted(m.group(1)).casefold()
        records = [
            _row("User", i, Name=name, FirstName=first)
            for i, (name, first) in USERS.items()
            if name.casefold().startswith(start)
        ]
    elif m := _NAME_LIKE.match(soql):
        sobject, term = m.group(1), _unquoted(m.group(2)).casefold()
        if sobject not in RECORDS:
            raise Reject(f"INVALID_TYPE: sObject type '{sobject}' is not supported")
        records = [
            _row(sobject, i, Name=name)
            for i, name in RECORDS[sobject].items()
            if term in name.casefold()
        ]
    elif m := _BY_SUBJECT.match(soql):
        subject = _unquoted(m.group(1))
        records = [
            _row("Task", i, Description=t.get("Description"))
            for i, t in tasks.items()
            if t.get("Subject") == subject
        ]
    else:
        raise Reject(f"MALFORMED_QUERY: {soql}")
    return {"totalSize": len(records), "done": True, "records": records}


def _row(sobject: str, record_id: str, **fields: Any) -> dict[str, Any]:
    url = f"{API}/sobjects/{sobject}/{record_id}"
    return {"attributes": {"type": sobject, "url": url}, "Id": record_id, **fields}


def _unquoted(text: str) -> str:
    """A SOQL string literal's value; an unescaped quote would have ended it."""
    if re.search(r"(?<!\\)'", text):
        raise Reject("MALFORMED_QUERY: unescaped quote")
    return re.sub(r"\\(.)", r"\1", text)


def outbound_message(
    org_id: str, task_ids: list[str], *, status: str = "Completed", first: int = 1
) -> bytes:
    """An outbound message as Salesforce sends one for Task changes (its example in the
    Outbound Messaging guide); each notification's id counts on from `first`, as a new change
    gets a new one and a resend keeps its own."""
    notes = "".join(
        f"<Notification><Id>04l5g0000{n:09d}</Id>"
        f'<sObject xsi:type="sf:Task" xmlns:sf="urn:sobject.enterprise.soap.sforce.com">'
        f"<sf:Id>{task_id}</sf:Id><sf:Status>{status}</sf:Status></sObject></Notification>"
        for n, task_id in enumerate(task_ids, first)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" '
        'xmlns:xsd="http://www.w3.org/2001/XMLSchema" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><soapenv:Body>'
        '<notifications xmlns="http://soap.sforce.com/2005/09/outbound">'
        f"<OrganizationId>{org_id}</OrganizationId><ActionId>04k5g000000AbCdAAK</ActionId>"
        '<SessionId xsi:nil="true"/>'
        f"<EnterpriseUrl>{INSTANCE_URL}/services/Soap/c/62.0/{org_id[:15]}</EnterpriseUrl>"
        f"<PartnerUrl>{INSTANCE_URL}/services/Soap/u/62.0/{org_id[:15]}</PartnerUrl>"
        f"{notes}</notifications></soapenv:Body></soapenv:Envelope>"
    ).encode()


def token_extra(provider: str) -> dict[str, str]:
    """What Salesforce's token answer adds: the org's instance URL and the identity URL."""
    if provider != "salesforce":
        return {}
    return {"instance_url": INSTANCE_URL, "id": f"https://login.salesforce.test/id/{ORG_ID}/005"}
