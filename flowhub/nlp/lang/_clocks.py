"""How a reminder's time is said to be on the clock of the person reminded ("waktu dia",
"à son heure") or on the writer's own ("waktu aku", "à mon heure"), in each language: regex
sources matched without case on the text as written."""

from __future__ import annotations

# code -> (their clock, my clock)
CLOCKS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    # "ذكر سام بكرة الساعة 9 بتوقيته", "بتوقيتي"
    "ar": ((r"(?:حسب|على|ب)\s*توقيت(?:ه|ها|هم)",), (r"(?:حسب|على|ب)\s*توقيتي",)),
    # "erinner sam morgen um 9 nach seiner zeit", "nach meiner zeit"
    "de": (
        (r"(?:nach\s+|in\s+)?(?:seiner|ihrer)\s+(?:zeit|ortszeit|uhrzeit)",),
        (r"(?:nach\s+|in\s+)?(?:meiner|unserer)\s+(?:zeit|ortszeit|uhrzeit)",),
    ),
    # "recuérdale a sam mañana a las 9 en su hora", "en mi hora"
    "es": (
        (r"(?:en\s+|a\s+)?(?:su\s+hora(?:\s+local)?|su\s+horario|hora\s+de\s+(?:él|el|ella))",),
        (r"(?:en\s+|a\s+)?(?:mi\s+hora(?:\s+local)?|mi\s+horario|hora\s+de\s+aqu[ií])",),
    ),
    # "rappelle à sam demain 9h à son heure", "à mon heure"
    "fr": (
        (r"(?:[àa]\s+)?(?:son|leur)\s+heure(?:\s+locale)?|heure\s+de\s+chez\s+(?:lui|elle|eux)",),
        (r"(?:[àa]\s+)?(?:mon|notre)\s+heure(?:\s+locale)?|heure\s+d[\'’]ici",),
    ),
    # "ana ko kal 2 baje uske time pe yaad dilana", "mere time se"
    "hi": (
        (
            r"(?:uske|unke|uski|unki|us\s+ke|un\s+ke)\s+(?:time|timezone|samay|waqt)(?:\s+(?:se|pe|par|mein|me|ke\s+hisaab\s+se))?",
        ),
        (
            r"(?:mere|hamare|apne)\s+(?:time|timezone|samay|waqt)(?:\s+(?:se|pe|par|mein|me|ke\s+hisaab\s+se))?",
        ),
    ),
    # "ingetin sam besok jam 9 pagi waktu dia", "waktu aku"
    "id": (
        (r"(?:waktu|jam|zona\s+waktu)\s+(?:dia|mereka|sana)(?:\s+sendiri)?",),
        (r"(?:waktu|jam|zona\s+waktu)\s+(?:aku|saya|gue|gw|sini|kita)|waktuku",),
    ),
    # "ricorda a sam domani alle 9 ora sua", "ora mia"
    "it": (
        (r"(?:(?:al)?l[\'’]\s*)?ora\s+(?:sua|loro)|(?:nel\s+|col\s+)?suo\s+fuso(?:\s+orario)?",),
        (r"(?:(?:al)?l[\'’]\s*)?ora\s+mia|(?:nel\s+|col\s+)?mio\s+fuso(?:\s+orario)?",),
    ),
    # "herinner sam morgen om 9 in zijn tijd", "in mijn tijd"
    "nl": (
        (r"(?:in\s+)?(?:zijn|haar)\s+(?:tijd|tijdzone)",),
        (r"(?:in\s+)?mijn\s+(?:tijd|tijdzone)",),
    ),
    # "lembra o sam amanhã às 9 no horário dele", "no meu horário"
    "pt": (
        (
            r"(?:no\s+|pelo\s+)?(?:hor[aá]rio|fuso)\s+(?:dele|dela|deles|delas)|(?:na\s+)?hora\s+(?:dele|dela)",
        ),
        (
            r"(?:no\s+|pelo\s+)?(?:meu\s+(?:hor[aá]rio|fuso)|hor[aá]rio\s+daqui)|(?:na\s+)?minha\s+hora",
        ),
    ),
    # "напомни Сэму завтра в 9 по его времени", "по моему времени"
    "ru": ((r"по\s+(?:его|её|ее|их)\s+времени",), (r"по\s+(?:моему|нашему)\s+времени",)),
    # "Sam'e yarın 9da onun saatiyle … hatırlat", "benim saatimle"
    "tr": (
        (r"(?:onun|kendi)\s+saatiyle|onun\s+saatine\s+g[öo]re",),
        (r"benim\s+saatimle|(?:benim\s+)?saatime\s+g[öo]re",),
    ),
}
