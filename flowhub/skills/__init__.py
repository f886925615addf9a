"""What the bot can do. Skills read a `Context` and answer with `Reply` objects only.

`TEXT_SKILLS` is the ordered tuple the dispatcher tries for a text message; the first skill that
returns replies wins, and `help.fallback` answers when none does. `BUTTON_ACTIONS` maps the action
part of a button id ("confirm" in "confirm:12") to its handler.
"""

from flowhub.skills import (
    answer,
    assign,
    capture,
    capture_above,
    capture_gate,
    card_clauses,
    card_turns,
    clash,
    connect,
    declined,
    done,
    edit,
    flow,
    follow_up,
    group_ready,
    guard,
    handover,
    help,
    named_request,
    picks,
    refer_act,
    remind,
    remind_manage,
    remind_reply,
    remind_zone,
    replied,
    retitle,
    settings,
    short_reply,
    status,
    status_ask,
    status_follow,
    status_lookup,
    who_has,
)
from flowhub.skills.context import ButtonHandler, Context, Handler, SkillError

TEXT_SKILLS: tuple[Handler, ...] = (
    flow.handle,
    done.pick_answer,
    card_clauses.handle,
    declined.handle,
    handover.handle,
    group_ready.handle,
    status_follow.handle,
    status_ask.handle,
    remind_reply.handle,
    card_turns.handle,
    replied.handle,
    retitle.handle,
    edit.handle,
    picks.handle,
    answer.handle,
    capture_above.handle,
    named_request.handle,
    refer_act.handle,
    follow_up.handle,
    short_reply.handle,
    remind.handle,
    done.handle,
    settings.handle,
    help.handle,
    connect.handle,
    status_lookup.handle,
    who_has.handle,
    status.handle,
    guard.handle,
    capture.handle,
)

BUTTON_ACTIONS: dict[str, ButtonHandler] = {
    "confirm": capture.confirm,
    "edit": edit.start,
    "discard": capture.discard,
    "newtask": capture_gate.new_task,
    "accept": assign.accept,
    "decline": assign.decline,
    "takeback": declined.take_back,
    "askother": declined.ask_other,
    "giveto": declined.give_to,
    "dropit": declined.drop,
    "handback": clash.hand_back,
    "cardto": card_turns.give_button,
    "done": done.button,
    "rcancel": remind.cancel_button,
    "rdone": remind.done_button,
    "snooze": remind.snooze_button,
    "skip": remind_manage.skip_button,
    "stop": remind.stop_button,
    "rzone": remind_zone.button,
}

fallback = help.fallback
welcome_newcomer = assign.welcome_newcomer

__all__ = [
    "BUTTON_ACTIONS",
    "TEXT_SKILLS",
    "ButtonHandler",
    "Context",
    "Handler",
    "SkillError",
    "fallback",
    "welcome_newcomer",
]
