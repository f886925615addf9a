"""Webhook payload parts checked against the vendor's own schemas (tests/contracts/specs/).

Jira sends the issue as its REST API's `IssueBean` and each changelog item as a
`ChangeDetails`; GitHub sends the issue and milestone as its REST API's `issue` and
`nullable-milestone`. A delivery a test builds is checked here before it is sent, so a
made-up field or a wrong type fails the test with the description's words.
"""

from __future__ import annotations

from typing import Any

from tests.contracts.openapi import URN, contract


def schema_problems(tool: str, schema: str, value: Any, *, closed: bool = True) -> list[str]:
    """What is wrong with `value` as the description's component `schema`; with `closed`, a
    field the component does not name is wrong too."""
    owner = contract(tool)
    ref = {"$ref": f"{URN}#/components/schemas/{schema}"}
    problems = owner._errors(ref, value, schema)
    if closed:
        problems += [f"{where or schema}: {key!r} is not a documented field"
                     for where, key in owner._unknown(ref, value, "")]  # fmt: skip
    return problems


__all__ = ["schema_problems"]
