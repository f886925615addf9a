"""Hindi ways to hand a task to someone: "प्रिया को बोलो ...", "priya ko bol do ..."."""

ASKS = (
    r"{name}\s+(?:को|से)\s+(?:बोलो|बोल\s+दो|बोल\s+देना|बोलना|कहो|कह\s+दो|कहना|बताओ|बता\s+दो)"
    r"\s*,?\s+(?:कि\s+)?",
    r"{name}\s+(?:ko|se)\s+(?:bolo|bol\s+do|bol\s+dena|bolna|bol|kaho|keh\s+do|kah\s+do|kehna"
    r"|batao|bata\s+do)\s*,?\s+(?:ki\s+|k\s+)?",
)
CONJUNCTIONS = r"और|aur|or|phir|fir|तो|to"
SELF: tuple[str, ...] = ()
DROP: tuple[str, ...] = ()
SHORT: dict[str, str] = {}
# "... भेज दे" said to the person is "... भेजना" as a task ("bhej de" is "bhejna").
ENDINGS = (
    (r"(?<=\S)\s+(?:दे|दें|देना|दो|दीजिए)\s*$", "ना"),
    (r"(?<=[a-z])\s+(?:de|dena|do|dijiye)\s*$", "na"),
)
