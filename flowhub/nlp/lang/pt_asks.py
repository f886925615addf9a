"""Portuguese ways to hand a task to someone: "fala pro sam comprar ...", "pede pra Ana ..."."""

ASKS = (
    r"(?:fala|fale|diz|diga|pede|pe[çc]a|avisa|avise|manda|lembra)\s+(?:pr[oa]|pra|para\s+[oa]|para"
    r"|ao|[àa])\s+{name}\s*,?\s+(?:que\s+|pra\s+|para\s+)?",
    r"{name}\s+(?:tem\s+que|tem\s+de|precisa(?:\s+de)?|deve)\s+",
)
CONJUNCTIONS = r"e|tamb[eé]m|ah|ok|pf|pfv"
SELF = (r"(?:eu\s+)?(?:tenho\s+que|tenho\s+de|preciso|devo)\s+",)
DROP: tuple[str, ...] = ()
SHORT: dict[str, str] = {"hj": "hoje"}
