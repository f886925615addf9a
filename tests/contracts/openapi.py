"""Requests and answers checked against a vendored OpenAPI description (tests/contracts/specs/).

`Contract(tool)` reads specs/<tool>.json. `check_request` finds the operation by method and
path and says what the description forbids: an unknown call, a path or query parameter of the
wrong type or value, a body missing a required field, of the wrong type, outside an enum, or
carrying a field the description does not name. `check_response` validates an answer against
the operation's response schema. Each problem quotes the description's own words.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

SPECS = Path(__file__).parent / "specs"
URN = "urn:flowhub:spec"


@dataclass(frozen=True)
class Operation:
    """One documented call: its method, path template and the description's parts."""

    method: str
    template: str
    pattern: re.Pattern[str]
    spec: dict[str, Any]
    parameters: tuple[dict[str, Any], ...]


class Contract:
    """One vendor's API description, ready to check requests and answers."""

    def __init__(self, tool: str) -> None:
        raw = json.loads((SPECS / f"{tool}.json").read_text(encoding="utf-8"))
        self.tool = tool
        self.title = raw["info"]["title"]
        self.base = urlsplit(raw["servers"][0]["url"]).path.rstrip("/") if raw["servers"] else ""
        self.doc: dict[str, Any] = _json_schema(raw)
        resource = Resource.from_contents(self.doc, default_specification=DRAFT202012)
        self._registry: Registry[Any] = Registry().with_resource(URN, resource)
        self.operations = [
            Operation(
                method.upper(),
                template,
                re.compile(re.sub(r"\\\{[^}]+\\\}", "([^/]+)", re.escape(template)) + "$"),
                operation,
                tuple(
                    self.deref(p)
                    for p in [*item.get("parameters", []), *operation.get("parameters", [])]
                ),
            )
            for template, item in self.doc["paths"].items()
            for method, operation in item.items()
            if method != "parameters"
        ]

    def operation(self, method: str, path: str) -> Operation | None:
        """The documented operation a request is, if any."""
        local = path.removeprefix(self.base) if path.startswith(self.base) else None
        if local is None:
            return None
        for op in self.operations:
            if op.method == method and op.pattern.fullmatch(local):
                return op
        return None

    def check_request(
        self, method: str, path: str, query: dict[str, str] | None, body: Any
    ) -> list[str]:
        """What the description forbids in this request; [] when it is a documented call."""
        op = self.operation(method, path)
        if op is None:
            return [f"not a call in {self.title}: {method} {path}"]
        match = op.pattern.fullmatch(path.removeprefix(self.base))
        assert match is not None
        names = re.findall(r"\{([^}]+)\}", op.template)
        values = dict(zip(names, match.groups(), strict=True))
        problems: list[str] = []
        given = {"path": values, "query": dict(query or {})}
        for where, found in given.items():
            documented = {p["name"]: p for p in op.parameters if p["in"] == where}
            problems += [
                f"{where} parameter {k!r} is not documented" for k in found if k not in documented
            ]
            for name, param in documented.items():
                if name not in found:
                    if param.get("required"):
                        problems.append(f"{where} parameter {name!r} is required")
                    continue
                value = _typed(found[name], param.get("schema", {}))
                problems += self._errors(param.get("schema", {}), value, f"{where} {name}")
        problems += self._check_body(op, body)
        return problems

    def _check_body(self, op: Operation, body: Any) -> list[str]:
        request = self.deref(op.spec.get("requestBody") or {})
        schema = (request.get("content", {}).get("application/json") or {}).get("schema")
        if body is None:
            return ["the request body is required"] if request.get("required") else []
        if schema is None:
            return [f"{op.method} {op.template} takes no JSON body"]
        return self._errors(schema, body, "body") + [
            f"body{where} names {key!r}, which the description does not document"
            for where, key in self._unknown(schema, body, "")
        ]

    def check_response(self, method: str, path: str, status: int, body: Any) -> list[str]:
        """What is wrong with an answer, by the operation's documented responses."""
        op = self.operation(method, path)
        if op is None:
            return [f"not a call in {self.title}: {method} {path}"]
        responses = op.spec.get("responses", {})
        answer = responses.get(str(status)) or responses.get(f"{str(status)[0]}XX")
        if answer is None:
            return [f"{status} is not a documented answer to {method} {op.template}"]
        answer = self.deref(answer)
        schema = (answer.get("content", {}).get("application/json") or {}).get("schema")
        if schema is None:
            return [] if body in (None, b"", "") else [f"a {status} answer has no body here"]
        return self._errors(schema, body, "answer")

    # --- helpers -----------------------------------------------------------------------

    def deref(self, node: dict[str, Any]) -> dict[str, Any]:
        """The node a `$ref` points at (the node itself when it is none)."""
        while "$ref" in node and len(node) == 1:
            node = self._registry.resolver().lookup(node["$ref"]).contents
        return node

    def _errors(self, schema: dict[str, Any], value: Any, what: str) -> list[str]:
        validator = _validator(self.tool, json.dumps(schema, sort_keys=True), self)
        out = []
        for error in sorted(validator.iter_errors(value), key=lambda e: list(e.absolute_path)):
            where = "".join(f"[{p!r}]" for p in error.absolute_path)
            words = error.schema.get("description") if isinstance(error.schema, dict) else None
            said = f' (the description: "{_first_sentence(words)}")' if words else ""
            out.append(f"{what}{where}: {error.message}{said}")
        return out

    def _unknown(self, schema: dict[str, Any], value: Any, where: str) -> list[tuple[str, str]]:
        """(where, key) for each object key no branch of the schema documents."""
        schema = self.deref(schema)
        if isinstance(value, list) and "items" in schema:
            return [
                hit
                for i, item in enumerate(value)
                for hit in self._unknown(schema["items"], item, f"{where}[{i}]")
            ]
        if not isinstance(value, dict):
            return []
        properties, open_ended = self._properties(schema)
        out = [] if open_ended else [(where, k) for k in value if k not in properties]
        for key, sub in value.items():
            if key in properties:
                out += self._unknown(properties[key], sub, f"{where}[{key!r}]")
        return out

    def _properties(self, schema: dict[str, Any]) -> tuple[dict[str, Any], bool]:
        """The properties every branch names, and whether others are allowed."""
        schema = self.deref(schema)
        properties = dict(schema.get("properties", {}))
        open_ended = schema.get("additionalProperties", False) is not False or (
            "properties" not in schema and not any(k in schema for k in ("allOf", "anyOf", "oneOf"))
        )
        for key in ("allOf", "anyOf", "oneOf"):
            for branch in schema.get(key, []):
                more, branch_open = self._properties(branch)
                properties.update(more)
                open_ended = open_ended or (branch_open and key == "allOf" and not more)
        return properties, open_ended


@functools.cache
def described() -> frozenset[str]:
    """The tools whose OpenAPI description is vendored."""
    return frozenset(p.stem for p in SPECS.glob("*.json"))


@functools.cache
def contract(tool: str) -> Contract:
    """The tool's contract, read once."""
    return Contract(tool)


@functools.lru_cache(maxsize=512)
def _validator(tool: str, schema: str, owner: Contract) -> Draft202012Validator:
    return Draft202012Validator(
        json.loads(schema), registry=owner._registry, format_checker=FormatChecker()
    )


def _typed(text: str, schema: dict[str, Any]) -> Any:
    """A path or query value read as the type its schema names."""
    kind = schema.get("type")
    try:
        if kind == "integer":
            return int(text)
        if kind == "number":
            return float(text)
    except ValueError:
        return text
    if kind == "boolean" and text in ("true", "false"):
        return text == "true"
    if kind == "array":
        return text.split(",")
    return text


def _first_sentence(text: str) -> str:
    return re.split(r"(?<=\.)\s", text.strip(), maxsplit=1)[0][:200]


def _json_schema(node: Any) -> Any:
    """OpenAPI 3.0 schema words as JSON Schema 2020-12 (`nullable`, refs into the document)."""
    if isinstance(node, list):
        return [_json_schema(v) for v in node]
    if not isinstance(node, dict):
        return node
    out = {k: _json_schema(v) for k, v in node.items()}
    if isinstance(out.get("$ref"), str) and out["$ref"].startswith("#/"):
        out["$ref"] = URN + out["$ref"]
    if out.get("nullable") is True:
        del out["nullable"]
        if isinstance(out.get("type"), str):
            out["type"] = [out["type"], "null"]
        if isinstance(out.get("enum"), list) and None not in out["enum"]:
            out["enum"] = [*out["enum"], None]
        if "$ref" in out or any(k in out for k in ("allOf", "anyOf", "oneOf")):
            out = {"anyOf": [out, {"type": "null"}]}
    return out
