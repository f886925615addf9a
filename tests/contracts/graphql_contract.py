"""GraphQL requests and answers checked against a vendored schema (tests/contracts/specs/*.graphql).

`check_request` parses the operation, validates it against the schema and coerces its variables
the way the vendor's server does (unknown input fields, wrong types, enum values, missing
required ones); `check_response` runs the operation over the answer's `data` and says where the
answer is not what the schema lets the server return (a null where it may not be, an ID that
is not a string, a field the operation did not ask for).
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

from graphql import (
    DocumentNode,
    GraphQLError,
    GraphQLSchema,
    OperationDefinitionNode,
    build_schema,
    execute_sync,
    parse,
    validate,
)
from graphql.execution.values import get_variable_values

SPECS = Path(__file__).parent / "specs"


class GraphQLContract:
    """One vendor's GraphQL schema, ready to check requests and answers."""

    def __init__(self, tool: str) -> None:
        self.tool = tool
        self.schema: GraphQLSchema = build_schema(
            (SPECS / f"{tool}.graphql").read_text(encoding="utf-8")
        )

    def check_request(self, body: Any) -> list[str]:
        """What the schema forbids in a `{query, variables}` request; [] when it is valid."""
        if not isinstance(body, dict) or not isinstance(body.get("query"), str):
            return ["a GraphQL request is a JSON object with a `query` string"]
        try:
            document = _parsed(body["query"])
        except GraphQLError as exc:
            return [f"the query does not parse: {exc.message}"]
        problems = [e.message for e in validate(self.schema, document)]
        if problems:
            return problems
        variables = body.get("variables") or {}
        if not isinstance(variables, dict):
            return ["`variables` is a JSON object"]
        coerced = get_variable_values(
            self.schema, _operation(document).variable_definitions or (), variables
        )
        return [e.message for e in coerced] if isinstance(coerced, list) else []

    def check_response(self, body: Any, answer: Any) -> list[str]:
        """Where the answer's `data` is not what the schema lets the server return."""
        if not isinstance(answer, dict):
            return ["a GraphQL answer is a JSON object"]
        if answer.get("errors") and answer.get("data") is None:
            return []
        if "data" not in answer:
            return ["a GraphQL answer holds `data` or `errors`"]
        document = _parsed(body["query"])
        result = execute_sync(
            self.schema,
            document,
            root_value=answer["data"],
            variable_values=body.get("variables") or {},
        )
        problems = [
            f"{e.message} (at {'.'.join(map(str, e.path or []))})" for e in result.errors or []
        ]
        if not problems and result.data != answer["data"]:
            problems.append(
                f"the answer's data is not what the operation selects: {answer['data']!r} "
                f"is served as {result.data!r}"
            )
        return problems


@functools.cache
def described() -> frozenset[str]:
    """The tools whose GraphQL schema is vendored."""
    return frozenset(p.stem for p in SPECS.glob("*.graphql"))


@functools.cache
def contract(tool: str) -> GraphQLContract:
    """The tool's GraphQL contract, read once."""
    return GraphQLContract(tool)


@functools.lru_cache(maxsize=256)
def _parsed(query: str) -> DocumentNode:
    return parse(query)


def _operation(document: DocumentNode) -> OperationDefinitionNode:
    operations = [d for d in document.definitions if isinstance(d, OperationDefinitionNode)]
    if len(operations) != 1:
        raise GraphQLError("a request carries exactly one operation")
    return operations[0]


def _where(error: GraphQLError) -> str:
    return ".".join(str(p) for p in error.path or [])
