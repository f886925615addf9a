"""Whole messages of chat between people in each language: never a task, in a group or not.

"kal milte hain sab", "bis Montag, Leute", "yarın görüşürüz", "ok, genoteerd", "tô a caminho",
"أشوفكم بكرة": greetings, see-you-laters, thanks, congratulations, "on my way" and "ok noted".
Each pattern must match the whole message (after the intent reader's tidying), so a request
that opens the same way ("nos vemos mañana, trae el proyector") is still read as one.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from flowhub.nlp.lang._schema import ChatWords
from flowhub.nlp.lang._went_well import went_well
from flowhub.nlp.lang._where_i_am import WHERE_I_AM

# Between the words of a message: spaces and the punctuation people put between them.
_SEP = r"[\s,;:.!?…~\-]+"
_END = r"[\s,;:.!?…~)(\-]*$"
# A first name said to someone ("felicidades Sam", "спасибо, Прия"), never a lower-case word.
_NAME = r"(?-i:[A-ZÀ-ÝĞİŞÇÖÜ][a-zà-ÿğışçöü]+|[А-ЯЁ][а-яё]+)"


def _whole(body: str, *, extra: str, lead: str = "") -> str:
    """`body` as a whole message, with the group, a day or a name before or after it."""
    lead_part = f"(?:(?:{lead}){_SEP})?" if lead else ""
    # Several pieces of chat in one message: "всем спасибо, вы лучшие", "नमस्ते, आज थक गई हूँ".
    more = rf"(?:{_SEP}(?:{body}|{extra}|{_NAME}))*"
    return rf"^{lead_part}(?:(?:{extra}){_SEP})?(?:{body}){more}{_END}"


_ES_DAY = (
    r"hoy|ma[nñ]ana|luego|pronto|al\s+rato|ahorita|m[aá]s\s+tarde|(?:el\s+)?(?:lunes|martes"
    r"|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo)|(?:la\s+)?(?:pr[oó]xima\s+semana|semana"
    r"\s+que\s+viene)|(?:el\s+)?finde|en\s+la\s+(?:reuni[oó]n|oficina)"
)
_ES_ALL = (
    r"(?:a\s+)?tod[oa]s|chic[oa]s|equipo|gente|amig[oa]s|muchach[oa]s|chavos|(?:" + _ES_DAY + ")"
)
_ES = (
    r"hola|holi|buen[oa]s(?:\s+(?:d[ií]as|tardes|noches))?|saludos|qu[eé]\s+tal|nos\s+vemos"
    r"|hasta\s+(?:luego|pronto|la\s+pr[oó]xima|ma[nñ]ana|el\s+\w+|(?:lunes|martes|mi[eé]rcoles"
    r"|jueves|viernes|s[aá]bado|domingo))|chao|chau|adi[oó]s|bye"
    r"|buen\s+(?:fin(?:\s+de\s+semana)?|finde|d[ií]a|viaje)|buena\s+semana|feliz\s+(?:fin\s+de"
    r"\s+semana|finde|d[ií]a|viernes|lunes|cumple(?:a[nñ]os)?|navidad|a[nñ]o)|que\s+descans[ea]n?"
    r"|(?:muchas\s+|mil\s+)?gracias(?:\s+por\s+todo)?|se\s+agradece|te\s+lo\s+agradezco"
    r"|felicidades|felicitaciones|enhorabuena|bien\s+hecho|buen\s+trabajo|bravo"
    r"|(?:ya\s+)?voy\s+(?:en\s+camino|para\s+all[aá]|pa(?:ra)?\s+all[aá]|llegando)"
    r"|(?:estoy\s+|ya\s+estoy\s+|vamos\s+)?en\s+camino|ya\s+(?:casi\s+)?llego|ya\s+llegu[eé]"
    r"|ya\s+estoy\s+aqu[ií]|(?:(?:ok(?:ey)?|vale|va|sale|perfecto|listo)" + _SEP + r")?"
    r"(?:anotado|apuntado|entendido|recibido|enterado|copiado|de\s+acuerdo|tomo\s+nota)"
)
_PT_DAY = (
    r"hoje|amanh[aã]|logo|mais\s+tarde|j[aá]\s+j[aá]|daqui\s+a\s+pouco|(?:na\s+|no\s+)?(?:segunda"
    r"|ter[cç]a|quarta|quinta|sexta)(?:-?feira)?|(?:no\s+)?(?:s[aá]bado|domingo)|semana\s+que\s+vem"
    r"|(?:na\s+)?pr[oó]xima\s+semana|na\s+reuni[aã]o"
)
_PT_ALL = r"pessoal|gente|galera|(?:a\s+)?tod[oa]s|time|equipe|turma|amig[oa]s|(?:" + _PT_DAY + ")"
_PT = (
    r"oi|ol[aá]|e\s+a[ií]|bom\s+dia|boa\s+(?:tarde|noite)|at[eé]\s+(?:logo|mais|breve|j[aá]"
    r"|amanh[aã]|a\s+pr[oó]xima|(?:segunda|ter[cç]a|quarta|quinta|sexta)(?:-?feira)?"
    r"|s[aá]bado|domingo)|tchau|falou|fui|nos\s+vemos|a\s+gente\s+se\s+v[eê]"
    r"|bom\s+(?:fim\s+de\s+semana|final\s+de\s+semana|fds|descanso|trabalho)|boa\s+semana"
    r"|(?:muito\s+)?obrigad[oa]s?|valeu|vlw|brigad[oa]|parab[eé]ns|mandou\s+bem|arrasou"
    r"|(?:t[oô]|to|estou|t[aá])\s+(?:a\s+|no\s+)?caminho|(?:j[aá]\s+)?(?:t[oô]|estou)\s+(?:chegando"
    r"|indo)|(?:j[aá]\s+)?cheguei|a\s+caminho|(?:(?:ok|beleza|blz|certo|combinado|fechado)"
    + _SEP
    + r")?(?:anotado|anotei|entendido|entendi|combinado|fechado|certo|beleza|blz|t[aá]\s+bom)"
)
_FR_DAY = (
    r"demain|ce\s+soir|tout\s+[àa]\s+l'heure|tt\s+[àa]\s+l'heure|plus\s+tard|bient[ôo]t|tant[ôo]t"
    r"|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)|la\s+semaine\s+prochaine"
    r"|[àa]\s+la\s+r[ée]union"
)
_FR_ALL = (
    r"tout\s+le\s+monde|(?:[àa]\s+)?tous|(?:[àa]\s+)?toutes|l'[ée]quipe|les\s+(?:gars|amis|coll[eè]gues"
    r"|filles)|la\s+team|la\s+compagnie|(?:" + _FR_DAY + ")"
)
_FR = (
    r"bonjour|bonsoir|salut|coucou|hello|re|[àa]\s+(?:plus|\+|demain|bient[ôo]t|tout\s+[àa]\s+l'heure"
    r"|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|la\s+semaine\s+prochaine|tte|tout\s+de"
    r"\s+suite)|bonne\s+(?:journ[ée]e|soir[ée]e|nuit|semaine|fin\s+de\s+semaine|continuation)"
    r"|bon\s+(?:week-?end|we|courage|app[ée]tit|dimanche|vendredi)|(?:merci|mercii+)(?:\s+beaucoup"
    r"|\s+bcp|\s+infiniment)?|(?:f[ée]licitations|f[ée]licit)|bravo|chapeau|bien\s+jou[ée]"
    r"|joyeux\s+anniversaire|bon\s+anniversaire|j'arrive|j'suis\s+en\s+route|je\s+suis\s+en\s+route"
    r"|(?:je\s+suis\s+|suis\s+)?sur\s+la\s+route|en\s+route|j'y\s+vais|(?:(?:ok|d'accord|dac"
    r"|parfait|super)"
    + _SEP
    + r")?(?:not[ée]|c'est\s+not[ée]|bien\s+not[ée]|bien\s+re[çc]u|re[çc]u"
    r"|compris|entendu|pris\s+note|c'est\s+compris|[çc]a\s+marche)"
)
_DE_DAY = (
    r"morgen|sp[äa]ter|gleich|bald|dann|nachher|heute\s+abend|(?:am\s+)?(?:montag|dienstag|mittwoch"
    r"|donnerstag|freitag|samstag|sonntag)|n[äa]chste\s+woche|im\s+(?:meeting|b[üu]ro)"
)
_DE_ALL = (
    r"leute|zusammen|(?:an\s+)?alle|euch\s+allen|ihr\s+lieben|ihr|team|allerseits|(?:"
    + _DE_DAY
    + ")"
)
_DE = (
    r"hallo|hi|hey|moin(?:\s+moin)?|servus|gr[üu](?:ß|ss)\s+(?:gott|euch)|guten\s+(?:morgen|tag|abend)"
    r"|bis\s+(?:sp[äa]ter|morgen|dann|bald|gleich|nachher|montag|dienstag|mittwoch|donnerstag"
    r"|freitag|samstag|sonntag|n[äa]chste\s+woche|zum\s+\w+)|wir\s+sehen\s+uns|man\s+sieht\s+sich"
    r"|tsch[üu](?:ss|s)|ciao|sch[öo]nen\s+(?:abend|tag|feierabend|sonntag|wochenende)"
    r"|sch[öo]nes\s+wochenende|(?:vielen\s+|tausend\s+)?dank(?:e|e\s+sch[öo]n|e\s+dir|e\s+euch)?"
    r"|danke\s+euch(?:\s+allen)?|(?:herzlichen\s+)?gl[üu]ckwunsch|gratuliere|gut\s+gemacht"
    r"|alles\s+gute(?:\s+zum\s+geburtstag)?|(?:ich\s+)?bin\s+(?:schon\s+)?(?:unterwegs|auf\s+dem\s+weg"
    r"|gleich\s+da|da)|komme\s+gleich|(?:(?:ok(?:ay)?|alles\s+klar|gut|passt|super)" + _SEP + r")?"
    r"(?:notiert|vermerkt|verstanden|angekommen|ist\s+notiert"
    r"|hab's\s+notiert|hab\s+ich\s+notiert)"
)
_IT_DAY = (
    r"domani|dopo|pi[uù]\s+tardi|presto|stasera|(?:luned[iì]|marted[iì]|mercoled[iì]|gioved[iì]"
    r"|venerd[iì]|sabato|domenica)|la\s+prossima\s+settimana|alla\s+riunione"
)
_IT_ALL = r"(?:a\s+)?tutti|ragazz[ie]|team|amici|gente|(?:" + _IT_DAY + ")"
_IT = (
    r"buongiorno|buonasera|buonanotte|ciao|salve|ehi|a\s+(?:domani|dopo|presto|pi[uù]\s+tardi"
    r"|luned[iì]|marted[iì]|mercoled[iì]|gioved[iì]|venerd[iì]|sabato|domenica)|ci\s+vediamo"
    r"|ci\s+sentiamo|buon\s+(?:weekend|fine\s+settimana|lavoro|pranzo|viaggio)|buona\s+(?:giornata"
    r"|serata|settimana|domenica)|(?:grazie|grazie\s+mille|mille\s+grazie)|complimenti"
    r"|congratulazioni|auguri|bravissim[oa]|brav[oaie]|ben\s+fatto|buon\s+compleanno"
    r"|sto\s+arrivando|arrivo|sono\s+per\s+strada|sono\s+in\s+viaggio|(?:(?:ok|va\s+bene|perfetto"
    r"|d'accordo)" + _SEP + r")?(?:segnato|annotato|ricevuto|capito|preso\s+nota|d'accordo|inteso)"
)
_NL_DAY = (
    r"morgen|straks|zo|later|vanavond|(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag"
    r"|zondag)|volgende\s+week|snel"
)
_NL_ALL = r"allemaal|iedereen|jongens|team|lui|allen|(?:" + _NL_DAY + ")"
_NL = (
    r"hoi|hallo|hey|goede(?:morgen|middag|navond)|goeiemorgen|goedendag|tot\s+(?:straks|zo|later"
    r"|morgen|ziens|snel|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|volgende\s+week)"
    r"|doei|dag|fijne?\s+(?:dag|avond|weekend|week)|(?:heel\s+erg\s+)?bedankt|dank\s+(?:je|jullie|u)"
    r"(?:\s+wel)?|dankjewel|thanks|gefeliciteerd|proficiat|goed\s+gedaan|top\s+gedaan"
    r"|ik\s+ben\s+onderweg|ben\s+onderweg|ik\s+kom\s+eraan|kom\s+eraan|ik\s+ben\s+er\s+zo"
    r"|(?:(?:ok(?:[ée])?|prima|top|helder)" + _SEP + r")?(?:genoteerd|begrepen|ontvangen|helder"
    r"|duidelijk|staat\s+genoteerd)"
)
_ID_DAY = (
    r"besok|nanti|lusa|(?:hari\s+)?(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu)|minggu\s+depan"
    r"|lagi|ntar|di\s+kantor"
)
_ID_ALL = (
    r"semua(?:nya)?|teman-?teman|temen-?temen|guys|gaes|gais|kawan-?kawan|tim|rekan-?rekan|ya|yaa"
    r"|gan|kak|bos|(?:" + _ID_DAY + ")"
)
_ID = (
    r"halo|hai|pagi|siang|sore|malam|selamat\s+(?:pagi|siang|sore|malam|berakhir\s+pekan|akhir"
    r"\s+pekan|libur(?:an)?)|sampai\s+(?:jumpa|ketemu|besok|nanti|lusa|senin|selasa|rabu|kamis"
    r"|jum'?at|sabtu|minggu)|see\s+you|dadah|bye|(?:makasih|terima\s+kasih|trims|thx|tengkyu)"
    r"(?:\s+banyak)?|selamat(?:\s+ya)?|selamat\s+ulang\s+tahun|hbd|mantap|keren|otw"
    r"|(?:lagi|sedang|masih)\s+(?:di\s+jalan|otw)|(?:aku|saya|gue|gw)\s+(?:otw|on\s+the\s+way)"
    r"|on\s+the\s+way|(?:(?:oke|ok|siap|sip)" + _SEP + r")?(?:dicatat|noted|siap|paham|mengerti"
    r"|baik|oke)"
)
_HI_DAY = (
    r"kal|parso|aaj\s+(?:shaam|raat)|shaam\s+ko|baad\s+mein|jaldi|(?:monday|tuesday|wednesday"
    r"|thursday|friday|saturday|sunday|somvar|mangalvar|budhvar|guruvar|shukravar|shanivar"
    r"|ravivar)(?:\s+ko)?|agle\s+hafte|office\s+mein|meeting\s+mein|aaj|कल|परसों|आज|शाम\s+को|बाद\s+में"
    r"|सोमवार(?:\s+को)?|मंगलवार(?:\s+को)?|बुधवार(?:\s+को)?|गुरुवार(?:\s+को)?|शुक्रवार(?:\s+को)?"
    r"|शनिवार(?:\s+को)?|रविवार(?:\s+को)?|अगले\s+हफ्ते"
)
_HI_ALL = (
    r"sab(?:\s+log|\s+ko|ko|hi)?|sabhi|everyone|all|guys|dosto|doston|bhai(?:\s+log)?|yaar|team"
    r"|ji|सब(?:\s+लोग|\s+को|को)?|सभी|दोस्तों|भाई|यार|जी|(?:" + _HI_DAY + ")"
)
_HI = (
    r"(?:phir\s+)?milte\s+hain|milenge|phir\s+milenge|chalo\s+(?:bye|phir\s+milte\s+hain)|bye"
    r"|namaste|namaskar|good\s+(?:morning|night|evening)|shubh\s+(?:prabhat|ratri)"
    r"|(?:bahut\s+(?:bahut\s+)?)?(?:dhanyavaad|dhanyavad|dhanyawad|shukriya)|thank\s+you|thanks"
    r"|(?:bahut\s+)?badhai(?:\s+ho)?|mubarak(?:\s+ho)?|congrats|happy\s+birthday|well\s+done"
    r"|(?:main\s+)?(?:raaste|raste)\s+mein\s+(?:hoon|hu|hun|hu+n)|(?:main\s+)?(?:aa|a)\s+(?:raha"
    r"|rahi)\s+(?:hoon|hu|hun)|(?:main\s+)?nikal\s+(?:gaya|gayi|raha|rahi)(?:\s+(?:hoon|hu|hun))?"
    r"|pahunch\s+(?:gaya|gayi)|(?:(?:ok|okay|theek\s+hai|thik\s+hai|accha|acha|haan)" + _SEP + r")?"
    r"(?:noted|note\s+kar\s+liya|samajh\s+(?:gaya|gayi)|samjh\s+(?:gaya|gayi)|theek\s+hai|thik\s+hai)|(?:फिर\s+)?मिलते\s+हैं|मिलेंगे|नमस्ते|नमस्कार|शुभ\s+(?:प्रभात|रात्रि)"
    r"|(?:बहुत\s+)?(?:धन्यवाद|शुक्रिया)|(?:बहुत\s+)?बधाई(?:\s+हो)?|मुबारक(?:\s+हो)?"
    r"|(?:मैं\s+)?रास्ते\s+में\s+(?:हूँ|हूं|हु)|(?:मैं\s+)?(?:आ|निकल)\s+(?:रहा|रही)\s+(?:हूँ|हूं)"
    r"|(?:(?:ठीक\s+है|अच्छा|ओके)" + _SEP + r")?(?:नोट\s+कर\s+लिया|समझ\s+(?:गया|गई)|ठीक\s+है)"
    # Tiredness and thanks for the day: "आज बहुत थक गई हूँ", "bahut thak gaya yaar".
    r"|(?:(?:मैं|main)\s+)?(?:(?:बहुत|काफ़ी|काफी|bahut|kaafi)\s+)?(?:थक|thak)\s+(?:गई|गया|गए|gayi|gaya"
    r"|gaye)(?:\s+(?:हूँ|हूं|हु|हैं|hoon|hu|hun|hain))?|(?:मदद|सपोर्ट|madad)\s+(?:के\s+लिए|ke\s+liye)"
    r"\s+(?:धन्यवाद|शुक्रिया|dhanyavaad|shukriya)"
)
_TR_DAY = (
    r"yar[ıi]n|ak[şs]am(?:a)?|sonra|(?:pazartesi|sal[ıi]|[çc]ar[şs]amba|per[şs]embe|cuma|cumartesi"
    r"|pazar)(?:\s+g[üu]n[üu])?|haftaya|gelecek\s+hafta|toplant[ıi]da|ofiste"
)
_TR_ALL = (
    r"arkada[şs]lar|millet|herkes|herkese|ekip|beyler|hanımlar|dostlar|ekibe|sevgiler|(?:"
    + _TR_DAY
    + ")"
)
_TR = (
    r"selam(?:lar)?|merhaba(?:lar)?|g[üu]nayd[ıi]n|iyi\s+(?:g[üu]nler|ak[şs]amlar|geceler|hafta"
    r"\s+sonlar[ıi]|tatiller|[çc]al[ıi][şs]malar)|g[öo]r[üu][şs][üu]r[üu]z|g[öo]r[üu][şs]mek\s+[üu]zere"
    r"|ho[şs][çc]a\s*kal(?:[ıi]n)?|bay\s+bay|(?:[çc]ok\s+)?te[şs]ekk[üu]r(?:ler|\s+ederim|\s+ederiz)?"
    r"|sa[ğg]\s*ol(?:un)?|eyvallah|tebrik(?:ler|\s+ederim)|helal\s+olsun|eline\s+sa[ğg]l[ıi]k"
    r"|iyi\s+ki\s+do[ğg]dun|do[ğg]um\s+g[üu]n[üu]n\s+kutlu\s+olsun|yolday[ıi]m"
    r"|yola\s+[çc][ıi]kt[ıi]m|geliyorum|geldim|(?:(?:tamam|tamamd[ıi]r|ok|peki)" + _SEP + r")?"
    r"(?:not\s+ald[ıi]m|not\s+edildi|anla[şs][ıi]ld[ıi]|anlad[ıi]m|tamamd[ıi]r|ok)"
)
_RU_DAY = (
    r"завтра|вечером|позже|потом|скоро|в\s+понедельник|во\s+вторник|в\s+среду|в\s+четверг"
    r"|в\s+пятницу|в\s+субботу|в\s+воскресенье|на\s+(?:следующей\s+)?неделе|на\s+встрече"
    r"|сегодня|вчера"
)
_RU_ALL = r"всем|все|команда|ребята|коллеги|друзья|народ|(?:" + _RU_DAY + ")"
_RU = (
    r"привет\w*|здравствуй\w*|доброе\s+утро|добрый\s+(?:день|вечер)|доброй\s+ночи|пока|до\s+(?:завтра"
    r"|встречи|связи|понедельника|вечера)|увидимся|хороших\s+выходных|хорошего\s+(?:дня|вечера"
    r"|уикенда)|(?:большое\s+)?спасибо(?:\s+большое)?|спс|благодарю|поздравля\w*|с\s+днём\s+рождения"
    r"|с\s+днем\s+рождения|молод(?:ец|цы)|я\s+в\s+пути|в\s+пути|уже\s+(?:еду|иду|выхожу)|еду|выхожу"
    r"|(?:(?:ок|окей|хорошо|ладно|понял|поняла)" + _SEP + r")?(?:принято|записал[аи]?|понял[аи]?"
    r"|понятно|ясно|учту|отметил[аи]?|договорились)"
    # Thanks for something and praise: "спасибо за помощь", "вы лучшие", "я так устала".
    r"|(?:большое\s+)?спасибо\s+(?:вам\s+|всем\s+)?(?:за\s+(?:помощь|всё|все|работу|поддержку"
    r"|терпение|день))|вы\s+(?:лучшие|супер|молодцы|огонь)|ты\s+(?:лучш(?:ий|ая)|супер|молодец)"
    r"|(?:я\s+)?(?:так\s+|очень\s+|совсем\s+)?(?:устал[а]?|вымотал(?:ся|ась)|без\s+сил)"
)
_AR_DAY = (
    r"بكر[ةها]|غد[اًا]|بعدين|الليل[ةه]|(?:يوم\s+)?(?:ال)?(?:[أا]حد|[إا]ثنين|ثلاثاء|[أا]ربعاء|خميس"
    r"|جمع[ةه]|سبت)|[اأ]لاسبوع\s+الجاي|[اأ]لأسبوع\s+القادم|في\s+الاجتماع|بالاجتماع"
    r"|النهارد[ةه]|اليوم|[إا]مبارح"
)
_AR_ALL = (
    r"يا\s+(?:جماع[ةه]|شباب|فريق|[اإ]خوان|حلوين|\S+)|للجميع|الكل|جميع[اًا]*|(?:" + _AR_DAY + ")"
)
_AR = (
    r"[أا]شوفكم|نشوفكم|نشوفك|[أا]شوفك|نتقابل|نلتقي|[إا]لى\s+اللقاء|مع\s+السلام[ةه]|باي|سلام"
    r"|مرحب[اًا]+|[أا]هلا|صباح\s+(?:الخير|النور)|مساء\s+(?:الخير|النور)|تصبحون\s+على\s+خير"
    r"|شكر[اًا]+(?:\s+جزيل[اًا]+)?|[أا]لف\s+شكر|مشكور(?:ين)?|يعطيكم\s+العافي[ةه]|مبروك|[أا]لف\s+مبروك"
    r"|تهاني(?:نا)?|كل\s+عام\s+و[أا]نت[مي]?\s+بخير|عيد\s+ميلاد\s+سعيد|عطل[ةه]\s+سعيد[ةه]"
    r"|ويكند\s+سعيد|(?:[أا]نا\s+)?(?:في\s+الطريق|بالطريق|جاي[ةه]?|طالع[ةه]?)"
    r"|(?:(?:تمام|طيب|حاضر|[أا]وكي|ok)" + _SEP + r")?(?:تم\s+التسجيل|سجلت|مفهوم|وصلت|تمام|ماشي|علم)"
    # Tiredness and a day's sigh: "أنا ميت من التعب", "هلكانة خالص", "المطار ده كابوس".
    r"|(?:[أا]نا\s+)?(?:ميت[ةه]?|هلكان[ةه]?|تعبان[ةه]?|مرهق[ةه]?|مفرهد[ةه]?)(?:\s+(?:من\s+التعب|خالص"
    r"|جدا|جداً|[أا]وي))*|(?:(?:ال)?\S+\s+)?(?:ده|دي|كان|كانت)\s+كابوس"
)

CHATTER: Mapping[str, tuple[str, ...]] = {
    "es": (_whole(went_well("es", _ES), extra=_ES_ALL),),
    "pt": (_whole(went_well("pt", _PT), extra=_PT_ALL),),
    "fr": (_whole(went_well("fr", _FR), extra=_FR_ALL),),
    "de": (_whole(went_well("de", _DE), extra=_DE_ALL),),
    "it": (_whole(went_well("it", _IT), extra=_IT_ALL),),
    "nl": (_whole(went_well("nl", _NL), extra=_NL_ALL),),
    "id": (_whole(went_well("id", _ID), extra=_ID_ALL),),
    "hi": (_whole(went_well("hi", _HI), extra=_HI_ALL),),
    "tr": (_whole(went_well("tr", _TR), extra=_TR_ALL),),
    "ru": (_whole(went_well("ru", _RU), extra=_RU_ALL),),
    "ar": (_whole(went_well("ar", _AR), extra=_AR_ALL),),
}


def with_chatter(words: ChatWords) -> ChatWords:
    """`words` with its language's whole-message chatter, read before any other chit-chat."""
    said = CHATTER.get(words.code, ()) + WHERE_I_AM.get(words.code, ())
    if not said:
        return words
    intents = dict(words.intents)
    intents["chatter"] = said
    return replace(words, intents=intents)
