"""Hinglish and Hindi settings said in plain words: the digest time ("daily summary subah 9 baje
bhej dena, 8 bahut jaldi hai", "digest 9 baje kar do"), the digest off and the time zone."""

from __future__ import annotations

__all__ = ["SETTINGS"]

_DIGEST = (
    r"(?:(?:mujhe|muje|mereko)\s+)?(?:(?:mera|meri|apna)\s+)?"
    r"(?:(?:roz|rozana|daily|रोज़?|रोज़|रोजाना|रोज़ाना|डेली)\s+(?:(?:ka|की|का|ki)\s+)?)?"
    r"(?:summary|digest|saransh|सारांश|डाइजेस्ट|समरी)"
    r"(?:\s+(?:ka|का)\s+(?:time|टाइम|samay|समय|waqt|वक़्त|वक्त))?"
)
_NOW = r"(?:\s+(?:ab\s+se|abse|roz|har\s+din|please|pls|अब\s+से|रोज़?))*"
_HOUR = (
    r"(?=\d|subah\s|subha\s|shaam\s|sham\s|raat\s|dopahar\s|सुबह\s|शाम\s|रात\s|दोपहर\s)"
    r"{rest}\s*(?:baje|बजे)?"
)
_SEND = (
    r"(?:\s+(?:bhej\s+dena|bhejna|bhejo|bhej\s+do|bheja\s+karo|kar\s+do|kardo|kar\s+dena|karo"
    r"|rakho|rakh\s+do|set\s+karo|set\s+kar\s+do|kar\s+dijiye|भेज\s+देना|भेजना|भेजो|भेज\s+दो"
    r"|भेजा\s+करो|कर\s+दो|करो|रखो|रख\s+दो))?(?:\s+(?:na|please|pls|plz|yaar|ji|प्लीज़?))*"
)
# The reason said after it: "…, 8 bahut jaldi hai".
_WHY = (
    r"(?:[\s,.;]+\d{1,2}(?:\s*(?:baje|बजे))?\s+(?:bahut|bohot|kaafi|thoda|zyada|बहुत)\s+"
    r"(?:jaldi|early|late|der|जल्दी)(?:\s+(?:hai|hota\s+hai|ho\s+jata\s+hai|है))?)?"
)
_FIRST = (
    r"(?:(?:mujhe|muje|मुझे)\s+)?(?:(?:roz|rozana|har\s+din|रोज़?|रोज़|रोजाना|रोज़ाना|हर\s+दिन)\s+)?"
)
_ZONE = r"(?:(?:mera|meri|मेरा)\s+)?(?:time\s*zone|tz|टाइमज़ोन|टाइम\s+ज़ोन)"
_QTIME = (
    r"(?:(?:raat|shaam|sham|subah|रात|शाम|सुबह)\s+(?:ko\s+|को\s+)?)?\d{1,2}(?:[:.]\d{2})?"
    r"(?:\s*(?:baje|बजे))?"
)
_QWHEN = (
    rf"(?:{_QTIME}\s+(?:ke\s+|के\s+)?(?:baad|bad|बाद|pehle|se\s+pehle|से\s+पहले)"
    r"|(?:raat|sunday|itwar|ravivar|saturday|shaniwar|weekend|रात|रविवार|इतवार|शनिवार|वीकेंड)"
    r"\s+(?:ko|pe|par|mein|me|को|पे|पर|में)|raat\s+bhar|har\s+sunday)"
)
_QWHENS = rf"{_QWHEN}(?:\s+(?:aur|ya|और|या)\s+{_QWHEN})*"
_QDONT = (
    r"(?:(?:(?:mujhe|muje|mereko|मुझे)\s+)?(?:koi\s+|कोई\s+)?(?:message|messages|msg|notification"
    r"|notifications|reminder|ping|मैसेज|संदेश)?\s*(?:mat|na|मत|ना)\s+(?:bhejna|bhejo|bhejiye"
    r"|karna|karo|kariye|disturb\s+karna|disturb\s+karo|pareshan\s+karna|pareshan\s+karo"
    r"|भेजना|भेजो|भेजिए|करना|करो)"
    r"|(?:(?:mujhe|muje|mereko|मुझे)\s+)?(?:disturb|pareshan|tang|परेशान)\s+(?:mat|na|मत)\s+"
    r"(?:karna|karo|kariye|करना|करो))"
)
SETTINGS = {
    "digest at {rest}": (
        rf"{_DIGEST}{_NOW}\s+(?:(?:ko|को)\s+)?{_HOUR}{_SEND}{_WHY}",
        # The time first: "मुझे रोज़ सुबह 7:30 बजे दिन का सारांश भेज देना".
        rf"{_FIRST}{_HOUR}\s+(?:(?:din|दिन)\s+(?:ka|का)\s+)?{_DIGEST}{_SEND}",
    ),
    "digest off": (
        rf"{_DIGEST}\s+(?:band\s+(?:kar\s+do|karo|kardo)|mat\s+bhejo|mat\s+bhejna|nahi\s+chahiye"
        r"|बंद\s+कर\s+दो|मत\s+भेजो|नहीं\s+चाहिए)(?:\s+(?:please|pls|yaar|ab\s+se))*",
    ),
    "timezone: {rest}": (
        rf"{_ZONE}\s*:?\s*{{rest}}\s+(?:kar\s+do|karo|kardo|set\s+karo|set\s+kar\s+do|rakho"
        r"|kar\s+dijiye|कर\s+दो|करो)(?:\s+(?:please|pls|yaar|na))*",
    ),
    "quiet hours": (
        rf"(?:please\s+|pls\s+)?(?:(?:mujhe|muje|मुझे)\s+)?{_QWHENS}\s+{_QDONT}"
        r"(?:\s+(?:please|pls|plz|yaar|na|ji|प्लीज़?))*",
    ),
}
