"""Turkish words for tasks and intents.

Turkish puts the verb last ("raporu gönder", "faturayı öder misin?") and builds its forms by
suffixes under vowel harmony, so the verbs are kept as stems and their chat forms are spelled
out here: the imperative (gönder, gönderin, göndersin), the infinitive and its object form
(göndermek, göndermeyi), the aorist a request asks with (gönderir misin, gönderebilir misin),
"I'll" and "I must" (gönderirim, göndereceğim, göndermeliyim) and the past that reports a task
done (gönderdim, gönderildi). Every form is also kept without Turkish letters ("gonder").
"""

from __future__ import annotations

from flowhub.nlp.lang._schema import ChatWords, words
from flowhub.nlp.lang.tr_commands import COMMANDS

_WEEKDAY = r"(?:pazartesi|sal[ıi]|[çc]ar[şs]amba|per[şs]embe|cuma|cumartesi|pazar)"
# Verb stems, as the bare imperative. Light verbs ("kontrol et") are the stem "et" below.
_STEMS = words(
    """
    al ara gönder yolla öde yap bitir hazırla düzenle yenile yıka yıkat sula iç götür getir
    çıkar kapat aç bak yaz yazdır oku sor söyle ilet paylaş ekle sil güncelle temizle topla
    toparla düzelt değiştir ayarla planla başlat kur yükle indir çek bul seç imzala onayla
    doldur bildir ayır ertele taşı kes pişir ütüle süpür boya koy as at sat tut ver uğra
    bırak araştır incele geçir tamamla hallet çöz gir kaydet sakla yedekle kopyala cevapla
    yanıtla ulaş kirala değiş tak sök onar katla kurula besle gezdir çalıştır öğren ezberle
    tekrarla izle dinle hesapla say ölç tart karşılaştır listele kutla uyandır bekle karşıla
    yerleştir dağıt kargola paketle sar kilitle kaldır yükselt birleştir dene reddet bas
    tara anlat açıkla özetle raporla derle yatır iste uyar bilgilendir duyur ısıt doğra
    haşla demle havalandır tazele uzat kısalt boyat cilala ilaçla götür aktar yönlendir
    çevir bağla düşün çalış koş yürü dök çık taşın başvur yaptır değerlendir belirle
    uğurla teyitle ettir et git
    """
)
# Light-verb nouns: "kontrol et", "iptal et". A title loses a final "et" as a dangling
# conjunction of other languages, so the noun has to tell that the clause was a verb.
_LIGHT_NOUNS = words(
    """
    kontrol iptal takip teslim tamir rezerve teyit ziyaret davet tebrik iade havale
    """
)
LIGHT_NOUNS = _LIGHT_NOUNS
# Monosyllabic stems whose aorist takes -Ir ("alır", "verir") instead of -Ar ("yapar").
_AORIST_IR = words("al bil bul dur gel gör kal ol öl san var ver vur")
# Stems whose final t softens to d before a vowel ("edin", "gider", "halleder").
_SOFT = words("et git hallet kaydet reddet")
# Forms that are also words of other languages ("oder", "dizer", "satin", "basin", "atar"):
# read only at the end of a clause, never as an opening verb or a name.
_FINAL_ONLY = words(
    """
    al ara bak bas kes koy sar sil sor tak tut dene kur kurun bul bulun git gir tara çek cek
    iç ic aç ac ek ekin ode arar asar atar basar basin bassin boyar coz cozer keser kos sarar
    sarin satin sec sok dok tasi tarar aramam eder tart tartar takin
    """
)
# Forms that end clauses of other languages too often to read as a Turkish verb there:
# "..., oder?", "a ver", "ik heb het al", "talking to Al", "where you at", "one sec", "là-bas",
# "I use git", "the AC", "an apple tart". "al" (buy, take) is the commonest Turkish task verb,
# so "süt al" is a task only with a date ("yarın süt al") until the final verb is read per
# language.
_NOT_VERBS = words(
    """
    oder dizer et at as al sat say ver rica sec tut tart tartar satin basin bassin coz bas sok
    tak dok tara git ode ac atar asar basar sarar sarin cozer tarar keser kos tasi eder takin sor
    """
)

_BACK = "aıou"
_FOLD = str.maketrans("çğıöşüâîû", "cgiosuaiu")


def _last_vowel(stem: str) -> str:
    return next((c for c in reversed(stem) if c in "aeıioöuü"), "e")


def _i(stem: str) -> str:
    """The four-way vowel (ı, i, u, ü) that follows `stem`."""
    return {"a": "ı", "ı": "ı", "e": "i", "i": "i", "o": "u", "u": "u", "ö": "ü", "ü": "ü"}[
        _last_vowel(stem)
    ]


def _a(stem: str) -> str:
    """The two-way vowel (a, e) that follows `stem`."""
    return "a" if _last_vowel(stem) in _BACK else "e"


def _d(stem: str) -> str:
    return "t" if stem[-1] in "çfhkpsşt" else "d"


def _joined(stem: str, suffix: str) -> str:
    """`stem` + a suffix opening with a vowel: a y in between, or a softened t."""
    if stem[-1] in "aeıioöuü":
        return stem + "y" + suffix
    if stem in _SOFT:
        return stem[:-1] + "d" + suffix
    return stem + suffix


def _aorist(stem: str) -> str:
    if stem[-1] in "aeıioöuü":
        return stem + "r"
    if stem in _SOFT:
        return stem[:-1] + "d" + _a(stem) + "r"
    mono = sum(c in "aeıioöuü" for c in stem) == 1
    if mono and stem not in _AORIST_IR:
        return stem + _a(stem) + "r"
    return stem + _i(stem) + "r"


def _asking(stem: str) -> set[str]:
    """Forms that state a task: imperative, infinitive, "can you", "I'll", "I must"."""
    i, a = _i(stem), _a(stem)
    aor = _aorist(stem)
    able = _joined(stem, a + "bilir")
    future = _joined(stem, a + ("cağ" if a == "a" else "ceğ") + i + "m")
    return {
        stem,
        _joined(stem, i + "n"),
        _joined(stem, i + "n" + i + "z"),
        stem + "s" + i + "n",
        stem + "s" + i + "nl" + a + "r",
        stem + "m" + a + "k",
        stem + "m" + a + "y" + i,
        stem + "m" + a + "l" + i + "y" + i + "m",
        stem + "m" + a + "l" + i + "y" + i + "z",
        stem + "m" + a + "m",
        aor,
        aor + i + "m",
        able,
        future,
    }


def _passive(stem: str) -> str:
    """ "gönder" -> "gönderil", "öde" -> "öden", "al" -> "alın", "et" -> "edil"."""
    i = _i(stem)
    if stem[-1] in "aeıioöuü":
        return stem + "n"
    if stem in _SOFT:
        return stem[:-1] + "d" + i + "l"
    if stem[-1] == "l":
        return stem + i + "n"
    return stem + i + "l"


def _to_be_done(stem: str) -> set[str]:
    """What is to be done, said of the task: "gönderilecek", "gönderilmeli", "yapılmalı"."""
    passive = _passive(stem)
    a = _a(passive)
    return {passive + a + ("cak" if a == "a" else "cek"), passive + "m" + a + "l" + _i(passive)}


def _past(stem: str) -> set[str]:
    """Forms that report it done: "gönderdim", "gönderdik", "gönderildi"."""
    i, d = _i(stem), _d(stem)
    passive = _passive(stem)
    return {stem + d + i + "m", stem + d + i + "k", passive + _d(passive) + _i(passive)}


def _with_ascii(forms: set[str]) -> frozenset[str]:
    return frozenset(forms | {f.translate(_FOLD) for f in forms})


_ASKING = _with_ascii({f for s in _STEMS for f in _asking(s) | _to_be_done(s)}) - _NOT_VERBS
_PAST = _with_ascii({f for s in _STEMS for f in _past(s)} | {"bitti", "bitirdik", "tamamlandı"})
_DONE_VERBS = "|".join(
    sorted(_PAST | words("halloldu hallettik tamamlandi"), key=len, reverse=True)
)

_GREETINGS = """
    merhaba merhabalar mrb meraba selam selamlar slm günaydın
    gunaydin teşekkürler tesekkurler teşekkür tesekkur ederim ederiz sağol sagol sağolun
    sagolun saol eyvallah tamam tamamdır tamamdir tmm okey peki olur süper harika
    mükemmel mukemmel güzel guzel evet hayır hayir yok ahaha ahahah ahahaha hahaha hehe
    jsjsjs ksksks aynen kesinlikle anladım anladim anlaşıldı anlasildi herkese herkes eyv
    tşk tsk tşkler tskler tşkr sağolasın sagolasin hoşçakal hoscakal
    görüşürüz gorusuruz hoşçakalın hoscakalin
"""
_HA = r"a?(?:ha){2,}h?"

_HAT = r"hat[ıi]rlat(?:[ıi]r\s+m[ıi]s[ıi]n|sana|[ıi]n|abilir\s+misin)?"
# "yarın 9'da dişçiyi aramayı hatırlat", "Sam'e cuma salonu ayırtmasını hatırlat"
_REMIND_LEADS = (
    rf"^(?:l[üu]tfen\s+)?(?P<who>\w+)['’](?:[ae]|y[ae])\s+(?P<rest>.+?)\s*,?\s+{_HAT}[\s.!?]*$",
    rf"^(?:l[üu]tfen\s+)?(?:bana\s+)?(?P<rest>.+?)\s*,?\s+(?:bana\s+)?{_HAT}[\s.!?]*$",
    rf"^(?:l[üu]tfen\s+)?(?:bana\s+)?{_HAT}\s*[:,]?\s+(?P<rest>.+)$",
)
_REMIND_LINKS: tuple[str, ...] = ()

WORDS = ChatWords(
    code="tr",
    # "Sam'e söyle raporu göndersin", "ana pazartesiye kadar sunumu hazırlasın": the person
    # asked, then the task; a pronoun or a time word first is no person.
    ask_openers=(
        r"{name}'?(?:e|a|ye|ya)\s+(?:s[oö]yle|s[oö]yleyin)\b\s*,?\s*(?:(?:bi|bir)\s+)?",
        r"{name}'?(?:dan|den|tan|ten)\s+(?:iste|rica\s+et)\b\s*,?\s*",
        r"(?!(?:ben|sen|o|biz|siz|onlar|bunu|bu|[sş]u|yar[ıi]n|bug[uü]n|her|sonra|hemen|l[uü]tfen"
        r"|art[ıi]k|bence|kim|herkes|biri|birisi|bi|bir|bide|de|da|ayr[ıi]ca|ve|ha)\b)"
        # an object with its accusative ending ("raporu", "faturayı") is no name
        r"(?![^\s']{3,}[^aeıioöuü\s'][ıiuü]\s){name}\s+"
        # a word whose thing follows in the genitive ("istanbul grubunun …") is no name either
        r"(?!\S+n[ıiuü]n\s)"
        r"(?=(?:[^\s]+\s+){1,6}[^\s]+(?:s[ıi]n|s[uü]n)(?:\s+l[uü]tfen)?[\s.!?]*$)",
    ),
    commands=COMMANDS,
    verbs=_ASKING - _FINAL_ONLY,
    final_verbs=_ASKING | _LIGHT_NOUNS,
    own_final_verbs=_with_ascii(
        set(words("al ver sat sor tut tak git öde aç sil bak koy kes çek"))
    ),
    greetings=words(_GREETINGS),
    intents={
        "remind": (
            # "hatırlat", "bana hatırlat", "hatırlatır mısın", "hatırlatma kur"; but turning the
            # reminders off is a setting.
            r"\bhat[ıi]rlat(?!ma(?:lar)?[ıi]?\s+(?:kapat|a[çc]|sil|iptal|ayar))\w*",
            r"^(?:bana\s+)?(?:unutmamam[ıi]\s+sa[ğg]la|unutturma)\b",
            r"\bunutmayay[ıi]m\b",
            # "her gün akşam 9da ilaç iç", "hafta içi her gün 7de koşu", not the daily digest
            r"^(?!.*\b[öo]zet)(?:.*\s)?her\s+(?:g[üu]n|sabah|ak[şs]am|gece|[öo][ğg]len?|hafta"
            r"|ay|ay[ıi]n|y[ıi]l|sene|saat|iki|[üu][çc]|\d+|ba[şs]ka|" + _WEEKDAY[3:-1] + r")\b",
            r"^(?!.*\b[öo]zet)(?:.*\s)?(?:hafta\s+i[çc]i|hafta\s+sonlar[ıi]|g[üu]nde|haftada"
            r"|ayda|y[ıi]lda|(?:iki|[üu][çc]|\d+)\s+(?:saatte|dakikada|g[üu]nde|haftada|ayda"
            r"|y[ıi]lda))\s+(?:bir|iki|[üu][çc]|\d+|her|kez|defa)\b",
            # "salıları 7de yoga", "pazartesi günleri", "sabahları", "hafta sonları"
            rf"^(?:her\s+)?{_WEEKDAY}(?:\s+g[üu]nleri|lar[ıi]|leri)\b",
            r"^(?!.*\b[öo]zet)(?:sabahlar[ıi]|ak[şs]amlar[ıi]|geceleri|hafta\s+sonlar[ıi]"
            r"|hafta\s+i[çc]leri)\b",
        ),
        "query": (
            r"\bne(?:ler)?\s+(?:\w+\s+)?var(?:\s+m[ıi])?(?!\s+ne\s+yok)[\s?!.]*$",
            r"^(?:\S+\s+){0,3}ne(?:ler)?\s+yap(?:[ıi]yorum|[ıi]yoruz|aca[ğg][ıi]m|acag[ıi]m"
            r"|mal[ıi]y[ıi]m|mam\s+(?:laz[ıi]m|gerek\w*)|may[ıi]\s+planlad[ıi]m)\b",
            r"\b(?:program[ıi]m|plan[ıi]m|ajandam|g[öo]revlerim|i[şs]lerim)\s+(?:ne|neler|nedir"
            r"|nas[ıi]l)\b",
            r"^(?:hangi|hangileri)\b.*\b(?:gecikti|geciken|gecikmi[şs]|kald[ıi]|bekliyor"
            r"|g[öo]rev\w*|i[şs]ler\w*)\b",
            r"^(?:benim\s+)?(?:bug[üu]nk[üu]|yar[ıi]nk[ıi]|haftal[ıi]k|a[çc][ıi]k|bekleyen"
            r"|geciken|gecikmi[şs])?\s*(?:g[öo]revlerim|i[şs]lerim|yap[ıi]lacaklar(?:[ıi]m)?"
            r"|listem|ajandam|program[ıi]m|plan[ıi]m)\b",
            r"\b(?:g[öo]rev|i[şs]|yap[ıi]lacak)(?:ler|lar)(?:im|[ıi]m)?[ıi]?\s+(?:g[öo]ster"
            r"|listele|neler|ne)\b",
            r"\b(?:i[şs]leri|g[öo]revleri|yap[ıi]lacaklar[ıi])\s+(?:ne|neler|nedir)\b",
            r"\b(?:geciken|gecikmi[şs]|s[üu]resi\s+ge[çc](?:en|mi[şs])|vadesi\s+ge[çc](?:en"
            r"|mi[şs])|ka[çc][ıi]rd[ıi][ğg][ıi]m)\b.*\b(?:ne|neler|var|hangi|hangileri"
            r"|g[öo]ster|listele)\b",
            r"^(?:neler|ne)\s+(?:var|kald[ıi]|bekliyor)\b(?!\s+ne\s+yok)",
            r"^(?:\S+\s+){0,2}(?:neyim|nelerim)\s+var\b",
            r"\b(?:i[şs]im|g[öo]revim|toplant[ıi]m|plan[ıi]m|program[ıi]m|randevum)\s+var\s+m[ıi]"
            r"[\s?!.]*$",
            r"^(?:g[öo]ster|listele)[\s?!.]*$",
        ),
        "done": (
            r"^(?:(?:tamam(?:d[ıi]r)?|tmm|ok|okey|evet|zaten|ben|biz|az\s+[öo]nce|[şs]imdi"
            r"|hepsini|hepsi|hemen)\s+)*(?:\S+\s+){0,2}?(?:" + _DONE_VERBS + r")"
            r"(?:\s+(?:bile|zaten|ya|art[ıi]k|tamam))?(?:\s*#?\d+)?[\s!.✅👍]*$",
            r"^(?:tamamd[ıi]r|tamamland[ıi]|bitti|halloldu|oldu\s+bu\s+i[şs])[\s!.✅👍]*$",
            r"^#?\d+\s+(?:tamam|bitti|tamamland[ıi]|yap[ıi]ld[ıi])[\s!.✅👍]*$",
            r"^(?:\S+\s+){0,3}(?:bitti|tamamland[ıi]|halloldu)[\s!.✅👍]*$",
        ),
        "help": (
            r"^(?:yard[ıi]m|yard[ıi]m\s+et|imdat|komutlar|men[üu])[\s!.?]*$",
            r"^yard[ıi]m\s+(?:laz[ıi]m|gerek|istiyorum|eder\s+misin)\b",
            r"^(?:bu\s+)?(?:nas[ıi]l\s+(?:[çc]al[ıi][şs][ıi]yor|[çc]al[ıi][şs][ıi]r"
            r"|kullan[ıi]l[ıi]r|kullan[ıi]yorum|kullanabilirim|kullanaca[ğg][ıi]m)"
            r"|neler\s+yapabilirsin|neler\s+yapabiliyorsun|ne\s+yapabilirsin|ne\s+yapabiliyorsun"
            r"|ne\s+i[şs]e\s+yar[ıi]yorsun|sen\s+kimsin|sen\s+nesin|ne\s+yap[ıi]yorsun\s+sen)\b",
            r"^(?:nas[ıi]l)\s+(?:g[öo]rev|hat[ıi]rlat[ıi]c[ıi]|hat[ıi]rlatma)\s+(?:eklerim"
            r"|eklenir|olu[şs]turur(?:um)?|silerim|silinir|kurar[ıi]m)\b",
        ),
        "settings": (
            r"\b(?:saat|zaman)\s+dilim",
            r"^(?:dil|dili|dil\s+ayar[ıi]|ayarlar|tercihler)\b",
            r"\bdili\s+(?:t[üu]rk[çc]e|ingilizce|almanca|de[ğg]i[şs]tir|\w+\s+yap)\b",
            r"^(?:t[üu]rk[çc]e|ingilizce)\s+(?:konu[şs]|yaz|cevap\s+ver)\b",
            r"^(?:her\s+(?:sabah|ak[şs]am|g[üu]n)\s+(?:saat\s+)?(?:\S+\s+)?)?(?:bana\s+)?"
            r"(?:g[üu]nl[üu]k\s+|sabah\s+|ak[şs]am\s+)?[öo]zet(?:i|imi)?\s+(?:\S+\s+){0,3}?"
            r"(?:g[öo]nder|yolla|at|kapat|a[çc]|saat)\b",
            r"\b(?:bildirimleri|hat[ıi]rlatmalar[ıi]|[öo]zeti)\s+(?:kapat|a[çc]|sustur)\b",
            r"^(?:art[ıi]k\s+)?[A-Za-zÇĞİÖŞÜçğıöşü]+'(?:da|de|ta|te)(?:y[ıi]m|\s+ya[şs][ıi]yorum)"
            r"[.!]?$",
            r"^[A-Za-zÇĞİÖŞÜçğıöşü]+'(?:a|e|ya|ye)\s+ta[şs][ıi]nd[ıi]m[.!]?$",
        ),
        "chitchat": (
            r"^(?:[çc]ok\s+|herkese\s+|size\s+de\s+|sana\s+de\s+)?(?:sa[ğg]\s*ol\w*|saol"
            r"|te[şs]ekk[üu]r\w*|eyvallah|merhaba\w*|selam\w*|g[üu]nayd[ıi]n|iyi\s+(?:geceler"
            r"|ak[şs]amlar|g[üu]nler|sabahlar|[çc]al[ıi][şs]malar|hafta\s+sonlar[ıi])"
            r"|hay[ıi]rl[ıi]\s+(?:sabahlar|i[şs]ler|g[üu]nler)|nas[ıi]ls[ıi]n|nas[ıi]ls[ıi]n[ıi]z"
            r"|naber|ne\s+haber|ne\s+var\s+ne\s+yok|kolay\s+gelsin|g[öo]r[üu][şs][üu]r[üu]z"
            r"|ho[şs][çc]a\s*kal|rica\s+ederim|eline\s+sa[ğg]l[ıi]k|ellerine\s+sa[ğg]l[ıi]k"
            r"|aferin|bravo|tamam|tamamd[ıi]r|peki|olur|s[üu]per|harika|g[üu]zel|anlad[ıi]m"
            r"|" + _HA + r")\b",
        ),
    },
    name_modals=(r"sen", r"l[üu]tfen", r"siz"),
    request_markers=(
        r"l[üu]tfen",
        r"m[ıiuü]s[ıiuü]n(?:[ıiuü]z)?",
        r"rica\s+etsem",
        r"zahmet\s+olmazsa",
        r"(?:kim|biri|birisi)\s+(?:\S+\s+){0,3}?\S+(?:abilir|ebilir)",
    ),
    deadline_leads=("en geç", "en gec", "en son", "son gün", "son gun"),
    date_leads=("en geç", "en gec", "en son"),
    lead_fillers=(
        # "o zaman … toplantısını ayarla": "then", joining it to what was said before.
        "tamam o zaman",
        "peki o zaman",
        "o zaman",
        "ozaman",
        "o halde",
        "öyleyse",
        "oyleyse",
        "hadi o zaman",
        # "und luftballons kaufen": the word that joins it to the task before.
        "ve",
        "bir de",
        "bi de",
        "unutma",
        "unutmayın",
        "unutmayin",
        "unutmayayım",
        "unutmayalım",
        "sakın unutma",
        "bana hatırlatma kur",
        "hatırlatma kur",
        "hatirlatma kur",
        "hatırlatıcı kur",
        "alarm kur",
        "bana hatırlat",
        "bana hatirlat",
        "hatırlat bana",
        "hatirlat bana",
        "hatırlat",
        "hatirlat",
        "hatırlatır mısın",
        "hatirlatir misin",
        "lütfen",
        "lutfen",
        "acil",
        "çok acil",
        "önemli",
        "onemli",
        "çok önemli",
        "yüksek öncelik",
        "yüksek öncelikli",
        "yuksek oncelik",
        "düşük öncelik",
        "düşük öncelikli",
        "dusuk oncelik",
        "acelesi yok",
        "acele yok",
        "acele değil",
        "arkadaşlar",
        "arkadaslar",
        "ekip",
        "beyler",
        "görev:",
        "gorev:",
        "yapılacak:",
        "not:",
        "bi de",
        "bir de",
        "bide",
        "not al",
        "bi not al",
        "yaz bunu",
    ),
    trail_fillers=(
        "lütfen",
        "lutfen",
        "teşekkürler",
        "tesekkurler",
        "sağol",
        "sagol",
        "unutma",
        "unutmayın",
        "unutmayin",
        "unutmayayım",
        "unutmayayim",
        "unutmayalım",
        "bana hatırlat",
        "bana hatirlat",
        "hatırlat",
        "hatirlat",
        "hatırlatır mısın",
        "hatirlatir misin",
        "misin",
        "mısın",
        "musun",
        "müsün",
        "misiniz",
        "mısınız",
        "musunuz",
        "müsünüz",
        "lazım",
        "lazim",
        "gerek",
        "gerekiyor",
        "var",
        "acil",
        "acilen",
        "müsait olunca",
        "vakit bulunca",
        # "..., onu not al": the note to keep is what came before.
        "onu not al",
        "bunu not al",
        "not alır mısın",
        "not alir misin",
        "onu not et",
        "bunu not et",
        "onu kaydet",
        "bunu kaydet",
        "onu yaz",
        "bunu yaz",
        "not alabilir misin",
        "not al",
        "ya onu",
        "yaz bunu",
        "lazm",
    ),
    priority={
        "acil": "urgent",
        "hemen": "urgent",
        "en kısa sürede": "urgent",
        "en kisa surede": "urgent",
        "önemli": "high",
        "onemli": "high",
        "yüksek öncelik": "high",
        "yuksek oncelik": "high",
        "acelesi yok": "low",
        "acele yok": "low",
        "düşük öncelik": "low",
        "dusuk oncelik": "low",
    },
    remind_leads=_REMIND_LEADS,
    remind_links=_REMIND_LINKS,
    abbreviations={
        "lazm": "lazım",
        "lzm": "lazım",
        "slm": "selam",
        "tmm": "tamam",
        "tmam": "tamam",
        "yrn": "yarın",
        "mrb": "merhaba",
        "tşk": "teşekkürler",
        "tsk": "teşekkürler",
        "bşk": "başka",
        "cnm": "canım",
        "hrkes": "herkes",
        "nbr": "ne haber",
    },
)
