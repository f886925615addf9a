"""FlowHub's one settings object, read from the environment and `.env` (prefix `FLOWHUB_`)."""

from __future__ import annotations

from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

# Which variables a platform needs once any of its variables is set.
_PLATFORM_REQUIREMENTS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "WhatsApp": (
        ("whatsapp_phone_number_id", "whatsapp_access_token", "whatsapp_app_secret"),
        (
            "whatsapp_app_secret",
            "whatsapp_verify_token",
            "whatsapp_access_token",
            "whatsapp_phone_number_id",
        ),
    ),
    "Slack": (
        ("slack_signing_secret", "slack_bot_token", "slack_client_id", "slack_client_secret"),
        ("slack_signing_secret",),
    ),
    "Telegram": (
        ("telegram_bot_token", "telegram_secret_token"),
        ("telegram_bot_token", "telegram_secret_token"),
    ),
}


class ConfigurationError(ValueError):
    """A setting is missing or wrong; the message names the variable and what to do."""


def known_zone(name: object) -> str | None:
    """`name` if it is a zone this machine knows, else None."""
    return name if isinstance(name, str) and name and is_zone(name) else None


def is_zone(name: str) -> bool:
    """Whether `name` is an IANA zone this machine knows, such as "Europe/Berlin" or "UTC"."""
    # Lives here because settings checks a zone itself and must import nothing of FlowHub.
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


class Settings(BaseSettings):
    """Every knob FlowHub has. Secrets are optional so the embedded default runs with none."""

    model_config = SettingsConfigDict(
        env_prefix="FLOWHUB_", env_file=".env", env_file_encoding="utf-8", extra="ignore"
    )

    env: Literal["dev", "production"] = "dev"
    host: str = "127.0.0.1"
    port: int = Field(default=8000, ge=1, le=65535)
    web_workers: int = Field(default=1, ge=1, le=64)
    data_dir: Path = Path("data")
    database_url: str | None = None
    redis_url: str | None = None
    log_level: str = "INFO"
    log_format: Literal["text", "json"] = "text"
    # Operator metrics at GET /metrics, summed over every process that shares `metrics_dir`
    # (default: <data_dir>/metrics). With a token, a scrape must send it as a bearer token;
    # without one only this machine may read the page.
    metrics: bool = False
    metrics_token: SecretStr | None = None
    metrics_dir: Path | None = None
    default_timezone: str = "UTC"
    default_locale: str = "en"
    default_digest_time: str = "08:00"
    playground: bool = True
    api_docs: bool = True
    dev_clock: bool | None = None
    # A 50 kB paste is read whole; past this hard limit only the head is read, and said so.
    max_text_chars: int = Field(default=64_000, ge=100)
    job_retry_delays: tuple[int, ...] = (2, 10, 60)
    send_lease_seconds: float = Field(default=120.0, gt=0)
    send_concurrency: int = Field(default=8, ge=1, le=64)
    scheduler_interval: float = Field(default=0.5, gt=0, le=60)
    inbox_lease_seconds: float = Field(default=60.0, gt=0)
    inbox_sweep_interval: float = Field(default=5.0, gt=0, le=3600)
    send_retry_max_wait: float = Field(default=120.0, gt=0)
    send_retry_horizon_hours: float = Field(default=24.0, gt=0)
    request_timeout: float = Field(default=30.0, gt=0, le=600)
    outbound_allowed_hosts: tuple[str, ...] = ()

    llm_base_url: str | None = None
    llm_api_key: SecretStr | None = None
    llm_model: str = "gpt-4o-mini"
    llm_timeout: float = Field(default=4.0, gt=0)

    secret_key: SecretStr | None = None

    # Files people send (voice notes, images, documents): size caps by kind, how long the bytes
    # are kept after reading (0: deleted as soon as they are read), and who transcribes speech.
    media_max_audio_mb: float = Field(default=16.0, gt=0)
    media_max_image_mb: float = Field(default=16.0, gt=0)
    media_max_document_mb: float = Field(default=25.0, gt=0)
    media_keep_hours: float = Field(default=0.0, ge=0)
    transcribe_base_url: str | None = None
    transcribe_model: str = "whisper-1"
    transcribe_api_key: SecretStr | None = None
    transcribe_model_dir: Path | None = None
    transcribe_timeout: float = Field(default=60.0, gt=0)

    whatsapp_app_secret: SecretStr | None = None
    whatsapp_verify_token: SecretStr | None = None
    whatsapp_access_token: SecretStr | None = None
    whatsapp_phone_number_id: str | None = None
    whatsapp_api_url: str = "https://graph.facebook.com"
    whatsapp_api_version: str = "v21.0"
    whatsapp_default_template: str | None = None
    whatsapp_messages_per_second: float = Field(default=80.0, gt=0)

    slack_signing_secret: SecretStr | None = None
    slack_bot_token: SecretStr | None = None
    slack_client_id: str | None = None
    slack_client_secret: SecretStr | None = None
    slack_api_url: str = "https://slack.com/api/"
    slack_channel_messages_per_second: float = Field(default=1.0, gt=0)

    telegram_bot_token: SecretStr | None = None
    telegram_secret_token: SecretStr | None = None
    telegram_api_url: str = "https://api.telegram.org/bot"
    telegram_messages_per_second: float = Field(default=30.0, gt=0)
    telegram_chat_messages_per_second: float = Field(default=1.0, gt=0)
    telegram_group_messages_per_minute: float = Field(default=20.0, gt=0)

    public_url: str = "http://127.0.0.1:8000"
    integrations_base_url: str | None = None
    integrations_timeout: float = Field(default=10.0, gt=0)
    integrations_max_wait: float = Field(default=10.0, ge=0)
    google_client_id: str | None = None
    google_client_secret: SecretStr | None = None
    microsoft_client_id: str | None = None
    microsoft_client_secret: SecretStr | None = None
    asana_client_id: str | None = None
    asana_client_secret: SecretStr | None = None
    linear_client_id: str | None = None
    linear_client_secret: SecretStr | None = None
    atlassian_client_id: str | None = None
    atlassian_client_secret: SecretStr | None = None
    clickup_client_id: str | None = None
    clickup_client_secret: SecretStr | None = None
    pipedrive_client_id: str | None = None
    pipedrive_client_secret: SecretStr | None = None
    salesforce_client_id: str | None = None
    salesforce_client_secret: SecretStr | None = None
    # A sandbox signs in at https://test.salesforce.com, an org with My Domain at its own host.
    salesforce_login_url: str = ""
    # The monday.com account's API calls a day, by plan: Free and Trial 200, Basic and Standard
    # 1000, Pro 10000, Enterprise 25000 (monday's "Rate limits"); FlowHub stays under it.
    monday_daily_calls: int = Field(default=200, gt=0)
    zoho_client_id: str | None = None
    zoho_client_secret: SecretStr | None = None

    @field_validator("default_timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        if not is_zone(value):
            raise ConfigurationError(
                f"FLOWHUB_DEFAULT_TIMEZONE={value!r} is not an IANA zone; use e.g. 'Europe/Berlin'"
            )
        return value

    @field_validator("salesforce_login_url")
    @classmethod
    def _salesforce_host(cls, value: str) -> str:
        if not value:
            return value
        parts = urlsplit(value.rstrip("/"))
        host = parts.hostname or ""
        known = host in ("login.salesforce.com", "test.salesforce.com") or host.endswith(
            ".my.salesforce.com"
        )
        if parts.scheme != "https" or not known or parts.path or parts.port:
            raise ConfigurationError(
                f"FLOWHUB_SALESFORCE_LOGIN_URL={value!r} is not a Salesforce login host; use "
                "https://test.salesforce.com for a sandbox or https://<domain>.my.salesforce.com"
            )
        return f"https://{host}"

    @model_validator(mode="after")
    def _production_surface(self) -> Settings:
        # Production serves neither the playground nor the API docs unless they are asked for.
        if self.env == "production":
            for name in ("playground", "api_docs"):
                if name not in self.model_fields_set:
                    object.__setattr__(self, name, False)
        return self

    @model_validator(mode="after")
    def _metrics_token(self) -> Settings:
        if self.env == "production" and self.metrics and self.metrics_token is None:
            raise ConfigurationError(
                "FLOWHUB_METRICS is on in production without FLOWHUB_METRICS_TOKEN; set a token "
                "(scrapers send it as 'Authorization: Bearer <token>')"
            )
        return self

    @model_validator(mode="after")
    def _platform_secrets(self) -> Settings:
        for platform, (triggers, required) in _PLATFORM_REQUIREMENTS.items():
            if not any(getattr(self, name) for name in triggers):
                continue
            missing = [name for name in required if not getattr(self, name)]
            if missing:
                names = ", ".join(f"FLOWHUB_{name.upper()}" for name in missing)
                raise ConfigurationError(
                    f"{platform} is configured but {names} is not set; set it in the environment "
                    f"or .env (see .env.example), or unset the other FLOWHUB_{platform.upper()}_* "
                    "variables to turn the platform off"
                )
        return self

    @property
    def resolved_database_url(self) -> str:
        """The database URL: FLOWHUB_DATABASE_URL, else a SQLite file in the data dir."""
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.data_dir / 'flowhub.db').as_posix()}"

    @property
    def metrics_on(self) -> bool:
        """Whether processes count and `/metrics` answers: FLOWHUB_METRICS or a token set."""
        return self.metrics or self.metrics_token is not None

    @property
    def resolved_metrics_dir(self) -> Path:
        """Where the processes of this deployment write their counts."""
        return self.metrics_dir or self.data_dir / "metrics"

    @property
    def dev_clock_enabled(self) -> bool:
        """Whether the playground may move the clock (never in production)."""
        if self.env == "production":
            return False
        return True if self.dev_clock is None else self.dev_clock

    def enabled_platforms(self) -> list[str]:
        """The chat platforms whose credentials are configured."""
        enabled = []
        if self.whatsapp_phone_number_id:
            enabled.append("whatsapp")
        if self.slack_signing_secret:
            enabled.append("slack")
        if self.telegram_bot_token:
            enabled.append("telegram")
        return enabled
