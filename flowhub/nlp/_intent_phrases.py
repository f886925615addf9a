"""The phrases that pick an intent (en, es, pt, fr, de), as regex sources."""

from __future__ import annotations

# Intent phrases (regex sources, matched case-insensitively against the normalised message).
HELP_PATTERNS = (
    r"^(?:help|h[ae]lp me|\?+|halp|commands?|menu|start|/help|/start|info|how to use)[\s!.?]*$",
    r"^(?:(?:so\s+)?what\s+(?:can|do)\s+you\s+do|what\s+are\s+you|who\s+are\s+you"
    r"|what\s+(?:can|does)\s+(?:this|the)\s+(?:bot|app|thing|assistant)\s+do"
    r"|how\s+(?:does|do)\s+(?:this|it|you)\s+work|how\s+(?:do|can|should)\s+i\s+(?:use|start|add|create|make|delete|remove|edit|change"
    r"|set|assign|mark|complete|see|list|get\s+started|undo|connect|link|sync|integrate|give|move"
    r"|rename|reschedule|postpone|cancel|snooze|stop|repeat|share|forward|turn|schedule|change)"
    r"|what\s+commands|how\s+does\s+this\s+thing\s+work|show\s+(?:me\s+)?(?:the\s+)?commands"
    r"|is\s+there\s+a\s+way\s+to\s+(?:connect|link|sync|integrate|repeat|assign|share))\b",
    r"^(?:ayuda|aide|hilfe|ajuda|socorro|au\s+secours)"
    r"(?:\s+(?:por\s+favor|pls|please|bitte|svp|s.il\s+vous\s+pla[iî]t))?[\s!.?]*$",
    r"^(?:qué\s+puedes\s+hacer|que\s+puedes\s+hacer|cómo\s+funciona|como\s+funciona"
    r"|o\s+que\s+(?:você|voce)\s+(?:pode|faz)|que\s+peux-tu\s+faire|comment\s+ça\s+marche"
    r"|comment\s+ca\s+marche|was\s+kannst\s+du|wie\s+funktioniert)\b",
)
SETTINGS_PATTERNS = (
    r"^(?:set\s+(?:my\s+)?)?(?:time\s*zone|timezone|tz)\b",
    r"\b(?:change|set|update|switch)\s+(?:my\s+)?(?:daily\s+|morning\s+|evening\s+)?(?:time\s*zone|timezone|tz|language|lang|digest"
    r"|summary|notifications?|quiet\s+hours|working\s+hours|reminders?\s+(?:time|settings))\b",
    r"^(?:i'?m|i\s+am|im)\s+(?:now\s+|currently\s+)?(?:in|based\s+in|living\s+in|located\s+in)"
    r"\s+[A-Za-zÀ-ÿ/_ ]+[.!]?$",
    r"^i\s+(?:live|moved)\s+(?:in|to)\s+[A-Za-zÀ-ÿ/_ ]+[.!]?$",
    r"^(?:language|lang|idioma|langue|sprache|língua|lingua)\b",
    r"^(?:(?:please\s+)?(?:reply|answer|talk|speak|write)\s+(?:to\s+me\s+)?in|switch\s+to)\s+"
    r"(?:english|spanish|portuguese|french|german|español|espanol|português|portugues|français"
    r"|francais|deutsch)\b",
    r"^(?:daily\s+)?(?:digest|summary|briefing)\b.*\b(?:at|to|@|off|on)\b",
    r"\b(?:send|move)\s+(?:me\s+)?(?:my\s+|the\s+)?(?:daily\s+)?(?:digest|summary)\s+(?:at|to)\b",
    r"\b(?:mute|unmute|turn\s+(?:off|on))\s+(?:the\s+)?(?:daily\s+)?(?:digest|notifications?|reminders)\b",
    r"^(?:settings|preferences|config|/settings)\b",
    r"\b(?:zona\s+horaria|fuso\s+horário|fuso\s+horario|fuseau\s+horaire|zeitzone)\b",
    r"^(?:estoy|estou|je\s+suis|ich\s+bin)\s+(?:en|em|à|a|in)\s+[A-Za-zÀ-ÿ ]+[.!]?$",
    r"^(?:cambia|cambiar|mudar|muda|change|changer|ändere|ändern)\s+(?:el\s+|o\s+|la\s+|die\s+)?"
    r"(?:idioma|língua|langue|sprache)\b",
)
DONE_PATTERNS = (
    r"^(?:done|did|finished|completed|complete|closed|close|check(?:ed)?\s+off|tick(?:ed)?\s+off"
    r"|✅|✔️?|☑️?|x)\s*:?\s*#?\d+(?:\s*(?:,|and|&)\s*#?\d+)*[\s!.]*$",
    r"^#?\d+(?:\s*(?:,|and|&)\s*#?\d+)*\s+(?:done|finished|completed|is\s+done|✅)[\s!.]*$",
    r"^(?:mark|set)\s+#?\d+(?:\s*(?:,|and|&)\s*#?\d+)*\s+(?:as\s+)?(?:done|complete|completed|finished)\b",
    r"^(?:mark|set)\s+(?:the\s+)?.+\s+(?:as\s+)?(?:done|complete|completed|finished)[\s!.]*$",
    r"^(?:i\s+|we\s+|just\s+|i\s+just\s+|we\s+just\s+|i've\s+|ive\s+|i\s+have\s+)?"
    r"(?:finished|completed|done\s+with|wrapped\s+up|sent|paid|submitted|booked|called"
    r"|bought|fixed|handled|took\s+care\s+of|dealt\s+with)\b(?!.*\b(?:by|before|until|tomorrow|next)\b)",
    r"^(?:done|finished|completed|all\s+done|that's\s+done|it's\s+done|done\s+and\s+dusted)[\s!.✅👍]*$",
    # ("a month after it's done" repeats a task counted from completion; it ticks nothing off)
    r"^(?!(?:pls\s+|please\s+)?(?:make\s+sure|ensure|check|verify|confirm|see\s+if|ask\s+if)\b)"
    r"(?!.*\bafter\s+(?:it|they|this|that)(?:'s|\s+is|\s+are)\s)"
    r".*\b(?:is|are|'s)\s+(?:all\s+)?(?:done|finished|complete|completed|sorted)[\s!.✅👍]*$",
    r"^(?:✅|✔️|☑️)",
    r"^(?:c'est\s+fait|ya\s+está|ya\s+esta|já\s+está|ja\s+esta|ist\s+erledigt)\b",
    r"\b(?:já\s+fiz|ja\s+fiz|ya\s+lo\s+hice|ya\s+está\s+hecho|j'ai\s+fini|c'est\s+réglé"
    r"|hab(?:e|')?s?\s+erledigt|hab's\s+gemacht)\b",
    r"^(?:hecho|listo|terminado|terminé|termine|completado|feito|pronto|concluído|concluido"
    r"|terminei|fini|fait|terminé|erledigt|fertig|gemacht|abgehakt)\b",
)
REMIND_PATTERNS = (
    r"^(?:(?:please|pls|plz|hey|can\s+you|could\s+you|do\s+you\s+think\s+(?:you|u)\s+could"
    r"|any\s+chance\s+(?:you|u)\s+could)\s+)*remind\s+(?:me|us|@?\w+)\b",
    r"^(?:set|add|create|make)\s+(?:a|an|me\s+a)?\s*(?:reminder|alarm)\b",
    r"^(?:ping|nudge|alert|notify|text|buzz)\s+me\b",
    r"^(?:reminder|remind)\b(?!\s+that\b)",
    # "every monday 9am standup" sets a reminder; "every time I log in it crashes" does not.
    r"^(?:every|each)\s+(?:\d+|other|second|third|first|last|single|day|days|week|weeks|month|months"
    r"|year|quarter|morning|afternoon|evening|night|weekday|weekend|hour|hours|minute|minutes"
    r"|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday|sprint|payday|january|february|march|april|may|june|july|august"
    r"|september|october|november|december)\b",
    r"^(?:don'?t|do\s+not)\s+let\s+me\s+forget\b",
    r"^(?:recuérdame|recuerdame|recordame|recordarme|recuérdanos|acordate|avísame|avisame|lembre-me"
    r"|lembra-me|lembra\s+de|lembrar\s+de"
    r"|me\s+lembre|me\s+lembra|lembrete|rappelle-moi|rappelle\s+moi|rappelez-moi|erinnere\s+mich"
    r"|erinner\s+mich|erinnerung)\b",
    r"^(?:cada|todos\s+los|todas\s+las|toda|todos\s+os|todas\s+as|chaque|tous\s+les|toutes\s+les"
    r"|jeden|jede|jedes|alle)\s+\S+",
)
QUERY_PATTERNS = (
    # "what's due", "what's on my plate", but not "what's the wifi password" or "what's up".
    r"^(?:what'?s|what(?:\s+all)?\s+is|whats|what(?:\s+all)?\s+are|anything|is\s+there\s+anything"
    r"|how\s+many)\b"
    r"(?=.*\b(?:due|overdue|left|open|pending|on\s+my|my|mine|planned|scheduled|today|tonight"
    r"|tomorrow|this\s+week|next\s+week|assigned|tasks?|todos?|to-dos|list|agenda|deadlines?"
    r"|plate|status|doing|working|fri|friday|monday|tuesday|wednesday|thursday|weekend|next)\b)",
    r"^(?:what\s+do\s+i|what\s+have\s+i|what\s+did\s+i|what\s+does|what\s+do|what\s+else"
    r"|what\s+(?:tasks|is\s+left)|do\s+i\s+have|which\s+tasks|who\s+(?:has|is\s+doing|owns)"
    r"|where\s+are\s+we)\b",
    r"^(?:show|list|display|view|see)(?:\s+me)?\b.*\b(?:tasks?|todos?|to-dos|items|stuff|everything"
    r"|agenda|reminders?|overdue|due|open|pending|done|completed|list|plate|working\s+on|doing|assigned)\b",
    r"^(?:show|list|display)(?:\s+(?:me|all|everything|mine))?[\s?!.]*$",
    # "can you show me what i have", "tell me what i've got on": one's own list, asked politely.
    r"^(?:(?:can|could|would|will)\s+(?:you|u|i)\s+(?:please\s+|pls\s+|plz\s+)?)?"
    r"(?:show|list|tell|give|see)(?:\s+(?:me|us))?\s+what\s+(?:i|we|i've|ive|we've)\b"
    r"(?!.*\b(?:said|say|meant|mean|sent|wrote|told|asked)\b)",
    r"^(?:my|open|pending|overdue|today'?s|upcoming|all|team)\s+(?:tasks|todos|to-dos|list|items|stuff)\b",
    r"^(?:tasks|todos|to-dos|list|agenda|overdue|today|tomorrow|this\s+week|next\s+week|status"
    r"|my\s+day|my\s+week|open|pending|inbox)[\s?!.]*$",
    r"\b(?:due|overdue|on\s+my\s+plate|left\s+to\s+do|still\s+open|outstanding|on\s+the\s+list)\s*"
    r"(?:today|tomorrow|this\s+week|next\s+week)?\s*\?\s*$",
    r"^(?:qué|que|o\s+que|qu'est-ce\s+que|was)\s+(?:yo\s+|eu\s+)?(?:tengo|hay|tenho|j'ai|il\s+y\s+a"
    r"|habe\s+ich|steht"
    r"|ist\s+(?:heute|morgen|fällig|offen))\b",
    r"^(?:mis|mes|minhas|meine)\s+(?:tareas|tâches|taches|tarefas|aufgaben)\b",
    r"^(?:o\s+que|qué|que|what|was|qu'est-ce\s+qui|quelles?|quels?)\b.*\b(?:atrasad|vencid|pendient"
    r"|pendent|überfällig|fällig|retard|overdue)",
    r"^(?:quais|cuáles|cuales|quelles|quels|welche|qué|que)\b.*\b(?:tarefas|tareas|tâches|taches"
    r"|aufgaben|pendientes?|pendentes?)\b",
    r"^(?:upcoming|next)\s+(?:deadlines?|tasks?|todos?|items?)\b",
    # Hinglish: "kuch overdue hai kya mera?", "koi task pending hai?", "mera kuch late hai kya"
    r"^(?:(?:mera|mere|meri)\s+)?(?:kuch|koi|kya)\s+(?:bhi\s+)?(?:task\s+|kaam\s+)?"
    r"(?:overdue|late|pending|baaki|baki|bacha)\s+(?:hai|h|hain|he)\b",
    r"^(?:mera|mere|meri)\s+(?:kuch\s+|koi\s+)?(?:task\s+|kaam\s+)?(?:overdue|late)\b",
    r"^(?:muéstrame|muestrame|mostra|mostre|montre|affiche|zeig|zeige)\b",
)
CHITCHAT_PATTERNS = (
    r"^(?:how\s+are\s+you|how\s+r\s+u|how'?s\s+it\s+going|what'?s\s+up|wassup|sup|good\s+(?:morning"
    r"|night|evening|afternoon|job|work|one)|see\s+you|talk\s+later|ttyl|have\s+a\s+good|nice\s+one"
    r"|well\s+done|you'?re\s+(?:the\s+best|awesome|welcome)|thank(?:s|\s+you)|love\s+(?:it|you)"
    r"|no\s+worries|no\s+problem|sounds\s+good|all\s+good|makes\s+sense|got\s+it|will\s+do"
    r"|on\s+it|nice|cool|great|awesome|perfect|lol|haha|ok|okay|k|kk|yes|no|sure|yep|nope"
    r"|cómo\s+estás|como\s+estas|qué\s+tal|que\s+tal|tudo\s+bem|como\s+vai|ça\s+va|ca\s+va"
    r"|wie\s+geht'?s|buenos\s+días|buenas\s+noches|bom\s+dia|boa\s+noite|bonne\s+nuit"
    r"|guten\s+(?:morgen|tag|abend))\b",
)
