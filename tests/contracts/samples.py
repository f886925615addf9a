"""Vendor-shaped answers for the fakes, built from the vendored API description.

A fake sets the fields it means (`number`, `title`, `state`...); every other field the
description requires gets a plain value of its documented type, so an answer is whole the way
the vendor's is, and `Contract.check_response` still checks what the fake set itself.
"""

from __future__ import annotations

from typing import Any

from tests.contracts.openapi import URN, contract

_STRINGS = {
    "date-time": "2026-01-05T09:00:00Z",
    "date": "2026-01-05",
    "uri": "https://example.test/",
    "email": "someone@example.test",
    "uuid": "00000000-0000-4000-8000-000000000000",
}


def answer(tool: str, method: str, path: str, status: int, **fields: Any) -> Any:
    """A whole answer to a documented call, with `fields` set over the description's defaults."""
    spec = contract(tool)
    op = spec.operation(method, path)
    if op is None:
        raise LookupError(f"not a call in {spec.title}: {method} {path}")
    response = spec.deref(op.spec["responses"][str(status)])
    schema = response["content"]["application/json"]["schema"]
    return merged(sample(tool, schema), fields)


def component(tool: str, name: str, **fields: Any) -> Any:
    """A whole instance of a named schema in the description, with `fields` set."""
    return merged(sample(tool, {"$ref": f"#/components/schemas/{name}"}), fields)


def sample(tool: str, schema: dict[str, Any]) -> Any:
    """The plainest value the schema accepts: required fields only, nulls where allowed."""
    spec = contract(tool)
    if "$ref" in schema:
        schema = spec.deref({"$ref": URN + "#" + schema["$ref"].split("#", 1)[1]})
    if "allOf" in schema:
        out: dict[str, Any] = {}
        for branch in schema["allOf"]:
            part = sample(tool, branch)
            if isinstance(part, dict):
                out.update(part)
        return out
    for key in ("anyOf", "oneOf"):
        if key in schema:
            branches = [b for b in schema[key] if b.get("type") != "null"]
            if len(branches) < len(schema[key]):
                return None
            return sample(tool, branches[0])
    kind = schema.get("type")
    if isinstance(kind, list):
        if "null" in kind:
            return None
        kind = kind[0]
    if "const" in schema:
        return schema["const"]
    if "enum" in schema:
        return schema["enum"][0]
    if kind == "object" or (kind is None and "properties" in schema):
        properties = schema.get("properties", {})
        return {name: sample(tool, properties.get(name, {})) for name in schema.get("required", [])}
    return _scalar(schema, kind)


def _scalar(schema: dict[str, Any], kind: Any) -> Any:
    if kind == "array":
        return []
    if kind == "string":
        return _STRINGS.get(schema.get("format", ""), "x")
    if kind in ("integer", "number"):
        return schema.get("minimum", 1)
    if kind == "boolean":
        return False
    return None


def merged(base: Any, fields: dict[str, Any]) -> Any:
    """`base` with `fields` set over it, nested objects merged key by key."""
    if not isinstance(base, dict):
        return fields
    out = dict(base)
    for key, value in fields.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = merged(out[key], value)
        else:
            out[key] = value
    return out
