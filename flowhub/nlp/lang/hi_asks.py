"""Hindi ways to hand a task to someone: "प्रिया को बोलो ...", "priya ko bol do ...",
"सैम को रिपोर्ट भेजनी है" (Sam has to send the report)."""

# The date it is due by, after the "has to" ("... bhejna hai Thursday tak", "... hai kal tak").
_BY_LATIN = r"(?:\s+(?:\S+\s+){0,3}?(?:tak|tk|se\s+pehle|se\s+pahle))?"
_BY_DEV = r"(?:\s+(?:\S+\s+){0,3}?(?:तक|से\s+पहले))?"
ASKS = (
    r"{name}\s+(?:को|से)\s+(?:बोलो|बोल\s+दो|बोल\s+देना|बोलना|कहो|कह\s+दो|कहना|बताओ|बता\s+दो)"
    r"\s*,?\s+(?:कि\s+)?",
    r"{name}\s+(?:ko|se)\s+(?:bolo|bol\s+do|bol\s+dena|bolna|bol|kaho|keh\s+do|kah\s+do|kehna"
    r"|batao|bata\s+do)\s*,?\s+(?:ki\s+|k\s+)?",
    # "ana ko de do: swiss pass order karna", "sam ko assign karo - …": the task handed over.
    r"{name}\s+ko\s+(?:ye\s+|yeh\s+|ise\s+|isko\s+)?(?:de\s+do|dedo|de\s+dena|de\s+de"
    r"|pass\s+kar\s+do|assign\s+kar(?:o|\s+do)|saunp\s+do|sonp\s+do|forward\s+kar\s+do)"
    r"\s*[:,–—-]\s*",
    r"{name}\s+को\s+(?:ये\s+|यह\s+|इसे\s+)?(?:दे\s+दो|दे\s+देना|सौंप\s+दो)\s*[:,–—-]\s*",
    # "X को ... भेजनी है": what X has to do; "X को फ़ोन करना है" calls X, so it is no ask.
    r"{name}\s+को\s+(?!(?:फ़ोन|फोन|कॉल|काल|मैसेज|मेसेज|ईमेल|मेल|याद|बताना|बोलना|कहना|पूछना|मिलना|देना)"
    r"(?!\S))(?=(?:\S+\s+){1,8}\S+(?:ना|नी|ने)\s+(?:है|हैं|होगा|होगी|होंगे)" + _BY_DEV + r"\s*[।.!]*$)",
    r"{name}\s+ko\s+(?!(?:phone|fone|call|msg|message|email|mail|yaad|batana|bolna|kehna|puchna"
    r"|milna|dena)\b)(?=(?:\S+\s+){1,8}\S+(?:na|ni|ne)\s+(?:hai|h|he|hain|hoga|hogi)"
    + _BY_LATIN
    + r"\s*[.!]*$)",
)
CONJUNCTIONS = r"और|aur|or|phir|fir|तो|to|अरे|are|हाँ|haan"
SELF: tuple[str, ...] = ()
DROP: tuple[str, ...] = ()
SHORT: dict[str, str] = {}
# "... भेज दे" said to the person is "... भेजना" as a task ("bhej de" is "bhejna"), and what
# someone "has to" do ("भेजनी है") is the same "भेजना".
ENDINGS = (
    (r"(?<=\S)\s+(?:दे|दें|देना|दो|दीजिए)\s*$", "ना"),
    (r"(?<=[a-z])\s+(?:de|dena|do|dijiye)\s*$", "na"),
    (r"(?<=\S)(?:ना|नी|ने)\s+(?:है|हैं|होगा|होगी|होंगे)(?=" + _BY_DEV + r"\s*[।.!]*$)", "ना"),
    (r"(?<=[a-z])(?:na|ni|ne)\s+(?:hai|h|he|hain|hoga|hogi)(?=" + _BY_LATIN + r"\s*[.!]*$)", "na"),
)
