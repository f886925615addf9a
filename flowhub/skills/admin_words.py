"""What the bot says about a group's admins."""

from flowhub.i18n import Text

ADMINS_HERE = Text("Admins of this group: {names}.")
ADMINS_OF = Text("{group}: {names}")
NO_GROUPS = Text("You're not in a group with me yet, so there are no admins to name.")
ADMIN_ADDED = Text("{name} is now an admin of this group. Admins: {names}.")
ALREADY_ADMIN = Text("{name} is already an admin of this group.")
ADMIN_REMOVED = Text("{name} is no longer an admin of this group. Admins: {names}.")
NOT_ADMIN = Text("{name} is not an admin of this group. Admins: {names}.")
LAST_ADMIN = Text("{name} is this group's only admin; make someone else an admin first.")
ONLY_ADMINS = Text("Only this group's admins can change its admins: {names}.")
ASK_IN_GROUP = Text("Say that in the group it is about, and I'll change its admins there.")
WHO_IS = Text("I don't know anyone called {name} here yet.")
WHICH_ONE = Text("More than one person is called {name}; use their full name.")
