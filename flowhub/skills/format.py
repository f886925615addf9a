"""How dates, tasks and proposals read in chat: one place for the shapes of the bot's words."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from flowhub.i18n import Text, day_label, month_label
from flowhub.nlp import next_occurrences
from flowhub.skills.due import is_overdue
from flowhub.skills.format_recur import recurrence_text
from flowhub.storage import Proposal, Task

__all__ = ["numbered", "proposal_card", "recurrence_text", "task_line", "when_text"]

PRIORITY_MARK = {
    "urgent": Text("‼️ urgent"),
    "high": Text("❗ high"),
    "low": Text("low"),
    "normal": "",
}
_UNASSIGNED = Text("unassigned")
_NO_DUE_DATE = Text("no due date")
_NEXT = Text("{rule}; next: {dates}")
_OVERDUE = Text("⚠️ overdue")
# A date further than this from now shows its year: "Thu 9 Dec 2027".
_YEAR_SHOWN_AFTER = timedelta(days=300)
_WEEK_OF = Text("week of {day}")


def when_text(
    at: datetime,
    grain: str | None,
    tz: str,
    own_tz: str | None = None,
    *,
    now: datetime | None = None,
) -> str:
    """A due time in words, as precise as the user was: "Fri 6 Mar, 17:00".

    Clock times read in the viewer's zone `tz`; a whole day, week or month stays the one its
    author meant (`own_tz`): "Monday" in Berlin is still Monday for a viewer in New York. Given
    `now`, a date about a year or more away shows its year ("Thu 9 Dec 2027").
    """
    zone = own_tz if own_tz and grain not in ("minute", "hour") else tz
    local = at.astimezone(ZoneInfo(zone))
    day = day_label(local.date())
    if now is not None and abs(at - now) > _YEAR_SHOWN_AFTER:
        day += f" {local.year}"
    if grain in ("minute", "hour"):
        return f"{day}, {local:%H:%M}"
    if grain == "week":
        return _WEEK_OF.format(day=day)
    if grain == "month":
        return month_label(local.date())
    if grain == "year":
        return str(local.year)
    return day


def proposal_card(
    proposal: Proposal, *, viewer_tz: str, now: datetime, zone_label: str | None = None
) -> str:
    """The text of a proposal card: every field as FlowHub read it.

    `zone_label` ("Ana's time") follows its clock times when readers live in other zones.
    """
    lines = [f"📝 {proposal.title}"]
    lines.extend(
        _field_lines(
            assignee=proposal.assignee_name,
            due_at=proposal.due_at,
            grain=proposal.due_grain,
            rrule=proposal.rrule,
            after_completion=proposal.repeat_from == "completion",
            priority=proposal.priority,
            tz=viewer_tz,
            now=now,
            rule_tz=proposal.due_tz or viewer_tz,
            zone_label=zone_label,
        )
    )
    return "\n".join(lines)


def _field_lines(
    *,
    assignee: str | None,
    due_at: datetime | None,
    grain: str | None,
    rrule: str | None,
    after_completion: bool,
    priority: str,
    tz: str,
    now: datetime,
    rule_tz: str,
    zone_label: str | None = None,
) -> list[str]:
    lines = [f"👤 {assignee or _UNASSIGNED}"]
    label = f" {zone_label}" if zone_label and grain in ("minute", "hour") else ""
    when = f"{when_text(due_at, grain, tz, rule_tz, now=now)}{label}" if due_at else _NO_DUE_DATE
    lines.append(f"📅 {when}")
    if rrule and due_at and after_completion:
        lines.append(f"🔁 {recurrence_text(rrule, after_completion=True, tz=rule_tz)}")
    elif rrule and due_at:
        upcoming = [
            due_at,
            *next_occurrences(rrule, start=due_at, tz=rule_tz, after=due_at, count=2),
        ]
        shown = ", ".join(when_text(at, grain, tz, rule_tz, now=now) for at in upcoming[:3])
        rule = recurrence_text(rrule, tz=rule_tz)
        lines.append(f"🔁 {_NEXT.format(rule=rule, dates=shown + label)}")
    if PRIORITY_MARK.get(priority):
        lines.append(f"⚡ {PRIORITY_MARK[priority]}")
    return lines


def task_line(
    task: Task,
    *,
    viewer_tz: str,
    now: datetime,
    viewer_id: int | None = None,
    zone_label: str | None = None,
) -> str:
    """One line of a task list: title, who, when, and flags; `zone_label` follows a clock time."""
    bits = [task.title]
    if task.assignee_name and task.assignee_id != viewer_id:
        bits.append(f"→ {task.assignee_name}")
    if task.due_at:
        bits.append(f"· {when_text(task.due_at, task.due_grain, viewer_tz, task.due_tz, now=now)}")
        if zone_label and task.due_grain in ("minute", "hour"):
            bits.append(zone_label)
        if task.status == "open" and is_overdue(task, now=now, tz=viewer_tz):
            bits.append(_OVERDUE.format())
    if task.rrule:
        rule = recurrence_text(
            task.rrule,
            after_completion=task.repeat_from == "completion",
            tz=task.due_tz or viewer_tz,
            clock=False,
        )
        bits.append(f"🔁 {rule}")
    if PRIORITY_MARK.get(task.priority) and task.priority in ("high", "urgent"):
        bits.append(PRIORITY_MARK[task.priority].split(" ")[0])  # the mark alone
    if task.status == "done":
        bits.append("✅")
    return " ".join(bits)


def numbered(lines: list[str]) -> str:
    """Lines numbered from 1."""
    return "\n".join(f"{i}. {line}" for i, line in enumerate(lines, start=1))
