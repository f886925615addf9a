"""Turkish command phrases, read as the English command ("done {n}", "my tasks")."""

from __future__ import annotations

from flowhub.nlp.lang._card_words import with_card_words
from flowhub.nlp.lang._settings_first import with_settings_first
from flowhub.nlp.lang.tr_settings import SETTINGS

_ART = r"(?:(?:görev|gorev|madde|numara|no\.?|#)\s*)*"
_DONE_WORD = r"(?:tamamland[ıi]|bitti|yap[ıi]ld[ıi]|halloldu|tamam)"
# Moving to a day said with its 'to' ending: "cumaya taşı", "perşembeye al".
_MOVE = r"(?:ta[sş][ıi]|ertele|al|[cç]ek|kayd[ıi]r|koy)"
_SET = (
    r"(?:al|[cç]ek|koy|ayarla|yap|getir|de[gğ]i[sş]tir|kayd[ıi]r|olsun)(?:[ıi]r|er|ar)?"
    r"(?:\s+m[ıi]s[ıi]n)?(?:\s+(?:l[uü]tfen|pls))?"
)
_SNOOZE = r"(?:ertele|erteler\s+misin|sonra\s+hat[ıi]rlat|snooze)"
# A tool's name, so "verbinde den Drucker mit dem WLAN" stays a task.
_TOOL = (
    r"(?=(?:jira|trello|todoist|notion|google(?:\s+calendar)?|github|asana|linear|monday(?:\.com)?"
    r"|clickup|microsoft(?:\s+to\s*do)?|to\s*do|webhook|ical)(?![\w]))"
)
# Interjections before a correction or an undo: "pardon, ...", "ay yok, ...", "eyvah, ...".
_OOPS = (
    r"(?:(?:pardon|ay+|aa+|eyvah|hay\s+aksi|of|hmm+|dur|bekle|yok|hay[ıi]r|olmaz|yanl[ıi][sş]"
    r"|yanl[ıi][sş]\s+oldu|yanl[ıi][sş]l[ıi]kla|hata\s+oldu|sorry|sori)[\s,.!]+)"
)
# "bunu", "şu işi": the card or task spoken of, not a name.
_THIS = r"(?:(?:bunu|onu|[sş]unu|bu\s+i[sş]i|bu\s+g[oö]revi|bunu\s+da)\s+)?"
_DAT = r"'?(?:a|e|ya|ye|na|ne)"
# The task a reminder is set before, named first ("toplantıdan", "aramadan önce").
_FROM = r"(?:(?:[a-z]+\s+)?[a-z]+(?:dan|den|tan|ten)\s+)?"
_REMIND_ME = r"(?:bana\s+|beni\s+)?hat[ıi]rlat(?:\s+(?:bana|beni|l[uü]tfen))?"
# A command said instead of the English one: "2 bitti", "ikinciyi yaptım", "görevlerim".
COMMANDS = {
    "done {n}": (
        rf"{_ART}{{n}}(?:'?(?:[iıuü]|y[iıuü]|nci|[ıi]nc[ıi]|inci|nc[ıi]))?\s+(?:de\s+)?(?:{_DONE_WORD}|yapt[ıi]m|bitirdim|tamamlad[ıi]m|hallettim)",
        rf"(?:bitti|tamamland[ıi]|done)\s+{_ART}{{n}}",
        rf"{_ART}{{n}}(?:'?(?:[iıuü]|y[iıuü]))?\s+(?:tamamland[ıi]\s+olarak\s+)?i[sş]aretle",
    ),
    "reopen {n}": (rf"{_ART}{{n}}(?:'?(?:[iıuü]|y[iıuü]))?\s+(?:tekrar|yeniden)\s+a[cç]",),
    "done": (r"bitti|yapt[ıi]m|tamamland[ıi]|hallettim|bitirdim",),
    "delete {n}": (rf"{_ART}{{n}}(?:'?(?:[iıuü]|y[iıuü]))?\s+(?:sil|kald[ıi]r)",),
    "cancel {n}": (rf"{_ART}{{n}}(?:'?(?:[iıuü]|y[iıuü]))?\s+iptal(?:\s+et)?",),
    "undo": (
        rf"{_OOPS}+(?:[^.!?]{{0,40}}[,.!]\s*)?geri\s+al(?:[ıi]r\s+m[ıi]s[ıi]n|sana)?(?:\s+(?:l[uü]tfen|pls|hemen))?",
        r"geri\s+al(?:[ıi]r\s+m[ıi]s[ıi]n)?\s+(?:l[uü]tfen|pls|hemen)",
        r"(?:pardon|hay\s+aksi|ay)[\s,]+.*geri\s+al.*",
        r"geri\s+al|(?:son\s+i[sş]lemi\s+)?geri\s+al[ıi]r\s+m[ıi]s[ıi]n|geri\s+d[oö]n|undo",
    ),
    "my tasks": (
        r"(?:g[oö]revlerim|i[sş]lerim|yap[ıi]lacaklar[ıi]m|listem)(?:\s+(?:neler|ne|g[oö]ster))?",
        r"(?:g[oö]revlerimi|i[sş]lerimi|yap[ıi]lacaklar[ıi]m[ıi])\s+g[oö]ster",
    ),
    "my reminders": (
        r"(?:hat[ıi]rlat[ıi]c[ıi]lar[ıi]m|hat[ıi]rlatmalar[ıi]m)(?:\s+(?:neler|ne))?|(?:hat[ıi]rlat[ıi]c[ıi]lar[ıi]m[ıi]|hat[ıi]rlatmalar[ıi]m[ıi])\s+g[oö]ster",
    ),
    "cancel": (r"iptal(?:\s+et)?|vazge[cç]|bo[sş]\s+ver",),
    "confirm all": (r"(?:hepsini|t[uü]m[uü]n[uü])\s+(?:onayla|kaydet)|hepsi\s+tamam",),
    "discard all": (r"(?:hepsini|t[uü]m[uü]n[uü])\s+(?:sil|at|reddet|iptal\s+et)",),
    "confirm": (r"onayla|onayl[ıi]yorum|kaydet",),
    "discard": (r"reddet|at\s+gitsin",),
    "snooze {n} {unit}": (
        rf"{_THIS}{_SNOOZE}\s+{{n}}\s*{{unit}}",
        rf"{_THIS}{{n}}\s*{{unit}}\s+(?:ertele|sonra(?:\s+(?:tekrar\s+)?hat[ıi]rlat)?)",
    ),
    "snooze 30 minutes": (r"yar[ıi]m\s+saat\s+(?:ertele|sonra)",),
    "snooze until tomorrow": (
        r"yar[ıi]na\s+ertele|yar[ıi]n\s+(?:tekrar\s+)?hat[ıi]rlat",
        r"(?:(?:[sş]imdi\s+olmaz|sonra)[\s,]+)?yar[ıi]n\s+sabah\s+(?:tekrar\s+|yine\s+)?hat[ıi]rlat(?:\s+(?:l[uü]tfen|bana))?",
    ),
    "snooze": (rf"{_SNOOZE}|sonra|[sş]imdi\s+de[gğ]il",),
    "skip": (r"atla|ge[cç]|bu\s+sefer\s+(?:yok|ge[cç])",),
    "try again": (r"tekrar\s+dene|yeniden\s+dene|bir\s+daha\s+dene",),
    "help": (
        r"yard[ıi]m[\s,!.]+(?:bu\s+)?(?:bot|sen|bu\s+uygulama)?\s*(?:ne\s+yap[ıi]yo(?:r|n)?|nas[ıi]l\s+(?:kullan[ıi]l[ıi]r|[cç]al[ıi][sş][ıi]r)).*",
        r"(?:bu\s+)?bot\s+(?:ne\s+yap[ıi]yo(?:r)?|nas[ıi]l\s+(?:kullan[ıi]l[ıi]r|[cç]al[ıi][sş][ıi]r))(?:\s+tam\s+olarak)?",
        r"yard[ıi]m|yard[ıi]m\s+et|komutlar",
    ),
    "settings": (r"ayarlar(?:[ıi]m)?|tercihler",),
    "stop the reminders": (
        r"(?:hat[ıi]rlat[ıi]c[ıi]lar[ıi]|hat[ıi]rlatmalar[ıi])\s+(?:durdur|kapat|iptal\s+et)",
    ),
    "what's due today": (
        r"bug[uü]n\s+(?:ne\s+var|neler\s+var|ne\s+yapaca[gğ][ıi]m)|bug[uü]nk[uü]\s+(?:g[oö]revler|i[sş]ler)",
    ),
    "what's due tomorrow": (
        r"yar[ıi]n\s+(?:ne\s+var|neler\s+var)|yar[ıi]nki\s+(?:g[oö]revler|i[sş]ler)",
    ),
    "this week": (r"bu\s+hafta(?:\s+(?:ne\s+var|neler\s+var))?",),
    "overdue": (r"(?:gecikenler|gecikmi[sş]\s+(?:g[oö]revler|i[sş]ler)|s[uü]resi\s+ge[cç]enler)",),
    "hi": (r"merhaba|selam(?:lar)?|g[uü]nayd[ıi]n|iyi\s+ak[sş]amlar|iyi\s+g[uü]nler|slm|mrb",),
    "thanks": (
        r"te[sş]ekk[uü]rler|te[sş]ekk[uü]r\s+ederim|sa[gğ]\s+ol(?:un)?|eyvallah|tsk|tşk|çok\s+teşekkürler",
    ),
    "no, {when}": (
        rf"{_OOPS}+(?:(?:daha\s+iyi|en\s+iyisi)\s+)?{{when}}(?:\s+(?:olsun|yap|daha\s+iyi|olsun\s+l[uü]tfen))?",
        r"(?:hay[iı]r|yok(?:\s+yok)?|olmaz|yo)[\s,]+{when}(?:\s+olsun)?",
        r"{when}\s+olsun",
    ),
    "done with {rest}": (
        r"{rest}[,\s]+(?:tamamd[iı]r|bitti|hallettim|halloldu)",
        r"(?!(?:ben|biz|bunu|onu)\b){rest}\s+(?:da\s+|de\s+)?(?:yapt[ıi]m|hallettim|[oö]dedim|bitirdim"
        r"|g[oö]nderdim|arad[ıi]m|[cç][ıi]kard[ıi]m|teslim\s+ettim)(?:[\s,]+(?:tamam|bitti|oldu))?",
        r"(?!(?:ben|biz|bunu|onu)\b){rest}\s+(?:[oö]dendi|yap[ıi]ld[ıi]|g[oö]nderildi|tamamland[ıi])",
    ),
    "yes": (
        r"(?:(?:tamam|evet|olur|aynen|s[uü]per|oldu)[\s,!]+)+(?:kaydet|olur|tamam|do[gğ]ru|aynen|s[uü]per|oldu|g[uü]zel)",
        r"aynen(?:\s+(?:[oö]yle|b[oö]yle))?|do[gğ]ru|oldu|g[uü]zel\s+olmu[sş]|b[oö]yle\s+kals[ıi]n",
        r"tamam(?:d[iı]r)?(?:\s+kaydet)?|kaydet|olur|tamam\s+olur|s[uü]per",
        r"evet+|aynen\s+evet",
    ),
    "no": (r"hay[ıi]r|yok",),
    # "bana ver", "kendime ata", "kişi de benim": the one saying it, never a person called "Ba".
    "assign to me": (
        rf"{_OOPS}*{_THIS}(?:(?:yani|yok|hay[ıi]r)[\s,]+)*(?:bana|kendime)(?:\s+(?:ver|ata|atay[ıi]n|verin|verelim))?",
        r"(?:ki[sş]i|sorumlu)\s+(?:da\s+|de\s+)?(?:benim|ben)(?:\s+olay[ıi]m|\s+olsun)?",
        r"(?:bu\s+)?benim\s+i[sş]im|ben\s+yapar[ıi]m|ben\s+hallederim|bende\s+kals[ıi]n",
    ),
    "assign to {rest}": (
        rf"{_OOPS}*{_THIS}(?!(?:bana|kendime|bize)\b)(?=[^\s]+\s+(?:ata|ver|verelim|versin)[\s.!?]*$){{rest}}{_DAT}\s+(?:ata|ver|verelim)",
        rf"{_OOPS}*{_THIS}(?=[^\s]+\s+[^\s]+[\s.!?]*$){{rest}}\s+(?:yaps[ıi]n|halletsin|ilgilensin|baks[ıi]n)",
        r"(?!(?:bana|kendime|bize)\b)(?=[^\s,]+\s+(?:ata|ver)\b){rest}(?:'?(?:a|e|ya|ye))\s+(?:ata|ver)",
    ),
    "delete it": (r"(?:bunu|onu|[sş]unu)\s+(?:sil|kald[ıi]r)(?:\s+(?:l[uü]tfen|gitsin))?",),
    "delete {rest}": (
        r"(?!(?:bunu|onu|[sş]unu)\b){rest}\s+(?:listeden\s+(?:sil|[cç][ıi]kar|kald[ıi]r)"
        r"|g[oö]revini\s+sil|sil\s+gitsin|sil,\s*.+)",
        r"(?!(?:bunu|onu|[sş]unu)\b){rest}\s+g[oö]revini\s+(?:sil|kald[ıi]r)",
    ),
    "title: {rest}": (r"ba[sş]l[ıi]k\s*:\s*{rest}",),
    "priority high": (r"(?:y[uü]ksek\s+[oö]ncelik|[oö]ncelik\s+y[uü]ksek)",),
    "priority low": (r"(?:d[uü][sş][uü]k\s+[oö]ncelik|[oö]ncelik\s+d[uü][sş][uü]k)",),
    "no date": (r"tarih(?:siz|\s+yok)|tarihi\s+kald[ıi]r",),
    "digest off": (r"[oö]zeti?\s+kapat|[oö]zet\s+kapal[ıi]",),
    "digest at {n}:00": (
        r"(?:g[uü]nl[uü]k\s+)?[oö]zet(?:i)?\s+(?:her\s+sabah\s+|sabah\s+)?(?:saat\s+)?{n}'?(?:de|da|te|ta)?(?:\s+(?:g[oö]nder|olsun|at|yolla))?",
    ),
    "digest {rest}": (r"[oö]zet\s+(?:saat\s+)?(?=\d){rest}",),
    "remind me {n} {unit} before": (
        r"{n}\s*{unit}\s+[oö]nce(?:den)?\s+hat[ıi]rlat",
        # "toplantıdan 10 dakika önce hatırlat": the task it is before, named first
        rf"{_FROM}{{n}}\s*{{unit}}\s+[oö]nce(?:den)?\s+{_REMIND_ME}",
    ),
    "remind me 30 minutes before": (rf"{_FROM}yar[ıi]m\s+saat\s+[oö]nce(?:den)?\s+{_REMIND_ME}",),
    "remind me 15 minutes before": (rf"{_FROM}[çc]eyrek\s+saat\s+[oö]nce(?:den)?\s+{_REMIND_ME}",),
    "I'm in {rest}": (
        r"{rest}'(?:dayım|deyim|tayım|teyim|day[ıi]m|dey[ıi]m)",
        r"(?:art[ıi]k|[sş]u\s+an|[sş]imdi)\s+{rest}'(?:da|de|ta|te)\s+(?:ya[sş][ıi]yorum|oturuyorum|kal[ıi]yorum)",
    ),
    "save {n}": (rf"(?:sadece\s+)?{_ART}{{n}}(?:'?(?:[iıuü]|y[iıuü]))?\s+(?:kaydet|onayla)",),
    "discard {n}": (rf"{_ART}{{n}}(?:'?(?:[iıuü]|y[iıuü]))?\s+(?:reddet|at)",),
    "reopen {rest}": (r"{rest}\s+(?:tekrar|yeniden)\s+a[cç]",),
    # "Sam'in nesi var?", "Priya'nın görevleri neler?", "Sam'de ne var?"
    "what does {rest} have?": (
        r"(?=[^\s']+'?(?:in|un|nin|nun)\s){rest}'?(?:in|un|nin|nun)\s+(?:nesi\s+var|(?:gorevleri|isleri)"
        r"(?:\s+(?:neler|ne|var\s+mi))?)",
        r"(?=[^\s']+'?(?:de|da|te|ta)\s){rest}'?(?:de|da|te|ta)\s+(?:ne\s+var|hangi\s+(?:gorevler|isler)\s+var)",
    ),
    "what did I give {rest}?": (
        rf"{{rest}}{_DAT}\s+(?:hangi|ne)\s+(?:i[sş]leri|g[oö]revleri|i[sş]|g[oö]rev)\s+verdim",
        r"{rest}'?(?:y?[ae])\s+(?:ne(?:ler)?\s+verdim|verdiklerim(?:\s+neler)?|verdi[gğ]im\s+(?:g[oö]revler|i[sş]ler))",
    ),
    # "pazartesi 10'a al": a day, then the hour with its 'to' ending.
    "move {what} to {when} at {n}": (
        rf"{{what}}(?:'?(?:y?[iıuü]|n[iıuü]))\s+{{when}}\s+(?:saat\s+)?{{n}}'?(?:[ae]|ya|ye)\s+{_MOVE}",
    ),
    "move it to {when} at {n}": (rf"{{when}}\s+(?:saat\s+)?{{n}}'?(?:[ae]|ya|ye)\s+{_MOVE}",),
    "move {what} to {when}": (
        # "bunu yarına ertele" is "it" moved, never a task named "bu"
        rf"(?!(?:bu|o|[sş]u)n[uü]\s){{what}}(?:'?(?:y?[iıuü]|n[iıuü]))\s+{{when}}(?:'?(?:[ae]|ya|ye)|\s+g[uü]n[uü]ne)\s+{_MOVE}",
    ),
    "move it to {when}": (rf"{{when}}(?:'?(?:[ae]|ya|ye)|\s+g[uü]n[uü]ne|\s+saatine)\s+{_MOVE}",),
    "remind me at due time": (r"(?:son\s+tarihte|tam\s+zaman[ıi]nda|vaktinde)\s+hat[ıi]rlat",),
    "disconnect {rest}": (
        r""
        + _TOOL
        + r"{rest}\s+ba[gğ]lant[ıi]s[ıi]n[ıi]\s+kes|"
        + _TOOL
        + r"{rest}'?(?:[ıiuü]|y[ıiuü])?\s+ay[ıi]r",
    ),
    "connect {rest}": (r"" + _TOOL + r"{rest}'?(?:[ıiuü]|y[ıiuü])?\s+ba[gğ]la",),
    "my tools": (r"ara[cç]lar[ıi]m|ba[gğ]lant[ıi]lar[ıi]m",),
    "retry pushes": (r"tekrar\s+g[oö]nder(?:meyi\s+dene)?|g[oö]ndermeyi\s+tekrar\s+dene",),
    "make {rest} the default": (
        r"" + _TOOL + r"{rest}'?(?:[ıiuü]|y[ıiuü])?\s+varsay[ıi]lan\s+yap",
    ),
    "push {n} to {rest}": (
        r"{n}'?(?:[ıiuü]|y[ıiuü])?\s+" + _TOOL + r"{rest}'?(?:[ae]|ya|ye)\s+g[oö]nder",
    ),
    "push to {rest}": (r"" + _TOOL + r"{rest}'?(?:[ae]|ya|ye)\s+g[oö]nder",),
    "make {rest} low priority": (
        r"{rest}'?(?:y?[ıiuü]|n[ıiuü])?\s+d[uü][sş][uü]k\s+[oö]ncelik(?:li)?\s+yap",
    ),
}
# Casual answers to a waiting card ("bu Ana'nın işi", "adını … koy"), beside those above.
_CARD = {
    "assign to {rest}": (
        r"(?=[^\s]+\s+i[sş]i\b){rest}'?n[ıi]n\s+i[sş]i",
        r"(?=[^\s]+\s+i[sş]i\b){rest}'?n[uü]n\s+i[sş]i",
    ),
    "confirm": (
        r"(?:(?:onu|bunu|[sş]unu)\s+)?(?:kaydet|onayla)(?:\s+(?:onu|bunu|[sş]unu))?",
        r"kaydedelim|kaydediver|kaydet\s+gitsin",
    ),
    "title: {rest}": (
        r"ad[ıi]n[ıi]\s+{rest}\s+(?:koy|yap)",
        r"ad[ıi]\s+{rest}\s+olsun",
        r"ba[sş]l[ıi][gğ][ıi]\s+{rest}\s+(?:olsun|yap)",
        r"ba[sş]l[ıi]k\s+{rest}\s+olsun",
        r"{rest}\s+diye\s+(?:kaydet|de[gğ]i[sş]tir|yaz|adland[ıi]r)",
    ),
    "discard": (
        r"sil(?:\s+gitsin)?|iptal(?:\s+et)?|vazge[cç]|bo[sş]ver|kaydetme|gerek\s+yok",
        r"(?:bunu|onu)\s+(?:iptal\s+et|at)",
    ),
}
COMMANDS = with_card_words(COMMANDS, _CARD)
# Priority and yeses said casually to a card ("acil", "bu da tamam").
_CARD_MORE = {
    "priority urgent": (r"(?:bu\s+)?(?:çok\s+)?acil(?:dir)?(?:\s+(?:olsun|yap|i[sş]aretle))?",),
    "priority high": (
        r"(?:bu\s+)?(?:çok\s+)?[oö]nemli(?:\s+olsun)?",
        r"y[uü]ksek\s+[oö]ncelik(?:li)?(?:\s+(?:olsun|yap))?",
    ),
    "priority low": (
        r"d[uü][sş][uü]k\s+[oö]ncelik(?:li)?(?:\s+(?:olsun|yap))?|[oö]nemli\s+de[gğ]il",
    ),
    "priority normal": (r"acil\s+de[gğ]il",),
    "yes": (r"(?:evet\s+)?(?:bu\s+da|o\s+da)\s+tamam",),
    'remove "{rest}" from the title': (
        r"ba[sş]l[ıi]ktan\s+{rest}\s+(?:k[ıi]sm[ıi]n[ıi]\s+)?(?:sil|[cç][ıi]kar)",
    ),
}
COMMANDS = with_card_words(COMMANDS, _CARD_MORE)
# Both cards saved, "that card" thrown away, and a priority said in passing.
_CARD_ALSO = {
    "confirm all": (
        r"(?:ikisini(?:\s+de)?|ikisi\s+de|ikisinide)\s+(?:kaydet|onayla|ekle|tamam)",
        r"ikisi\s+de\s+(?:tamam|olur|dogru|doğru)",
    ),
    "discard": (
        r"(?:bunu|onu|karti|kartı|o\s+karti|o\s+kartı)\s+(?:sil|at|iptal\s+et|kaldir|kaldır)(?:\s+gitsin)?",
        r"sil\s+(?:gitsin|onu|bunu)",
    ),
    "priority high": (
        r"(?:bu\s+)?(?:cok\s+|çok\s+)?(?:onemli|önemli)(?:\s+(?:olsun|yap|isaretle|işaretle))?",
    ),
    "priority urgent": (r"(?:bu\s+)?acil(?:\s+(?:olsun|yap|isaretle|işaretle))?",),
    # an hour said alone with its suffix ("12de", "saat 3te")
    "move it to {when}": (r"(?=(?:saat\s+)?\d{1,2}(?:[:.]\d{2})?'?(?:de|da|te|ta)$){when}",),
    # the hour set, the day kept: "saati 11'e al", "saati 10 yap"
    "move it to {n}:00": (
        rf"saat(?:i|ı|ini|ını)?\s+(?=\d{{1,2}}\b){{n}}'?(?:[ae]|ya|ye|ta|te|da|de)?\s+{_SET}",
        rf"(?=\d{{1,2}}'){{n}}'?(?:[ae]|ya|ye)\s+{_SET}\s+saat(?:i|ı|ini|ını)",
        r"(?=\d{1,2}'){n}'?(?:[ae]|ya|ye)\s+(?:al|[cç]ek|ayarla)(?:[ıi]r|er)?(?:\s+m[ıi]s[ıi]n)?",
    ),
}
COMMANDS = with_card_words(COMMANDS, _CARD_ALSO)
# Words around an answer to a card that change nothing ("lütfen", "yaa", "böyle").
CARD_SOFT = (
    "lutfen", "pls", "yaa", "ya", "hadi", "sey", "abi", "kanka", "valla", "boyle", "oyle",
    "bu sekilde", "tamam", "onu", "bunu", "sunu", "artik", "bi", "yok", "hayir", "bu", "aynen",
    "evet", "olur", "super", "tamamdir", "bu arada", "yok ya", "ayy", "neyse",
    "da", "de",
)  # fmt: skip
# Clauses beside an answer to a card that change nothing ("aynı saat", "yanlış oldu").
CARD_ASIDES = (
    r"[^\s]+\s+diye\s+(?:biri|kimse)\s+yok",
    r"ayn[ıi]\s+saat(?:te)?", r"saat\s+ayn[ıi](?:\s+kals[ıi]n)?", r"yanl[ıi][sş](?:\s+oldu)?",
    r"hata(?:yd[ıi])?", r"ben\s+[oö]yle\s+demedim", r"yanl[ıi][sş]l[ıi]kla",
    r"(?:bu\s+)?(?:bir\s+)?(?:g[oö]rev|i[sş])\s+de[gğ]il",
    r"(?:[cç][uü]nk[uü]|zira)\s.*",  # the reason given beside a change
    # why the other day will not do: "cuma çok geç", "o gün çok yoğunum"
    r"(?:[^\s,;]+\s+){0,2}(?:[cç]ok|fazla|biraz|daha)\s+(?:ge[cç]|erken|yo[gğ]un\w*|dolu\w*|s[ıi]k[ıi][sş][ıi]k)[^,;]*",
)  # fmt: skip
# How a clause names the card it is about, `{ref}` being a word of its title ("bütçe olanı").
CARD_REFS = (r"{ref}\s+olan[ıi]?", r"[sş]u\s+{ref}\s+i[sş]i(?:ni)?")
# Words ruling out the day or time after them ("pas mardi"), or before them ("7 nahi").
CARD_NOT: tuple[str, ...] = ()
CARD_NOT_AFTER: tuple[str, ...] = (
    r"de[gğ]il",
    r"yerine",
)
# A new name in quotes, maybe after what was wrong with the old one, and maybe saved with it:
# "başlıktaki 'kadar' fazla, sadece 'Antalya otel listesini hazırla' yaz ve onayla".
_WRONG = r"(?:[^'\"‘“]{0,60}(?:['\"‘“][^'\"’”]{1,30}['\"’”][^'\"‘“,;]{0,30})?[,;.]\s*)?"
_NEW_NAME = r"(?:(?:ba[sş]l[ıi][gğ][ıi]|ad[ıi]n[ıi]|ismini)\s+)?(?:sadece\s+|yaln[ıi]zca\s+)?"
_QUOTED = r"['\"‘“]{rest}['\"’”]\s+(?:yaz|olsun|yap|koy|de)"
_RENAMED = {
    "call it '{rest}' and confirm": (
        rf"{_WRONG}{_NEW_NAME}{_QUOTED}(?:\s+ve|,)\s+(?:onayla|kaydet)",
    ),
    "call it '{rest}'": (rf"{_WRONG}{_NEW_NAME}{_QUOTED}",),
}
COMMANDS = with_card_words(COMMANDS, _RENAMED)
# "bunu yarına ertele", "onu cumaya al": "it" moved.
_IT_MOVED = {
    "move it to {when}": (
        rf"(?:bunu|onu|[sş]unu|bu\s+i[sş]i|bu\s+g[oö]revi|bunu\s+da)\s+{{when}}"
        rf"(?:'?(?:[ae]|ya|ye|na|ne)|\s+g[uü]n[uü]ne|\s+saatine|\s+kadar)\s+{_MOVE}",
    ),
}
COMMANDS = with_card_words(COMMANDS, _IT_MOVED)
# One reminder cancelled in words ("bu hatırlatmayı iptal et"); said in reply it is the one
# replied to.
_THIS_REMINDER = {
    "cancel this reminder": (
        r"(?:bu(?:nu)?\s+|su\s+|şu\s+)?hat[ıi]rlat(?:ma|[ıi]c[ıi])(?:y[ıi]|s[ıi]n[ıi])?\s+"
        r"(?:iptal\s+et|sil|kald[ıi]r|kapat)(?:\s+(?:l[uü]tfen|ltfn|l[uü]tfn))?",
    ),
}
COMMANDS = with_card_words(COMMANDS, _THIS_REMINDER)
# One firing of a repeating reminder let go by its date ("bu haftakini atla", "yarınkini geç").
_SKIP_ONE = {
    "skip {when}": (
        r"(?:ok\s+|tamam\s+)?{when}(?:k[iı]|k[uü])(?:n[iı]|n[uü])?(?:\s+(?:de|da))?\s+(?:atla|ge[cç]"
        r"|atlayal[ıi]m|iptal\s+et)"
        r"(?:\s+(?:l[uü]tfen|ltfn))?",
        r"(?:ok\s+|tamam\s+)?{when}\s+(?:atla|atlayal[ıi]m)(?:\s+(?:l[uü]tfen|ltfn))?",
    ),
}
COMMANDS = with_card_words(COMMANDS, _SKIP_ONE)
# The last cards dropped after a telling-off: "saçmalama 😂 son ikisini sil", "yok, son 2'sini at".
_DROPPED = {
    "discard the last two": (
        r"(?:(?:sa[cç]malama|yok|hay[ıi]r|olmad[ıi]|yanl[ıi][sş]|off|ay)[\s,.!]*(?:[^\w\s]+[\s,.!]*)*)*"
        r"son\s+(?:ikisini|iki\s+kart[ıi]|2'?sini|2\s+kart[ıi])\s+(?:sil|at|iptal\s+et|kald[ıi]r)"
        r"(?:\s+l[uü]tfen)?",
    ),
}
COMMANDS = with_card_words(COMMANDS, _DROPPED)
COMMANDS = with_settings_first(COMMANDS, SETTINGS)
# A move with why after it: "hamburg listesini cumaya çek, erken bitireceğim".
_WHY = (
    r"\s*[,;.]\s*(?!.*(?:hat[ıi]rlat|sil|iptal|[oö]ncelik|acil|ad[ıi]n[ıi]|ba[sş]l[ıi][gğ][ıi]n[ıi]))"
    r"[^,;.]{2,60}"
)
_MOVED = {
    "move {what} to {when}": tuple(p + _WHY for p in COMMANDS["move {what} to {when}"]),
    "move it to {when}": (
        rf"{{when}}(?:'?(?:[ae]|ya|ye)|\s+g[uü]n[uü]ne|\s+saatine)\s+{_MOVE}{_WHY}",
        rf"(?:bunu|onu|[sş]unu|bu\s+i[sş]i|bu\s+g[oö]revi)\s+{{when}}"
        rf"(?:'?(?:[ae]|ya|ye|na|ne)|\s+g[uü]n[uü]ne|\s+saatine|\s+kadar)\s+{_MOVE}{_WHY}",
    ),
}
COMMANDS = with_card_words(COMMANDS, _MOVED)
# A listed task renamed by its number: "2'nin adını '…' yap", "2'nin adı artık …".
_Q = r"[\"'“”‘’«»]?\s*"
_NAMED_ANEW = {
    "rename {n} to {rest}": (
        rf"{_ART}{{n}}'?(?:n[ıiuü]n|[ıiuü]n)?\s+(?:ad[ıi]n[ıi]|ba[sş]l[ıi][gğ][ıi]n[ıi])\s+{_Q}{{rest}}{_Q}\s+"
        r"(?:yap|olarak\s+de[gğ]i[sş]tir|de[gğ]i[sş]tir|koy)",
        rf"{_ART}{{n}}'?(?:n[ıiuü]n|[ıiuü]n)?\s+ad[ıi]\s+(?:art[ıi]k|bundan\s+sonra)\s*:?\s*{_Q}{{rest}}",
    ),
}
COMMANDS = with_card_words(_NAMED_ANEW, COMMANDS)
