"""Plain-word changes to a waiting card in each language, read as the English a reply would say.

"pon la hora a las 11" and "saati 11'e al" set the hour and keep the day; "corrige o nome: …"
renames the card; "en realidad lo tiene que hacer Priya" gives it to Priya; "ok, schick es ihr"
and "tamam, ona gönder" save it and send it on; "sì, esattamente così" says it is right;
"удали эти 3 неподтвержденные карточки" drops the cards just listed, and "oke, simpan yang ini
dan hapus dua lainnya" keeps one and drops the others. `REASONS` are the clauses beside a change
that say why it is asked ("el domingo no trabaja nadie jaja"), and `REFS` the ways a card is
named by wanting to change it ("quería cambiar lo de los vouchers …").
"""

from __future__ import annotations

from collections.abc import Mapping

# A name said last: one or two words and nothing after them.
_NAME_END = r"(?=[^\s,]+(?:\s+[^\s,]+)?[\s.!?]*$)"
# The word for "hour" or "o'clock" after a number.
_H = r"(?:\s*(?:h|hs|hrs?|uhr|uur|baje|jam|saat|часов|часа|час|ساعة|بجے|बजे|heures?|ore|horas?))?"

_ES = {
    "discard": (
        r"(?:no+[\s,]+)*(?:borra|elimina|quita|descarta|tira)(?:lo|la)?\s+(?:ese|esa|el|la)\s+(?:[uú]ltim[oa]|nuev[oa])",
    ),
    "move it to {n}:00": (
        rf"(?:pon|ponle|cambia|cambiale|pasa|mueve)(?:la|lo)?\s+(?:la\s+)?hora\s+(?:a\s+)?(?:las\s+|la\s+)?{{n}}{_H}",
        rf"(?:la\s+)?hora\s+(?:a\s+)?(?:las\s+|la\s+){{n}}{_H}(?:\s+mejor)?",
    ),
    "title: {rest}": (
        r"(?:cambia|corrige|arregla|pon|ponle|cambiale)\s+(?:tambien\s+)?(?:el\s+)?(?:nombre|titulo)\s*[-:–]\s*{rest}",
        r"(?:el\s+)?(?:nombre|titulo)\s+(?:correcto|nuevo|bueno)\s*[-:–]\s*{rest}",
    ),
    "assign to {rest}": (
        rf"(?:(?:en\s+realidad|mejor|no|pues)[\s,]+)*(?:lo|la|eso)\s+(?:tiene\s+que|debe|deberia|va\s+a)\s+hacer(?:lo)?\s+{_NAME_END}{{rest}}",
        r"(?:(?:en\s+realidad|mejor|no|pues)[\s,]+)*(?:es|le\s+toca\s+a)\s+(?=[^\s,]+\s+(?:quien|el\s+que|la\s+que)\s){rest}\s+(?:quien|el\s+que|la\s+que)\s+"
        r"(?:lo\s+)?(?:tiene\s+que\s+hacer(?:lo)?|debe\s+hacer(?:lo)?|lo\s+hace|se\s+encarga|lo\s+va\s+a\s+hacer)",
    ),
    "confirm": (
        r"(?:(?:vale|ok|listo|dale|perfecto|bueno)[\s,!]+)*(?:mandaselo|enviaselo|pasaselo)(?:\s+a\s+(?:el|ella))?",
        r"(?:(?:vale|ok|listo|dale)[\s,!]+)*(?:mandale|enviale|pasale)(?:la|lo)?\s+a\s+(?:el|ella)",
    ),
    "yes": (
        r"(?:(?:si|vale|ok|eso)[\s,!]+)*(?:exactamente|justo|tal\s+cual)\s+asi|asi\s+(?:mismo|exactamente)|tal\s+cual",
    ),
    "discard all {n}": (
        r"(?:descarta|borra|elimina|quita|tira)\s+(?:(?:esas|esos|estas|estos)\s+{n}|(?:las|los)\s+{n}(?=\s+(?:tarjetas|borradores|tareas|pendientes)))"
        r"(?:\s+(?:tarjetas|borradores|tareas|pendientes))?(?:\s+(?:sin\s+confirmar|no\s+confirmad[oa]s|pendientes))?",
    ),
    "confirm this one and discard the others": (
        r"(?:(?:vale|ok|dale|listo|si|perfecto)[\s,!.]+)*(?:confirma|guarda|acepta)(?:la|lo)?\s+(?:esa|ese|esta|este|eso)?"
        r"[\s,;.]*(?:y\s+)?(?:borra|descarta|elimina|quita|tira)(?:\s+a)?\s+(?:las\s+otras|los\s+otros|el\s+resto)"
        r"(?:\s+(?:dos|2|tres|3))?(?:\s+(?:tarjetas|borradores))?",
    ),
}
_FR = {
    "move it to {n}:00": (
        rf"(?:mets|met|passe|change|decale)(?:-la|-le)?\s+(?:l'|l\s)?heure\s+(?:a\s+)?{{n}}{_H}",
        rf"(?:l'|l\s)?heure\s+a\s+{{n}}{_H}(?:\s+plutot)?",
    ),
    "title: {rest}": (
        r"(?:corrige|change|modifie|mets|renomme)\s+(?:aussi\s+)?(?:le\s+)?(?:titre|nom)\s*[-:–]\s*{rest}",
        r"(?:le\s+)?(?:bon|nouveau|vrai)\s+(?:titre|nom)\s*[-:–]\s*{rest}",
    ),
    "assign to {rest}": (
        r"(?:(?:en\s+fait|finalement|non|plutot)[\s,]+)*(?:c'est\s+a\s+|c'est\s+pour\s+)(?=[^\s,]+\s+de\s){rest}\s+de\s+(?:le|la|s'en)\s+"
        r"(?:faire|occuper|charger)",
        r"(?:(?:en\s+fait|finalement|non)[\s,]+)*(?!(?:il|elle|on|je|tu)\s)(?=[^\s,]+\s+s'en\s){rest}\s+s'en\s+(?:occupe|charge)",
        r"(?:(?:en\s+fait|finalement|non)[\s,]+)*(?=[^\s,]+\s+(?:doit|va|devrait)\s){rest}\s+(?:doit|va|devrait)\s+(?:le|la|s'en)\s+(?:faire|occuper|charger)",
    ),
    "yes": (
        r"(?:(?:oui|ouais|ok)[\s,!]+)*(?:exactement|pile|tout\s+a\s+fait)\s+comme\s+[cç]a|c'est\s+exactement\s+[cç]a",
    ),
    "discard all {n}": (
        r"(?:supprime|efface|vire|jette|annule)\s+(?:ces\s+{n}|les\s+{n}(?=\s+(?:cartes|brouillons|taches)))(?:\s+(?:cartes|brouillons|taches|trucs))?"
        r"(?:\s+(?:non\s+confirme(?:e)?s|pas\s+confirme(?:e)?s|en\s+attente))?",
    ),
    "confirm this one and discard the others": (
        r"(?:(?:ok|oui|bon|parfait|nickel)[\s,!.]+)*(?:valide|garde|confirme|enregistre)(?:-la|-le)?\s*(?:celle-ci|celui-ci|celle-la|celui-la|[cç]a)?"
        r"[\s,;.]*(?:et\s+)?(?:supprime|efface|vire|jette)\s+(?:les\s+(?:(?:deux|2|trois|3)\s+)?autres|le\s+reste)",
    ),
}
_DE = {
    "move it to {n}:00": (
        rf"(?:stell|setz|mach|leg)(?:e)?\s+(?:die\s+)?(?:uhrzeit|zeit)\s+auf\s+{{n}}{_H}",
        rf"(?:die\s+)?(?:uhrzeit|zeit)\s+(?:auf|um)\s+{{n}}{_H}(?:\s+(?:bitte|stellen|setzen|[aä]ndern))?",
    ),
    "title: {rest}": (
        r"(?:titel|name)\s+(?:auch\s+)?(?:[aä]ndern|korrigieren|anpassen|richtig)\s*[-:–]\s*{rest}",
        r"(?:[aä]nder|korrigier|pass)(?:e)?\s+(?:auch\s+)?(?:den\s+)?(?:titel|namen)(?:\s+an)?\s*[-:–]\s*{rest}",
        r"(?:der\s+)?(?:richtige|neue)\s+(?:titel|name)\s*[-:–]\s*{rest}",
    ),
    "assign to {rest}": (
        r"(?:(?:eigentlich|nee|nein|ne|doch)[\s,]+)*(?:soll|sollte|muss)\s+(?:das\s+|es\s+)?(?:lieber\s+|eher\s+)?(?=[^\s,]+\s+(?:das\s|es\s|machen|erledigen|[uü]bernehmen)){rest}"
        r"\s+(?:das\s+|es\s+)?(?:machen|erledigen|[uü]bernehmen)",
        r"(?:(?:eigentlich|nee|nein)[\s,]+)*(?:das\s+)?(?:muss|soll)\s+(?=[^\s,]+\s+machen){rest}\s+machen",
    ),
    "confirm": (
        r"(?:(?:passt|ok|gut|ja|jo)[\s,!]+)*(?:schick|sende?)(?:'?s)?\s+(?:es\s+|das\s+|sie\s+)?(?:ihr|ihm|an\s+(?:sie|ihn))(?:\s+(?:bitte|zu|raus))?",
    ),
    "discard all {n}": (
        r"(?:verwirf|l[oö]sch|loesch|entfern|streich)(?:e)?\s+(?:diese\s+{n}|die\s+{n}(?=\s+(?:unbest|offenen|wartenden|karten|entw))|alle\s+{n})(?:\s+(?:unbest[aä]tigten|offenen|wartenden))?"
        r"(?:\s+(?:karten|entw[uü]rfe|aufgaben))?",
    ),
    "confirm this one and discard the others": (
        r"(?:(?:ok|ja|jo|gut|passt)[\s,!.]+)*(?:speicher|best[aä]tig|nimm|behalt)(?:e)?\s+(?:die|das|den|diese)?"
        r"[\s,;.]*(?:und\s+)?(?:l[oö]sch|verwirf|streich|schmei(?:ß|ss))(?:e)?\s+(?:die\s+)?(?:anderen|restlichen)(?:\s+(?:zwei|beiden|2|drei|3))?(?:\s+weg)?",
    ),
}
_IT = {
    "discard": (
        r"(?:no+[\s,]+)*(?:cancella|elimina|togli|scarta|butta)\s+(?:l'|l\s|quest[ao]\s+|quell[ao]\s+)?(?:ultim[ao]|nuov[ao])",
    ),
    "move it to {n}:00": (
        rf"(?:metti|cambia|sposta|imposta)\s+(?:l'|l\s)?(?:ora|orario)\s+(?:alle\s+|a\s+)?{{n}}{_H}",
        rf"(?:l'|l\s)?(?:ora|orario)\s+alle\s+{{n}}{_H}",
    ),
    "title: {rest}": (
        r"(?:correggi|cambia|metti|modifica)\s+(?:anche\s+)?(?:il\s+)?(?:titolo|nome)\s*[-:–]\s*{rest}",
        r"(?:il\s+)?(?:titolo|nome)\s+(?:giusto|nuovo|corretto)\s*[-:–]\s*{rest}",
    ),
    "assign to {rest}": (
        rf"(?:(?:in\s+realta|anzi|no)[\s,]+)*(?:lo|la)\s+(?:deve|dovrebbe|fa|fara)\s+(?:fare\s+)?{_NAME_END}{{rest}}",
        r"(?:(?:in\s+realta|anzi|no)[\s,]+)*e\s+(?=[^\s,]+\s+che\s){rest}\s+che\s+(?:lo|la|se\s+ne)\s+(?:deve\s+fare|fa|occupa|deve\s+occupare)",
    ),
    "confirm": (
        r"(?:(?:ok|va\s+bene|perfetto|dai)[\s,!]+)*(?:mandaglielo|mandagliela|inviaglielo|inviagliela|mandalo\s+a\s+lei|mandalo\s+a\s+lui)",
    ),
    "yes": (r"(?:(?:si|ok)[\s,!]+)*(?:esattamente|proprio)\s+cosi|cosi\s+e\s+giusto|esatto",),
    "discard all {n}": (
        r"(?:scarta|cancella|elimina|butta)\s+(?:(?:queste|questi|tutte\s+e|tutti\s+e)\s+{n}|(?:le|i)\s+{n}(?=\s+(?:schede|bozze|attivita|card)))(?:\s+(?:schede|bozze|attivita|card))?"
        r"(?:\s+(?:non\s+confermat[ei]|in\s+sospeso))?",
    ),
    "confirm this one and discard the others": (
        r"(?:(?:ok|si|va\s+bene|perfetto)[\s,!.]+)*(?:conferma|salva|tieni)(?:la|lo)?\s*(?:questa|questo)?"
        r"[\s,;.]*(?:e\s+)?(?:butta|cancella|scarta|elimina)(?:\s+via)?\s+(?:le\s+altre|gli\s+altri)(?:\s+(?:due|2|tre|3))?",
    ),
}
_NL = {
    "move it to {when}": (r"(?:naar|op)\s+{when}\s+(?:verplaatsen|zetten|verzetten|schuiven)",),
    "move it to {n}:00": (
        rf"(?:zet|verander|maak)\s+(?:de\s+)?(?:tijd|het\s+tijdstip)\s+(?:op|naar)\s+{{n}}{_H}",
        rf"(?:de\s+)?tijd\s+(?:op|naar)\s+{{n}}{_H}",
    ),
    "title: {rest}": (
        r"(?:titel|naam)\s+(?:ook\s+)?(?:aanpassen|veranderen|wijzigen|verbeteren)\s*[-:–]\s*{rest}",
        r"(?:pas|verander|wijzig)\s+(?:de\s+)?(?:titel|naam)(?:\s+aan)?\s*[-:–]\s*{rest}",
        r"(?:de\s+)?(?:juiste|nieuwe)\s+(?:titel|naam)\s*[-:–]\s*{rest}",
    ),
    "assign to {rest}": (
        r"(?:(?:eigenlijk|nee)[\s,]+)*(?:moet|zou|gaat)\s+(?=[^\s,]+\s+(?:het|dat|dit)\s){rest}\s+(?:het|dat|dit)\s+(?:doen|oppakken|regelen)",
    ),
    "confirm": (
        r"(?:(?:ok|prima|ja|top)[\s,!]+)*(?:stuur|verstuur)\s+(?:het|hem|m)?\s*(?:maar\s+)?(?:naar|aan)\s+(?:haar|hem)",
    ),
    "yes": (r"(?:(?:ja|ok)[\s,!]+)*(?:precies|exact)\s+zo|zo\s+klopt\s+het",),
    "discard all {n}": (
        r"(?:verwijder|gooi|wis|schrap)\s+(?:(?:deze|die|alle)\s+{n}|de\s+{n}(?=\s+(?:onbevestigde|open|kaarten|kaartjes|concepten|taken)))(?:\s+(?:onbevestigde|open))?(?:\s+(?:kaarten|kaartjes|concepten|taken))?(?:\s+weg)?",
    ),
    "confirm this one and discard the others": (
        r"(?:(?:ok|ja|prima)[\s,!.]+)*(?:bevestig|bewaar|sla)\s+(?:deze|die)(?:\s+op)?[\s,;.]*(?:en\s+)?(?:gooi|verwijder|wis)\s+"
        r"(?:de\s+)?(?:andere|rest)(?:\s+(?:twee|2|drie|3))?(?:\s+weg)?",
    ),
}
_ID = {
    "discard": (
        r"(?:(?:eh|bukan|gak|ga|nggak)[\s,]+)*(?:hapus|buang)(?:in)?\s+(?:yang|yg)\s+(?:terakhir|barusan|paling\s+baru)",
    ),
    "move it to {n}:00": (
        rf"(?:jam(?:nya)?\s+(?:ganti|ubah|pindah|jadi)(?:in)?\s+(?:jadi\s+|ke\s+)?(?:jam\s+)?){{n}}{_H}",
        rf"(?:ganti|ubah|pindah)(?:in)?\s+jam(?:nya)?\s+(?:jadi\s+|ke\s+)?(?:jam\s+)?{{n}}{_H}",
    ),
    "title: {rest}": (
        r"(?:ganti|ubah|benerin|perbaiki)\s+(?:juga\s+)?(?:judul|nama)(?:nya)?\s*[-:–]\s*{rest}",
        r"(?:judul|nama)(?:nya)?\s+(?:yang\s+bener|yg\s+bener|baru)\s*[-:–]\s*{rest}",
    ),
    "assign to {rest}": (
        r"(?:(?:sebenernya|sebenarnya|eh|bukan)[\s,]+)*(?=[^\s,]+\s+(?:yang|yg)\s){rest}\s+(?:yang|yg)\s+(?:harus\s+|mesti\s+)?"
        r"(?:ngerjain|kerjain|ngerjakan|mengerjakan|handle)",
    ),
    "confirm": (
        r"(?:(?:oke|ok|sip|yaudah|iya)[\s,!]+)*kirim(?:in|kan)?\s+(?:ke|buat)\s+(?:dia|beliau)",
    ),
    "yes": (
        r"(?:(?:iya|ya|oke)[\s,!]+)*(?:persis|pas)\s+(?:begitu|gitu|kayak\s+gitu)|(?:udah\s+)?bener\s+gitu",
    ),
    "discard all {n}": (
        r"(?:hapus|buang|batalin)\s+(?:ke)?{n}\s+(?:kartu|draft|draf|tugas)(?:\s+(?:yang|yg)\s+belum\s+(?:di)?konfirmasi)?(?:\s+(?:itu|tadi))?",
    ),
    "confirm this one and discard the others": (
        r"(?:(?:oke|ok|sip|iya)[\s,!.]+)*(?:simpan|simpen|konfirmasi)\s+(?:yang|yg)\s+ini[\s,;.]*(?:dan\s+|terus\s+)?(?:hapus|buang)\s+"
        r"(?:(?:dua|2|tiga|3)\s+)?(?:yang\s+|yg\s+)?lain(?:nya)?",
    ),
}
_HI = {
    # "(mujhe vouchers wala) monday subah karna tha": the day it should have been
    "move it to {when}": (
        r"{when}\s+(?:ko\s+|pe\s+|par\s+)?(?:karna\s+tha|rakhna\s+tha|chahiye\s+tha)",
    ),
    "discard": (
        r"(?:(?:nahi|nahin|na)[\s,]+)*(?:ye\s+|yeh\s+)?(?:last|aakhri|akhri|naya)\s+(?:wala|waala)\s+"
        r"(?:hatao|hata\s+do|delete\s+karo|delete\s+kar\s+do|mita\s+do)",
    ),
    "move it to {n}:00": (
        r"(?:time|samay|टाइम|समय)\s+{n}\s*(?:baje|बजे)\s+(?:ka\s+|का\s+)?(?:kar\s+do|karo|rakho|rakh\s+do|कर\s+दो|करो|रखो)",
    ),
    "assign to {rest}": (
        r"(?:(?:actually|asal\s+mein|nahi)[\s,]+)*(?:ye|yeh|isko|ise)\s+(?=[^\s,]+\s+(?:ko|को)\s){rest}\s+(?:ko|को)\s+(?:karna\s+hai|karna\s+chahiye|karega|karegi|करना\s+है)",
    ),
    "confirm": (
        r"(?:(?:theek\s+hai|thik\s+hai|ok|haan)[\s,!]+)*(?:use|usko|unko|उसे|उसको)\s+(?:bhej|भेज)\s+(?:do|de|dena|दो|दे)",
    ),
    "yes": (
        r"(?:(?:haan|ha|han|ji)[\s,!]+)*(?:bilkul|ekdam)\s+(?:aise\s+hi|aisa\s+hi|sahi)|(?:हाँ|हां)\s+बिल्कुल\s+ऐसे\s+ही",
    ),
    "discard all {n}": (
        r"(?:ye|yeh|ये)\s+{n}\s+(?:unconfirmed\s+|pending\s+)?(?:cards?|draft|kaam|कार्ड)\s+(?:hata|mita|delete\s+kar|हटा)\s+(?:do|दो)",
    ),
    "confirm this one and discard the others": (
        r"(?:(?:theek\s+hai|thik\s+hai|ok|haan)[\s,!.]+)*(?:ye|yeh)\s+(?:wala\s+)?(?:save|confirm)\s+(?:karo|kar\s+do)[\s,;.]*(?:aur\s+)?"
        r"(?:baaki|baki)\s+(?:(?:do|dono|teen|2|3)\s+)?(?:hata|mita|delete\s+kar)\s+do",
    ),
}
_TR = {
    # "(voucher olanı) pazartesi sabaha almak istemiştim": the day it was meant for
    "move it to {when}": (
        r"{when}'?(?:[ae]|ya|ye|na|ne)\s+(?:almak|ta[sş][ıi]mak|[cç]ekmek|ertelemek)\s+"
        r"(?:istemi[sş]tim|istiyordum|istiyorum)",
    ),
    "discard": (
        r"(?:(?:yok|hay[ıi]r)[\s,]+)*(?:sonuncuyu|son\s+kart[ıi]|en\s+sonuncuyu|yeni\s+olan[ıi])\s+(?:sil|at|iptal\s+et)",
    ),
    "title: {rest}": (
        r"(?:ba[sş]l[ıi][gğ][ıi]|ad[ıi]n[ıi]|ismini)\s+(?:da\s+)?(?:d[uü]zelt|de[gğ]i[sş]tir)\s*[-:–]\s*{rest}",
        r"(?:do[gğ]ru|yeni)\s+(?:ba[sş]l[ıi]k|ad|isim)\s*[-:–]\s*{rest}",
    ),
    "assign to {rest}": (
        r"(?:(?:asl[ıi]nda|yok|hay[ıi]r)[\s,]+)*(?:bunu\s+|onu\s+)?(?=[^\s,]+\s+(?:yapmal|yaps|yapacak|hallets)){rest}\s+(?:yapmal[ıi]|yaps[ıi]n|yapacak|halletsin)",
    ),
    "confirm": (r"(?:(?:tamam|ok|olur|evet)[\s,!]+)*ona\s+(?:g[oö]nder|yolla|ilet)",),
    "yes": (r"(?:(?:evet|tamam)[\s,!]+)*(?:aynen|tam\s+olarak)\s+(?:b[oö]yle|[oö]yle)",),
    "discard all {n}": (
        r"(?:bu|[sş]u)\s+{n}\s+(?:onaylanmam[ıi][sş]\s+|bekleyen\s+)?(?:kart[ıi]?|tasla[gğ][ıi]?)\s+(?:sil|at|iptal\s+et)",
    ),
    "confirm this one and discard the others": (
        r"(?:(?:tamam|ok|evet)[\s,!.]+)*(?:bunu|[sş]unu)\s+(?:kaydet|onayla)[\s,;.]*(?:ve\s+)?(?:di[gğ]er|[oö]b[uü]r)\s+"
        r"(?:ikisini|[uü][cç][uü]n[uü]|hepsini|kartlar[ıi])\s+(?:sil|at)",
    ),
}
_RU = {
    "move it to {n}:00": (
        rf"(?:поставь|поменяй|перенеси|сделай)\s+(?:время\s+)?(?:на|в)\s+{{n}}{_H}(?:\s+часов)?",
        rf"время\s+(?:на|в)\s+{{n}}{_H}",
    ),
    "title: {rest}": (
        r"(?:исправь|поменяй|измени)\s+(?:и\s+)?(?:название|заголовок)\s*[-:–]\s*{rest}",
        r"(?:правильное|новое)\s+(?:название|имя)\s*[-:–]\s*{rest}",
    ),
    "assign to {rest}": (
        rf"(?:(?:вообще|вообще-то|нет|на\s+самом\s+деле)[\s,]+)*(?:это\s+)?(?:должна|должен|будет)\s+(?:делать\s+|сделать\s+)?{_NAME_END}{{rest}}",
        rf"(?:(?:вообще|нет)[\s,]+)*(?:это\s+)?(?:должна|должен)\s+сделать\s+{_NAME_END}{{rest}}",
    ),
    "confirm": (
        r"(?:(?:ок|да|давай|норм)[\s,!]+)*(?:отправь|отправляй|перешли|скинь)\s+(?:ей|ему)",
    ),
    "yes": (r"(?:(?:да|ок)[\s,!]+)*(?:именно|ровно|точно)\s+так",),
    "discard all {n}": (
        r"(?:удали|убери|сотри)\s+(?:эти|все)\s+{n}(?:\s+(?:неподтвержденные|неподтверждённые|лишние))?(?:\s+(?:карточки|черновика|черновики|задачи))?",
    ),
    "confirm this one and discard the others": (
        r"(?:(?:ок|да|давай)[\s,!.]+)*(?:сохрани|подтверди|оставь)\s+(?:эту|это|этот)[\s,;.]*(?:и\s+|а\s+)?(?:удали|убери)\s+"
        r"(?:остальные|другие)(?:\s+(?:две|два|2|три|3))?",
    ),
}
_AR = {
    "move it to {n}:00": (r"(?:خلي|خل|حط|غير|اجعل)(?:ها|ه)?\s+(?:ال)?ساع[ةه]\s+{n}",),
    "title: {rest}": (
        r"(?:غير|عدل|صحح|صلح)\s+(?:ال)?(?:اسم|عنوان)\s*[-:–]\s*{rest}",
        r"(?:ال)?(?:اسم|عنوان)\s+(?:ال)?(?:صح|صحيح|جديد)\s*[-:–]\s*{rest}",
    ),
    "confirm": (
        r"(?:(?:تمام|اوكي|ماشي)[\s,،!]+)*(?:ابعت|ابعث|ارسل)(?:ها|ه)?\s+(?:لها|له|ليها|ليه)",
    ),
    "yes": (r"(?:(?:ايوه|ايوا|اه|نعم)[\s,،!]+)*(?:بالظبط|بالضبط|تماما)\s+(?:كده|كدا|هيك|كذا)",),
    "assign to {rest}": (
        r"(?:في\s+الحقيق[ةه]\s+|اصلا\s+)?(?=[^\s]+\s+(?:هي|هو)\s){rest}\s+(?:هي|هو)\s+(?:اللي|الي)\s+(?:لازم\s+)?"
        r"(?:تعملها|يعملها|تعمله|يعمله|هتعملها|هيعملها|تعمل|يعمل)",
    ),
    "confirm this one and discard the others": (
        r"(?:(?:تمام|اوكي|ماشي)[\s,،!.]+)*(?:اكد|احفظ|ثبت)\s+(?:دي|ده|هذي|هذا|هاي)[\s,،]*و\s*(?:امسح|احذف|شيل)\s+"
        r"(?:ال)?(?:باقي|تانيين|الاتنين\s+التانيين|الاثنين\s+الباقيين|الاتنين\s+الباقيين)",
    ),
    "discard all {n}": (
        r"(?:امسح|احذف|شيل)\s+(?:ال(?:ـ)?\s*)?{n}\s+(?:كروت|بطاقات|مسودات|مهام)(?:\s+.*)?",
    ),
}
_PT = {
    # a move with why after it and no comma: "passa pra segunda pq domingo ninguem trabalha",
    # "na vdd bota 8h pq o fuso de lá é diferente"
    "move it to {when}": (
        r"(?:(?:na\s+(?:verdade|vdd)|melhor|n[aã]o)[\s,]+)*(?:passa|muda|joga|coloca|p[oõ]e|bota|deixa)(?:-a|-o)?"
        r"\s+(?:(?:para|pra|pro)\s+)?(?:(?:as|às)\s+)?{when}\s+(?:pq|porque|por\s+que|que|j[aá]\s+que)\s.+",
    ),
    "confirm": (
        r"(?:(?:beleza|blz|ok|isso|fechou|show|pode)[\s,!]+)*(?:manda|envia)(?:-a|-o)?\s+(?:pra|para)\s+(?:ela|ele)",
    ),
    "move it to {n}:00": (
        rf"(?:coloca|p[oõ]e|bota|muda|troca|passa)\s+(?:o\s+)?(?:hor[aá]rio|hora)\s+(?:pra|para|pras|para\s+as|[aà]s|as)\s+(?:as\s+)?{{n}}{_H}",
    ),
    "title: {rest}": (
        r"(?:corrige|muda|troca|arruma|acerta)\s+(?:tamb[eé]m\s+)?o\s+(?:nome|t[ií]tulo)\s*[-:–]\s*{rest}",
        r"(?:o\s+)?(?:nome|t[ií]tulo)\s+(?:certo|correto|novo)\s*[-:–]\s*{rest}",
    ),
    "assign to {rest}": (
        rf"(?:(?:na\s+verdade|na\s+vdd|n[aã]o)[\s,]+)*quem\s+(?:tem\s+que|deve|vai)\s+fazer\s+[eé]\s+(?:a\s+|o\s+)?{_NAME_END}{{rest}}",
        r"(?:(?:na\s+verdade|na\s+vdd)[\s,]+)*(?:[eé]\s+)?(?:a\s+|o\s+)?(?=[^\s,]+\s+que\s){rest}\s+que\s+(?:tem\s+que|deve|vai)\s+fazer",
    ),
    "yes": (
        r"(?:(?:isso|sim|ok)[\s,!]+)*(?:exatamente|bem)\s+assim|(?:[eé]\s+)?isso\s+a[ií]\s+mesmo",
    ),
}

PLAIN: Mapping[str, Mapping[str, tuple[str, ...]]] = {
    "es": _ES, "fr": _FR, "de": _DE, "it": _IT, "nl": _NL, "id": _ID, "hi": _HI, "tr": _TR,
    "ru": _RU, "ar": _AR, "pt": _PT,
}  # fmt: skip

# Why a change is asked, beside it: a clause ending in a laugh, or one saying nobody works then.
_LAUGH = (
    r"[^,;،]*\s(?:ja(?:ja)+|je(?:je)+|ha(?:ha)+|he(?:he)+|mdr|ptdr|lol|kkk+|rsrs+|wkwk\w*|хаха\w*"
    r"|ахах\w*|ه{3,})"
)
REASONS: Mapping[str, tuple[str, ...]] = {
    "es": (_LAUGH, r"(?:\w+\s+){0,4}nadie(?:\s[^,;]*)?"),
    "fr": (_LAUGH, r"(?:\w+\s+){0,2}personne\s+ne\s[^,;]*"),
    "de": (_LAUGH, r"[^,;]*\s(?:keiner|niemand)(?:\s[^,;]*)?"),
    "it": (_LAUGH, r"(?:\w+\s+){0,4}nessuno(?:\s[^,;]*)?"),
    "nl": (_LAUGH, r"[^,;]*\sniemand(?:\s[^,;]*)?"),
    "id": (_LAUGH, r"[^,;]*\s(?:gak|ga|nggak|tidak)\s+ada\s+(?:yang|yg)\s[^,;]*"),
    "hi": (_LAUGH, r"[^,;]*\skoi\s+(?:kaam\s+)?nahi\s[^,;]*"),
    "tr": (_LAUGH, r"[^,;]*\skimse\s[^,;]*"),
    "ru": (_LAUGH, r"[^,;]*никто\s[^,;]*"),
    "ar": (_LAUGH, r"[^,;،]*(?:محدش|ماحدش|لا\s+احد|محد)\s[^,;،]*"),
    "pt": (),
}
# A card named by wanting to change it, `{ref}` a word of its title.
REFS: Mapping[str, tuple[str, ...]] = {
    "es": (
        r"(?:(?:yo\s+)?(?:queria|quiero)\s+)?(?:cambiar|mover|pasar|cambia|mueve|pasa)\s+(?:lo|la|el|eso)\s+de(?:l)?\s+"
        r"(?:la\s+|el\s+|los\s+|las\s+)?{ref}",
    ),
    "fr": (
        r"(?:je\s+(?:voulais|veux)\s+)?(?:d[eé]placer|d[eé]caler|changer|bouger|deplace|decale)\s+cel(?:le|ui)\s+(?:du|de\s+la|des|de|d')\s*{ref}",
    ),
    "it": (
        r"(?:volevo\s+|voglio\s+)?(?:spostare|cambiare|sposta|cambia)\s+quell[oa]\s+(?:del|della|dei|delle|di|dello)\s+{ref}",
    ),
    "nl": (r"(?:ik\s+wilde\s+)?(?:die|dat)\s+van\s+(?:de\s+|het\s+)?{ref}",),
    "de": (
        r"ich\s+(?:wollte|will|m[oö]chte)\s+(?:das|die|der|den)\s+mit\s+(?:dem\s+|der\s+|den\s+)?{ref}",
    ),
    "tr": (r"(?:ben\s+)?{ref}\s+olan[ıi]n[ıi]?",),
    "id": (r"(?:aku|gue|gw|saya)\s+mau\s+(?:ubah|ganti|pindahin|geser)\s+(?:yang|yg)\s+{ref}",),
    "hi": (r"(?:mujhe|muje)\s+{ref}\s+(?:wala|wali|waala)",),
    "ru": (r"(?:я\s+хотел[аи]?\s+)?(?:перенести|поменять|сдвинуть)\s+(?:ту|то|тот)\s+про\s+{ref}",),
}


def ahead(
    commands: Mapping[str, tuple[str, ...]], plain: Mapping[str, tuple[str, ...]]
) -> dict[str, tuple[str, ...]]:
    """`commands` with the phrases of `plain` tried first: new commands before all others, so
    that "zet de tijd op 11 uur" sets the hour before it could read as a task "tijd" moved, and
    a command's new phrases before its own, each command keeping its place."""
    merged = {english: tuple(s) for english, s in plain.items() if english not in commands}
    for english, sources in commands.items():
        merged[english] = tuple(plain.get(english, ())) + tuple(sources)
    return merged
