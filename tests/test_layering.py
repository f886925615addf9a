"""The layering the architecture describes, read from the import graph of `flowhub/`.

Every `import x` and `from x import y` counts, wherever it sits: at the top, inside a function,
or under `if TYPE_CHECKING:`. A type-only import still ties the importer to the imported package
(rename or move the type and the importer breaks under mypy), and the rules are about what a
package knows, not about what runs at import time.

Rules that hold today are checked as they are. Rules the code does not keep yet carry a list of
today's exceptions, as exact importer -> imported module pairs: a new forbidden import fails, and so
does an exception that went away without being struck from the list, so the list only shrinks. The
same goes for modules longer than `MAX_LINES`. The last tests run the checks on made-up graphs to
show that they catch what they are meant to catch.
"""

from __future__ import annotations

import ast
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "flowhub"
MAX_LINES = 600

Edge = tuple[str, str]


def _in(module: str, package: str) -> bool:
    return module == package or module.startswith(package + ".")


def _package(module: str) -> str:
    """`flowhub.skills.remind` -> `flowhub.skills`; `flowhub.settings` -> itself."""
    return ".".join(module.split(".")[:2])


RULES: Mapping[str, Callable[[str, str], bool]] = {
    "nlp imports nothing of FlowHub outside nlp": lambda src, dst: (
        _in(src, "flowhub.nlp") and not _in(dst, "flowhub.nlp")
    ),
    "storage imports no other FlowHub package": lambda src, dst: (
        _in(src, "flowhub.storage") and not _in(dst, "flowhub.storage")
    ),
    "settings imports nothing of FlowHub": lambda src, dst: _in(src, "flowhub.settings"),
    "media imports only settings and nlp of FlowHub": lambda src, dst: (
        _in(src, "flowhub.media")
        and not any(_in(dst, f"flowhub.{p}") for p in ("media", "settings", "nlp"))
    ),
    "charts import only settings of FlowHub": lambda src, dst: (
        _in(src, "flowhub.charts")
        and not any(_in(dst, f"flowhub.{p}") for p in ("charts", "settings"))
    ),
    "redact imports nothing of FlowHub": lambda src, dst: _in(src, "flowhub.redact"),
    "i18n imports nothing of FlowHub": lambda src, dst: _in(src, "flowhub.i18n"),
    "metrics import nothing of FlowHub": lambda src, dst: _in(src, "flowhub.metrics"),
    "outside nlp, nlp is used through `flowhub.nlp`": lambda src, dst: (
        not _in(src, "flowhub.nlp") and _in(dst, "flowhub.nlp") and dst != "flowhub.nlp"
    ),
    "integrations never import connectors, skills, webhooks or the bot": lambda src, dst: (
        _in(src, "flowhub.integrations")
        and any(_in(dst, f"flowhub.{p}") for p in ("connectors", "skills", "webhooks", "bot"))
    ),
    "connectors import only settings and services of FlowHub": lambda src, dst: (
        _in(src, "flowhub.connectors")
        and not any(_in(dst, f"flowhub.{p}") for p in ("connectors", "settings", "services"))
    ),
    "skills never import webhooks or the bot": lambda src, dst: (
        _in(src, "flowhub.skills") and any(_in(dst, f"flowhub.{p}") for p in ("webhooks", "bot"))
    ),
    "conversations never import skills, webhooks or the bot": lambda src, dst: (
        _in(src, "flowhub.conversations")
        and any(_in(dst, f"flowhub.{p}") for p in ("skills", "webhooks", "bot"))
    ),
    "nothing outside bot imports bot.runtime": lambda src, dst: (
        not _in(src, "flowhub.bot") and _in(dst, "flowhub.bot.runtime")
    ),
    "webhooks don't import the bot": lambda src, dst: (
        _in(src, "flowhub.webhooks") and _in(dst, "flowhub.bot")
    ),
}

# Today's imports that break a rule above. Strike a pair when the import goes; never add one.
KNOWN_EXCEPTIONS: frozenset[Edge] = frozenset()

# Modules over MAX_LINES today, with their length today: they may shrink, not grow.
LONG_MODULES: Mapping[str, int] = {}


class Source(NamedTuple):
    """One module of the package: its dotted name, whether it is a package, and its text."""

    module: str
    is_package: bool
    text: str


def read_package(root: Path) -> list[Source]:
    """Every `.py` module under `root`, named as Python imports it."""
    sources = []
    for path in sorted(root.rglob("*.py")):
        parts = list(path.relative_to(root.parent).with_suffix("").parts)
        is_package = parts[-1] == "__init__"
        if is_package:
            parts.pop()
        sources.append(Source(".".join(parts), is_package, path.read_text(encoding="utf-8")))
    return sources


def imported_modules(source: Source, known: Iterable[str]) -> set[str]:
    """The FlowHub modules `source` imports; `from a import b` means `a.b` when that is a module."""
    modules = set(known)
    found: set[str] = set()
    for node in ast.walk(ast.parse(source.text)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                here = source.module.split(".")
                if not source.is_package:
                    here.pop()
                here = here[: len(here) - node.level + 1]
                base = ".".join([*here, base] if base else here)
            for alias in node.names:
                found.add(f"{base}.{alias.name}" if f"{base}.{alias.name}" in modules else base)
    return {name for name in found if _in(name, "flowhub")}


def import_graph(sources: list[Source]) -> set[Edge]:
    """Importer -> imported pairs between FlowHub modules, self-imports left out."""
    known = {s.module for s in sources}
    return {
        (s.module, target)
        for s in sources
        for target in imported_modules(s, known)
        if target != s.module
    }


def rule_problems(edges: set[Edge], exceptions: frozenset[Edge]) -> list[str]:
    """New forbidden imports, and listed exceptions that no longer happen."""
    breaking = {edge: name for edge in edges for name, breaks in RULES.items() if breaks(*edge)}
    problems = [
        f"{src} imports {dst}: {breaking[src, dst]}"
        for src, dst in sorted(set(breaking) - exceptions)
    ]
    problems += [
        f"{src} no longer imports {dst} against the rules: strike it from KNOWN_EXCEPTIONS"
        for src, dst in sorted(exceptions - set(breaking))
    ]
    return problems


def package_cycles(edges: set[Edge]) -> list[list[str]]:
    """Cycles between FlowHub packages (`flowhub.bot`, `flowhub.settings`, ...), each once."""
    graph: dict[str, set[str]] = {}
    for src, dst in edges:
        if _package(src) != _package(dst):
            graph.setdefault(_package(src), set()).add(_package(dst))
    cycles: list[list[str]] = []
    seen: set[frozenset[str]] = set()

    def walk(path: list[str]) -> None:
        for nxt in sorted(graph.get(path[-1], ())):
            if nxt == path[0]:
                if frozenset(path) not in seen:
                    seen.add(frozenset(path))
                    cycles.append([*path, nxt])
            elif nxt not in path and nxt > path[0]:
                walk([*path, nxt])

    for start in sorted(graph):
        walk([start])
    return cycles


def length_problems(lengths: Mapping[str, int], allowed: Mapping[str, int]) -> list[str]:
    """Modules over MAX_LINES not on the list, listed ones that grew, and ones back under."""
    problems = [
        f"{path} has {n} lines (over {MAX_LINES}): split it"
        for path, n in sorted(lengths.items())
        if n > MAX_LINES and path not in allowed
    ]
    for path, ceiling in sorted(allowed.items()):
        n = lengths.get(path, 0)
        if n > ceiling:
            problems.append(f"{path} grew from {ceiling} to {n} lines: split it instead")
        elif n <= MAX_LINES:
            problems.append(f"{path} has {n} lines now: strike it from LONG_MODULES")
    return problems


def test_imports_keep_the_layering() -> None:
    assert rule_problems(import_graph(read_package(PACKAGE)), KNOWN_EXCEPTIONS) == []


def test_no_cycles_between_packages_apart_from_known_exceptions() -> None:
    # Every cycle today runs through a listed exception (integrations or webhooks -> bot).
    edges = import_graph(read_package(PACKAGE)) - KNOWN_EXCEPTIONS
    assert package_cycles(edges) == []


def test_no_imports_by_name() -> None:
    # The graph above sees only import statements; importlib would hide an arrow from it.
    for source in read_package(PACKAGE):
        for node in ast.walk(ast.parse(source.text)):
            if isinstance(node, ast.Name | ast.Attribute):
                name = node.id if isinstance(node, ast.Name) else node.attr
                assert name not in ("import_module", "__import__"), source.module


def test_modules_stay_short() -> None:
    lengths = {
        path.relative_to(ROOT).as_posix(): len(path.read_text(encoding="utf-8").splitlines())
        for path in PACKAGE.rglob("*.py")
    }
    assert length_problems(lengths, LONG_MODULES) == []


# Self-checks: the same functions on made-up code and graphs.


def _graph(modules: Mapping[str, str]) -> set[Edge]:
    """The import graph of made-up modules, given as dotted name -> source text."""
    return import_graph(
        [
            Source(name, any(other.startswith(name + ".") for other in modules), text)
            for name, text in modules.items()
        ]
    )


def test_reader_sees_every_kind_of_import() -> None:
    code = """
from typing import TYPE_CHECKING
import flowhub.storage.people
from flowhub.connectors import Reply
from flowhub.skills import words
from . import _lexicon
from .types import When

if TYPE_CHECKING:
    from flowhub.bot.runtime import Runtime

def later():
    from flowhub.integrations import jobs
"""
    edges = _graph(
        {
            "flowhub.nlp": "",
            "flowhub.nlp.when": code,
            "flowhub.nlp._lexicon": "",
            "flowhub.nlp.types": "",
            "flowhub.skills.words": "",
        }
    )
    assert edges == {
        ("flowhub.nlp.when", "flowhub.storage.people"),
        ("flowhub.nlp.when", "flowhub.connectors"),
        ("flowhub.nlp.when", "flowhub.skills.words"),
        ("flowhub.nlp.when", "flowhub.nlp._lexicon"),
        ("flowhub.nlp.when", "flowhub.nlp.types"),
        ("flowhub.nlp.when", "flowhub.bot.runtime"),
        ("flowhub.nlp.when", "flowhub.integrations"),
    }


def test_a_forbidden_import_fails() -> None:
    edges = _graph({"flowhub.nlp.when": "from flowhub.storage import models\n"})
    assert rule_problems(edges, frozenset()) == [
        "flowhub.nlp.when imports flowhub.storage: nlp imports nothing of FlowHub outside nlp"
    ]
    edges = _graph({"flowhub.integrations.todoist": "from flowhub.skills import words\n"})
    assert len(rule_problems(edges, frozenset())) == 1
    edges = _graph({"flowhub.skills.remind": "from flowhub.nlp.recurrence import x\n"})
    assert len(rule_problems(edges, frozenset())) == 1
    edges = _graph({"flowhub.connectors.slack.send": "from flowhub.storage import slack\n"})
    assert len(rule_problems(edges, frozenset())) == 1
    edges = _graph({"flowhub.skills.remind": "from flowhub.bot.jobs import JOBS\n"})
    assert len(rule_problems(edges, frozenset())) == 1


def test_listed_exceptions_pass_and_must_be_struck_once_gone() -> None:
    pair = ("flowhub.webhooks.slack", "flowhub.bot.runtime")
    code = "if TYPE_CHECKING:\n    from flowhub.bot.runtime import Runtime\n"
    edges = _graph({"flowhub.webhooks.slack": code})
    assert rule_problems(edges, frozenset({pair})) == []
    assert rule_problems(set(), frozenset({pair})) == [
        "flowhub.webhooks.slack no longer imports flowhub.bot.runtime against the rules: "
        "strike it from KNOWN_EXCEPTIONS"
    ]


def test_a_cycle_between_packages_fails() -> None:
    edges = {
        ("flowhub.skills.remind", "flowhub.storage.models"),
        ("flowhub.storage.people", "flowhub.integrations.base"),
        ("flowhub.integrations.jobs", "flowhub.skills.words"),
        ("flowhub.nlp.when", "flowhub.nlp.types"),
    }
    assert package_cycles(edges) == [
        ["flowhub.integrations", "flowhub.skills", "flowhub.storage", "flowhub.integrations"]
    ]
    assert package_cycles(edges - {("flowhub.storage.people", "flowhub.integrations.base")}) == []


def test_long_modules_fail_unless_listed_and_not_growing() -> None:
    allowed = {"flowhub/nlp/_big.py": 900}
    assert length_problems({"flowhub/nlp/_big.py": 900, "flowhub/x.py": 600}, allowed) == []
    assert len(length_problems({"flowhub/nlp/_big.py": 900, "flowhub/x.py": 601}, allowed)) == 1
    assert len(length_problems({"flowhub/nlp/_big.py": 901}, allowed)) == 1
    assert len(length_problems({"flowhub/nlp/_big.py": 400}, allowed)) == 1
