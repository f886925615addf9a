"""Hindi command phrases, read as the English command ("done {n}", "my tasks")."""

from __future__ import annotations

from flowhub.nlp.lang._card_words import with_card_words
from flowhub.nlp.lang._settings_first import with_settings_first
from flowhub.nlp.lang.hi_settings import SETTINGS

_ART = r"(?:(?:number|no\.?|nambar|नंबर|नम्बर|task|काम|वाला|wala|वाली|wali)\s*)*"
_DONE_HI = r"(?:हो\s*गया|हो\s*गई|हो\s*गयी|कर\s*दिया|कर\s*लिया|पूरा\s+हो\s*गया|पूरा|खत्म|ख़त्म|डन)"
_DONE_LATIN = (
    r"(?:ho\s*gaya|ho\s*gya|ho\s*gayi|kar\s*diya|kr\s*diya|kar\s*liya|pura\s+ho\s*gaya|khatam|done)"
)
# What is said before taking something back: "arre galti ho gayi", "अरे गलती से हो गया".
_OOPS = (
    r"(?:arre|are|arey|oh|oops|sorry|nahi|nahin|galti|galati|se|ho|gayi|gai|gaya|hua|hui|yaar"
    r"|अरे|ओह|सॉरी|नहीं|गलती|ग़लती|से|हो|गया|गई|गयी|हुई|हुआ|यार)"
)
# A task named with "wala kaam" ("gym wala kaam"): the words before it name the task.
_KAAM = r"(?:\s+(?:wala|wali|वाला|वाली)(?:\s+(?:kaam|kam|task|काम|टास्क))?)?"
_NOT_NO = (
    r"(?!(?:नहीं|नही|ना|nahi|nahin|na)[\s,])"
    r"(?!(?:(?:रोज़?|रोज़|रोजाना|डेली|roz|daily)\s+(?:का|ka)\s+)?(?:सारांश|डाइजेस्ट|digest|saransh)\s)"
)
# "अब से गुरुवार को" moves a repeating task to that day every week, not to one day.
_NOT_FROM_NOW = r"(?!.*\s(?:अब|आगे|ab|aage)\s+(?:से|se)\s)"
# "इसे हर सोमवार कर दो" moves the task talked about; "इसे" names no task of its own.
_NOT_IT = (
    r"(?!(?:इसे|उसे|इसको|उसको|ये|यह|वो|ise|isko|use|usko|ye|yeh|wo|woh)\s+(?:[^\s]+\s+){0,6}"
    r"(?:कर|रख|शिफ्ट|kar|rakh|shift))"
)
_SNOOZE = r"(?:snooze|टाल\s+दो|baad\s+mein|बाद\s+में)"
# A tool's name, so "verbinde den Drucker mit dem WLAN" stays a task.
_TOOL = (
    r"(?=(?:jira|trello|todoist|notion|google(?:\s+calendar)?|github|asana|linear|monday(?:\.com)?"
    r"|clickup|microsoft(?:\s+to\s*do)?|to\s*do|webhook|ical)(?![\w]))"
)
# A command said instead of the English one: "2 हो गया", "दूसरा हो गया", "मेरे काम", "mere kaam".
# A day or a time after the name is a change of its own ("Ana ko de do, Thursday tak").
_NO_DAY = (
    r"(?!.*(?:\d|\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\b(?:kal|parso|aaj|subah|shaam|sham|raat"
    r"|dopahar|somvar|mangalvar|budhvar|guruvar|shukravar|shanivar|ravivar|agle|next)\b))"
)
COMMANDS = {
    "done {n}": (
        r"{n}\s+done\s+ho\s+gaya",
        rf"{_ART}{{n}}\s*{_ART}(?:{_DONE_HI}|{_DONE_LATIN})(?:\s+(?:है|hai|h))?",
        rf"(?:{_DONE_LATIN}|done)\s+{_ART}{{n}}",
    ),
    "done": (r"(?:हो\s*गया|हो\s*गई|कर\s*दिया|कर\s*लिया|ho\s*gaya|ho\s*gya|kar\s*diya|kr\s*diya)",),
    "delete {n}": (
        rf"{_ART}{{n}}\s*{_ART}(?:हटा\s+दो|हटाओ|डिलीट\s+करो|मिटा\s+दो|hata\s+do|delete\s+karo|hatao)",
    ),
    "cancel {n}": (rf"{_ART}{{n}}\s*(?:रद्द\s+करो|कैंसल\s+करो|cancel\s+karo|cancel\s+kar\s+do)",),
    "undo": (
        r"(?:arre\s+)?galti\s+se.*",
        rf"(?:{_OOPS}[\s,!.]+)+(?:undo|wapas|vapas|वापस|अनडू|पहले\s+जैसा|pehle\s+jaisa|cancel|कैंसल)"
        r"(?:\s+(?:karo|kar\s+do|kardo|kr\s+do|lo|करो|कर\s+दो|लो))?(?:\s+(?:pls|please|na|yaar|प्लीज|ना))?",
        r"wapas\s+(?:karo|kar\s+do)",
        r"(?:वापस\s+(?:करो|लो|कर\s+दो)|अनडू|undo\s+karo|wapas\s+(?:karo|lo|kar\s+do)|vapas\s+(?:karo|lo))",
    ),
    "my tasks": (
        r"(?:मेरे|मेरी)\s+(?:काम|टास्क|कामों|सूची)(?:\s+(?:दिखाओ|बताओ|क्या\s+हैं))?",
        r"(?:mere|meri)\s+(?:kaam|kam|tasks?|list)(?:\s+(?:dikhao|batao|kya\s+hai))?",
    ),
    "my reminders": (
        r"(?:मेरे|मेरी)\s+(?:रिमाइंडर|रिमाइंडर्स|याद\s+दिलाने\s+वाले)(?:\s+(?:दिखाओ|बताओ))?",
        r"(?:mere|meri)\s+(?:reminders?|remainder)(?:\s+(?:dikhao|batao))?",
    ),
    "cancel": (r"रद्द\s+करो|कैंसल|रहने\s+दो|cancel\s+karo|rehne\s+do|rahne\s+do",),
    "confirm all": (
        r"(?:सब|सभी|सारे)\s+(?:पक्का\s+करो|कन्फर्म\s+करो|सेव\s+करो|ठीक\s+है)|(?:sab|sabhi|saare)\s+(?:confirm|save|pakka)(?:\s+karo|\s+kar\s+do)?",
    ),
    "discard all": (
        r"(?:सब|सभी|सारे)\s+(?:हटा\s+दो|हटाओ|रद्द\s+करो)|(?:sab|sabhi|saare)\s+(?:hata\s+do|hatao|discard\s+karo)",
    ),
    "confirm": (
        r"पक्का\s+करो|कन्फर्म(?:\s+करो)?|confirm\s+karo|pakka\s+karo|पुष्टि(?:\s+कर(?:ें|ो|\s+दो))?|सेव\s+(?:करो|कर\s+दो)",
    ),
    "discard": (r"हटा\s+दो|discard\s+karo",),
    "snooze {n} {unit}": (
        r"(?:(?:isko|isse|ise|ye|yeh|इसे|इसको|ये)\s+)?{n}\s*{unit}\s+(?:बाद|baad|bad)(?:\s+(?:में|mein|me))?(?:\s+(?:याद\s+दिलाना|याद\s+दिलाओ|फिर\s+से|yaad\s+dilana|phir\s+se))?",
        rf"{_SNOOZE}\s+{{n}}\s*{{unit}}",
    ),
    "snooze until tomorrow": (
        r"(?:कल|kal)\s+(?:याद\s+दिलाना|याद\s+दिलाओ|yaad\s+dilana|yaad\s+dila\s+dena)",
    ),
    "snooze": (rf"{_SNOOZE}|अभी\s+नहीं|abhi\s+nahi",),
    "skip": (r"छोड़\s+दो|छोड़ो|स्किप(?:\s+करो)?|chhod\s+do|chod\s+do|skip\s+karo",),
    "try again": (
        r"(?:फिर\s+से|दोबारा)\s+(?:कोशिश|ट्राई|try)\s+कर(?:ो|ें|िए|िये)",
        r"(?:phir\s+se|fir\s+se|dobara)\s+(?:try|koshish)\s+kar(?:o|en|iye|na)",
    ),
    "help": (r"मदद|सहायता|हेल्प|madad(?:\s+karo)?|help\s+karo",),
    "settings": (r"सेटिंग्स|सेटिंग|settings\s+dikhao",),
    "stop the reminders": (
        r"(?:रिमाइंडर|reminders?)\s+(?:बंद\s+करो|बंद\s+कर\s+दो|band\s+karo|band\s+kar\s+do|rok\s+do)",
    ),
    "what's due today": (
        r"(?:आज\s+(?:क्या\s+(?:काम\s+)?है|के\s+काम|मेरे\s+काम)|aaj\s+(?:kya\s+(?:kaam\s+)?hai|ke\s+kaam|kya\s+karna\s+hai))",
    ),
    "what's due tomorrow": (
        r"(?:कल\s+(?:क्या\s+(?:काम\s+)?है|के\s+काम)|kal\s+(?:kya\s+(?:kaam\s+)?hai|ke\s+kaam|kya\s+karna\s+hai))",
    ),
    "what's due this week?": (
        r"(?:इस\s+हफ्ते|इस\s+हफ़्ते|is\s+hafte)\s+(?:(?:मेरे\s+)?क्या\s+(?:क्या\s+)?(?:काम\s+)?(?:है|हैं)|के\s+काम"
        r"|(?:mera\s+|mere\s+)?kya\s+(?:kya\s+)?(?:kaam\s+)?(?:hai|h)|ke\s+kaam)",
    ),
    "this week": (r"इस\s+हफ्ते|इस\s+हफ़्ते|is\s+hafte",),
    "overdue": (r"(?:बकाया|overdue|देर\s+वाले)\s*(?:काम|kaam)?|(?:pending|baki)\s+kaam",),
    "hi": (r"नमस्ते|नमस्कार|हेलो|हाय|namaste|namaskar|suprabhat|सुप्रभात|राम\s+राम|ram\s+ram",),
    "thanks": (
        r"धन्यवाद|शुक्रिया|थैंक्स|dhanyavaad|dhanyawad|shukriya|thank\s+u|bahut\s+shukriya|बहुत\s+शुक्रिया",
    ),
    "no, {when}": (
        r"(?:nahi+|nahin|na)(?:\s+nahi+)?[\s,]+{when}(?:\s+ko)?(?:\s+(?:kar\s+do|karo|rakho|kardo))?",
        # "arre nahi, abhi raat ke 12 baje hai na, matlab monday subah 11 baje": a remark, then
        # the day meant
        r"(?:(?:arre|are|arey|oh|oho)[\s,]+)?(?:nahi+|nahin|na|sorry|oops)(?:\s+nahi+)?[\s,.!]+"
        r"(?:[^,.!?]{1,50}[,.!]\s*)?(?:matlab|mera\s+matlab|yaani|yani|i\s+mean)\s+{when}"
        r"(?:\s+ko)?(?:\s+(?:kar\s+do|karo|rakho|kardo))?",
        r"(?:नहीं|नही|ना)(?:\s+(?:नहीं|नही))?[\s,]+{when}(?:\s+(?:को|पर))?(?:\s+(?:कर\s+दो|करो|रखो))?",
    ),
    "move {what} to {when}": (
        r"{what}\s+(?:wala|wali|वाला|वाली)\s+(?:kaam|kam|task|काम|टास्क)\s+(?:को\s+|ko\s+)?{when}\s+(?:(?:पर|को|ko|par)\s+)?"
        r"(?:शिफ्ट\s+करो|शिफ्ट\s+कर\s+दो|कर\s+दो|रखो|रख\s+दो|shift|move|kar\s+do|karo|rakho|rakh\s+do)"
        r"(?:\s+(?:karo|kar\s+do|kardo))?",
        # "mehta call ko kal 3 baje pe shift kar do": the task, "ko", then the time
        rf"{_NOT_NO}{_NOT_FROM_NOW}{_NOT_IT}{{what}}{_KAAM}\s+ko\s+{{when}}\s+(?:ko\s+|par\s+|pe\s+|tak\s+)?(?:shift|move"
        r"|postpone|prepone|aage)\s+(?:karo|kar\s+do|kardo|kar\s+dena|kar\s+dijiye|kr\s+do)",
        rf"{_NOT_NO}{_NOT_FROM_NOW}{_NOT_IT}{{what}}{_KAAM}\s+{{when}}\s+(?:ko\s+|par\s+)?(?:shift|move)\s+(?:karo|kar\s+do|kardo)",
        rf"{_NOT_NO}{_NOT_FROM_NOW}{_NOT_IT}{{what}}{_KAAM}\s+(?:को\s+)?{{when}}\s+(?:(?:पर|को)\s+)?(?:शिफ्ट\s+करो|शिफ्ट\s+कर\s+दो"
        r"|कर\s+दो|रखो|रख\s+दो)",
    ),
    "done with {rest}": (
        r"{rest}\s+(?:ho\s*gaya|ho\s*gya|kar\s*diya)",
        r"(?!(?:kaam|sab|ye|yeh|wo|main|maine)\s)(?!\d){rest}\s+(?:bhar|kar|kr|bhej|nipta|jama\s+kar"
        r"|pay\s+kar|submit\s+kar|le\s+aa|le\s+aaya|le\s+aayi)\s*(?:diya|di|diye|liya|li|chuka|chuki)?"
        r"(?:\s+(?:hai|h))?",
        r"(?!(?:काम|सब|यह|ये|वो|मैंने)\s)(?!\d){rest}\s+(?:भर|भेज|जमा\s+कर|निपटा|पे\s+कर|सबमिट\s+कर|ले\s+आया"
        r"|ले\s+आई)\s*(?:दिया|दी|दिए|लिया|ली|चुका|चुकी)?(?:\s+है)?",
        r"(?!(?:काम|सब|यह|ये|वो)\s)(?!\d){rest}\s+(?:हो\s*गया|हो\s*गई|कर\s*दिया|कर\s*लिया)(?:\s+है)?",
    ),
    "what did I give {rest}?": (
        r"(?:मैंने\s+)?{rest}\s+को\s+क्या\s+(?:दिया|सौंपा)(?:\s+(?:है|था))?",
        r"(?:maine\s+)?{rest}\s+ko\s+kya\s+diya(?:\s+(?:hai|tha))?",
    ),
    "what does {rest} have?": (
        r"(?=[^\s]+\s+के\s){rest}\s+के\s+पास\s+(?:क्या|कौन\s+से\s+(?:काम|टास्क))(?:\s+(?:काम|बाकी))?\s+(?:है|हैं)",
        r"(?=[^\s]+\s+ke\s){rest}\s+ke\s+(?:paas|pas)\s+(?:kya|kaun\s+se\s+(?:kaam|task))(?:\s+(?:kaam|baki))?"
        r"\s+(?:hai|hain|h)",
    ),
    "reopen {n}": (
        rf"{_ART}{{n}}\s*{_ART}(?:फिर\s+से\s+खोलो|दोबारा\s+खोलो|wapas\s+kholo|phir\s+se\s+kholo)",
    ),
    "move it to {when}": (
        r"(?:इसे\s+)?{when}\s+(?:पर\s+|को\s+)?(?:शिफ्ट\s+करो|कर\s+दो|रखो)",
        r"{when}\s+(?:ko\s+|par\s+)?(?:shift\s+karo|kar\s+do|rakho)",
        r"(?:(?:usko|isko|use|ise|ye|wo)\s+)?{when}\s+(?:tak\s+|ko\s+|par\s+|pe\s+)?(?:rakh|kar|set\s+kar|shift\s+kar)\s*(?:do|dena|dijiye|de)(?:\s+(?:usko|isko|use|ise))?",
        r"(?:(?:इसे|उसे|इसको|उसको)\s+)?{when}\s+(?:तक\s+|को\s+|पर\s+)?(?:रख|कर)\s*(?:दो|देना|दीजिए)(?:\s+(?:इसे|उसे|इसको|उसको))?",
    ),
    "yes": (
        r"haan\s+(?:theek|thik)\s+hai(?:\s+save\s+kar\s*do)?|(?:theek|thik)\s+hai|save\s+kar\s*do|haan\s+save\s+kar\s*do",
        r"हाँ|हां|haan|ji\s+haan|जी\s+हाँ|जी\s+हां",
    ),
    "no": (r"नहीं|nahi|nahin|nhi",),
    "assign to {rest}": (
        r"(?:(?:ये|यह|इसे|वो)(?:\s+(?:काम|टास्क))?\s+)?(?=[^\s]+\s+को\s){rest}\s+को\s+(?:दे\s+दो|सौंप\s+दो"
        r"|सौंपो|असाइन\s+करो|असाइन\s+कर\s+दो)",
        r"(?:(?:aur|to|toh|acha|accha|achha|nahi+|nahin|yaar|arre+|arey|ok)[\s,]+)*"
        r"(?:(?:ye|yeh|ise|isko|wo)(?:\s+(?:kaam|task))?\s+)?(?=[^\s]+\s+ko\s){rest}\s+ko\s+(?:de\s+do|dedo"
        r"|de\s+de|assign\s+karo|assign\s+kar\s+do|assign\s+kardo|saup\s+do)(?:\s+(?:na|yaar|please|pls))*"
        r"(?:,\s*" + _NO_DAY + r"[^,]{1,40})?",
        # "ये सैम करेगा", "isko priya dekhegi": the person who will do it
        r"(?:(?:ये|यह|इसे|इसको|वो)(?:\s+(?:काम|टास्क))?\s+)(?!(?:मैं|में|हम|तुम|आप|कौन|कोई|कल|परसों|आज|अभी|बाद|फिर)\s){rest}\s+"
        r"(?:करेगा|करेगी|करेंगे|करेंगी|कर\s+लेगा|कर\s+लेगी|कर\s+देगा|कर\s+देगी|देखेगा|देखेगी|संभालेगा"
        r"|संभालेगी)(?:\s+(?:ना|यार))?",
        r"(?:(?:ye|yeh|ise|isko|wo|woh)(?:\s+(?:kaam|task))?\s+)(?!(?:main|mai|hum|tum|aap|kaun|koi|kal|parso|aaj|abhi|baad|phir)\s)"
        r"{rest}\s+(?:karega|karegi|karenge|kar\s+lega|kar\s+legi|kar\s+dega|kar\s+degi|dekhega|dekhegi"
        r"|sambhalega|sambhalegi)(?:\s+(?:na|yaar))?",
    ),
    # "sam ko bolo friday tak website ka content bhej de", "प्रिया से कहो कि ..."
    "ask {what} to {rest}": (
        r"(?=[^\s]+\s+(?:ko|se|को|से)\s){what}\s+(?:ko|se|को|से)\s+(?:bolo|bol\s+do|bolna|kaho|keh\s+do"
        r"|kah\s+do|बोलो|बोल\s+दो|बोलना|कहो|कह\s+दो|कहना)[\s,]+(?:ki\s+|कि\s+)?{rest}",
        r"(?:bolo|kaho|बोलो|कहो)\s+(?=[^\s]+\s+(?:ko|se|को|से)\s){what}\s+(?:ko|se|को|से)\s+(?:ki\s+|कि\s+)?"
        r"{rest}",
    ),
    "title: {rest}": (r"(?:शीर्षक|नाम|title)\s*:\s*{rest}",),
    "priority high": (r"(?:ऊँची|ऊंची|उच्च)\s+प्राथमिकता|प्राथमिकता\s+(?:ऊँची|ऊंची|उच्च)|priority\s+high",),
    "priority low": (r"(?:नीची|कम|निम्न)\s+प्राथमिकता|प्राथमिकता\s+(?:नीची|कम|निम्न)|priority\s+low",),
    "no date": (r"(?:कोई\s+)?तारीख\s+नहीं|बिना\s+तारीख|तारीख\s+हटा(?:\s+दो|ओ)?",),
    "digest off": (r"(?:सारांश|डाइजेस्ट)\s+बंद(?:\s+करो|\s+कर\s+दो)?",),
    # "सारांश सुबह 7 बजे", "digest shaam 6 baje"
    "digest {n}pm": (
        r"(?:सारांश|डाइजेस्ट|digest|saransh)\s+(?:शाम|रात|दोपहर|shaam|sham|raat|dopahar)\s+(?:को\s+|ko\s+)?{n}"
        r"\s*(?:बजे|baje)",
    ),
    "digest {n}": (
        r"(?:सारांश|डाइजेस्ट|digest|saransh)\s+(?:सुबह\s+|subah\s+|subha\s+)?{n}\s*(?:बजे|baje)",
    ),
    "digest {rest}": (r"(?:सारांश|डाइजेस्ट)\s+(?=\d){rest}",),
    "remind me {n} {unit} before": (r"{n}\s*{unit}\s+पहले\s+(?:याद\s+दिलाना|याद\s+दिलाओ|बताना)",),
    "I'm in {rest}": (
        r"(?:मैं\s+)?(?=[a-z]){rest}\s+में\s+(?:हूँ|हूं)",
        r"(?:main|mai)\s+{rest}\s+(?:mein|me|mai)\s+(?:hoon|hun|hu)",
        r"(?:मैं\s+)?(?:अब\s+)?(?=[^\s]+\s+में\s){rest}\s+में\s+(?:रहता|रहती|रह\s+रहा|रह\s+रही)\s+(?:हूँ|हूं)",
        r"(?:main|mai)\s+(?:ab\s+)?(?=[^\s]+\s+(?:mein|me)\s){rest}\s+(?:mein|me)\s+(?:rehta|rehti|rahta|rahti)"
        r"\s+(?:hoon|hun|hu)",
    ),
    "save {n}": (
        rf"(?:सिर्फ़\s+|सिर्फ\s+)?{_ART}{{n}}\s*{_ART}(?:सेव\s+करो|पक्का\s+करो|रखो|save\s+karo)",
    ),
    "discard {n}": (rf"{_ART}{{n}}\s*{_ART}(?:हटाओ\s+ड्राफ़्ट|छोड़\s+दो|discard\s+karo)",),
    "reopen {rest}": (
        r"{rest}\s+(?:फिर\s+से\s+खोलो|दोबारा\s+खोलो|wapas\s+kholo|phir\s+se\s+kholo)",
        r"(?:फिर\s+से\s+खोलो|दोबारा\s+खोलो|wapas\s+kholo|phir\s+se\s+kholo)\s+{rest}",
    ),
    "remind me at due time": (
        r"(?:डेडलाइन|समय)\s+पर\s+(?:ही\s+)?याद\s+दिलाना|deadline\s+par\s+yaad\s+dilana",
    ),
    "disconnect {rest}": (
        r""
        + _TOOL
        + r"{rest}\s+(?:को\s+)?(?:डिस्कनेक्ट|हटा\s+दो\s+कनेक्शन)\s*(?:करो)?|"
        + _TOOL
        + r"{rest}\s+disconnect\s+karo",
    ),
    "connect {rest}": (
        r""
        + _TOOL
        + r"{rest}\s+(?:को\s+)?(?:कनेक्ट|जोड़ो|जोड़\s+दो)(?:\s+करो)?|"
        + _TOOL
        + r"{rest}\s+connect\s+karo",
    ),
    "my tools": (r"मेरे\s+(?:टूल|टूल्स|कनेक्शन)|mere\s+tools",),
    "retry pushes": (r"फिर\s+से\s+भेजो|दोबारा\s+भेजो|phir\s+se\s+bhejo",),
    "make {rest} the default": (
        r""
        + _TOOL
        + r"{rest}\s+को\s+(?:डिफ़ॉल्ट|डिफॉल्ट)\s+(?:बनाओ|करो)|"
        + _TOOL
        + r"{rest}\s+ko\s+default\s+banao",
    ),
    "push {n} to {rest}": (r"{n}\s+(?:को\s+)?" + _TOOL + r"{rest}\s+(?:में|पर)\s+भेजो",),
    "push to {rest}": (r"(?:इसे\s+)?" + _TOOL + r"{rest}\s+(?:में|पर)\s+भेजो",),
    "make {rest} low priority": (
        r"{rest}\s+(?:की|को)\s+(?:प्राथमिकता\s+)?(?:कम|नीची)\s+(?:प्राथमिकता\s+)?(?:करो|कर\s+दो)",
    ),
}
COUNTED = {
    "दूसरा": 2,
    "दूसरे": 2,
    "पहले": 1,
    "तीसरा": 3,
    "तीसरे": 3,
    "चौथा": 4,
    "चौथी": 4,
    "पांचवां": 5,
    "पाँचवाँ": 5,
    "पांचवीं": 5,
    "dusra": 2,
    "doosra": 2,
    "teesra": 3,
    "tisra": 3,
    "chautha": 4,
    "chauthi": 4,
}
# Casual answers to a waiting card ("नाम रखो …", "इसे हटा दो"), beside those above.
_CARD = {
    "yes": (r"(?:ये\s+|यह\s+)?(?:सही|ठीक)\s+है", r"(?:ye\s+|yeh\s+)?(?:sahi|sahee)\s+hai"),
    "confirm": (
        r"(?:सेव|save)\s+(?:कर\s+(?:दो|लो|दीजिए)|करो|करें)",
        r"(?:सेव|save)\s+(?:karo|kar\s+do|kardo|kar\s+lo)",
        r"(?:confirm|pakka|पक्का|कन्फर्म)\s+(?:karo|kar\s*do|kardo|kar\s+dena|kar\s+dijiye|करो|कर\s+दो)",
    ),
    "discard": (
        r"(?:इसे\s+|ये\s+)?(?:हटा|मिटा|डिलीट\s+कर)\s+(?:दो|दीजिए)|रहने\s+दो|(?:मत|ना)\s+सेव\s+करो",
        r"(?:ise\s+|ye\s+)?(?:hata|mita|delete\s+kar)\s+(?:do|dijiye)|rehne\s+do|mat\s+save\s+karo",
    ),
    "title: {rest}": (
        r"(?:इसका\s+)?नाम\s+(?:रखो|रख\s+दो)\s+{rest}",
        r"(?:इसका\s+)?नाम\s+{rest}\s+(?:रखो|रख\s+दो|कर\s+दो)",
        r"(?:iska\s+)?naam\s+(?:rakho|rakh\s+do)\s+{rest}",
        r"(?:iska\s+)?naam\s+{rest}\s+(?:rakho|rakh\s+do|kar\s+do)",
    ),
}
COMMANDS = with_card_words(COMMANDS, _CARD)
# Priority and titles said casually to a card ("urgent bhi laga do", "ज़रूरी है").
_CARD_MORE = {
    "priority urgent": (
        r"(?:ye\s+|yeh\s+)?(?:bahut\s+)?urgent(?:\s+(?:hai|h))?",
        r"urgent\s+(?:bhi\s+)?(?:laga|kar|daal|mark\s+kar)\s*(?:do|dena|de)",
        r"(?:यह\s+|ये\s+)?(?:बहुत\s+)?(?:अर्जेंट|तुरंत)(?:\s+है)?",
        r"(?:अर्जेंट)\s+(?:भी\s+)?(?:लगा|कर|मार्क\s+कर)\s+दो",
    ),
    "priority high": (
        r"(?:ye\s+|yeh\s+)?(?:bahut\s+)?(?:zaroori|zaruri|jaruri|important)(?:\s+(?:hai|h))?",
        r"(?:zaroori|zaruri|important|high\s+priority)\s+(?:bhi\s+)?(?:laga|kar|mark\s+kar)\s*(?:do|dena|de)",
        r"(?:यह\s+|ये\s+)?(?:बहुत\s+)?(?:ज़रूरी|जरूरी|ज़रुरी|जरुरी|अहम)(?:\s+है)?",
        r"(?:ज़रूरी|जरूरी)\s+(?:भी\s+)?(?:कर|मार्क\s+कर)\s+दो",
    ),
    "priority low": (
        r"(?:zaroori|zaruri|important)\s+(?:nahi|nahin)(?:\s+hai)?",
        r"(?:ज़रूरी|जरूरी)\s+नहीं(?:\s+है)?",
    ),
    "priority normal": (r"urgent\s+(?:nahi|nahin)(?:\s+hai)?", r"अर्जेंट\s+नहीं(?:\s+है)?"),
    "title: {rest}": (
        r"(?:iska\s+)?(?:naam|title)\s+(?:bas\s+|sirf\s+)?{rest}\s+(?:rakho|rakh\s+do|kar\s+do)",
        r"(?:इसका\s+)?(?:नाम|टाइटल)\s+(?:बस\s+|सिर्फ\s+)?{rest}\s+(?:रखो|रख\s+दो|कर\s+दो)",
    ),
    'remove "{rest}" from the title': (
        r"(?:title|naam)\s+se\s+{rest}\s+(?:hata|nikal)\s+do",
        r"(?:टाइटल|नाम)\s+से\s+{rest}\s+(?:हटा|निकाल)\s+दो",
    ),
}
COMMANDS = with_card_words(COMMANDS, _CARD_MORE)
# Both cards saved, "this card" removed, a rename said "naam change karo - …", and a priority
# said in English words.
_CARD_ALSO = {
    "confirm all": (
        r"(?:dono|donon|dono\s+hi|दोनों)\s+(?:save|confirm|pakka|सेव)(?:\s+(?:karo|kar\s+do|करो|कर\s+दो))?",
    ),
    # "ye dono hatao yaar", "in dono ko hata do", "dono cards delete karo"
    "discard all": (
        r"(?:(?:ye|yeh|in|inn|ye\s+wale)\s+)?(?:dono|donon|dono\s+hi)\s+(?:ko\s+|cards?\s+)?"
        r"(?:hatao|hata\s+do|hata\s+dena|mitao|mita\s+do|delete\s+karo|delete\s+kar\s+do"
        r"|discard\s+karo|cancel\s+karo)(?:\s+(?:yaar|yar|please|pls|plz|na))*",
    ),
    "discard": (
        r"(?:ye|yeh|isko|ise|woh|wo)\s+(?:card\s+)?(?:hata|mita|delete\s+kar)\s+(?:do|dena)",
        r"card\s+(?:hata|mita|delete\s+kar)\s+(?:do|dena)",
    ),
    "title: {rest}": (
        r"(?:naam|title)\s+(?:change|badal)\s+(?:karo|kar\s+do|do)\s*[-:–]?\s*{rest}",
        r"(?:task|kaam)\s+(?:hai|h|to\s+hai)\s+{rest}",
        # "naam bhi thik karo: …", "title sahi kar do - …", "नाम भी ठीक करो: …"
        r"(?:iska\s+)?(?:naam|title)\s+(?:bhi\s+)?(?:thik|theek|sahi|correct|update|badal)\s+"
        r"(?:karo|kar\s+do|kardo|kar\s+dena|do)\s*[-:–]\s*{rest}",
        r"(?:iska\s+)?(?:naam|title)\s+(?:bhi\s+)?(?:ye|yeh|ab)\s+(?:rakho|rakh\s+do|kar\s+do)\s*[-:–]\s*{rest}",
        r"(?:sahi|naya|nayi)\s+(?:naam|title)\s*[-:–]\s*{rest}",
        r"(?:इसका\s+)?(?:नाम|टाइटल)\s+(?:भी\s+)?(?:ठीक|सही|बदल|अपडेट)\s+(?:करो|कर\s+दो|करना)\s*[-:–]\s*{rest}",
    ),
    "priority high": (
        r"(?:high\s+priority|priority\s+(?:high|zyada|jyada))(?:\s+(?:rakho|rakh\s+do|karo|kar\s+do|laga\s+do|lagao|set\s+karo|pe|par))*",
    ),
    "priority low": (
        r"(?:low\s+priority|priority\s+low)(?:\s+(?:rakho|rakh\s+do|karo|kar\s+do|laga\s+do|lagao))*",
    ),
}
COMMANDS = with_card_words(COMMANDS, _CARD_ALSO)
# Words around an answer to a card that change nothing ("यार", "प्लीज", "bas").
CARD_SOFT = (
    "यार", "ना", "प्लीज", "प्लीज़", "भाई", "जी", "ये", "यह", "इसे", "इसको", "बस", "अच्छा", "ओके",
    "हाँ", "हां", "yaar", "bhai", "na", "pls", "please", "bas", "accha", "acha", "achha", "ji",
    "haan", "ok", "theek hai", "ठीक है", "chalo", "bhi", "दिन", "din", "done", "arre", "अरे", "चलो",
    "भी",
    "phir", "fir", "perfect", "tak", "तक", "sahi hai", "badhiya",
)  # fmt: skip
# Clauses beside an answer to a card that change nothing ("गलती से", "वही टाइम").
CARD_ASIDES = (
    r"गलती\s+से", r"galti\s+se", r"गलत\s+(?:है|था)", r"(?:वही|उसी)\s+(?:टाइम|समय)(?:\s+पर)?",
    r"same\s+time", r"wahi\s+time",
    r"(?:(?:नहीं|नही|nahi|nahin)\s+)?(?:(?:यार|yaar)\s+)?(?:(?:ये|यह|वो|ye|yeh|wo)\s+)?(?:कोई\s+|koi\s+)?(?:टास्क|काम|task|kaam)\s+(?:नहीं|नही|nahi|nahin)(?:\s+(?:है|था|hai|tha))?",
    r"(?:kyunki|kyuki|kyonki|क्योंकि|क्यूंकि)\s.*",  # the reason given beside a change
)  # fmt: skip
# How a clause names the card it is about, `{ref}` being a word of its title ("बैंक वाला").
CARD_REFS = (r"{ref}\s+(?:वाला|वाली|वाले)", r"{ref}\s+(?:wala|wali|wale|waala|waali)")
# Words ruling out the day or time after them ("pas mardi"), or before them ("7 nahi").
CARD_NOT: tuple[str, ...] = ()
CARD_NOT_AFTER: tuple[str, ...] = (
    r"nahi",
    r"nahin",
    r"nai",
    r"नहीं",
    r"नही",
    r"ke\s+bajaye",
    r"ki\s+jagah",
    r"की\s+जगह",
    r"के\s+बजाय",
    r"के\s+बजाए",
)
# Cards answered in passing: "सब ठीक है, तीनों कन्फर्म कर दो", "हाँ दोनों सेव करो", "ये हटाओ",
# "नाम बदलो: …".
_FINE = (
    r"(?:(?:(?:सब|सभी)\s+(?:ठीक|सही)\s+है|हाँ|हां|जी|ठीक\s+है|ओके|ok|बढ़िया|सही\s+है|(?:sab\s+)?(?:theek|thik|sahi)"
    r"\s+hai|haan|han|accha|acha)[\s,!।.]+)*"
)
_SAVE_IT = (
    r"(?:(?:को\s+)?(?:कन्फर्म|पक्का|सेव|confirm|save|pakka)\s+(?:कर\s+(?:दो|दीजिए|दें|देना)|करो|करें|karo|kar\s*do"
    r"|kar\s+dena|kar\s+dijiye))"
)
_SAID_TOO = {
    "confirm all 3": (rf"{_FINE}(?:तीनों|तीनो|teeno|tino|teenon)\s+{_SAVE_IT}",),
    "confirm both": (rf"{_FINE}(?:दोनों|दोनो|dono|donon)\s+{_SAVE_IT}",),
    "confirm all": (rf"{_FINE}(?:सब|सभी|सारे|सबको|sab|sabhi|saare|sabko)\s+{_SAVE_IT}",),
    "discard": (
        r"(?:(?:नहीं|ना|अरे)[\s,!।]+)*(?:ये|यह|इसे|इसको|ये\s+वाला|यह\s+वाला)\s+(?:हटाओ|हटा\s+दो|हटाइए|मिटाओ"
        r"|डिलीट\s+करो|डिलीट\s+कर\s+दो|रहने\s+दो)",
        r"(?:(?:nahi|nahin|arre)[\s,!]+)*(?:ye|yeh|ise|isko)\s+(?:hatao|hata\s+do|mitao|delete\s+karo)",
    ),
    "title: {rest}": (
        r"(?:इसका\s+)?(?:नाम|शीर्षक|टाइटल)\s+(?:बदलो|बदल\s+दो|बदलें|बदलिए|बदलकर)\s*[:\-–]\s*{rest}",
        r"(?:iska\s+)?(?:naam|title)\s+(?:badlo|badal\s+do)\s*[:\-–]\s*{rest}",
    ),
}
COMMANDS = with_card_words(COMMANDS, _SAID_TOO)
# After a decline, handed on with a shrug ("koi na, Ana ko de do ye wala"); a card agreed to with
# "haan sahi hai".
_SHRUG = (
    r"(?:(?:koi\s+na|koi\s+nahi|koi\s+baat\s+nahi|chalo|chal|theek\s+hai|thik\s+hai|acha|accha|ok"
    r"|कोई\s+ना|कोई\s+बात\s+नहीं|चलो|ठीक\s+है)[\s,!.]+)*"
)
_THIS = r"(?:ye|yeh|wo|woh|isko|ise|ये|यह|वो|इसे|इसको)"
_THIS_ONE = rf"(?:\s+{_THIS}(?:\s+(?:wala|wali|kaam|task|वाला|वाली|काम))?)?"
_HANDED = {
    "assign to {rest}": (
        rf"{_SHRUG}(?:(?:ye|yeh|ise|isko|wo)(?:\s+(?:wala|kaam|task))?\s+)?(?=[^\s]+\s+ko\s)(?!(?:mujhe|mujh)\s)"
        rf"{{rest}}\s+ko\s+(?:de\s+do|dedo|de\s+de|de\s+dena|assign\s+kar\s+do|saup\s+do){_THIS_ONE}"
        r"(?:\s+(?:na|yaar|please|pls))*",
        rf"{_SHRUG}(?:(?:ये|यह|इसे|वो)(?:\s+(?:वाला|काम))?\s+)?(?=[^\s]+\s+को\s){{rest}}\s+को\s+(?:दे\s+दो"
        rf"|दे\s+देना|सौंप\s+दो){_THIS_ONE}",
    ),
    "yes": (
        r"(?:haan|han|ha|ji|haan\s+ji)[\s,!.]+(?:bilkul\s+)?(?:sahi|sahee|theek|thik)(?:\s+(?:hai|h|he))?",
        r"(?:bilkul\s+)?(?:sahi|sahee)\s+(?:hai|h|he)(?:\s+(?:ji|haan|yaar|bhai))?",
        r"(?:हाँ|हां|जी)[\s,!।]+(?:बिल्कुल\s+)?(?:सही|ठीक)(?:\s+है)?",
    ),
}
COMMANDS = with_card_words(COMMANDS, _HANDED)
# Given to the writer and renamed in one go: "mujhe assign karo ise, aur naam '…' rakho".
_TO_ME = (
    r"(?:mujhe|muje|mujhko|mereko)\s+(?:assign\s+(?:karo|kar\s+do|kardo)|de\s+do|dedo)"
    r"(?:\s+(?:ise|isko|ye|yeh))?"
)
_NAMED = r"(?:iska\s+)?naam\s+['\"‘“]{rest}['\"’”]\s+(?:rakho|rakh\s+do|kar\s+do)"
_MINE_RENAMED = {
    "assign it to me, and call it '{rest}'": (
        rf"{_TO_ME}[\s,]+(?:aur\s+)?{_NAMED}",
        rf"{_NAMED}[\s,]+(?:aur\s+)?{_TO_ME}",
    ),
}
COMMANDS = with_card_words(COMMANDS, _MINE_RENAMED)
# The digest hour said as a wish ("रोज़ का सारांश सुबह 8 बजे भेजा करो", "डाइजेस्ट का टाइम सुबह 8 बजे
# कर दो") and a weekly task moved to another day "from now on" ("… अब से गुरुवार को कर दो, टाइम वही").
_DIGEST_NAMED = (
    r"(?:(?:रोज़?|रोज़|रोजाना|रोज़ाना|डेली|roz|rozana|daily)\s+(?:का|ka)\s+)?(?:सारांश|डाइजेस्ट|digest|saransh)"
    r"(?:\s+(?:का|ka)\s+(?:टाइम|समय|time|samay|waqt|वक़्त|वक्त))?"
)
_SEND_IT = (
    r"(?:\s+(?:भेजा\s+करो|भेजा\s+कीजिए|भेजो|भेज\s+दो|भेजना|कर\s+दो|करो|रखो|रख\s+दो|bheja\s+karo|bhejo"
    r"|bhej\s+do|kar\s+do|karo|rakho|rakh\s+do))?(?:\s+(?:na|please|pls|प्लीज़?))*"
)
_SAME = r"(?:वही|same|wahi|vahi)(?:\s+(?:रखो|रहेगा|रहे|rakho|rahega))?"
_SAME_TIME = rf"(?:[\s,]+(?:टाइम|समय|time|samay)\s+{_SAME})?"
_SAID_AS_WISH = {
    "digest {n}pm": (
        rf"{_DIGEST_NAMED}\s+(?:(?:शाम|रात|दोपहर|shaam|sham|raat|dopahar)\s+(?:को\s+|ko\s+)?){{n}}"
        rf"\s*(?:बजे|baje){_SEND_IT}",
    ),
    "digest {n}": (
        rf"{_DIGEST_NAMED}\s+(?:सुबह\s+|subah\s+|subha\s+)?(?:को\s+|ko\s+)?{{n}}\s*(?:बजे|baje){_SEND_IT}",
    ),
    "move {what} to every {when}": (
        rf"{_NOT_NO}{_NOT_IT}{{what}}{_KAAM}\s+(?:अब\s+से|आगे\s+से|ab\s+se|aage\s+se)\s+(?:हर\s+|har\s+)?"
        r"{when}\s+(?:को\s+|ko\s+)?(?:कर\s+दो|करो|रखो|रख\s+दो|kar\s+do|karo|rakho|rakh\s+do|shift\s+kar\s+do)"
        + _SAME_TIME,
    ),
}
COMMANDS = with_card_words(COMMANDS, _SAID_AS_WISH)
# One reminder cancelled in words ("ye reminder cancel karo"); said in reply it is the one
# replied to.
_THIS_REMINDER = {
    "cancel this reminder": (
        r"(?:ye|yeh|is|iss|wo|woh)\s+(?:wala\s+)?(?:reminder|alarm)\s+(?:ko\s+)?(?:cancel|hatao|hata\s+do|band|delete)"
        r"(?:\s*(?:karo|kar\s+do|kardo|kr\s+do|krdo|kar\s+dijiye))?(?:\s+(?:please|pls|plz|yaar))?",
    ),
}
COMMANDS = with_card_words(COMMANDS, _THIS_REMINDER)
# A move said with "shift करो" in mixed script ("cotton samples वाली meeting को 12 बजे पर shift
# करो"), and any move with its reason after a comma ("…12 बजे कर दो, supplier late आएगा"); a
# second instruction ("और याद दिला देना") is no reason and stays unread.
_SHIFTED = {
    "move {what} to {when}": (
        rf"{_NOT_NO}{_NOT_FROM_NOW}{_NOT_IT}{{what}}{_KAAM}\s+(?:को\s+)?{{when}}\s+(?:(?:पर|को|से)\s+)?"
        r"(?:shift|move|postpone|prepone|शिफ्ट)\s+(?:करो|कर\s+दो|कर\s+देना|कीजिए|करें)",
    ),
}
COMMANDS = with_card_words(COMMANDS, _SHIFTED)
_WHY = (
    r"\s*[,;।]\s*(?!.*(?:याद|remind|reminder|yaad|और\s|aur\s|भी\s|bhi\s|हटा|hata|delete))"
    r"[^,;।]{2,60}"
)
_MOVED = {"move {what} to {when}": tuple(p + _WHY for p in COMMANDS["move {what} to {when}"])}
COMMANDS = with_card_words(COMMANDS, _MOVED)
# A card dropped with its own button's word: "hatao", "hatao isko", "isko hata do yaar".
_DROPPED = {
    "discard": (
        r"(?:(?:nahi|nahin|arre|are)[\s,!]+)*(?:hatao|hata\s+do|hata\s+de|mitao)"
        r"(?:\s+(?:isko|ise|ye|yeh|ye\s+wala|yeh\s+wala|use|usko))?(?:\s+(?:na|please|pls|yaar))*",
        r"(?:(?:nahi|nahin|arre|are)[\s,!]+)*(?:isko|ise|ye|yeh)\s+(?:hata|mita)\s+(?:do|de|dena)"
        r"(?:\s+(?:na|please|pls|yaar))*",
    ),
}
COMMANDS = with_card_words(COMMANDS, _DROPPED)
# What the asker handed out, to anyone: "maine kisko kya diya hai?", "maine kya kya assign kiya".
_GIVEN_OUT = {
    "what did I delegate?": (
        r"(?:(?:aur|accha|acha|ok|toh|to)[\s,]+)*(?:maine|mene|mainne)\s+(?:ab\s+tak\s+)?"
        r"(?:kisko|kis\s+ko|kis\s*kis\s+ko|kise|sabko|logon\s+ko|dusron\s+ko|team\s+ko)\s+"
        r"(?:kya|kya\s+kya|kaunsa|kaun\s+sa|kon\s+sa|kaunse|kaun\s+se)\s+(?:kaam\s+|task\s+)?"
        r"(?:diya|diye|de\s+diya|de\s+rakha|assign\s+kiya|assign\s+kiye|saunpa)"
        r"(?:\s+(?:hai|hain|tha|the|hua\s+hai))?",
        r"(?:maine|mene|mainne)\s+(?:kya\s+kya|kaunse\s+(?:kaam|task)|kaun\s+se\s+(?:kaam|task))\s+"
        r"(?:dusron\s+ko\s+|logon\s+ko\s+|team\s+ko\s+)?(?:diye|diya|assign\s+kiye|assign\s+kiya"
        r"|delegate\s+kiye)(?:\s+(?:hai|hain|the|tha))?",
        r"मैंने\s+(?:किसको|किसे|किस\s+को)\s+(?:क्या|क्या\s+क्या)\s+(?:काम\s+)?(?:दिया|दिए|सौंपा)"
        r"(?:\s+(?:है|हैं|था))?",
    ),
}
COMMANDS = with_card_words(COMMANDS, _GIVEN_OUT)
# Wishes and reminder leads said casually to a card: "शुक्रवार तक हो जाना चाहिए", "एक घंटा पहले
# याद दिला देना", "आधा घंटा पहले बता देना".
_REMIND_SAID = (
    r"(?:याद\s+(?:दिला|दिलाना|दिलाओ|दिला\s+देना|दिला\s+दो|दिला\s+दीजिए)|बता\s+(?:देना|दो)|बताना)"
)
_CASUAL = {
    "move it to {when}": (
        r"(?:ये\s+|यह\s+)?{when}\s+तक\s+(?:हो\s+जाना\s+चाहिए|हो\s+जाए|पूरा\s+(?:हो\s+जाए|करना\s+है)|ख़त्म\s+हो\s+जाए)",
    ),
    "remind me 30 minutes before": (rf"(?:आधा|आधे)\s+घंट(?:ा|े)\s+पहले\s+{_REMIND_SAID}",),
    "remind me {n} {unit} before": (rf"{{n}}\s*{{unit}}\s+पहले\s+{_REMIND_SAID}",),
}
COMMANDS = with_card_words(COMMANDS, _CASUAL)
COMMANDS = with_settings_first(COMMANDS, SETTINGS)
# A card named by its "wala" words and given a time: "delhi school wala call monday 11 baje kar
# do"; a time it is needed by: "shaam 5 baje tak chahiye".
_WALA = r"\s+(?:wala|wali|vala|vali|वाला|वाली)(?:\s+(?!(?:ko|को)\s)[^\s]+)?"
_NAMED_WALA = {
    "move {what} to {when}": (
        rf"{_NOT_NO}{_NOT_FROM_NOW}{_NOT_IT}{{what}}{_WALA}\s+(?:ko\s+)?{{when}}\s+(?:ko\s+|par\s+|pe\s+)?"
        r"(?:kar\s+do|karo|kar\s+dena|rakho|rakh\s+do|set\s+kar\s+do|shift\s+kar\s+do|shift\s+karo)",
    ),
    "move it to {when}": (
        r"(?:(?:ye|yeh|isko|ise)\s+)?{when}\s+tak\s+(?:chahiye|chahie|chaiye|ho\s+jana\s+chahiye|mil\s+jana\s+chahiye"
        r"|de\s+dena|bhej\s+dena)",
    ),
}
COMMANDS = with_card_words(COMMANDS, _NAMED_WALA)
# A listed task renamed by its number: "2 ka naam '…' rakho", "नंबर 2 का नाम … कर दो".
_Q = r"[\"'“”‘’«»]?\s*"
_NAMED_ANEW = {
    "rename {n} to {rest}": (
        rf"{_ART}{{n}}\s+(?:ka|का|wale\s+ka|वाले\s+का)\s+(?:naam|title|नाम|टाइटल)\s+(?:sirf\s+|bas\s+|सिर्फ\s+|बस\s+)?"
        rf"{_Q}{{rest}}{_Q}\s+(?:rakho|rakh\s+do|kar\s+do|karo|रखो|रख\s+दो|कर\s+दो|करो)",
    ),
}
COMMANDS = with_card_words(_NAMED_ANEW, COMMANDS)
