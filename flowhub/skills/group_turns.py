"""Which plain group message, not addressed to the bot, is still about its cards and tasks.

In a group the bot hears a message that acts on a waiting card or an open task, or answers its
own question, and stays out of everything else. Such a message is handled as a reply to the
message it answers: "that's mine" after an unassigned card claims that card, "not me, Sam owns
the settings screen" from the person a card names declines it, "fine, Sam then" answers the
bot's "Ana, give it to whom?". Done news about one's own open task ("changelog is done") and
handing one's task to someone ("can't do the slides, can Priya take it?") are heard too.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime, timedelta

from flowhub.nlp import parse_when
from flowhub.skills import (
    assign_answer_words,
    card_turns,
    claim,
    clash,
    declined,
    declined_suggest,
    done_context,
    group_card_claim,
    group_card_drop,
    group_claim,
    group_claim_words,
    group_counter,
    group_fetched,
    group_follow,
    group_ready,
    group_said,
    handover,
    refer_words,
    remind_reply_words,
    reply_words,
)
from flowhub.skills.assign import is_named
from flowhub.skills.context import Context
from flowhub.skills.done_words import news_task, ticks
from flowhub.skills.refer import PRONOUNS, match_titles, replied_ref, tokens
from flowhub.storage import (
    Proposal,
    Task,
    as_utc,
    id_of,
    inbox,
    outbox,
    people,
    proposals,
    state,
    tasks,
)

# An answer this soon after the bot's message is about it, whatever was said in between.
_RIGHT_AFTER = timedelta(minutes=5)
# As long as a conversation flow lasts; after the first minutes, only while nobody else spoke.
_STILL_ON = timedelta(minutes=30)
# A decline that says so first: "not me, …", "sorry can't …".
_NO_FIRST = re.compile(
    r"^\W*(?:(?:hmm+|um+|uh+|ah+|oh|well|ugh+)\W+)?(?:no|nope|nah|sorry|not me"
    r"|not this (?:one|time)|pass|unfortunately|can'?t|cannot|i can'?t|i cannot|i won'?t"
    r"|won'?t be able|(?:i'?d )?rather not|not before)\b",
    re.I,
)
_DONE_WORDS = 16
_NOT_PEOPLE = frozenset(["i", "we", "you", "u", "me", "someone", "somebody", "anyone", "nobody"])
# "give the tile delivery to sam", "hand the key pickup over to Priya then".
_GIVE = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|then|so|fine|ugh|actually)\W+)*(?:please\s+|pls\s+)?"
    r"(?:give|hand|pass|reassign|assign|move)\s+(?P<what>.+?)\s+(?:over\s+)?to\s+@?(?P<who>\w+)"
    r"(?:\s+(?:then|instead|please|pls|now))*\W*$",
    re.I,
)
# "let sam do the tile delivery", "sam can take the tile delivery then": the same hand-over.
_LET = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|then|so|fine|ugh|actually)\W+)*(?:let\s+@?(?P<a>\w+)"
    r"|@?(?P<b>\w+)\s+(?:can|could|should|will))\s+(?:do|take|handle|have)\s+(?P<what>.+?)"
    r"(?:\s+(?:then|instead|please|pls|now))*\W*$",
    re.I,
)


# A colleague asking the group whether someone did or will do a thing: "did anyone order the
# napkins for the hoffmann thing?", "can someone book the van?".
_ANYONE = re.compile(
    r"^\W*(?:(?:so|hey|btw|quick q|guys|team)\W+)*(?:did|can|could|will|would)\s+"
    r"(?:anyone|anybody|someone|somebody|one of you)\s+(?:already\s+|please\s+)?"
    r"(?P<what>[a-z].*?)(?:\s+(?:yet|already|by any chance))?\W*\?\W*$",
    re.I,
)
# "nope, I'll do it", "I can do that", "I'll order them": the sender takes what was asked.
_I_DO = re.compile(
    r"\bI(?:'ll|’ll|\s+will|\s+can|\s+could)\s+(?:(?:do|take|handle|grab|sort|get)\s+"
    r"(?:it|that|this|them)\b|(?P<verb>\w+))",
    re.I,
)


class _Elsewhere(Exception):
    """The message answers a colleague who spoke since, not the task the sender was asked."""


def meant_for_bot(ctx: Context, text: str) -> bool:
    """Whether an unaddressed group message acts on a card or task; it then reads as addressed
    (and, for a card or the bot's question, as a reply to that message)."""
    if ctx.chat.kind != "group":
        return False
    if ctx.event.reply_to:
        if not _replies_to_ask(ctx):
            return False
        event, ctx.event = ctx.event, replace(ctx.event, reply_to=None)  # said to its card
        if _meant(ctx, text):
            return True
        ctx.event = event
        return False
    return _meant(ctx, text)


def _meant(ctx: Context, text: str) -> bool:
    """`meant_for_bot` for a message read as not replying to anything; a claim or yes in another
    language ("yo me encargo", "ja gerne") is read as its English."""
    # The raw words, since a command reader may have read "aku yang urus" as "assign to aku".
    english = group_claim_words.in_english(text) or group_claim_words.in_english(ctx.event.text)
    if english is None:
        return _meant_as_said(ctx, text)
    before, ctx.text = ctx.text, english
    if _meant_as_said(ctx, english):
        return True
    ctx.text = before
    return False


def _meant_as_said(ctx: Context, text: str) -> bool:
    """`_meant` for a message in the words the group skills read."""
    said = group_card_claim.task_yes(ctx, text) or group_card_claim.found(ctx, text)
    if said or group_card_drop.found(ctx, text) or group_counter.found(ctx, text):
        ctx.event = replace(ctx.event, addressed=True)
        return True
    if group_follow.done_on_list(ctx, text) or group_follow.renames(ctx, text):
        return True
    taken = _takes_question(ctx, text)
    if taken is not None:
        ctx.text = taken  # said as the sender's own task, so it is theirs
        ctx.event = replace(ctx.event, addressed=True)
        return True
    try:
        answered = _card_message(ctx, text) or _task_message(ctx, text) or _free_task(ctx, text)
        bare = group_claim.with_reason(text) if answered is None else None
        if bare is not None:  # "I'll take that one, I know the venue manager"
            answered = _card_message(ctx, bare) or _free_task(ctx, bare)
            ctx.text = text = bare if answered is not None else text
    except _Elsewhere:
        return False  # it answers a colleague; never decline or accept for someone by guess
    if answered is None:
        answered = group_claim.passes_card(ctx, text)
    if answered is not None:
        ctx.event = replace(ctx.event, reply_to=answered, addressed=True)
        yes = None if reply_words.agrees(text) else accepted(text)
        if yes is not None and card_turns.yes_with_day(ctx, text) is None:
            ctx.text = yes  # the yes is the answer; how it is under way is for the people
        return True
    if (
        declined.answers(ctx, text)
        or declined_suggest.found(ctx, text) is not None
        or handover.found(ctx, text)
        or _done_news(ctx, text)
        or done_context.find(ctx, text) is not None
        or claim.claims(ctx, text)
        or clash.found(ctx, text)
        or group_ready.found(ctx, text)
        or _gives(ctx, text)
    ):
        ctx.event = replace(ctx.event, addressed=True)
        return True
    return False


_SHOWN_ID = re.compile(r"^in-(?P<id>\d+)$")


def _replies_to_ask(ctx: Context) -> bool:
    """Whether the message replies to a person's message that made a card still waiting here:
    "sure, on it 👍" replying to Ana's "@Priya can you …" answers the card it made."""
    said = ctx.event.reply_to or ""
    if replied_ref(ctx)[0]:
        return False  # a reply to the bot's own message is addressed already
    row = inbox.get_inbox_event_by_message(
        session=ctx.session, platform=ctx.event.platform, account=ctx.event.account, message_id=said
    )
    shown = _SHOWN_ID.match(said)
    if row is None and shown is not None:  # the playground shows a message by its row
        row = inbox.get_inbox_event(session=ctx.session, event_id=int(shown["id"]))
    if row is None or row.chat != ctx.event.chat or row.id is None:
        return False
    pending = proposals.get_chat_pending_proposals(session=ctx.session, chat_id=ctx.chat_id)
    return any(p.source_event_id == row.id for p in pending)


def _card_message(ctx: Context, text: str) -> str | None:
    """The message of a waiting card (or of the bot's question about it) `text` answers."""
    pending = proposals.get_chat_pending_proposals(session=ctx.session, chat_id=ctx.chat_id)
    for card in sorted(pending, key=lambda p: (as_utc(p.updated_at), p.id or 0), reverse=True):
        asked = card_turns.asked_message(ctx, card)
        if asked is not None and _current(ctx, as_utc(asked.created_at)):
            if card_turns.answers_decline(ctx, card, text):
                return asked.platform_message_id
            if not (card.assignee_name and is_named(ctx.person, card.assignee_name)):
                continue  # a card given on to the sender since is theirs to answer
        if card.person_id == ctx.person_id or not _current(ctx, as_utc(card.updated_at)):
            continue
        shown = card_turns.card_message_id_of(ctx, card)
        if shown is not None and _acts_on(ctx, card, text):
            return shown
    return None


def _task_message(ctx: Context, text: str) -> str | None:
    """The message asking the sender to take a task (or its saved card) that `text` answers."""
    asked = tasks.get_all_tasks(
        session=ctx.session, workspace_id=ctx.workspace_id, assignee_id=ctx.person_id
    )
    for task in sorted(asked, key=lambda t: as_utc(t.updated_at), reverse=True):
        if task.assignment != "pending" or task.creator_id == ctx.person_id:
            continue
        if not _current(ctx, as_utc(task.updated_at)):
            break
        if not _answers_task(ctx, task, text):
            return None
        if _answers_colleague(ctx, task, text):
            raise _Elsewhere
        refs = [f"assignment:{task.id}", f"task:{task.id}"]
        card = proposals.get_proposal_for_task(session=ctx.session, task_id=id_of(task))
        if card is not None:  # the card saved in place shows the task
            refs.append(f"proposal:{card.id}")
        for ref in refs:
            row = outbox.get_latest_outbox_by_ref(session=ctx.session, ref=ref)
            if row is not None and row.chat == ctx.event.chat and row.platform_message_id:
                return row.platform_message_id
        return None
    return None


def _free_task(ctx: Context, text: str) -> str | None:
    """The saved card of the newest task nobody has in this chat, when `text` claims it."""
    if not reply_words.takes(text):
        return None
    free = [
        t
        for t in tasks.get_all_tasks(
            session=ctx.session, workspace_id=ctx.workspace_id, chat_id=ctx.chat_id
        )
        if t.assignee_id is None and not t.assignee_name and t.creator_id != ctx.person_id
    ]
    if not free:
        return None
    task = max(free, key=lambda t: (as_utc(t.updated_at), t.id or 0))
    if not _current(ctx, as_utc(task.updated_at)):
        return None
    row = outbox.get_latest_outbox_by_ref(session=ctx.session, ref=f"task:{task.id}")
    ok = row is not None and row.chat == ctx.event.chat and row.platform_message_id
    return row.platform_message_id if ok and row is not None else None


def _answers_task(ctx: Context, task: Task, text: str) -> bool:
    """Yes, "I'll do it", or a no that says so first or names the task."""
    if reply_words.agrees(text) or reply_words.takes(text) or _declines(text, task.title):
        return True
    return card_turns.yes_with_day(ctx, text) is not None or accepted(text) is not None


# "on it, sending in 5", "sure, on it, doing it now": a yes, then how it is under way.
_YES_THEN = re.compile(r"^(?P<yes>[^,;.!–—-]+?)\s*(?:[,;.!–—-]+|\s+(?:and|so)\s)\s*(?P<rest>.+)$")
_UNDER_WAY_WORDS = 6


def accepted(text: str) -> str | None:
    """The yes of a yes followed by how the thing is under way ("on it, sending in 5"), or None."""
    around = group_said.yes_around(text)
    if around is not None:
        return around  # "will do, back on the 14th": when one is back is not the deadline
    m = _YES_THEN.match(text.strip())
    if m is None or reply_words.refuses(text) or "?" in text:
        return None
    yes, rest = m["yes"], m["rest"]
    if not (reply_words.agrees(yes) or remind_reply_words.under_way(yes)):
        return None
    if reply_words.agrees(rest) or remind_reply_words.under_way(rest):
        return yes
    words = rest.split()
    starts = words[0].casefold().endswith("ing") if words else False
    return yes if starts and len(words) <= _UNDER_WAY_WORDS and not _BUT.search(rest) else None


_BUT = re.compile(r"(?<![\w'])(?:but|though|unless|except|if|can'?t|cannot|won'?t)(?![\w'])", re.I)


def _answers_colleague(ctx: Context, task: Task, text: str) -> bool:
    """Whether the message just above is a colleague's question about something else and `text`
    doesn't name `task`: "nope, I'll do it" then answers that question, not the task."""
    if ctx.inbox_id is None or tokens(text) & tokens(task.title):
        return False
    above = ctx.message_above()
    if above is None or above.sender_id == ctx.event.sender_id:
        return False
    if task.source_event_id is not None and above.id == task.source_event_id:
        return False
    return above.text.rstrip().endswith("?") and not tokens(above.text) & tokens(task.title)


def _takes_question(ctx: Context, text: str) -> str | None:
    """ "nope, I'll do it. need them by the 15th" right after a colleague's "did anyone order
    the napkins for the hoffmann thing?": that thing, said as the sender's task with its day."""
    said = _I_DO.search(text)
    if said is None or ctx.inbox_id is None or reply_words.refuses(text[said.start() :]):
        return None
    above = ctx.message_above()
    if above is None or above.sender_id == ctx.event.sender_id:
        return None
    asked = _ANYONE.match(above.text.strip())
    if asked is None:
        return None
    what = asked["what"]
    if said["verb"] and said["verb"].casefold() != what.split()[0].casefold():
        return None
    found = parse_when(text, now=ctx.now, tz=ctx.tz)
    when = f" {text[found.span[0] : found.span[1]]}" if found is not None else ""
    return f"I need to {what}{when}"


def _declines(text: str, title: str) -> bool:
    """A no that says so first or names the thing; a bare "no" in a group is chat."""
    if len(text.split()) < 2:
        return False
    if assign_answer_words.says_no(text):  # "não vou conseguir essa semana", "bu hafta yapamam"
        return True
    if not reply_words.refuses(text):
        return False
    return bool(_NO_FIRST.match(text) or tokens(text) & tokens(title))


def _acts_on(ctx: Context, card: Proposal, text: str) -> bool:
    """A claim of a card nobody (or the sender) has, or its named person's yes ("on it") or no."""
    named = bool(card.assignee_name) and is_named(ctx.person, card.assignee_name or "")
    claims = reply_words.takes(text) or card_turns.claimed_title(text) is not None
    if claims and (not card.assignee_name or named):
        return True
    if named and card_turns.yes_with_day(ctx, text) is not None:
        return True
    if named and group_follow.yes_to_card(ctx, card, text):
        return True
    if named and (accepted(text) is not None or group_said.titled_yes(text)):
        return True
    return named and (reply_words.agrees(text) or _declines(text, card.title))


def _done_news(ctx: Context, text: str) -> bool:
    """ "changelog is done", "I sent the Hoffmann invoice just now btw": done news naming one
    open task of the sender's, and nothing else."""
    text = ticks(text)
    if len(text.split()) > _DONE_WORDS:
        return False
    mine = [t for t in _open_tasks(ctx) if _has(ctx, t)]
    got = group_fetched.fetched(text, mine)
    if got is not None:
        ctx.text = f"{got.title} is done"  # "got the cake boxes btw", as the tick reader reads it
        return True
    for clause in refer_words.CLAUSES.split(text):
        if refer_words.NOT_NEWS.search(clause):
            continue
        if refer_words.DONE_WORD.search(clause):
            what = refer_words.DONE_WORD.sub(" ", clause)
            if len(match_titles(what, mine)) == 1:
                return True
        found = news_task(clause, mine, [])
        if found is not None and _names_clearly(clause, found):
            return True
    return False


def _names_clearly(clause: str, task: Task) -> bool:
    """Whether news said among people names the task: two of its title's words, or half of
    them; "aaj ka kitchen lunch ho gaya" shares one word with a long kitchen order."""
    title = {refer_words.stem(w) for w in tokens(task.title)}
    shared = title & {refer_words.stem(w) for w in tokens(clause)}
    return len(shared) >= min(2, max(1, len(title) // 2))


def _gives(ctx: Context, text: str) -> bool:
    """ "give the tile delivery to sam": one open task named in words, to one known person."""
    m = _GIVE.match(text)
    let = _LET.match(text) if m is None else None
    if m is not None:
        what, who = m["what"], m["who"]
    elif let is not None:
        what, who = let["what"], let["a"] or let["b"]
    else:
        return False
    if what.casefold() in PRONOUNS or who.casefold() in _NOT_PEOPLE:
        return False
    found = people.find_people_by_name(session=ctx.session, workspace_id=ctx.workspace_id, name=who)
    if len(found) != 1 or len(match_titles(what, _open_tasks(ctx))) != 1:
        return False
    if let is not None:
        ctx.text = f"give {what} to {who}"  # said the way the edit skill reads a hand-over
    return True


def _open_tasks(ctx: Context) -> list[Task]:
    return tasks.get_all_tasks(
        session=ctx.session,
        workspace_id=ctx.workspace_id,
        status="open",
        visible_to=ctx.viewer,
        limit=200,
    )


def _has(ctx: Context, task: Task) -> bool:
    """Whether the sender is the one doing `task` (its assignee, or its requester if nobody)."""
    if task.assignee_id is not None:
        return task.assignee_id == ctx.person_id
    return task.creator_id == ctx.person_id


def _current(ctx: Context, shown: datetime) -> bool:
    """Whether a message shown at `shown` is still what the chat is on."""
    age = ctx.now - shown
    if age <= _RIGHT_AFTER:
        return True
    if age > _STILL_ON:
        return False
    since = state.get_people_since(session=ctx.session, chat_id=ctx.chat_id, since=shown)
    return not set(since) - {ctx.person_id}
