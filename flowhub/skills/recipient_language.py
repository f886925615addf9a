"""The best known language of someone who has never written to FlowHub.

The platform's word for them comes first: Telegram's `language_code`, Slack's user locale and
the playground's declared people are stored as the person's locale when FlowHub first meets
them. WhatsApp tells no language, only the phone number: its country calling code names a
region, and the region's most spoken official language that FlowHub speaks is the guess
(phonenumbers for the region, Babel's territory data for its languages).
"""

from __future__ import annotations

from functools import lru_cache

import phonenumbers
from babel.languages import get_territory_language_info
from sqlmodel import Session

from flowhub.i18n import LOCALES
from flowhub.storage import Person, id_of, people

__all__ = ["known_locale", "phone_locale"]

# Platforms that tell a person's language when FlowHub first meets them.
_TELLS_LANGUAGE = frozenset({"telegram", "slack", "playground", "console"})
_PHONE_PLATFORMS = frozenset({"whatsapp"})
_OFFICIAL = frozenset({"official", "de_facto_official"})


def known_locale(session: Session, person: Person) -> str | None:
    """The platform's locale for `person`, else their phone number's; None if neither is known."""
    identities = people.get_identities(session=session, person_id=id_of(person))
    if any(i.platform in _TELLS_LANGUAGE for i in identities):
        return person.locale
    for identity in identities:
        if identity.platform in _PHONE_PLATFORMS:
            found = phone_locale(identity.external_id)
            if found is not None:
                return found
    return None


@lru_cache(maxsize=1024)
def phone_locale(number: str) -> str | None:
    """The locale a phone number's country mostly speaks ("4915112345678": "de"), if any."""
    digits = number.strip()
    try:
        parsed = phonenumbers.parse(digits if digits.startswith("+") else f"+{digits}")
    except phonenumbers.NumberParseException:
        return None
    region = phonenumbers.region_code_for_number(parsed)
    if not region or region == "ZZ":
        return None
    spoken = get_territory_language_info(region)
    ranked = sorted(
        spoken.items(),
        key=lambda kv: (
            kv[1].get("official_status") not in _OFFICIAL,
            -float(kv[1].get("population_percent") or 0),
        ),
    )
    for language, _info in ranked:
        code = language.split("_")[0]
        if code in LOCALES:
            return code
    return None
