"""A Slack user's first contact: the timezone Slack tells for them becomes theirs.

`adopt_timezone` is the job `TIMEZONE_JOB`, queued when a newcomer's first event is stored;
`knows` tells whether FlowHub has met a user, so only a first contact queues it.
"""

from __future__ import annotations

import logging

from flowhub.services import Services
from flowhub.settings import is_zone
from flowhub.storage import id_of, inbox, people, session_scope

log = logging.getLogger(__name__)
TIMEZONE_JOB = "slack_timezone"
PLATFORM = "slack"


def adopt_timezone(services: Services, inbox_id: int) -> None:
    """Job: a Slack user's first event made them a person; their Slack zone becomes theirs.

    Runs after the event is processed (the person exists then); a person whose zone already
    differs from the deployment default chose one, and keeps it.
    """
    with session_scope(services.engine) as session:
        row = inbox.get_inbox_event(session=session, event_id=inbox_id)
        if row is None:
            return
        tz = (row.raw.get(PLATFORM) or {}).get("tz")
        if not isinstance(tz, str) or not is_zone(tz):
            return
        identity = people.get_identity(
            session=session, platform=PLATFORM, account=row.account, external_id=row.sender_id
        )
        if identity is None:
            if row.status == "received":
                raise LookupError(f"inbox event {inbox_id} is not processed yet; try again")
            return
        person = people.get_person(session=session, person_id=identity.person_id)
        if person is not None and person.timezone == services.settings.default_timezone != tz:
            people.update_person(session=session, person=person, timezone=tz)
            log.info("person %s takes their Slack timezone %s", id_of(person), tz)


def knows(services: Services, platform: str, account: str, user: str) -> bool:
    """Whether FlowHub has met `user` of `account` on `platform` (they are a person already)."""
    with session_scope(services.engine) as session:
        found = people.get_identity(
            session=session, platform=platform, account=account, external_id=user
        )
        return found is not None
