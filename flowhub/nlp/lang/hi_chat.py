"""Hindi (Hinglish and Devanagari) words for tasks and intents."""

from __future__ import annotations

from flowhub.nlp.lang import hi_asked
from flowhub.nlp.lang._schema import ChatWords, words
from flowhub.nlp.lang.hi_commands import COMMANDS, COUNTED

_WEEKDAY = (
    r"(?:somvar|somwar|mangalvar|mangalwar|budhvar|budhwar|guruvar|guruwar|brihaspativar"
    r"|shukravar|shukrawar|shanivar|shaniwar|ravivar|raviwar|itvaar|itwar|सोमवार|मंगलवार"
    r"|बुधवार|गुरुवार|बृहस्पतिवार|शुक्रवार|शनिवार|रविवार|monday|tuesday|wednesday|thursday"
    r"|friday|saturday|sunday)"
)
# Imperatives that open a clause ("bhejo report", "भेजो रिपोर्ट").
_VERBS = """
    bhejo bhejdo bhejiye karo kardo kijiye kariye lao laao le-aao lekar-aao lijiye
    bharo bhardo dekho dekhiye check-karo
    likho likhiye padho banao banaiye rakho rakhiye uthao nikalo lagao bulao mangwao
    khareedo kharido becho dhoo dhoiye saaf-karo chalao pahunchao sambhalo jamao
    भेजो भेजिए करो करिए कीजिए लाओ लाइए भरो देखो लिखो पढ़ो बनाओ रखो उठाओ
    निकालो लगाओ बुलाओ मंगवाओ खरीदो
"""
# Infinitives and requests that close one ("report bhejna hai", "Rahul ko bolo ... bhej de").
_FINAL_VERBS = """
    karna karni karne krna krni karo kar kare karein karen karna karenge karwana karwani
    karwane karwao karvana karvani karana karani kardo kardena karlena
    lana lani lane lao laana le lena leni lene lelo lijiye dena deni dene de dedo dedena
    dijiye bhejna bhejni bhejne bhejo bhej bhejde bhejdo bharna bharni bharne bharo bhar
    jana jaana jani jao jaa banana banani banane banao bana rakhna rakhni rakhne rakho rakh
    dekhna dekhni dekho dekh likhna likhni likho padhna padhni padho bolna bolo bol batana
    batao bata puchna poochna pucho milna milo lagana lagani lagao nikalna nikalo uthana
    uthao bulana bulao mangwana mangwani mangwao bechna becho khareedna kharidna kharido
    dhona dhoni chalana chalani pahunchana pahunchna sambhalna saaf-karna bandh-karna
    pilana khilana sikhana seekhna chhodna chhodni chhodo pakadna lagwana lagwani banwana
    banwani bharwana bharwani doge dogi denge aana aao
    करना करनी करने करो करें करे करवाना करवानी करवाने कराना लाना लानी लाओ लेना लेनी लेने लो
    देना देनी देने दो दे भेजना भेजनी भेजो भेज भरना भरनी भरो जाना जानी जाओ बनाना बनानी बनाओ
    रखना रखनी रखो देखना देखो लिखना लिखो पढ़ना बोलना बोलो बताना बताओ पूछना मिलना लगाना
    निकालना उठाना बुलाना मंगवाना खरीदना धोना चलाना
"""
_GREETINGS = """
    namaste namaskar namasté pranam shukriya dhanyavaad dhanyavad dhanyawad yaar yar bhai
    sahi theek thik accha acha achha achcha chalo haan han ji badhiya mast sab ko hai
    hahaha haha hehe bye
    नमस्ते नमस्कार प्रणाम धन्यवाद शुक्रिया ठीक है अच्छा हाँ हां जी भाई यार बढ़िया सब को
    alvida
"""

_ME = r"(?:mujhe|muje|mujhko|mjhe)"
_YAAD = (
    r"(?:ya+d\s+(?:dila|kara)\w*(?:\s+(?:do|dena|dijiye|dijie))?"
    r"|remind\s+kar\w*(?:\s+(?:do|dena|dijiye|dijie))?)"
)
# "mujhe kal 9 baje dentist ko call karna yaad dilana", "Sam ko yaad dilana ki hall book kare"
_REMIND_LEADS: tuple[str, ...] = (
    rf"^(?:{_ME}\s+)?{_YAAD}\b(?P<rest>.+)$",
    rf"^(?!{_ME}\b)(?P<who>\w+)\s+ko\s+{_YAAD}\b(?P<rest>.+)$",
    # "Ana ko kal dopahar 2 baje yaad dila dena ki …": the person, the time, then the lead
    rf"^(?!{_ME}\b)(?-i:(?=[A-Z]))(?P<who>\w+)\s+ko\s+(?![^,]*\b(?:phone|fone|call|msg|message"
    rf"|email|mail|milna|baat)\b[^,]*\s{_YAAD})(?P<rest>[^,]+?\s+{_YAAD}\b\W*\w.*)$",
    # "Sam ko kal call karna yaad dilana" calls Sam: a reminder for the writer
    rf"^(?!{_ME}\b)(?-i:(?=[A-Z]))(?P<who>\w+)\s+ko\s+(?!.*\b(?:phone|fone|call|msg|message|email"
    rf"|mail|milna|baat)\b)(?P<rest>.+?)\s+{_YAAD}[\s.!]*$",
    rf"^(?:{_ME}\s+)?(?P<rest>.+?)\s*,?\s+(?:{_ME}\s+)?{_YAAD}[\s.!]*$",
)
_ME_HI = r"(?:मुझे|मुझको)"
_DEV = r"[\u0900-\u0963\u0966-\u097f]"  # a Devanagari letter or vowel sign: "\w" skips the signs
_YAAD_HI = (
    r"(?:याद\s+(?:दिला|करा)(?:ना|ओ|इए|इये|एँ|एं|\s+दो|\s+देना|\s+दीजिए|\s+दीजिये))"
    rf"(?!{_DEV})"
)
# "मुझे कल 9 बजे दवाई लेनी याद दिलाना", "याद दिलाना कि कल दूध लेना है"
_REMIND_LEADS += (
    # "1 घंटे बाद याद दिलाना कि चाय पीनी है": the time, the lead, then the thing; the lead is
    # taken out as a joining word (`_REMIND_LINKS`).
    rf"^(?:{_ME}\s+)?(?P<rest>[^,]+?\s+{_YAAD}\s+ki\s+.+)$",
    # "20 min baad yaad dila dena mummy ko call karna hai": the time, the lead, then the thing
    rf"^(?:{_ME}\s+)?(?P<rest>[^,]+?\s+(?:baad|bad|mein|me|par|pe)\s+(?:{_ME}\s+)?{_YAAD}\s+.+)$",
    # "kal dopahar 2 baje yaad dila dena Mehta ji ko call back karna hai", "kal subah yaad dilana …"
    rf"^(?:{_ME}\s+)?(?!\w+\s+ko\s)(?P<rest>[^,]+?\s+(?:baje|bje|bajey|tak)\s+(?:{_ME}\s+)?{_YAAD}\s+.+)$",
    rf"^(?:{_ME}\s+)?(?P<rest>(?:kal|parso|aaj)(?:\s+(?:subah|shaam|sham|dopahar|raat))?\s+"
    rf"(?:{_ME}\s+)?{_YAAD}\s+.+)$",
    rf"^(?:{_ME_HI}\s+)?(?P<rest>[^,]+?\s+{_YAAD_HI}\s+कि(?!{_DEV}).+)$",
    # "एक घंटे बाद याद दिलाना दवाई लेनी है": the time, the lead, then the thing
    rf"^(?:{_ME_HI}\s+)?(?P<rest>[^,]+?\s+(?:बाद|में|मे|पर|पे)\s+(?:{_ME_HI}\s+)?{_YAAD_HI}\s+.+)$",
    rf"^(?:{_ME_HI}\s+)?{_YAAD_HI}(?P<rest>.+)$",
    rf"^(?:{_ME_HI}\s+)?(?P<rest>.+?)\s*,?\s+(?:{_ME_HI}\s+)?{_YAAD_HI}[\s.!।]*$",
)
_REMIND_LINKS = (
    r"(?:ki\s+)?(?:mujhe|muje|mujhko)\b",
    r"ki\b",
    rf"(?:{_ME}\s+)?{_YAAD}(?:\s+ki)?\b",
    rf"(?:{_ME_HI}\s+)?{_YAAD_HI}\s+कि(?!{_DEV})",
    rf"(?:{_ME_HI}\s+)?{_YAAD_HI}",
    rf"(?:कि\s+)?{_ME_HI}(?!{_DEV})",
    rf"कि(?!{_DEV})",
)

WORDS = ChatWords(
    code="hi",
    commands=COMMANDS,
    counted=COUNTED,
    verbs=words(_VERBS),
    final_verbs=words(_FINAL_VERBS),
    greetings=words(_GREETINGS),
    intents={
        "remind": (
            r"\byaad\s+(?:dila(?:na|o|do|dena|de|diya\s+karna|iye|iyega|te\s+rehna|nа)?"
            r"|kara(?:na|o|do|dena|iye)?)\b",
            r"\b(?:remind\s+kar(?:na|o|do|dena|\s+dena|\s+do))\b",
            r"याद\s+(?:दिला|करा)",
            r"\breminder\s+(?:laga|lagao|lga|set\s+kar|set\s+karo|daal|daalo|bana)\w*",
            r"\b\w+\s+ka\s+reminder\b",
            r"^(?!.*\b(?:summary|saransh|digest)\b)(?:daily|weekly|monthly)\s+(?:subah|shaam|sham"
            r"|raat|dopahar|\d)",
            r"^(?!.*\b(?:summary|saransh|digest)\b)(?:har|roz|rozana|roj|har\s+roz|pratidin|हर|रोज़|रोज|रोजाना|रोज़ाना|प्रतिदिन)\s+\S+",
            rf"^{_WEEKDAY}\s+(?:se|से)\s+{_WEEKDAY}\b",
            rf"^(?:mahine|month|महीने)\s+(?:ke|का|के|ka)\s+(?:aakhri|akhri|aakhiri|last|pehle"
            rf"|pahle|first|आखिरी|आख़िरी|पहले)\s+{_WEEKDAY}",
            r"^(?!.*\b(?:summary|saransh|digest)\b)(?:.*\s)?(?:har|हर)\s+(?:din|roz|subah"
            r"|shaam|sham|raat|hafte|mahine|saal|dusre|doosre|teesre|दिन|सुबह|शाम|रात|हफ्ते"
            r"|हफ़्ते|महीने|साल|दूसरे)\b",
            rf"^(?!.*\b(?:summary|saransh|digest)\b)(?:.*\s)?(?:har|हर)\s+{_WEEKDAY}",
        ),
        "query": (
            r"\bkya\s+(?:kya\s+|kuch\s+|koi\s+)?(?:overdue|karna|krna|pending|baaki|baki|bacha|bachi|plan|kaam|kam"
            r"|tasks?)\b",
            r"^(?:aaj|aj|kal|kl|parso|parson|is\s+hafte|agle\s+hafte|abhi)\s+(?:ke\s+liye\s+)?"
            r"(?:mera\s+|mere\s+|meri\s+|mujhe\s+)?kya\s+(?:kya\s+)?(?:hai|he|h|hain|karna)\b",
            r"^(?:mere|meri|mera|hamare|humare|apne)\s+(?:saare\s+|sare\s+|sab\s+)?(?:tasks?"
            r"|kaam|kam|todos?|list|reminders?|pending)\b",
            r"\b(?:overdue|pending|baaki|baki|late)\s+(?:kya|kaun\s+sa|kitne)\b",
            r"^(?:aaj|kal|parso|is\s+hafte|agle\s+hafte|mera|mere|meri)\s+(?:(?:ka|ke|ki)\s+)?"
            r"(?:schedule|agenda|plan|tasks?|kaam)\s+(?:batao|dikhao|bata\s+do|dikha\s+do|kya)\b",
            r"\b(?:kaunse|kaun\s+se|konse|kon\s+se|kaun\s+sa|konsa)\s+(?:tasks?|kaam)\b",
            r"\bkitne\s+(?:tasks?|kaam)\s+(?:baaki|baki|pending|bache|hain)\b",
            r"^(?:mera|meri|mere|apna)\s+(?:schedule|plan|agenda|din|program)\b.*\bkya\b",
            r"\b(?:schedule|plan|agenda|program)\s+kya\s+(?:hai|he|h)\b",
            r"^(?:tasks?|kaam|list|todo|to-do|pending)\s+(?:list\s+)?dikha(?:o|na|iye|do)\b",
            r"\b\w+\s+(?:ke|ki|ka)\s+(?:tasks?|kaam)\s+(?:kya|dikhao|batao)\b",
            r"क्या\s+(?:क्या\s+)?(?:करना|काम|बाकी|बाक़ी|पेंडिंग|प्लान)",
            r"^(?:मेरे|मेरी|मेरा)\s+(?:सारे\s+|पेंडिंग\s+|बाकी\s+)?(?:टास्क|काम|रिमाइंडर)",
            r"(?:टास्क|काम)\s+(?:दिखाओ|बताओ)",
            r"^(?:आज|कल|परसों)\s+(?:मेरा\s+|मेरे\s+)?क्या\s+(?:है|हैं)",
        ),
        "done": (
            r"^(?:(?:haan|han|ha|ji|ok|okay|done|bas)\s+)?(?:sab\s+|ye\s+|yeh\s+|kaam\s+|wo\s+"
            r"|woh\s+)?(?:ho\s+(?:gaya|gya|gayi|gyi|gai"
            r"|gaye|gye|chuka|chuki)|hogaya|hogya)\b[^,]*$",
            r"^(?:ban|bhej|bhar|likh|mil|pahunch|nipat|nipta|lag|aa|pahuch)\s+(?:gaya|gya|gayi|gyi"
            r"|gaye|gai)\b[^,]*$",
            r"^(?:kaam\s+|sab\s+|ye\s+|task\s+)?(?:khatam|khtm|poora|pura)(?:\s+(?:ho\s+gaya|hai"
            r"|kar\s+diya|bhai))?[\s!.✅👍]*$",
            r"^done\s+(?:bhai|yaar|ji|hai|ho\s+gaya|kar\s+diya)[\s!.✅👍]*$",
            r"^(?:kar|kr|bhar|bhej|de|le)\s+(?:diya|dia|di|diye|liya|li|liye|chuka|chuki)\b",
            r"\b(?:kar|kr|bhar|bhej|de|le|pay\s+kar|call\s+kar|book\s+kar)\s+(?:diya|dia|di"
            r"|diye|liya|li|liye|chuka|chuki|chuke)(?:\s+(?:tha|thi|hai|hu|hoon|bhai|yaar|maine))?"
            r"[\s!.✅👍]*$",
            r"^(?:हो\s+(?:गया|गई|गयी|चुका)|कर\s+(?:दिया|दी|लिया))",
            r"(?:भर|भेज|कर|दे|ले)\s+(?:दिया|दी|लिया|ली|चुका)\s*(?:था|थी|है|हूँ)?\s*[।.!]*$",
        ),
        "help": (
            r"^(?:madad|sahayata|help\s+karo|help\s+chahiye|madad\s+chahiye)[\s!.?]*$",
            r"\bkaise\s+(?:kaam\s+kar(?:ta|ti|te)|use\s+kar\w*|istema?a?l\s+kar\w*|chal(?:ta"
            r"|ata|ate|ana))\b",
            r"\bkya\s+(?:kya\s+)?kar\s+sak(?:te|ta|ti)\s+(?:ho|hai|hain)\b",
            r"^(?:मदद|सहायता)",
            r"कैसे\s+(?:काम\s+करता|इस्तेमाल|चलाते)",
            r"क्या\s+(?:क्या\s+)?कर\s+सकते\s+हो",
        ),
        "settings": (
            r"^(?:bhasha|timezone|time\s+zone)\b",
            r"\b(?:bhasha|language|timezone|time\s+zone)\s+\w+\s+(?:kar\s+do|kardo|karo|kar\s+dena"
            r"|set\s+karo|badlo|badal\s+do)\b",
            r"\b(?:bhasha|language|timezone)\s+(?:badlo|badal\s+do|change\s+karo)\b",
            r"^(?:daily|roz\s+ki|rozana|weekly|hafte\s+ki)\s+(?:summary|digest|saransh)\b",
            r"\b(?:summary|digest|saransh)\s+(?:roz\s+|har\s+\w+\s+)?(?:bhejo|bhejna|bhej\s+dena"
            r"|chahiye)\b",
            r"^(?:भाषा|टाइमज़ोन|टाइमजोन|समय\s+क्षेत्र)",
            r"^(?:hindi|english|angrezi|हिंदी)\s+(?:mein|me|में)\s+(?:baat\s+karo|bolo|likho"
            r"|reply\s+karo|jawab\s+do|बात\s+करो)",
        ),
        "chitchat": (
            r"^(?:namaste|namaskar|shukriya|dhanyavaad|dhanyavad|dhanyawad|thanks\s+yaar"
            r"|thank\s+you\s+bhai|haha\w*|sahi\s+hai|theek\s+hai|thik\s+hai|accha|acha|achha"
            r"|chalo\s+bye|good\s+morning\s+sab|good\s+night\s+sab|kaise\s+ho|kya\s+haal|badhiya"
            r"|नमस्ते|नमस्कार|धन्यवाद|शुक्रिया|ठीक\s+है|अच्छा|कैसे\s+हो)\b",
        ),
    },
    name_modals=(
        r"ko\s+(?:bolo|bol\s+do|bolna|kaho|keh\s+do|batao|bata\s+do)",
        r"se\s+(?:bolo|bol\s+do|kaho|keh\s+do|kahna|bolna)",
        r"(?:tum|tu|aap|ap)(?:\s+(?:zara|please|plz))?",
        r"(?:zara|please|plz)",
        # "Mehta ji ko call karna hai" is about Mehta: a case word after the honorific asks no one.
        r"(?:bhai|bhaiya|ji|didi|sir)(?!\s+(?:ko|se|ka|ki|ke|ne|wala|wali)\b)(?:\s+(?:tum|aap|zara|please))?",
        r"को\s+(?:बोलो|बोल\s+दो|कहो|कह\s+दो|बताओ)",
        r"से\s+(?:बोलो|कहो|कह\s+दो)",
        r"(?:तुम|तू|आप)",
    ),
    request_markers=(
        r"zara",
        r"\w+\s+(?:doge|dogi|denge|doge\s+na|dogi\s+na)",
        r"kar\s+sakte\s+ho",
        *hi_asked.MARKERS,
        r"kripya",
        r"कृपया",
        r"कर\s+दोगे",
    ),
    deadline_leads=("by", "deadline"),
    date_leads=("se pehle", "se pahle"),
    lead_fillers=(
        # "today itself i need to …": the stress stays behind once the day is read.
        "itself",
        "only",
        # "task bana do: GST return file karna": asking for the task rather than saying it.
        "ek naya task bana do",
        "ek naya task banao",
        "naya task bana do",
        "naya task banao",
        "ek task bana do",
        "ek task banao",
        "ek task bana dena",
        "task bana do",
        "task banao",
        "task bana dena",
        "task bana lo",
        "task add karo",
        "task add kar do",
        "task add kar dena",
        "task daal do",
        "task daalo",
        "task likh lo",
        "task mein daal do",
        "list mein daal do",
        "list me daal do",
        "naya task",
        # "अरे इसे task बना दो ना, कल 11 बजे supplier meeting": the ask, before the task itself.
        "अरे इसे task बना दो ना",
        "अरे इसे task बना दो",
        "इसे task बना दो ना",
        "इसे task बना दो",
        "इसको task बना दो ना",
        "इसको task बना दो",
        "इसका task बना दो",
        "ये task बना दो",
        "task बना दो ना",
        "task बना दो",
        "task बना लो",
        "इसे टास्क बना दो ना",
        "इसे टास्क बना दो",
        "टास्क बना दो",
        "ise task bana do na",
        "ise task bana do",
        "isko task bana do na",
        "isko task bana do",
        "iska task bana do",
        "task bana do na",
        "अरे",
        "arre",
        # "und luftballons kaufen": the word that joins it to the task before.
        "aur",
        "aur phir",
        "aur ek",
        "mujhe yaad dila dena",
        "mujhe yaad dilana",
        "mujhe remind karna",
        "yaad dila dena",
        "yaad dilana",
        "yaad dilao",
        "yaad kara dena",
        "remind karna",
        "remind kar dena",
        "yaad se",
        "bhai urgent hai",
        "urgent hai",
        "bhai",
        "yaar",
        "zaroor",
        "jaldi se",
        "kabhi bhi kar lena",
        "kabhi bhi",
        "mujhe",
        "humein",
        "hume",
        "मुझे",
        "tak",
        "तक",
        "ki",
        "reminder set karo",
        "reminder laga do",
        "मुझे याद दिलाना",
        "याद दिलाना",
        "याद से",
    ),
    trail_fillers=(
        "प्लीज़",
        "प्लीज",
        "pliz",
        "hai, yaad rakhna",
        "yaad rakhna",
        "yaad rakhna please",
        "hai, bhool mat jana",
        "hai, bhoolna mat",
        "hai, bhool na jana",
        "bhool mat jana",
        "bhoolna mat",
        "bhool na jana",
        "याद रखना",
        "भूलना मत",
        "ka reminder laga do",
        "ka reminder laga dena",
        "ka reminder set karo",
        "ka reminder set kar do",
        "reminder laga do",
        "hai yaad dila dena",
        "hai yaad dilana",
        "yaad dila dena",
        "yaad dilana",
        "hai na",
        "hai",
        "he",
        "h",
        "hai bhai",
        "bhai",
        "yaar",
        "please",
        "ke liye",
        "tak",
        "तक",
        "ki",
        "reminder set karo",
        "reminder laga do",
        "kar doge",
        "kar dogi",
        "kar dunga",
        "kar dungi",
        "kar denge",
        "kar lunga",
        "kar lungi",
        "है याद दिला देना",
        "है ना",
        "है",
        "कर दोगे",
        "याद से नोट कर लो",
        "याद से नोट कर लेना",
        "नोट कर लो",
        "नोट कर लेना",
        "याद से",
        "yaad se daal dena",
        "yaad se note kar lo",
        "yaad se note kar lena",
        "daal dena",
        "note kar lo",
        "note kar lena",
        "yaad se",
        # Indian-English particles that only stress ("export the master na", "by friday only").
        "na",
        "only",
        "itself",
        "yaar",
    ),
    priority={
        "zaroori": "urgent",
        "jaldi": "urgent",
        "turant": "urgent",
        "urgent hai": "urgent",
        "bahut urgent": "urgent",
        "bahut urgent hai": "urgent",
        "bahut zaroori": "urgent",
        "बहुत जरूरी": "urgent",
        "बहुत ज़रूरी": "urgent",
        "ज़रूरी": "urgent",
        "जरूरी": "urgent",
        "तुरंत": "urgent",
        "important hai": "high",
        "zaruri": "urgent",
        "koi jaldi nahi": "low",
        "kabhi bhi": "low",
        "aaram se": "low",
    },
    remind_leads=_REMIND_LEADS,
    remind_links=_REMIND_LINKS,
    abbreviations={
        "nhi": "nahi",
        "nai": "nahi",
        "kr": "kar",
        "krna": "karna",
        "krdo": "kar do",
        "mjhe": "mujhe",
        "mujhse": "mujhse",
        "tk": "tak",
        "bta": "bata",
        "plz": "please",
        "pls": "please",
        "abi": "abhi",
        "kl": "kal",
        "h": "hai",
        "hn": "haan",
        "ha": "haan",
        "bhejdo": "bhej do",
        "krke": "karke",
    },
)
