"""What the pace forecast says."""

from flowhub.i18n import Plural, Text

FINISH_ME = Text("📈 At your pace ({done}), your open tasks ({open}) would be done by {day}.")
FINISH_GROUP = Text(
    "📈 At this group's pace ({done}), its open tasks ({open}) would be done by {day}."
)
FINISH_GROUP_NAMED = Text(
    "📈 At {name}'s pace ({done}), its open tasks ({open}) would be done by {day}."
)
FINISH_PERSON = Text(
    "📈 At {name}'s pace ({done}), their open tasks you can see ({open}) would be done by {day}."
)
DONE_LAST_WEEKS = Plural("{n} done in the last 4 weeks", "{n} done in the last 4 weeks")
ALREADY_OVERDUE = Plural("{n} of them is overdue already.", "{n} of them are overdue already.")
LATE_DAY = Plural(
    "⚠️ At this pace, {n} task due {day} will be late.",
    "⚠️ At this pace, {n} tasks due {day} will be late.",
)
ON_TRACK = Text("✅ Everything due by {day} should be done on time.")
NO_PACE = Text(
    "Nothing was done in the last 4 weeks, so there is no pace to forecast from yet. "
    "Open tasks: {open}."
)
NOTHING_OPEN = Text("Nothing is open, so there is nothing to forecast. 🎉")
NOTHING_OPEN_PERSON = Text("{name} has no open tasks you can see, so there is nothing to forecast.")
NO_PACE_PERSON = Text(
    "{name} finished none of the tasks you can see in the last 4 weeks, so there is no pace "
    "to forecast from yet. Their open tasks you can see: {open}."
)

# "What's at risk this week?": the due days that would be late, asked plainly in each language.
# Matched on the folded message (lower case, no accents, no punctuation), anywhere in it.
AT_RISK = (
    r"\b(?:what(?:'s|’s|s| is)?|(?:what|which) (?:tasks|deadlines|due dates|ones)|anything"
    r"|is anything)"
    r"(?: (?:is|are|still))? (?:at risk|going to be late|gonna be late|will be late)\b"
    r"|\bwill (?:we|i) (?:make|hit|meet) (?:the|our|my) deadlines\b"
    r"|\bque (?:esta|tareas estan) en riesgo\b|\bque va a llegar tarde\b"
    r"|\bwas ist (?:\w+ ){0,3}(?:gefahrdet|in gefahr)\b|\bwelche aufgaben sind gefahrdet\b"
    r"|\bwas wird zu spat\b"
    r"|\bqu'?est[ -]ce qui (?:est a risque|risque d'?etre en retard)\b"
    r"|\bquelles taches sont a risque\b"
    r"|\bo que (?:esta em risco|vai atrasar)\b"
    r"|\bcosa (?:e|e') a rischio\b|\bcosa rischia di (?:essere in ritardo|slittare)\b"
    r"|\bwat (?:loopt|komt in) gevaar\b|\bwat wordt te laat\b"
    r"|\bчто (?:под угрозой|может не успеть|не успеем|не успею)\b"
    r"|\b(?:ne|hangi gorevler) risk altinda\b|\bne gecikecek\b"
    r"|\bapa (?:saja )?yang (?:berisiko|akan terlambat)\b"
    r"|ما (?:المعرض|المهام المعرضة) للخطر|ما الذي سيتأخر"
    r"|क्या जोखिम में है|क्या देर से होगा"
    r"|\bkya risk (?:mein|me) hai\b|\bkya late hoga\b"
)
