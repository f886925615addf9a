"""Regex rules that find the atoms of time expressions in folded text.

The rules live in one module per family; importing this module registers them all in `RULES`,
in the order below (on a tie between equally long, equally ranked candidates the earlier rule
wins). Code outside the rule families imports the grammar from here, never a family module, so
that the families always register before anything that builds on them (the recurrence rules).
"""

from __future__ import annotations

# isort: off
# Each family registers its rules on import: this order is the order of `RULES`.
from flowhub.nlp import _time_dates  # noqa: F401
from flowhub.nlp._time_days import REL_DAYS
from flowhub.nlp import _time_periods  # noqa: F401
from flowhub.nlp import _time_offsets  # noqa: F401
from flowhub.nlp._time_clock import TZ_OFFSETS
from flowhub.nlp import _time_modifiers  # noqa: F401

# isort: on
from flowhub.nlp._time_rules import (
    DAYNUM,
    MONTH,
    NUM,
    RULES,
    WEEKDAY,
    B,
    Ctx,
    E,
    Handler,
    rule,
)

__all__ = [
    "DAYNUM",
    "MONTH",
    "NUM",
    "REL_DAYS",
    "RULES",
    "TZ_OFFSETS",
    "WEEKDAY",
    "B",
    "Ctx",
    "E",
    "Handler",
    "rule",
]
