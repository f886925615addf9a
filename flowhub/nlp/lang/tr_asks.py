"""Turkish ways to hand a task to someone: "bi de Ana bütçeyi kontrol etsin", "Sam'e söyle ..."."""

ASKS = (
    r"{name}'?(?:e|a|ye|ya)\s+(?:s[oö]yle|s[oö]yleyin|de|ilet)\s*,?\s+",
    # "Ana cumaya kadar bütçeyi kontrol etsin": the name, then what they are to do ("-sin").
    r"{name}\s+(?=(?:\S+\s+){0,7}\S+(?:s[ıi]n|s[uü]n)(?:\s+l[uü]tfen)?[\s.!?]*$)",
)
# "bi de", "bir de" ("and also") open the sentence; they are never a name.
CONJUNCTIONS = r"bi\s+de|bir\s+de|bide|ayr[ıi]ca|hem\s+de|ve|ha|ah|tamam|bi|bir"
SELF: tuple[str, ...] = ()
DROP: tuple[str, ...] = ()
SHORT: dict[str, str] = {}
# What someone is to do ("kontrol etsin", "hazırlasın") is said as a task ("kontrol et").
ENDINGS = ((r"(?<=\w)s[ıiuü]n(?=(?:\s+l[uü]tfen)?[\s.!?]*$)", ""),)
