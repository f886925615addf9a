"""Combine adjacent atoms into expressions and resolve each into a `When`."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from functools import lru_cache

from dateutil.relativedelta import relativedelta

from flowhub.nlp import _time_holidays as hol
from flowhub.nlp import _time_recur as recur
from flowhub.nlp._time_atoms import PARTS, Atom
from flowhub.nlp._time_gates import GATES, words
from flowhub.nlp._time_grammar import RULES, Ctx, Handler
from flowhub.nlp._time_lexicon import fold
from flowhub.nlp._time_modifiers import modified
from flowhub.nlp._time_negated import ruled_out_after, ruled_out_before
from flowhub.nlp._time_spans import grown
from flowhub.nlp._time_zone import at, midnight, reread, still_to_come
from flowhub.nlp.recurrence import first_after
from flowhub.nlp.types import Grain, When

_GLUE = re.compile(
    r"(?:[\s,.]|\b(?:at|@|on|of|the|in|for|around|about|approximately|approx|a|as|um|am|el|le|"
    r"o|de|del|la|las|en|starting|beginning|from|this|y|e|et|und|and)\b|@)*"
)
_RANGE = re.compile(
    r"\s*(?:-|to|till|until|til|thru|through|and|au|bis|hasta|ate|a|al|jusqu'(?:a|au)|"
    r"but\s+before|untill)\s*(?:the\s+)?"
)
_UNTIL = re.compile(
    r"\s*,?\s*(?:until|till|til|through|thru|up\s+to|hasta|ate|jusqu'(?:a|au)|bis|untill)\s+(?:the\s+)?"
)
_STARTING = re.compile(
    r"\s*,?\s*(?:starting|beginning|commencing|from|as\s+of)(?:\s+(?:on|from|at))?\s+(?:the\s+)?"
)
# "tomorrow before 10am": the day said first holds, the clock time is the deadline on it.
_DAY_THEN_DEADLINE = re.compile(
    r"\s*,?\s*(?:before|by|until|till|latest(?:\s+by)?|(?:no|not)\s+later\s+than)\s+(?:the\s+)?"
)
_SPAN_ON = re.compile(r"\s*(?:-|(?:to|thru|through)\b)")
# A date this close that is not on the weekday said with it is a slip, not a year away.
_NEAR_DAYS = 14


@dataclass(slots=True)
class Group:
    """Atoms that together name one moment (or one recurrence)."""

    atoms: list[Atom] = field(default_factory=list)

    def first(self, kind: str) -> Atom | None:
        """The first atom of `kind`, if any."""
        for a in self.atoms:
            if a.kind == kind:
                return a
        return None

    @property
    def start(self) -> int:
        """Start offset."""
        return self.atoms[0].start

    @property
    def end(self) -> int:
        """End offset."""
        return self.atoms[-1].end

    def accepts(self, a: Atom) -> bool:
        """Whether `a` can join this group without contradicting it."""
        kinds = {x.kind for x in self.atoms}
        if a.kind == "mod" or "mod" in kinds:
            return False
        if "recur" in kinds:
            return a.kind in ("time", "part", "count") and not (
                a.kind in kinds and a.kind != "count"
            )
        if a.kind == "recur":
            return kinds <= {"time", "part"} and bool(kinds)
        if a.kind == "count":
            return False
        if a.kind == "zone":  # after its time, except "at the second 1:30"
            return (
                a.op == "second" or "time" in kinds or "trange" in kinds
            ) and "zone" not in kinds
        if a.kind in kinds and a.kind not in ("day",):
            return False
        if a.kind == "day":
            day = self.first("day")
            if day is not None and not (day.weak or a.weak):
                return day.grain != a.grain and (day.grain == "year" or a.grain == "year")
            if "instant" in kinds:
                inst = self.first("instant")
                return inst is not None and inst.grain == "day" and a.weak
            if "trange" in kinds and day is not None:
                return False
        if a.kind == "instant" and ("instant" in kinds or "trange" in kinds):
            return False
        if (a.kind == "time" and "trange" in kinds) or (a.kind == "trange" and "time" in kinds):
            return False
        if a.kind == "shift":
            return False
        return not (self.atoms[-1].kind == "shift" and a.kind != "day")


_Gated = tuple[re.Pattern[str], Handler, frozenset[str] | None, frozenset[str] | None]


@lru_cache(maxsize=1)
def _gated() -> tuple[_Gated, ...]:
    """Every rule with its gate (computed once, after all rule modules registered)."""
    out: list[_Gated] = []
    for rx, fn in RULES:
        gate = GATES.get(fn.__name__, ())
        assert len(gate) <= 2, fn.__name__
        out.append((rx, fn, gate[0] if gate else None, gate[1] if len(gate) > 1 else None))
    return tuple(out)


_Index = tuple[dict[str, tuple[int, ...]], tuple[int, ...]]
_INDEX: dict[int, tuple[tuple[_Gated, ...], _Index]] = {}


def _index(gated: tuple[_Gated, ...]) -> _Index:
    """The rules each word may open (by position) and the rules that always run."""
    kept = _INDEX.get(id(gated))
    if kept is not None and kept[0] is gated:
        return kept[1]
    by_word: dict[str, list[int]] = {}
    for i, (_, _, first, _) in enumerate(gated):
        for w in first or ():
            by_word.setdefault(w, []).append(i)
    always = tuple(i for i, g in enumerate(gated) if g[2] is None)
    got = ({w: tuple(ix) for w, ix in by_word.items()}, always)
    _INDEX.clear()
    _INDEX[id(gated)] = (gated, got)
    return got


def scan(t: str, ctx: Ctx) -> list[Atom]:
    """All non-overlapping atoms in folded text `t`, leftmost-longest, in text order."""
    toks = words(t)
    cands: list[Atom] = []
    gated = _gated()
    by_word, always = _index(gated)
    chosen = set(always)
    for w in toks:
        chosen.update(by_word.get(w, ()))
    for i in sorted(chosen):
        rx, fn, _, second = gated[i]
        if second is not None and second.isdisjoint(toks):
            continue
        for m in rx.finditer(t):
            try:
                a = fn(m, ctx)
            except (ValueError, OverflowError, KeyError, IndexError, TypeError):
                continue  # e.g. a date beyond datetime's range: not an expression we can use
            if a is not None:
                cands.append(a)
    if not cands:
        return []
    cands.sort(key=lambda a: (-a.size, -a.rank, a.start))
    taken: list[Atom] = []
    for a in cands:
        if all(a.end <= b.start or a.start >= b.end for b in taken):
            taken.append(a)
    taken.sort(key=lambda a: a.start)
    return taken


def group(atoms: list[Atom], t: str) -> list[Group]:
    """Merge atoms separated only by glue words (in folded text `t`) into groups."""
    groups: list[Group] = []
    for a in atoms:
        if groups:
            g = groups[-1]
            gap = t[g.end : a.start]
            # "not tuesday, wednesday 2pm": a day ruled out is no part of the one meant
            split = "," in gap and (ruled_out_before(t[: g.start]) or ruled_out_after(t[a.end :]))
            glued = _GLUE.fullmatch(gap) or (
                a.kind == "time"
                and {x.kind for x in g.atoms} == {"day"}
                and _DAY_THEN_DEADLINE.fullmatch(gap)
            )
            if glued and g.accepts(a) and not split:
                g.atoms.append(a)
                continue
        groups.append(Group([a]))
    return groups


def _hour24(a: Atom, part: Atom | None) -> tuple[int, bool]:
    """24h hour for a time atom and whether it is still ambiguous (am or pm)."""
    h = a.hour or 0
    if a.ampm == "pm":
        return (h % 12) + 12, False
    if a.ampm == "am":
        return h % 12, False
    if part is not None and part.part and (not a.explicit or (h < 12 and a.minute and h != 0)):
        hint = PARTS[part.part][3]
        if hint == "pm" and h < 12:
            return h + 12, False
        if hint == "pm" and h == 12:
            return 24, False
        if hint == "am" and h == 12:
            return 0, False
        return h, False
    if (a.explicit and not (a.minute and 1 <= h < 12 and not a.zero)) or h > 12 or h == 0:
        return h, False
    return h, True


def _pick_time(
    day: date | None, a: Atom, part: Atom | None, ctx: Ctx, after: datetime | None = None
) -> tuple[datetime, bool]:
    """Resolve a clock time to a datetime; returns (value, rolled-forward)."""
    h, ambiguous = _hour24(a, part)
    floor = after or ctx.now
    sec = timedelta(seconds=a.second)
    if day is not None and after is None:
        if ambiguous:
            h = h + 12 if 1 <= h <= 6 else h  # business hours: "friday at 3" is 15:00
        return at(day, h, a.minute, ctx.tz) + sec, False
    base = day or floor.date()
    options = [h, h + 12] if ambiguous and h < 12 else [h]
    for k in range(0, 3):
        for hh in options:
            d = base + timedelta(days=k)
            got = still_to_come(d, hh, a.minute, a.second, floor, inclusive=after is None)
            if got is not None:
                return got, k > 0
    return at(base, h, a.minute, ctx.tz) + sec, False


def _grain(g: str) -> Grain:
    return "month" if g == "quarter" else g  # type: ignore[return-value]


def _day_of(g: Group, ctx: Ctx) -> tuple[date | None, Atom | None]:
    """The day a group names (with any "a week from" shift applied) and its atom."""
    day_atom = None
    for a in g.atoms:
        if a.kind == "day" and (
            day_atom is None or (day_atom.weak and not a.weak) or day_atom.grain == "year"
        ):
            if day_atom is not None and day_atom.grain == "year" and a.day and day_atom.day:
                a = Atom(
                    a.start, a.end, "day", day=_with_year(a.day, day_atom.day.year), grain=a.grain
                )
            day_atom = a
    if day_atom is None or day_atom.day is None:
        return None, None
    d = day_atom.day
    weekday = next(
        (
            a
            for a in g.atoms
            if a.kind == "day"
            and a.weak
            and a is not day_atom
            and a.grain == "day"
            and a.day is not None
        ),
        None,
    )
    if (
        weekday is not None
        and weekday.day is not None
        and day_atom.day_end is not None
        and not (day_atom.past or weekday.past)
    ):
        # "next week, friday": that week's Friday; "for the weekend, friday 10am": a weekday
        # outside the period is the day meant, never a Friday years away that opens a weekend
        d, day_atom = _weekday_in(weekday.day, d, day_atom.day_end, ctx.today), weekday
    elif (
        weekday is not None
        and weekday.day is not None
        and not day_atom.past
        and day_atom.grain == "day"
        and d.weekday() != weekday.day.weekday()
        and (d - ctx.today).days > _NEAR_DAYS
    ):
        # "Fri, Jul 18": the next year in which that date falls on that weekday; a date that
        # was rolled into next year but fits this year's weekday is the recent one
        # ("Sunday, Feb 10" said on Tuesday 12 Feb)
        prev = _with_year(d, d.year - 1)
        if (
            d.year > ctx.today.year
            and prev.weekday() == weekday.day.weekday()
            and prev.year == ctx.today.year
        ):
            d = prev
        else:
            for k in range(1, 12):
                cand = _with_year(d, d.year + k)
                if cand.weekday() == weekday.day.weekday():
                    d = cand
                    break
    shift = g.first("shift")
    if shift is not None and shift.delta is not None:
        d = d + timedelta(days=round(shift.delta.total_seconds() / 86400))
    return d, day_atom


def _weekday_in(wd: date, start: date, end: date, today: date) -> date:
    """The day with `wd`'s weekday in [start, end) from today on, else `wd` itself."""
    if start <= wd < end:
        return wd
    first = max(start, today)
    for k in range(7):
        cand = first + timedelta(days=k)
        if cand >= end:
            break
        if cand.weekday() == wd.weekday():
            return cand
    return wd


def _with_year(d: date, year: int) -> date:
    try:
        return d.replace(year=year)
    except ValueError:
        return d.replace(year=year, day=28)


def resolve(
    g: Group, ctx: Ctx, until: Group | None = None, begin: date | None = None
) -> When | None:
    """Turn a group into a `When` (start, optional end, grain, rrule)."""
    return reread(_resolve(g, ctx, until, begin), g.first("zone"), bool(g.first("time")), ctx.tz)


def _resolve(
    g: Group, ctx: Ctx, until: Group | None = None, begin: date | None = None
) -> When | None:
    span = (g.start, g.end)
    rec = g.first("recur")
    t = g.first("time")
    part = g.first("part")
    if rec is not None:
        return _resolve_recur(g, rec, (t, part), ctx, until, span, begin)
    inst = g.first("instant")
    tr = g.first("trange")
    day, day_atom = _day_of(g, ctx)
    if part is not None and part.day is not None and day is None:
        day = part.day
    if day_atom is not None and day_atom.part and part is None:
        part = Atom(day_atom.start, day_atom.end, "part", part=day_atom.part)
    if (
        inst is not None
        and inst.moment is not None
        and day_atom is not None
        and day_atom.holiday
        and inst.moment.year != (day or ctx.today).year
    ):
        # "thanksgiving in 9 months": that holiday in the year the offset lands in
        span_ = hol.holiday_span(day_atom.holiday, inst.moment.year)
        if span_ is not None:
            return When(start=midnight(span_[0], ctx.tz), grain="day", span=span)
    if inst is not None and inst.moment is not None and day_atom is not None and day_atom.holiday:
        return When(start=midnight(day_atom.day or ctx.today, ctx.tz), grain="day", span=span)
    if inst is not None and inst.moment is not None:
        m = inst.moment
        if t is not None and inst.grain == "day":
            start, _ = _pick_time(m.date(), t, part, ctx)
            return When(start=start, grain=_grain(t.grain), span=span)
        return When(start=m, grain=_grain(inst.grain), span=span)
    if tr is not None:
        return _resolve_trange(tr, day, part, ctx, span)
    if t is not None:
        start, _ = _pick_time(day, t, part, ctx)
        return When(start=start, grain=_grain(t.grain), span=span)
    if part is not None and part.part:
        default, _, end_h, _ = PARTS[part.part]
        d = day
        if d is None:
            d = ctx.today
            if at(d, end_h, 0, ctx.tz) <= ctx.now:
                d += timedelta(days=1)
        return When(
            start=at(d, default, 0, ctx.tz), end=at(d, end_h, 0, ctx.tz), grain="hour", span=span
        )
    if day is not None and day_atom is not None:
        end = midnight(day_atom.day_end, ctx.tz) if day_atom.day_end else None
        return When(start=midnight(day, ctx.tz), end=end, grain=_grain(day_atom.grain), span=span)
    return None


def _resolve_trange(
    tr: Atom, day: date | None, part: Atom | None, ctx: Ctx, span: tuple[int, int]
) -> When:
    a = Atom(
        tr.start,
        tr.end,
        "time",
        hour=tr.hour,
        minute=tr.minute,
        ampm=tr.ampm,
        explicit=tr.explicit and tr.ampm is not None,
    )
    b = Atom(
        tr.start,
        tr.end,
        "time",
        hour=tr.hour2,
        minute=tr.minute2,
        ampm=tr.ampm2,
        explicit=tr.ampm2 is not None,
    )
    if tr.ampm is None and (tr.hour or 0) > 12:
        a.explicit = True
    if tr.ampm2 is None and (tr.hour2 or 0) > 12:
        b.explicit = True
    start, _ = _pick_time(day, a, part, ctx)
    end, _ = _pick_time(start.date(), b, part, ctx, after=start)
    grain: Grain = "minute" if tr.minute or tr.minute2 else "hour"
    return When(start=start, end=end, grain=grain, span=span)


def _resolve_recur(
    g: Group,
    rec: Atom,
    clock: tuple[Atom | None, Atom | None],
    ctx: Ctx,
    until: Group | None,
    span: tuple[int, int],
    begin: date | None,
) -> When | None:
    t, part = clock
    hour: int | None = rec.hour
    minute: int | None = rec.minute if rec.hour is not None else None
    if t is not None:
        h, ambiguous = _hour24(t, part)
        if ambiguous and rec.hour is not None and rec.hour >= 12 and h < 12:
            h += 12  # "every evening at 9" is 21:00
        elif ambiguous and 1 <= h <= 6:
            h += 12
        hour, minute = h % 24, t.minute
    elif part is not None and part.part:
        hour, minute = PARTS[part.part][0], 0
    until_dt = None
    if until is not None:
        u = resolve(until, ctx)
        if u is not None:
            until_dt = u.start
            if u.grain in ("month", "year"):  # "until march": up to March, not into it
                until_dt = u.start - timedelta(seconds=1)
            elif hour is not None and u.grain in ("day", "week"):
                until_dt = at(u.start.date(), 23, 59, ctx.tz) + timedelta(seconds=59)
            elif u.grain in ("day", "week", "month", "year"):
                until_dt = u.start
            span = (span[0], until.end)
    cnt = g.first("count")
    fields = dict(rec.recur)
    body = recur.rrule_body(fields, hour, minute, until_dt, cnt.count if cnt else 0)
    first = recur.first_occurrence(body, fields, ctx, hour is not None, begin)
    if first is not None and hour is not None and begin is None:
        first = first_after(body, first, tz=str(ctx.tz), now=ctx.now)
    if first is None:
        return None
    if cnt is not None and "FOR" in cnt.recur and until_dt is None:
        # "for 4 weeks": the last occurrence falls before that long after the first one.
        unit, n = cnt.recur["FOR"].split(":")
        step = {"days": relativedelta(days=1), "weeks": relativedelta(weeks=1)}.get(
            unit, relativedelta(months=1)
        )
        bound = (first + step * int(n)).replace(tzinfo=None)
        last = recur.last_before(body, first.replace(tzinfo=None), bound) or bound
        until_dt = at(last.date(), 23, 59, ctx.tz) + timedelta(seconds=59)
        body = recur.rrule_body(fields, hour, minute, until_dt, 0)
    grain: Grain = (
        "minute" if hour is not None or fields["FREQ"] in ("HOURLY", "MINUTELY") else "day"
    )
    return When(start=first, grain=grain, rrule=body, span=span, after_completion=rec.after_done)


def expressions(text: str, ctx: Ctx) -> list[When]:
    """Every expression in `text`, combined and resolved, in text order."""
    t = fold(text)
    atoms = scan(t, ctx)
    if not atoms:
        return []
    groups = group(atoms, t)
    out: list[When] = []
    i = 0
    while i < len(groups):
        g = groups[i]
        nxt = groups[i + 1] if i + 1 < len(groups) else None
        w: When | None = None
        gap = t[g.end : nxt.start] if nxt is not None else ""
        if nxt is not None and g.atoms[0].kind == "mod" and not gap.strip(" ,"):
            w = _modify(g.atoms[0], nxt, ctx)
            if w is not None:
                i += 1
            else:  # the modifier did not apply: read the next expression alone
                i += 1
                continue
        elif (
            nxt is not None
            and g.first("recur")
            and (_UNTIL.fullmatch(gap) or (not gap.strip() and _UNTIL.match(" " + t[nxt.start :])))
        ):
            w = resolve(g, ctx, until=nxt)
            i += 1
        elif nxt is not None and g.first("recur") and _STARTING.fullmatch(gap):
            w = _starting(g, nxt, ctx, t)
            i += 1 if w is not None else 0
        elif nxt is not None and (
            _RANGE.fullmatch(gap)
            or (gap.strip() == "but" and t.startswith(("before", "until", "till"), nxt.start))
        ):
            w = _range(g, nxt, ctx)
            if w is not None:
                i += 1
        if w is None:
            w = resolve(g, ctx)
        if w is not None:
            if g.atoms[0].kind in ("count", "shift") and len(g.atoms) == 1:
                i += 1
                continue
            out.append(
                When(
                    start=w.start,
                    end=w.end,
                    grain=w.grain,
                    rrule=w.rrule,
                    span=grown(t, w.span, w.grain),
                    after_completion=w.after_completion,
                )
            )
        i += 1
    return out


def _starting(g: Group, begin: Group, ctx: Ctx, t: str) -> When | None:
    """ "every 6 months starting jan 1": the rule runs from the day `begin` names."""
    if begin.first("recur") or _SPAN_ON.match(t, begin.end):
        return None  # "every day from monday to friday" names a span, not a start
    b = resolve(begin, ctx)
    w = resolve(g, ctx, begin=b.start.date()) if b is not None and b.rrule is None else None
    if w is None or b is None:
        return None
    if b.grain in ("hour", "minute") and w.grain == "day" and "BYHOUR" not in (w.rrule or ""):
        at = b.start.astimezone(w.start.tzinfo)  # "… starting the 18th at 11am": each at 11:00
        rule, day = f"{w.rrule};BYHOUR={at.hour};BYMINUTE={at.minute}", w.start.date()
        w = replace(w, start=datetime.combine(day, at.timetz()), grain=b.grain, rrule=rule)
    return replace(w, span=(w.span[0], begin.end))


def _modify(mod: Atom, g: Group, ctx: Ctx) -> When | None:
    """Apply a modifier ("the closest monday to", "the week of", "for 10 days from") to `g`."""
    w = resolve(g, ctx)
    if w is None or w.rrule:
        return None
    return modified(mod, w, ctx)


def _range(a: Group, b: Group, ctx: Ctx) -> When | None:
    """A range between two groups ("monday to wednesday", "9am to 5pm")."""
    if a.first("recur") or b.first("recur") or a.first("count") or b.first("count"):
        return None
    a_time = a.first("time") is not None
    b_time = b.first("time") is not None
    if (a_time and b_time) or (a_time and b.first("part") is None and b.first("day") is None):
        if not b_time:
            return None
        day_a, _ = _day_of(a, ctx)
        day_b, _ = _day_of(b, ctx)
        day = day_a or day_b
        ta, tb = a.first("time"), b.first("time")
        assert ta is not None and tb is not None
        pa, pb = a.first("part") or b.first("part"), b.first("part") or a.first("part")
        if ta.ampm is None and not ta.explicit and tb.ampm and (ta.hour or 0) <= 12:
            ta = Atom(ta.start, ta.end, "time", hour=ta.hour, minute=ta.minute, ampm=tb.ampm)
            if tb.ampm == "pm" and (ta.hour or 0) > (tb.hour or 0) and ta.hour != 12:
                ta.ampm = "am"
        start, _ = _pick_time(day, ta, pa, ctx)
        end, _ = _pick_time(day_b or start.date(), tb, pb, ctx, after=start)
        grain: Grain = "minute" if ta.minute or tb.minute else "hour"
        return reread(
            When(start=start, end=end, grain=grain, span=(a.start, b.end)),
            b.first("zone") or a.first("zone"),
            True,
            ctx.tz,
        )
    if a_time or b_time:
        return None
    wa, wb = resolve(a, ctx), resolve(b, ctx)
    if wa is None or wb is None or a.first("day") is None or b.first("day") is None:
        return None
    if wa.grain != "day" or wb.grain != "day" or a.first("part") or b.first("part"):
        return None
    end = wb.start
    while end < wa.start:
        end += timedelta(days=7)
    end_day = end.date() + timedelta(days=1)
    return When(start=wa.start, end=midnight(end_day, ctx.tz), grain="day", span=(a.start, b.end))
