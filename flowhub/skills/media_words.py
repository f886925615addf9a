"""Everything the bot says about the files people send: what it read, and why it could not."""

from flowhub.i18n import Text

# The line above a card (or answer) made from a file, quoting what was read in it.
FROM_VOICE = Text("🎙 From your voice note: “{quote}”")
FROM_AUDIO = Text("🎧 From your audio: “{quote}”")
FROM_IMAGE = Text("🖼 From your image: “{quote}”")
FROM_DOCUMENT = Text("📄 From {name}: {quote}")
FROM_DOCUMENT_PAGE = Text("📄 From {name} (p. {page}): {quote}")
DOCUMENT = Text("your document")

TOO_BIG = Text(
    "That file is {size} MB; I read files up to {limit} MB. Send a smaller one or paste the text."
)
TOO_BIG_UNSIZED = Text(
    "That file is over {limit} MB, the most I read. Send a smaller one or paste the text."
)
WRONG_TYPE = Text(
    "That file isn't the kind it says it is, so I didn't open it. Send a PDF, Word or text "
    "file, an image or a voice note, or paste the text."
)
UNSAFE = Text(
    "I didn't open that file: it looks unsafe (locked, scripted or oversized inside). Send a "
    "plain copy or paste the text."
)
LOCKED = Text(
    "That PDF is locked with a password, and I only read unlocked files. Send a copy without the "
    "password or paste the text."
)
UNREADABLE = Text("I couldn't open that file; it may be damaged. Send it again or paste the text.")
SCRIPTED = Text(
    "I didn't open that PDF: it holds a script (JavaScript), and I never run those. Send a plain "
    "copy or paste the text."
)
IMAGE_NAMED = Text(
    "That file is named like a document, but it's really an image. I read it as one and found "
    "no text in it."
)
MISNAMED = Text(
    "That file is named {name}, but inside it isn't that kind of document, so I couldn't open "
    "it. Save or export it again, or paste the text."
)
RECEIPT_ONLY = Text(
    "🧾 That's a receipt or an invoice{amount}: nothing to do in it unless you tell me, e.g. "
    "“expense this by friday” or “pay this by monday”."
)
SAME_FILE = Text(
    "📄 I've read this same file before and made its cards then, so I didn't make them again. "
    "Say “try again” if you want them anyway."
)
PICTURE = Text("📷 Nice picture! There's no text in it, so nothing to save.")
VOICE_KEPT = Text(
    "🎙 Yes, your voice note is kept. Voice notes aren't switched on yet; once an admin turns them "
    "on, say “try again” and I'll read it."
)
NO_TEXT_IMAGE = Text("I found no text in that image. Send a sharper one or type the task.")
NO_TEXT_DOCUMENT = Text(
    "I found no text in that document. Paste the text or send a photo of the page."
)
NO_SPEECH = Text("I couldn't hear any words in that voice note. Record it again or type it.")
TRANSCRIBER_DOWN = Text("I couldn't reach the transcription service; say “try again” in a minute.")
TRANSCRIBER_OFF = Text(
    "🎙 I can't listen to voice notes yet: an admin hasn't switched them on. I've kept your voice "
    "note, so “try again” reads it once they're on; meanwhile, type it or send a screenshot."
)
TRANSCRIBER_OFF_AGAIN = Text("🎙 I can't listen to voice notes yet; please type it.")
VOICE_STILL_OFF = Text(
    "🎙 Voice notes still aren't switched on, so I can't read it yet. I've kept it; type it "
    "meanwhile."
)
VOICE_WHERE_PRIVATE = Text(
    "🎙 Your voice note stays in our private chat; I haven't copied the recording. Your "
    "teammates can't hear it, and only you can have me read it. Once it's read, I keep its "
    "text, and the recording only as long as your admin has set (by default not at all)."
)
VOICE_WHERE_GROUP = Text(
    "🎙 Your voice note is in this group, where its members can play it like any message; I "
    "haven't copied the recording or passed it on, and only you can have me read it. Once it's "
    "read, I keep its text, and the recording only as long as your admin has set (by default "
    "not at all)."
)
DOWNLOAD_FAILED = Text(
    "I couldn't download that file. Say “try again” in a minute, or send it again."
)
RETRYING = Text("🔄 Reading that file again…")
STILL_READING = Text("⏳ I'm still reading your last file; its answer comes in a moment.")
WHICH_SIDE = Text(
    "📄 This document binds two parties. Which side are you: {first} or {second}? "
    "I'll make cards of what your side owes."
)
SIDE_TAKEN = Text(
    "📄 As {side} these are yours; what {other} owes is left out. "
    "I'll take you as {side} for their next documents here."
)
