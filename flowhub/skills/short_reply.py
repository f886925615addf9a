"""Short replies to a waiting card or assignment, read as the answer they are, not as a task.

"yes send it" or "yep put it in pls" with one card waiting saves it; "…, pls set that up" after
a task describes that task; "morning. sure, I'll handle the dietary thing" takes the task given to
the sender; "no not a new one, I meant accept Ana's task" drops the card just made and takes
Ana's.
"""

from __future__ import annotations

import re
from dataclasses import replace

from flowhub.connectors import Reply
from flowhub.skills import capture, claim, confirm_said
from flowhub.skills.assign import answer
from flowhub.skills.capture import confirm_proposal
from flowhub.skills.context import Context
from flowhub.skills.refer import match_titles
from flowhub.storage import Proposal, Task, id_of, people, proposals, tasks

_YES = (
    r"yes|yep|yeah|yup|ya|ok|okay|sure|great|perfect|cool|fine|good|right"
    r"|sounds\s+good|looks\s+good"
)
_IT = r"(?:it|that|this|that\s+one|this\s+one)"
# "yes send it", "yep put it in pls", "sure, go ahead and add that", "ok save it thx"
_SAY_YES = re.compile(
    rf"^(?:(?:{_YES})[\s,!.]+)*(?:(?:go\s+ahead\s+(?:and\s+)?|pls\s+|please\s+|just\s+|then\s+)*)"
    rf"(?:send|save|keep|add|confirm|book|log|put|file|schedule|lock|set|note|take)\s+{_IT}"
    r"(?:\s+(?:up|in|down|through|on|away))?"
    r"(?:\s+(?:pls|please|thanks|thx|ty|then|now|for\s+me|as\s+is))*[\s!.👍🙏]*$",
    re.I,
)
# "…, pls set that up", "… - can you set it up?"
_SET_UP_TAIL = re.compile(
    r"[\s,.;:–—-]+(?:and\s+)?(?:(?:pls|please|can\s+you|could\s+you|would\s+you|just)\s+)?"
    rf"(?:set|put|add|schedule|save|log)\s+{_IT}\s*(?:up|in|down)?"
    r"(?:\s+(?:pls|please|for\s+me|thanks|thx))*[\s?!.]*$",
    re.I,
)
_GREETING = re.compile(
    r"^(?:good\s+)?(?:morning|mornin|afternoon|evening|hi|hey|hello|hiya|yo)\b[\s,!.:]*(?:\w+[,!.]\s+)?",
    re.I,
)
# "no not a new one, I meant accept Ana's task"
_NOT_NEW = re.compile(
    r"^(?:no|nope|nah|wait)?[\s,!.]*(?:(?:it'?s\s+|that'?s\s+)?not\s+a\s+new\s+(?:one|task|card)"
    r"|(?:don'?t|do\s+not)\s+(?:make|add|create)\s+a\s+new\s+(?:one|task|card))[\s,!.]*"
    r"(?:i\s+(?:meant?|mean|wanted)\s+(?:to\s+)?)?(?:accept|take|say\s+yes\s+to|ok)\s+"
    r"(?P<who>[^\W\d_][\w-]*)(?:'s|’s|s)\s+(?:task|one|request|assignment|thing)\b.*$",
    re.I,
)


def handle(ctx: Context) -> list[Reply] | None:
    """The answer a short reply gives to what waits; None when it is no such reply."""
    text = ctx.text.strip()
    pending = proposals.get_pending_proposals(
        session=ctx.session, chat_id=ctx.chat_id, person_id=ctx.person_id
    )
    if _SAY_YES.match(text) and len(pending) == 1:
        return confirm_proposal(ctx, pending[0])
    newest = confirm_said.newest_card(ctx)
    if newest is not None and confirm_said.says_yes(ctx.event.text, ctx.person.locale):
        return confirm_proposal(ctx, newest)
    if newest is not None and (changed := confirm_said.yes_then_change(ctx)):
        return changed
    not_new = _NOT_NEW.match(text)
    if not_new is not None:
        return _accept_instead(ctx, not_new.group("who"), pending)
    greeted = _GREETING.match(text)
    if greeted is not None and greeted.end() < len(text) and asked_of_me(ctx):
        rest = text[greeted.end() :]
        taken = claim.handle(replace(ctx, text=rest)) or _take_asked(ctx, rest)
        if taken:
            return taken
    elif asked_of_me(ctx) and (taken := _take_asked(ctx, text)):
        return taken
    tail = _SET_UP_TAIL.search(text)
    if tail is not None and len(text[: tail.start()].split()) >= 3:
        return capture.handle(replace(ctx, text=text[: tail.start()].strip(), intent="capture"))
    return None


def asked_of_me(ctx: Context) -> list[Task]:
    """Open tasks given to the sender that they have not answered yet."""
    found = tasks.get_all_tasks(
        session=ctx.session,
        workspace_id=ctx.workspace_id,
        status="open",
        visible_to=ctx.viewer,
        limit=200,
    )
    return [
        t
        for t in found
        if t.assignee_id == ctx.person_id
        and t.assignment == "pending"
        and t.creator_id != ctx.person_id
    ]


_TAKE = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|fine|sure|yes|yep|alright|np|no\s+problem)\W+)*"
    r"(?:i(?:'ll|’ll|\s+will|\s+can)|let\s+me)\s+(?:take|do|handle|cover|sort|own|deal\s+with)\s+"
    r"(?P<what>.+?)[\s.!]*$",
    re.I,
)


def _take_asked(ctx: Context, text: str) -> list[Reply] | None:
    """ "sure, I'll handle the dietary thing": yes to the one waiting task it names."""
    said = _TAKE.match(text)
    if said is None:
        return None
    named = match_titles(said.group("what"), asked_of_me(ctx))
    if len(named) != 1:
        return None
    return answer(ctx, named[0], accepted=True)


def _accept_instead(ctx: Context, who: str, pending: list[Proposal]) -> list[Reply] | None:
    """Drop the card just made and take the waiting task `who` gave the sender."""
    givers = people.find_people_by_name(
        session=ctx.session, workspace_id=ctx.workspace_id, name=who
    )
    if len(givers) != 1:
        return None
    asked = [t for t in asked_of_me(ctx) if t.creator_id == id_of(givers[0])]
    if not asked:
        return None
    task = max(asked, key=lambda t: t.created_at)
    replies: list[Reply] = []
    made = [p for p in pending if match_titles(p.title, [task])]
    if len(made) == 1:
        replies += capture.discard(ctx, str(id_of(made[0])))
    return replies + answer(ctx, task, accepted=True)
