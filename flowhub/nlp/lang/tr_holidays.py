"""Turkish holidays: national days as English dates, movable feasts as the grammar's names."""

from __future__ import annotations

HOLIDAYS = {
    "ramazan bayrami": "eid al-fitr",
    "seker bayrami": "eid al-fitr",
    "kurban bayrami": "eid al-adha",
    "ramazan": "ramadan",
    "yilbasi": "new year's day",
    "yilbasi gecesi": "new year's eve",
    "yilbasi aksami": "new year's eve",
    "ulusal egemenlik ve cocuk bayrami": "23 april",
    "cocuk bayrami": "23 april",
    "emek ve dayanisma gunu": "may day",
    "isci bayrami": "may day",
    "genclik ve spor bayrami": "19 may",
    "genclik bayrami": "19 may",
    "spor bayrami": "19 may",
    "zafer bayrami": "30 august",
    "cumhuriyet bayrami": "29 october",
    "sevgililer gunu": "valentine's day",
    "anneler gunu": "mother's day",
    "babalar gunu": "father's day",
    "ogretmenler gunu": "24 november",
    "paskalya": "easter",
    "cadilar bayrami": "halloween",
}
