"""Cut a vendor's GraphQL schema down to what a client's operations touch: specs/<tool>.graphql.

Run at development time only: ``python -m tests.contracts.trim_graphql linear schema.graphql``.
The client's operations are the module-level strings of `flowhub.integrations.<tool>` that parse
as GraphQL operations. Kept verbatim from the vendor's schema: each object type's fields those
operations select (with every argument), and whole every input type, enum and scalar those
arguments and fields reach, so a variable is checked against the vendor's full input type.
Rerun it when a client selects a new field.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

from graphql import (
    DocumentNode,
    GraphQLSchema,
    TypeInfo,
    TypeInfoVisitor,
    Visitor,
    build_ast_schema,
    get_named_type,
    is_enum_type,
    is_input_object_type,
    is_scalar_type,
    parse,
    print_ast,
    visit,
)
from graphql.language import (
    EnumTypeDefinitionNode,
    InputObjectTypeDefinitionNode,
    InterfaceTypeDefinitionNode,
    ObjectTypeDefinitionNode,
    OperationDefinitionNode,
    ScalarTypeDefinitionNode,
    SchemaDefinitionNode,
)
from graphql.language.ast import FieldNode, Node

SPECS = Path(__file__).parent / "specs"
_WHOLE = (InputObjectTypeDefinitionNode, EnumTypeDefinitionNode, ScalarTypeDefinitionNode)


def operations(tool: str) -> list[DocumentNode]:
    """The GraphQL operations written in the client module of `tool`."""
    module = importlib.import_module(f"flowhub.integrations.{tool}")
    found = []
    for value in vars(module).values():
        if not isinstance(value, str) or not value.lstrip().startswith(("query", "mutation")):
            continue
        document = parse(value)
        if all(isinstance(d, OperationDefinitionNode) for d in document.definitions):
            found.append(document)
    return found


def selected(schema: GraphQLSchema, documents: list[DocumentNode]) -> dict[str, set[str]]:
    """Type name -> the names of its fields the documents select."""
    out: dict[str, set[str]] = {}
    info = TypeInfo(schema)

    class Fields(Visitor):
        def enter_field(self, node: FieldNode, *_: object) -> None:
            parent = info.get_parent_type()
            if parent is not None and not node.name.value.startswith("__"):
                out.setdefault(parent.name, set()).add(node.name.value)

    for document in documents:
        visit(document, TypeInfoVisitor(info, Fields()))
    return out


def whole_types(schema: GraphQLSchema, fields: dict[str, set[str]]) -> set[str]:
    """Every input type, enum and scalar the selected fields' arguments and results reach."""
    todo = []
    for type_name, names in fields.items():
        for name in names:
            field = schema.type_map[type_name].fields[name]  # type: ignore[attr-defined]
            todo += [
                get_named_type(field.type),
                *(get_named_type(a.type) for a in field.args.values()),
            ]
    seen: set[str] = set()
    while todo:
        named = todo.pop()
        if named.name in seen or not (
            is_input_object_type(named) or is_enum_type(named) or is_scalar_type(named)
        ):
            continue
        seen.add(named.name)
        if is_input_object_type(named):
            todo += [get_named_type(f.type) for f in named.fields.values()]
    return seen


def trim(sdl: str, documents: list[DocumentNode]) -> str:
    """The schema's SDL with only what `documents` touch."""
    ast = parse(sdl)
    schema = build_ast_schema(ast)
    fields = selected(schema, documents)
    whole = whole_types(schema, fields)
    kept: list[Node] = []
    for node in ast.definitions:
        if isinstance(node, SchemaDefinitionNode):
            roots = tuple(o for o in node.operation_types if o.type.name.value in fields)
            kept.append(_with(node, operation_types=roots))
        elif isinstance(node, ObjectTypeDefinitionNode | InterfaceTypeDefinitionNode):
            if node.name.value in fields:
                wanted = fields[node.name.value]
                chosen = tuple(f for f in node.fields or () if f.name.value in wanted)
                kept.append(_with(node, fields=chosen, interfaces=()))
        elif isinstance(node, _WHOLE) and node.name.value in whole:
            kept.append(node)
    return print_ast(_with(ast, definitions=tuple(kept))) + "\n"


def _with(node: Node, **changes: object) -> Node:
    """A copy of an AST node with some attributes changed (the nodes may be frozen)."""
    return type(node)(**{k: getattr(node, k) for k in node.keys if k != "loc"} | changes)


def main(tool: str, source: str) -> None:
    """Write specs/<tool>.graphql from the downloaded schema `source`."""
    sdl = Path(source).read_text(encoding="utf-8")
    (SPECS / f"{tool}.graphql").write_text(trim(sdl, operations(tool)), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
