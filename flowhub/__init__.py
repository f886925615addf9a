"""FlowHub: a chat-native task assistant for WhatsApp, Slack and Telegram."""

__version__ = "0.1.0"
