"""What a card says when it suggests a due date from how long similar tasks took."""

from flowhub.i18n import Plural, Text

HINT_DAYS = Plural(
    "💡 Your “{word}” tasks usually take a day; due {day}?",
    "💡 Your “{word}” tasks usually take {n} days; due {day}?",
)
HINT_LABEL = Text("📅 Due {day}")

# Words that name no kind of task: articles, pronouns and small words, in the languages the bot
# reads most; the first word of a title (its verb) never counts either.
STOP = frozenset(
    str.split(
        "the a an my our your his her their to for of on in at with and from by via this that it "
        "new all some more next last again please pls asap urgent task tasks thing stuff "
        "der die das den dem des ein eine einen und mit für von zu im am "
        "el la los las un una unos al del con para por de y en "
        "le les une des du au aux et pour avec sur "
        "o os um uma do da dos das no na com em "
        "il lo gli di per con della "
        "het een van voor met op en "
        "и в на с по для "
        "ve ile bir için "
        "dan di ke untuk yang "
        "ko ki ka ke se aur"
    )
)
