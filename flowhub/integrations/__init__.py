"""Task tools that confirmed tasks are pushed to. `INTEGRATIONS` maps tool name to its class.

Each integration implements `push(task, ref) -> ExternalRef`, `close(ref)` and `check()` (see
`base.py` for the protocol and the error tree) with httpx, and never imports skills, connectors
or the bot. The push work is in `pushing.py`, run by the push skill's jobs (`flowhub.skills.push`,
listed in `flowhub.bot.jobs.JOBS`); tokens are stored encrypted (`crypto.py`). What a person is
told about a tool is said by a skill.
The iCalendar feed (`ical.py`) is a read-only URL, not a push target, so it is not listed here.
"""

from flowhub.integrations.asana import Asana
from flowhub.integrations.base import (
    BadTarget,
    ExternalRef,
    ExternalStatus,
    Integration,
    IntegrationError,
    Reconnect,
    RetryLater,
)
from flowhub.integrations.clickup import ClickUp
from flowhub.integrations.github import GitHub
from flowhub.integrations.google_calendar import GoogleCalendar
from flowhub.integrations.hubspot import HubSpot
from flowhub.integrations.jira import Jira
from flowhub.integrations.linear import Linear
from flowhub.integrations.microsoft_todo import MicrosoftTodo
from flowhub.integrations.monday import Monday
from flowhub.integrations.notion import Notion
from flowhub.integrations.outlook_calendar import OutlookCalendar
from flowhub.integrations.pipedrive import Pipedrive
from flowhub.integrations.salesforce import Salesforce
from flowhub.integrations.todoist import Todoist
from flowhub.integrations.trello import Trello
from flowhub.integrations.webhook import Webhook
from flowhub.integrations.zoho import Zoho

INTEGRATIONS: dict[str, type[Integration]] = {
    "jira": Jira,
    "trello": Trello,
    "todoist": Todoist,
    "notion": Notion,
    "google_calendar": GoogleCalendar,
    "github": GitHub,
    "asana": Asana,
    "linear": Linear,
    "monday": Monday,
    "clickup": ClickUp,
    "microsoft_todo": MicrosoftTodo,
    "outlook_calendar": OutlookCalendar,
    "hubspot": HubSpot,
    "pipedrive": Pipedrive,
    "salesforce": Salesforce,
    "zoho": Zoho,
    "webhook": Webhook,
}

__all__ = [
    "INTEGRATIONS",
    "BadTarget",
    "ExternalRef",
    "ExternalStatus",
    "Integration",
    "IntegrationError",
    "Reconnect",
    "RetryLater",
]
