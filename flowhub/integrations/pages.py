"""What the OAuth sign-in pages say in the browser (the chat's words are the skills')."""

OAUTH_PAGE_OK = "{tool} is connected to FlowHub. You can close this tab and go back to the chat."
OAUTH_PAGE_BAD = "That sign-in link is invalid or expired. Ask FlowHub for a new one in the chat."
OAUTH_PAGE_USED = (
    "That sign-in link was already used; each link works once. If the sign-in did not finish, "
    "say “connect {kind}” in the chat for a new link."
)
OAUTH_PAGE_FAILED = "{tool} didn't let FlowHub in: {why}. Ask FlowHub for a new link in the chat."
