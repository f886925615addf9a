"""Where FlowHub may send: the guard for every URL or host a person names (webhooks, Jira sites).

A person-supplied address must be https in production and must not reach FlowHub's own network:
loopback, private, link-local, shared, unspecified, multicast, reserved and cloud-metadata
addresses are refused, IPv4-mapped IPv6 included. Hosts in `FLOWHUB_OUTBOUND_ALLOWED_HOSTS` and
the origin of `FLOWHUB_INTEGRATIONS_BASE_URL` (a proxy, or the fakes in tests) are trusted.

`check_url` runs when a tool is connected; `transport` checks again on every connection, after
its own DNS lookup, and connects to the very address it checked (no rebinding in between).
"""

from __future__ import annotations

import ipaddress
import socket
import ssl
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import SplitResult, urlsplit

import httpcore
import httpx

from flowhub.services import ToolConfig

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

# Cloud metadata services: AWS, GCP and Azure (also link-local), AWS over IPv6, Alibaba, Oracle.
METADATA = frozenset(
    ipaddress.ip_address(a)
    for a in ("169.254.169.254", "169.254.170.2", "fd00:ec2::254", "100.100.100.200", "192.0.0.192")
)
_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_HINT = (
    "use a public https address, or ask the admin to add the host to FLOWHUB_OUTBOUND_ALLOWED_HOSTS"
)


class Refused(ValueError):
    """FlowHub will not send to this address; the message says why and what to use instead."""


@dataclass(frozen=True, slots=True)
class Outbound:
    """Who may be reached: https only or not, and the hosts ("host" or "host:port") trusted."""

    https_only: bool = True
    allowed_hosts: frozenset[str] = frozenset()

    def trusts(self, host: str, port: int) -> bool:
        """Whether the admin named this host (or this host and port) as reachable."""
        host = host.casefold().strip("[]")
        return host in self.allowed_hosts or f"{host}:{port}" in self.allowed_hosts


def policy(tools: ToolConfig) -> Outbound:
    """The outbound policy of this deployment."""
    allowed = {h.strip().casefold() for h in tools.outbound_allowed_hosts if h.strip()}
    if tools.integrations_base_url:
        base = httpx.URL(tools.integrations_base_url)
        allowed.add(f"{(base.host or '').casefold()}:{_port_of(base)}")
    return Outbound(https_only=tools.env == "production", allowed_hosts=frozenset(allowed))


def check_url(url: str, rules: Outbound, *, resolve: bool = True) -> None:
    """Refuse (with `Refused`) a URL FlowHub must not send to; `resolve` also looks up its host."""
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError, ValueError) as exc:
        raise Refused(f"“{_shown(url)}” is not a URL; paste a full https:// address") from exc
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise Refused(f"“{_shown(url)}” is not an http(s) URL; paste a full https:// address")
    if rules.trusts(parsed.host, _port_of(parsed)):
        return
    if rules.https_only and parsed.scheme != "https":
        raise Refused(f"“{_shown(url)}” is not https; this server only sends over https")
    if resolve:
        addresses(parsed.host, _port_of(parsed))


def addresses(host: str, port: int) -> list[IPAddress]:
    """The public addresses `host` resolves to; `Refused` if any of them is not public."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise Refused(f"the host “{host}” could not be found; check the address") from exc
    found = [ipaddress.ip_address(str(info[4][0]).split("%", 1)[0]) for info in infos]
    for address in found:
        why = blocked(address)
        if why:
            raise Refused(f"“{host}” is {why} ({address}), which FlowHub does not send to; {_HINT}")
    if not found:
        raise Refused(f"the host “{host}” has no address; check it")
    return found


def blocked(address: IPAddress) -> str | None:
    """Why FlowHub must not connect to `address` ("a loopback address", ...), or None."""
    if isinstance(address, ipaddress.IPv6Address):
        inner = address.ipv4_mapped or address.sixtofour
        if inner is None and address in _NAT64:
            inner = ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
        if inner is not None:
            return blocked(inner)
    if address in METADATA:
        return "a cloud metadata address"
    checks = (
        ("is_loopback", "a loopback address"),
        ("is_unspecified", "an unspecified address"),
        ("is_link_local", "a link-local address"),
        ("is_multicast", "a multicast address"),
        ("is_private", "a private address"),
        ("is_reserved", "a reserved address"),
    )
    for attribute, why in checks:
        if getattr(address, attribute):
            return why
    if not address.is_global:
        return "not a public address"
    return None


def transport(
    rules: Outbound, *, verify: ssl.SSLContext, socket_options: Iterable[tuple[int, int, int]]
) -> httpx.HTTPTransport:
    """An httpx transport that checks each address it connects to under `rules`."""
    return _GuardedTransport(rules, verify=verify, socket_options=list(socket_options))


class _GuardedTransport(httpx.HTTPTransport):
    def __init__(
        self, rules: Outbound, *, verify: ssl.SSLContext, socket_options: list[tuple[int, int, int]]
    ) -> None:
        super().__init__(verify=verify, socket_options=socket_options)
        self._rules = rules
        self._pool = httpcore.ConnectionPool(
            ssl_context=verify,
            socket_options=socket_options,
            network_backend=_GuardedBackend(rules),
        )

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        check_url(str(request.url), self._rules, resolve=False)
        return super().handle_request(request)


class _GuardedBackend(httpcore.SyncBackend):
    """Resolves the host itself, refuses non-public answers, and connects to a checked address."""

    def __init__(self, rules: Outbound) -> None:
        self._rules = rules

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        target = host if self._rules.trusts(host, port) else str(addresses(host, port)[0])
        return super().connect_tcp(
            target,
            port,
            timeout=timeout,
            local_address=local_address,
            socket_options=socket_options,
        )


def _port_of(url: httpx.URL) -> int:
    return url.port or (443 if url.scheme == "https" else 80)


def _shown(url: str) -> str:
    """A URL as safe to repeat in chat: no user info or query, and not too long."""
    parts = urlsplit(url) if "://" in url else None
    if parts is None or not parts.hostname:
        return url[:80]
    port = _port(parts)
    netloc = parts.hostname + (f":{port}" if port else "")
    return f"{parts.scheme}://{netloc}{parts.path}"[:80]


def _port(parts: SplitResult) -> int | None:
    try:
        return parts.port
    except ValueError:
        return None


__all__ = [
    "METADATA",
    "Outbound",
    "Refused",
    "addresses",
    "blocked",
    "check_url",
    "policy",
    "transport",
]
