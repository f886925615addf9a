"""Cities and countries as people write them in their own language, for finding a time zone.

The zone database names a zone after one city in English ("America/Mexico_City"); people say
"Ciudad de México", "CDMX", "Montréal", "Lisboa", "Москва" or "मुंबई". Keys are folded (lower
case, accents dropped), so "Montréal" and "Montreal", "São Paulo" and "Sao Paulo" are one key.
"""

from __future__ import annotations

import re
from functools import cache

from babel import Locale

from flowhub.nlp import fold

__all__ = ["local_city_zone"]

# fmt: off
_ZONES: dict[str, tuple[str, ...]] = {
    "America/Mexico_City": (
        "ciudad de méxico", "ciudad de mexico", "cd de méxico", "cd. de méxico", "cdmx",
        "méxico", "mexico", "méxico df", "guadalajara", "monterrey", "puebla", "querétaro",
        "león", "toluca", "mérida", "oaxaca", "cidade do méxico", "mexico city",
        "città del messico", "messico", "mexiko-stadt", "mexiko",
    ),
    "America/Cancun": ("cancún", "cancun", "playa del carmen", "tulum"),
    "America/Tijuana": ("tijuana",),
    "America/Bogota": ("bogotá", "medellín", "cali", "colombia"),
    "America/Lima": ("perú", "peru"),
    "America/Santiago": ("santiago de chile", "chile"),
    "America/Argentina/Buenos_Aires": ("buenos aires", "argentina", "córdoba", "rosario"),
    "America/Montevideo": ("uruguay",),
    "America/Caracas": ("venezuela",),
    "America/Guayaquil": ("quito", "ecuador"),
    "America/La_Paz": ("bolivia",),
    "America/Asuncion": ("asunción", "paraguay"),
    "America/Havana": ("la habana", "habana", "cuba"),
    "America/Sao_Paulo": (
        "são paulo", "sp", "sampa", "rio", "rio de janeiro", "belo horizonte", "bh", "brasília",
        "curitiba", "porto alegre", "salvador", "recife", "fortaleza", "florianópolis", "floripa",
        "campinas", "brasil", "brazil", "brasile",
    ),
    "America/Manaus": ("manaus",),
    "America/Toronto": ("montréal", "montreal", "québec", "quebec", "ottawa", "toronto"),
    "America/New_York": (
        "nueva york", "nova york", "nova iorque", "new york", "ny", "nyc", "washington",
    ),
    "America/Los_Angeles": ("los ángeles", "los angeles", "san francisco", "californie"),
    "Europe/Madrid": (
        "españa", "espanha", "espagne", "spagna", "spanien", "sevilla", "séville", "valencia",
        "bilbao", "málaga", "zaragoza", "barcelone", "barcellona",
    ),
    "Atlantic/Canary": ("canarias", "tenerife", "gran canaria", "las palmas"),
    "Europe/Lisbon": ("lisboa", "lisbonne", "lisbona", "lissabon", "porto", "oporto", "coimbra",
                      "faro", "braga"),
    "Europe/Paris": ("paris", "lyon", "marseille", "toulouse", "bordeaux", "nantes",
                     "lille", "strasbourg", "parigi", "parís", "francia", "frankreich"),
    "Europe/Brussels": ("bruxelles", "bruselas", "bruxelas", "bruxelles", "brussel", "bruxelles",
                        "belgique", "belgio", "anvers", "liège", "gand"),
    "Europe/Zurich": ("genève", "genf", "ginevra", "ginebra", "zurich", "zürich", "zurigo",
                      "lausanne", "berne", "bern", "bâle", "basel", "suisse", "svizzera",
                      "schweiz", "suiza"),
    "Europe/Luxembourg": ("luxembourg", "lussemburgo"),
    "Europe/Rome": ("roma", "rome", "milano", "milán", "milão", "napoli", "nápoles", "naples",
                    "torino", "turín", "turin", "firenze", "florencia", "florence", "venezia",
                    "venecia", "venise", "bologna", "genova", "palermo", "bari", "verona", "italia",
                    "italie", "italien"),
    "Europe/Berlin": ("alemania", "alemanha", "allemagne", "germania", "deutschland", "berlín",
                      "múnich", "munique", "monaco di baviera", "francfort", "fráncfort",
                      "colonia", "stuttgart", "düsseldorf", "dresden", "leipzig"),
    "Europe/Vienna": ("wien", "viena", "vienne", "vienna", "austria", "österreich", "salzburg"),
    "Europe/Amsterdam": ("ámsterdam", "amsterdã", "rotterdam", "den haag", "utrecht",
                         "eindhoven", "nederland", "holanda", "paesi bassi", "pays-bas"),
    "Europe/London": ("londres", "londra", "londen", "inglaterra", "angleterre", "inghilterra",
                      "reino unido", "royaume-uni", "regno unito", "manchester", "edimburgo"),
    "Europe/Dublin": ("dublín", "dublino", "irlanda", "irlande"),
    "Europe/Warsaw": ("varsovia", "varsóvia", "varsovie", "varsavia", "warschau", "cracovia"),
    "Europe/Prague": ("praga", "prag", "prague"),
    "Europe/Athens": ("atenas", "athènes", "atene", "athen", "grecia", "grèce"),
    "Europe/Istanbul": ("estambul", "istambul", "istanbul", "stamboul", "ankara", "izmir",
                        "türkiye", "turquia", "turquie", "turchia", "стамбул"),
    "Europe/Moscow": ("moscú", "moscou", "mosca", "moskau", "москва", "москве", "питер",
                      "санкт-петербург", "петербург", "петербурге", "san petersburgo"),
    "Europe/Kyiv": ("kiev", "kyiv", "киев", "киеве", "київ"),
    "Africa/Casablanca": ("casablanca", "marrakech", "rabat", "marruecos", "maroc", "marocco"),
    "Africa/Algiers": ("alger", "argel", "algeri"),
    "Africa/Tunis": ("tunis", "túnez"),
    "Africa/Cairo": ("el cairo", "le caire", "il cairo", "القاهرة", "مصر", "kairo"),
    "Asia/Dubai": ("dubái", "dubaï", "دبي", "أبوظبي", "ابوظبي", "abu dabi"),
    "Asia/Riyadh": ("الرياض", "جدة", "riad", "riyad"),
    "Asia/Kolkata": ("दिल्ली", "मुंबई", "बेंगलुरु", "बैंगलोर", "कोलकाता", "चेन्नई", "पुणे",
                     "हैदराबाद", "भारत", "nueva delhi", "new delhi", "bombay", "calcutta"),
    "Asia/Jakarta": ("yakarta", "jacarta", "bandung", "surabaya"),
    "Asia/Makassar": ("bali", "denpasar"),
    "Asia/Tokyo": ("tokio", "tóquio", "japón", "japão", "japon", "giappone"),
    "Asia/Shanghai": ("pekín", "pequim", "pékin", "pechino", "shanghái", "xangai", "china",
                      "chine", "cina"),
    "Asia/Seoul": ("seúl", "séoul", "corea", "corée"),
    "Asia/Singapore": ("singapur", "singapura", "singapour"),
    "Australia/Sydney": ("sídney", "sydney", "australia"),
}
# fmt: on


# The languages whose own names for the zone database's cities are read ("Mexico-Stad").
_LOCALES = ("ar", "de", "es", "fr", "hi", "id", "it", "nl", "pt", "ru", "tr")


@cache
def _table() -> dict[str, str]:
    return {_key(name): zone for zone, names in _ZONES.items() for name in names}


@cache
def _exemplar_cities() -> dict[str, str]:
    """Each zone's city as the locale data names it in each language ("Mexico-Stad", "Мехико")."""
    found: dict[str, str] = {}
    for code in _LOCALES:
        for zone, names in Locale.parse(code).time_zones.items():
            city = names.get("city")
            if city and "/" in zone and not zone.startswith("Etc/"):
                found.setdefault(_key(city), zone)
    return found


def _key(name: str) -> str:
    return re.sub(r"[\s\-‐]+", " ", fold(name.strip().rstrip(".!?").strip()))


def local_city_zone(value: str) -> str | None:
    """The IANA zone of a city or country said in any language ("Ciudad de México"), or None;
    a Russian city may be said after "в" ("в Берлине", "в Праге", "в Лиму")."""
    for key in (_key(value), *_russian_nominatives(_key(value))):
        if found := _table().get(key) or _exemplar_cities().get(key):
            return found
    return None


# Russian endings after "в"/"на" and the dictionary form's ending: "Берлине" is "Берлин",
# "Москве" and "Лиму" are "Москва" and "Лима", "Праге" is "Прага", "Дубае" is "Дубай".
_RU_ENDINGS = (("ае", "ай"), ("ее", "ея"), ("е", ""), ("е", "а"), ("е", "я"), ("у", "а"),
               ("и", "а"), ("и", "я"), ("ю", "я"))  # fmt: skip


def _russian_nominatives(key: str) -> list[str]:
    if not re.search("[а-я]$", key):
        return []
    return [key[: -len(end)] + base for end, base in _RU_ENDINGS if key.endswith(end)]
