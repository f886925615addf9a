"""Words said to a waiting card or a reminder that just went off never become a junk card.

"evet bu da tamam", "ah peraí, coloca 6 e meia" or "turbot one: remind me 9:30 pls" read as tasks
titled "Da tamam", "Coloca" and "Turbot one: remind me". When the sender's card waits in this chat
(or a reminder just went off to them), a task whose title names no new thing is read as said to
it instead: its day, time, person, priority or repeat change the card, a yes saves it, and
anything else asks one short question ("✅ Save …" or "➕ New task", so nothing is lost).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta

from flowhub.connectors import Button, Reply
from flowhub.i18n import Text, localized
from flowhub.nlp import (
    Leftover,
    TaskDraft,
    classify_intent,
    english_remind_lead,
    fix_typos,
    leftover,
    search_when,
)
from flowhub.skills.context import Context
from flowhub.skills.edit_words import Change
from flowhub.skills.format import when_text
from flowhub.skills.small_talk import kind_of_chat
from flowhub.storage import Proposal, ReminderOccurrence, id_of, inbox, people, proposals, reminders

RECENT = timedelta(minutes=30)
# Words that drop a card: a message holding one never saves a card here, whatever else it says.
_DROPS = re.compile(
    r"\b(?:discard|ditch|bin|scrap|toss|trash|delete|remove|nix|chuck|dump|reject"
    r"|get\s+rid\s+of|throw\s+(?:away|out))\b",
    re.I,
)
_MOST_ASKED = 3
_TITLE_CHARS = 40

ABOUT_CARD = Text("Is that about “{title}”? I changed nothing yet.")
ABOUT_CARDS = Text("Is that about one of these cards? I changed nothing yet.")
ABOUT_REMINDER = Text("Is that about the reminder “{text}”? I changed nothing yet.")
SAVE_LABEL = Text("✅ Save “{title}”")
NEW_TASK_LABEL = Text("➕ New task")
GONE = Text("That message is no longer here, so there is nothing to turn into a task.")


@dataclass(frozen=True)
class Gate:
    """What the gate made of the drafts: replies first, then the drafts still to propose."""

    replies: list[Reply]
    drafts: list[TaskDraft]


def screen(ctx: Context, drafts: list[TaskDraft]) -> Gate | None:
    """The drafts that only talk to a waiting card or a fired reminder, answered; None if none."""
    if not drafts or ctx.event.forwarded or not _own_talk(ctx):
        return None
    cards = _waiting_cards(ctx)
    fired = _fired(ctx)
    if not cards and fired is None:
        return _to_offer(ctx, drafts)
    names = _names(ctx)
    card_words = " ; ".join(c.title for c in cards)
    read = [(d, _lone(ctx, d, _read(ctx, d.title, card_words, names))) for d in drafts]
    real = any(not lo.junk for _, lo in read)
    # Beside a real task, "send them round" is about that task; only a yes or the card's own
    # words ("confirm the turbot thing") still talk to the card.
    talks = [lo.junk and (not real or lo.yes or bool(lo.about)) for _, lo in read]
    junk = [pair for pair, said in zip(read, talks, strict=True) if said]
    if not junk:
        return None
    kept = [d for (d, _), said in zip(read, talks, strict=True) if not said]
    if len(drafts) == 1:  # "да, отправь ей 👍": the yes sits outside the title
        whole = _read(ctx, ctx.text, card_words, names)
        first, lo = junk[0]
        agreed = not whole.no and whole.yes
        junk = [(first, replace(lo, yes=lo.yes or agreed, save=lo.save or (agreed and whole.save)))]
    if cards and (fired is None or _card_time(cards[-1]) >= _aware(fired.fired_at)):
        return Gate(_to_card(ctx, cards, junk), kept)
    assert fired is not None
    return Gate(_to_reminder(ctx, fired, junk), kept)


def yes_to_card(ctx: Context) -> list[Reply] | None:
    """ "yep thats it", "sip, yg ini oke": a yes with filler to the one card just shown saves it;
    to several, it asks which, rather than a 👍 that changes nothing."""
    if not _own_talk(ctx) or "?" in ctx.text:
        return None
    cards = _waiting_cards(ctx)
    if not cards:
        offered = _to_offer(ctx, [])
        return offered.replies if offered is not None else None
    lo = _read(ctx, ctx.text, " ; ".join(c.title for c in cards), _names(ctx))
    if not lo.yes or lo.no or lo.busy or not lo.junk or lo.new or _DROPS.search(ctx.text):
        return None
    if search_when(ctx.text, now=ctx.now, tz=ctx.tz, locale=ctx.person.locale):
        return None  # a day or time in it is an edit, read elsewhere
    if kind_of_chat(ctx.text) not in (None, "ack"):
        return None
    shown = _shown_last(ctx, cards)
    return _save(ctx, shown[0]) if len(shown) == 1 else [_ask_cards(ctx, shown)]


def _save(ctx: Context, card: Proposal) -> list[Reply]:
    """Save the card; in a private chat also say so below when the card is further up, as it
    changes unseen there (right above, the card turning "Saved" says it once)."""
    from flowhub.skills.capture import confirm_proposal  # capture calls this module
    from flowhub.skills.card_shown import card_is_last  # card_shown builds on capture

    last = card_is_last(ctx, card)
    saved = confirm_proposal(ctx, card)
    if ctx.chat.kind == "direct" and not last:
        saved.append(Reply(saved_line(ctx, card)))
    return saved


def saved_line(ctx: Context, card: Proposal) -> str:
    """ "✅ Saved. “Book the venue” → Sam · Fri 6 Mar, 16:00": what was saved, with its due."""
    from flowhub.skills import words  # words are shared by every skill

    owner = f" → {card.assignee_name}" if card.assignee_name else ""
    due = when_text(card.due_at, card.due_grain, ctx.tz, card.due_tz) if card.due_at else ""
    return f"{words.SAVED} “{card.title}”{owner}" + (f" · {due}" if due else "")


def new_task(ctx: Context, arg: str) -> list[Reply]:
    """The "➕ New task" button: the stored message becomes cards as if no card had waited."""
    from flowhub.skills import capture  # capture calls this module
    from flowhub.skills.manners import without_bot_name  # manners reads requests through capture

    row = inbox.get_inbox_event(session=ctx.session, event_id=_int(arg))
    if row is None or row.sender_id != ctx.event.sender_id or row.chat != ctx.event.chat:
        return [Reply(GONE)]
    text = english_remind_lead(fix_typos(without_bot_name(row.text)))
    said = replace(
        ctx,
        event=replace(ctx.event, kind="text", text=row.text, reply_to=None, payload=None),
        inbox_id=row.id,
        text=text,
        intent=classify_intent(text),
    )
    if said.intent not in ("capture", "remind"):
        said.intent = "capture"
    return capture.handle(said, gated=False) or [Reply(GONE)]


def _to_offer(ctx: Context, drafts: list[TaskDraft]) -> Gate | None:
    """ "tamam hallederim 👍" to the one task just given to the sender, in a private chat:
    a yes that names nothing new takes that task."""
    from flowhub.skills.assign import answer  # assign builds on capture, which calls this
    from flowhub.skills.short_reply import asked_of_me  # short replies build on capture

    if ctx.chat.kind != "direct" or "?" in ctx.text:
        return None
    whole = _read(ctx, ctx.text, "", _names(ctx))
    titles = [_read(ctx, d.title, "", ()) for d in drafts]
    if not whole.yes or whole.no or not all(lo.junk for lo in titles):
        return None
    if not titles and (not whole.junk or whole.new):
        return None
    if search_when(ctx.text, now=ctx.now, tz=ctx.tz, locale=ctx.person.locale):
        return None  # "ok but friday" asks for a change; it is not a plain yes
    recent = [t for t in asked_of_me(ctx) if ctx.now - _aware(t.updated_at) <= RECENT]
    if len(recent) != 1:
        return None
    return Gate(answer(ctx, recent[0], accepted=True), [])


def _lone(ctx: Context, draft: TaskDraft, lo: Leftover) -> Leftover:
    """A one-word title with no day, cut from a longer message ("nickel, tu peux enregistrer"
    gives "Enregistrer"), names no new thing beside a waiting card: it is asked about."""
    lone = draft.due is None and len(draft.title.split()) == 1
    if lone and len(ctx.text.split()) > 1 and not lo.strong:
        return replace(lo, strong=1)
    return lo


def _own_talk(ctx: Context) -> bool:
    """A private chat, or a group message for the bot (its name, a reply to it, or words about
    the sender's own card there): never chat between other people."""
    from flowhub.skills.manners import without_bot_name  # manners reads requests through capture

    if ctx.chat.kind == "direct" or ctx.event.addressed:
        return True
    return without_bot_name(ctx.event.text) != ctx.event.text


def _read(ctx: Context, title: str, card: str, names: tuple[str, ...]) -> Leftover:
    return leftover(title, text=ctx.text, locale=ctx.person.locale, card=card, names=names)


def first_names(ctx: Context) -> tuple[str, ...]:
    """The first names of the people in the workspace ("Sam", "Priya")."""
    return _names(ctx)


def _names(ctx: Context) -> tuple[str, ...]:
    found = people.get_workspace_people(session=ctx.session, workspace_id=ctx.workspace_id)
    return tuple(p.display_name.split(" ")[0] for p in found if p.display_name)


def _aware(at: datetime | None) -> datetime:
    if at is None:
        return datetime.min.replace(tzinfo=UTC)
    return at if at.tzinfo else at.replace(tzinfo=UTC)


def _card_time(card: Proposal) -> datetime:
    return max(_aware(card.created_at), _aware(card.updated_at))


def _waiting_cards(ctx: Context) -> list[Proposal]:
    """The sender's cards in this chat still waiting, shown in the last half hour, oldest first;
    none when something else (a list, a saved task) was shown after them."""
    seen = ctx.thread.last_seen()
    if seen is None or seen[0] != "cards":
        return []
    pending = proposals.get_pending_proposals(
        session=ctx.session, chat_id=ctx.chat_id, person_id=ctx.person_id
    )
    recent = [p for p in pending if ctx.now - _card_time(p) <= RECENT]
    return sorted(recent, key=lambda p: (_card_time(p), id_of(p)))


def _fired(ctx: Context) -> ReminderOccurrence | None:
    """The reminder that went off to the sender here in the last half hour, if still the news."""
    from flowhub.skills.refer import answered_occurrence  # refer reads through capture's cards

    found = answered_occurrence(ctx)
    if found is None or found.fired_at is None or ctx.now - _aware(found.fired_at) > RECENT:
        return None
    return found


def _shown_last(ctx: Context, cards: list[Proposal]) -> list[Proposal]:
    """Of the waiting cards, the ones shown last: the thread's last cards, else the newest."""
    seen = ctx.thread.last_seen()
    if seen is not None and seen[0] == "cards":
        shown = [c for c in cards if id_of(c) in seen[1]]
        if shown:
            return shown
    return [cards[-1]]


def _which_card(ctx: Context, cards: list[Proposal], said: list[Leftover]) -> list[Proposal]:
    """The card the words name ("turbot one"), else the ones shown last."""
    named = [c for c in cards if any(_names_card(lo, c) for lo in said)]
    if len(named) == 1:
        return named
    return _shown_last(ctx, cards)


def _names_card(lo: Leftover, card: Proposal) -> bool:
    own = leftover(card.title, text=card.title)
    return bool(lo.about) and any(a in own.content or _prefix(a, own.content) for a in lo.about)


def _prefix(word: str, words: tuple[str, ...]) -> bool:
    return any(w[:4] == word[:4] for w in words if len(w) >= 4 and len(word) >= 4)


def _to_card(
    ctx: Context, cards: list[Proposal], junk: list[tuple[TaskDraft, Leftover]]
) -> list[Reply]:
    """Change, save or ask about the card the junk talks to."""
    said = [lo for _, lo in junk]
    target = _which_card(ctx, cards, said)
    if len(target) != 1:
        return [_ask_cards(ctx, target)]
    card = target[0]
    changes = _changes(ctx, junk, card)
    yes = any(lo.yes for lo in said) and not any(lo.no for lo in said)
    yes = yes and not _DROPS.search(ctx.text)
    if changes:
        from flowhub.skills.edit import edit_card  # edit builds on capture, which calls this

        # "ok aber eher dienstag" corrects the card; only a word that saves ("kannst speichern")
        # saves it as well.
        if any(lo.save for lo in said):
            changes[-1].save = True
        return edit_card(ctx, card, changes)
    if yes:
        return _save(ctx, card)
    return [_ask_cards(ctx, [card])]


def _changes(ctx: Context, junk: list[tuple[TaskDraft, Leftover]], card: Proposal) -> list[Change]:
    """The edits the junk drafts carry: a day or time, a repeat, a priority, a person."""
    changes: list[Change] = []
    if any(d.due for d, _ in junk):
        spans = search_when(ctx.text, now=ctx.now, tz=ctx.tz, locale=ctx.person.locale)
        said = " ".join(ctx.text[w.span[0] : w.span[1]] for w in spans if w.span)
        if said.strip():
            changes.append(Change(target="it", when=said.strip()))
    priority = next((d.priority for d, _ in junk if d.priority not in (None, "normal")), None)
    if priority is not None and priority != card.priority:
        changes.append(Change(target="it", priority=priority))
    sender = ctx.person.display_name.split(" ")[0].casefold()
    named = {n for _, lo in junk for n in lo.names if n != sender}
    if len(named) == 1:
        name = _display(ctx, named.pop())
        if name and name != card.assignee_name:
            changes.append(Change(target="it", assignee=name))
    return changes


def _display(ctx: Context, folded: str) -> str | None:
    found = people.find_people_by_name(
        session=ctx.session, workspace_id=ctx.workspace_id, name=folded
    )
    return found[0].display_name if len(found) == 1 else None


def _short(title: str) -> str:
    return title if len(title) <= _TITLE_CHARS else title[: _TITLE_CHARS - 1].rstrip() + "…"


def _ask_cards(ctx: Context, cards: list[Proposal]) -> Reply:
    """One short question naming the card, with Save for it and New task for the message."""
    cards = cards[-_MOST_ASKED:]
    if len(cards) == 1:  # "yes bin it" next is about this card, not the newest
        ctx.thread.note("cards", [id_of(cards[0])], now=ctx.now)
    text = ABOUT_CARD.format(title=cards[0].title) if len(cards) == 1 else ABOUT_CARDS
    save = localized(SAVE_LABEL)
    buttons = [Button(f"confirm:{id_of(c)}", save.format(title=_short(c.title))) for c in cards]
    if ctx.inbox_id is not None:
        buttons.append(Button(f"newtask:{ctx.inbox_id}", localized(NEW_TASK_LABEL)))
    return Reply(text, buttons=tuple(buttons))


def _to_reminder(
    ctx: Context, fired: ReminderOccurrence, junk: list[tuple[TaskDraft, Leftover]]
) -> list[Reply]:
    """Ask about the reminder that just went off: snooze it to the time said, or a new task."""
    from flowhub.skills import remind_fire, words  # words are shared by every skill

    reminder = reminders.get_reminder(session=ctx.session, reminder_id=fired.reminder_id)
    text = reminder.text if reminder is not None else ""
    buttons: list[Button] = []
    due = next((d.due for d, _ in junk if d.due is not None), None)
    if due is not None and due.start > ctx.now and not due.rrule:
        minutes = max(1, int((due.start - ctx.now).total_seconds() // 60))
        label = when_text(due.start, due.grain, ctx.tz)
        buttons.append(Button(f"snooze:{fired.id}:{minutes}", f"😴 {label}"))
    else:  # no time said: the usual hour, so the answer can still put the reminder off
        buttons.append(
            Button(f"snooze:{fired.id}:60", f"😴 {localized(remind_fire.SNOOZES[1][0])}")
        )
    buttons.append(Button(f"rdone:{fired.id}", localized(words.MARK_DONE_LABEL)))
    if ctx.inbox_id is not None:
        buttons.append(Button(f"newtask:{ctx.inbox_id}", localized(NEW_TASK_LABEL)))
    return [Reply(ABOUT_REMINDER.format(text=text), buttons=tuple(buttons))]


def _int(arg: str) -> int:
    try:
        return int(arg)
    except ValueError:
        return -1
