"""Access control: API keys with roles, one table of who may call what, ownership of data.

Keys
    A key is a random token of 32 bytes (``tthc_`` and 43 URL-safe characters), shown once
    when it is created; the database keeps only its SHA-256 (``api_keys.token_hash``) and
    its first characters (``hint``) to tell keys apart. ``tthc-rules keys create/list/
    revoke`` manage them; so do admins over ``/api/v1/admin/keys``.

Roles
    ``submitter``  bound to one agency code: prechecks and submissions only as that agency
                   (``submitter.code`` must be it, else 403 naming that field); reads only
                   that agency's submissions (another's is a 404, and lists hold its own).
    ``reviewer``   reads every submission and approval, prechecks any, records approvals,
                   imports the registry, reads it and its coverage, and the reviewers'
                   pages (stored submissions, coverage).
    ``admin``      manages keys and reloads the policies; besides, what a reviewer does but
                   record approvals (it neither submits nor approves). The last active admin
                   key cannot be revoked over the API (``revoke_key``).

Presenting a key
    ``Authorization: Bearer <token>``, or ``X-API-Key: <token>``, or HTTP Basic with the
    token as the password; on the pages, a browser holds the key it gave the login page in
    Flask's signed session (``SESSION_KEY``). A missing, unknown or revoked key is a 401
    with ``WWW-Authenticate``; a key outside its role a 403 (a page in the site's frame,
    for the pages).

The table
    ``POLICY`` maps every endpoint of the application to who may call it. It is applied
    by one ``before_request`` hook; an endpoint missing from it is denied to everyone (and
    a test fails until it is classified). Open to all: the probes, the OpenAPI document,
    the rule catalogue and the people's pages but the stored submissions and coverage.

When it applies (setting ``AUTH``, environment ``TTHC_AUTH``)
    ``on`` or ``off`` decide. Unset (``auto``), authentication is on when the service is
    bound beyond the loopback interface: the bind is ``TTHC_BIND`` if set, else, under
    gunicorn, its ``--bind``/``-b`` options (command line, then ``GUNICORN_CMD_ARGS``),
    else ``0.0.0.0:$PORT`` when ``PORT`` is set, else gunicorn's default 127.0.0.1:8000.
    A bind to anything but a loopback address or ``localhost`` (``0.0.0.0``, ``::``, a
    host name, a ``unix:`` socket, which is what a reverse proxy talks to) turns it on; so
    does a gunicorn configuration file that does not show its bind. Not under gunicorn
    (``flask run``, tests, scripts) it is off. In ``auto`` mode a request is checked
    whatever was decided at start-up when it arrives on a non-loopback local address, when
    it carries any header a proxy adds (``Forwarded``, ``Via``, ``X-Forwarded-*``,
    ``X-Real-IP``, …), or when its ``Host`` is not a loopback name: whenever it is unsure
    that the caller is on this host, it is not trusted. A proxy on the same host that sends
    none of these (nginx's ``proxy_pass`` by default) cannot be told from a local caller:
    in production set ``TTHC_AUTH=on``.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import ipaddress
import os
import re
import secrets
import shlex
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from flask import Flask, current_app, g, request
from flask import session as signed_session
from sqlalchemy import String, select, update
from sqlalchemy.orm import Mapped, mapped_column

from service.api.errors import error_response
from service.storage.models import Base, SequenceKey

ROLES = ("submitter", "reviewer", "admin")
TOKEN_PREFIX = "tthc_"
HINT_LENGTH = 9  # "tthc_" and four characters
AGENCY_CODE = re.compile(r"\S(?:.{0,48}\S)?")
REALM = "tthc-rules"
SESSION_KEY = "api_key"  # the login page keeps the SHA-256 of the key's token under it
SESSION_GENERATION = "key_generation"  # and the key's session generation as it signed in


# --- keys ---------------------------------------------------------------------------------------

class ApiKey(Base):
    """An API key: its role, its agency (submitters), the SHA-256 of its token."""

    __tablename__ = "api_keys"

    id: Mapped[int] = mapped_column(SequenceKey, primary_key=True, autoincrement=True)
    name: Mapped[str | None] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(20))
    agency: Mapped[str | None] = mapped_column(String(50))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    hint: Mapped[str] = mapped_column(String(12))
    created_at: Mapped[datetime]
    revoked_at: Mapped[datetime | None]
    # moved on by a logout: every page session signed in with this key before it ends
    session_generation: Mapped[int] = mapped_column(default=0, server_default="0")

    def as_dict(self) -> dict:
        return {"id": self.id, "name": self.name, "role": self.role, "agency": self.agency,
                "hint": self.hint, "created_at": utc_text(self.created_at),
                "revoked_at": utc_text(self.revoked_at) if self.revoked_at else None}


def utc_text(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class KeyError_(ValueError):
    """A key cannot be created as asked: ``errors`` maps each field to its problems."""

    def __init__(self, errors: dict[str, list[str]]) -> None:
        super().__init__("; ".join(f"{k}: {' '.join(v)}" for k, v in errors.items()))
        self.errors = errors


def check_key_fields(role: str | None, agency: str | None, name: str | None) -> None:
    errors: dict[str, list[str]] = {}
    if role not in ROLES:
        errors["role"] = [f"must be one of {', '.join(ROLES)}."]
    elif role == "submitter":
        if agency is None:
            errors["agency"] = ["is required for a submitter: the agency code it acts for."]
        elif not AGENCY_CODE.fullmatch(agency):
            errors["agency"] = ["must be 1 to 50 characters, without spaces at either end."]
    elif agency is not None:
        errors["agency"] = [f"only a submitter key has an agency, not a {role} key."]
    if name is not None and not 1 <= len(name) <= 100:
        errors["name"] = ["must be 1 to 100 characters."]
    if errors:
        raise KeyError_(errors)


def create_key(store, role: str, agency: str | None = None,
               name: str | None = None) -> tuple[ApiKey, str]:
    """A new key and its token (the only time the token is known)."""
    check_key_fields(role, agency, name)
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    key = ApiKey(name=name, role=role, agency=agency, token_hash=token_hash(token),
                 hint=token[:HINT_LENGTH], created_at=datetime.now(UTC))
    with store.sessions.begin() as session:
        session.add(key)
    return key, token


def list_keys(store, include_revoked: bool = True) -> list[ApiKey]:
    query = select(ApiKey).order_by(ApiKey.id)
    if not include_revoked:
        query = query.where(ApiKey.revoked_at.is_(None))
    with store.sessions() as session:
        return list(session.scalars(query))


class LastAdminKey(ValueError):
    """The key is the last active admin key: revoking it would leave no one to manage keys
    and reloads over the API."""


def revoke_key(store, key_id: int, allow_last_admin: bool = False) -> ApiKey | None:
    """Revoke the key (once: revoking again keeps the first time); None if unknown.

    Raises :class:`LastAdminKey` for the last active admin key (unless
    ``allow_last_admin``, which the command line may ask for): its holder would lock every
    admin out, itself first. The active admin keys are locked while this is decided, so
    two admins revoking each other's keys at once cannot both succeed.
    """
    with store.sessions.begin() as session:
        key = session.get(ApiKey, key_id, with_for_update=True)
        if key is None or key.revoked_at is not None:
            return key
        if key.role == "admin" and not allow_last_admin:
            active = session.scalars(select(ApiKey.id).where(
                ApiKey.role == "admin", ApiKey.revoked_at.is_(None)).with_for_update()).all()
            if set(active) <= {key.id}:
                raise LastAdminKey(f"key {key.id} is the last active admin key: create "
                                   f"another admin key first.")
        key.revoked_at = datetime.now(UTC)
    return key


def end_sessions(store, digest: str) -> None:
    """End every page session signed in with the key of this token hash (a logout): its
    session generation moves on, so a copy of a session cookie taken before is refused."""
    with store.sessions.begin() as session:
        session.execute(update(ApiKey).where(ApiKey.token_hash == digest).values(
            session_generation=ApiKey.session_generation + 1))


# --- who is asking --------------------------------------------------------------------------------

@dataclass(frozen=True)
class Principal:
    key_id: int | None
    role: str
    agency: str | None = None
    name: str | None = None

    def label(self) -> str:
        if self.key_id is None:
            return "local (authentication off)"
        who = f"key {self.key_id}"
        if self.name:
            who += f" ({self.name})"
        return f"{who}, {self.role}" + (f" of {self.agency}" if self.agency else "")


LOCAL = Principal(None, "local")  # authentication off: a local single user may do anything


def current() -> Principal | None:
    """The caller of this request: ``LOCAL`` with authentication off, None if anonymous."""
    return g.get("principal")


def caller() -> str:
    """Who asked, as the decision log records it: ``key:7``, ``local`` (authentication
    off) or ``anonymous`` (an open endpoint, no key)."""
    who = current()
    if who is None:
        return "anonymous"
    return "local" if who.key_id is None else f"key:{who.key_id}"


def idempotency_scope(submission: dict) -> str:
    """Whose idempotency keys these are: the agency a submitter key acts for (authentication
    off: the submitter the body names). Two agencies never share a key."""
    who = current()
    if who is not None and who.role == "submitter" and who.agency:
        return f"agency:{who.agency}"
    return f"agency:{submission['submitter'].get('code') or ''}"


def may_read(submitter_code: str | None) -> bool:
    """Whether the caller may see a stored submission of that submitter."""
    who = current()
    if who is None:
        return False
    return who.role != "submitter" or (submitter_code is not None
                                       and submitter_code == who.agency)


def reading_scope(filters):
    """``filters`` narrowed to what the caller may read; None when nothing can match."""
    who = current()
    if who is None:
        return None
    if who.role != "submitter":
        return filters
    if filters.submitter is not None and filters.submitter != who.agency:
        return None
    return replace(filters, submitter=who.agency)


# --- the table ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Access:
    roles: frozenset[str] = frozenset()
    open: bool = False
    agency_in_body: bool = False  # a submitter's body must name its agency (submitter.code)
    own_data: bool = False  # a submitter sees its agency's data only (checked by the view)

    def __str__(self) -> str:
        if self.open:
            return "open"
        return ", ".join(sorted(self.roles)) or "nobody"


def _roles(*names: str, agency_in_body: bool = False, own_data: bool = False) -> Access:
    return Access(frozenset(names), agency_in_body=agency_in_body, own_data=own_data)


OPEN = Access(open=True)
DENIED = Access()
ANY_KEY = _roles("submitter", "reviewer", "admin")
READERS = _roles("submitter", "reviewer", "admin", own_data=True)
REVIEWERS = _roles("reviewer", "admin")
ADMIN = _roles("admin")

POLICY: dict[str, Access] = {
    # probes, the API's description, the rule catalogue
    "static": OPEN,
    "api-docs.openapi_json": OPEN,
    "health.healthz": OPEN,
    "health.readyz": OPEN,
    "rules.list_rules": OPEN,
    "rules.get_rule": OPEN,
    "policies.list_policies": OPEN,
    # evaluations and stored submissions
    "prechecks.create_precheck": _roles(*ROLES, agency_in_body=True),
    "readings.create_reading": _roles(*ROLES),  # as prechecks; it reads, stores nothing
    "submissions.create_submission": _roles("submitter", agency_in_body=True),
    "submissions.list_submissions": READERS,
    "submissions.get_submission": READERS,
    # the procedure registry, coverage and approvals
    "registry.import_list": REVIEWERS,
    "registry.get_procedure": ANY_KEY,
    "registry.get_coverage": REVIEWERS,
    "registry.create_approval": _roles("reviewer"),
    "registry.get_approval": REVIEWERS,
    # the decision log's head, to keep as an anchor
    "audit.get_head": ANY_KEY,
    # administration
    "admin.list_keys": ADMIN,
    "admin.create_key": ADMIN,
    "admin.revoke_key": ADMIN,
    "admin.reload_policies": ADMIN,
    # the people's pages: open but the stored submissions and coverage
    "web.static": OPEN,
    "web.home": OPEN,
    "web.check": OPEN,
    "web.check_reading": OPEN,
    "web.check_reading_verdict": OPEN,
    "web.rules": OPEN,
    "web.rule": OPEN,
    "web.directive": OPEN,
    "web.submissions": REVIEWERS,
    "web.submission": REVIEWERS,
    "web.coverage": REVIEWERS,
    "web.coverage_gaps_csv": REVIEWERS,
    "web.login": OPEN,
    "web.logout": OPEN,
    "web.language": OPEN,
}


def access_of(endpoint: str) -> Access:
    return POLICY.get(endpoint, DENIED)


# --- when authentication applies --------------------------------------------------------------

_LOOPBACK_NAMES = {"localhost", "ip6-localhost", "ip6-loopback"}
# Headers a proxy or load balancer adds: any of them means the caller is not on this host.
_PROXY_HEADERS = ("Forwarded", "Via", "X-Real-IP", "X-Client-IP", "True-Client-IP",
                  "CF-Connecting-IP", "Fastly-Client-IP")
_PROXY_PREFIXES = ("x-forwarded-", "x-original-forwarded-", "x-cluster-client-")


def is_loopback(host: str) -> bool:
    host = host.strip().strip("[]").lower()
    if host in _LOOPBACK_NAMES or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host.split("%")[0]).is_loopback
    except ValueError:
        return False


def bind_host(bind: str) -> str | None:
    """The host of a gunicorn bind (``HOST``, ``HOST:PORT``, ``[V6]:PORT``); None for a
    ``unix:`` or ``fd://`` socket."""
    bind = bind.strip()
    if bind.startswith(("unix:", "fd://")):
        return None
    if bind.startswith("["):
        return bind[1:bind.find("]")] if "]" in bind else bind
    if bind.count(":") > 1:  # a bare IPv6 address
        return bind
    return bind.rsplit(":", 1)[0] if ":" in bind else bind


def _bind_options(args: Sequence[str]) -> tuple[list[str], bool]:
    """The ``--bind``/``-b`` values among gunicorn arguments, and whether a config file is
    named (``-c``/``--config``)."""
    binds, config = [], False
    items = list(args)
    for i, arg in enumerate(items):
        following = items[i + 1] if i + 1 < len(items) else ""
        if arg in ("-b", "--bind"):
            binds.append(following)
        elif arg.startswith("--bind="):
            binds.append(arg.split("=", 1)[1])
        elif arg.startswith("-b") and len(arg) > 2:
            binds.append(arg[2:])
        elif arg in ("-c", "--config") or arg.startswith(("--config=", "-c")):
            config = True
    return binds, config


def gunicorn_binds(argv: Sequence[str], environ: Mapping[str, str]) -> list[str] | None:
    """Where gunicorn binds, as far as its command line and environment say: None when this
    process is not gunicorn; ``["?"]`` when a configuration file may set it."""
    program = Path(argv[0]).name if argv else ""
    if "gunicorn" not in program and not (program == "__main__.py" and "gunicorn" in argv[0]):
        return None
    binds, config = _bind_options(argv[1:])
    if not binds:
        env_binds, env_config = _bind_options(shlex.split(environ.get("GUNICORN_CMD_ARGS", "")))
        binds, config = env_binds, config or env_config
    if binds:
        return binds
    if config or Path("gunicorn.conf.py").exists():
        return ["?"]
    if environ.get("PORT"):
        return [f"0.0.0.0:{environ['PORT']}"]
    return ["127.0.0.1:8000"]


def _binds(bind: str | None, argv: Sequence[str] | None,
           environ: Mapping[str, str] | None) -> list[str] | None:
    environ = os.environ if environ is None else environ
    return [b for b in re.split(r"[,\s]+", bind) if b] if bind else \
        gunicorn_binds(sys.argv if argv is None else argv, environ)


def beyond_loopback(binds: Sequence[str]) -> list[str]:
    return [b for b in binds if (host := bind_host(b)) is None or not is_loopback(host)]


def decide(setting: bool | None, bind: str | None = None,
           argv: Sequence[str] | None = None,
           environ: Mapping[str, str] | None = None) -> tuple[bool, str]:
    """Whether authentication is on at start-up, and why."""
    if setting is not None:
        return setting, f"TTHC_AUTH={'on' if setting else 'off'}"
    binds = _binds(bind, argv, environ)
    if binds is None:
        return False, "not served by gunicorn and no TTHC_BIND: a local single-user run"
    beyond = beyond_loopback(binds)
    if beyond:
        return True, f"bound beyond loopback ({', '.join(beyond)})"
    return False, f"bound to loopback only ({', '.join(binds)})"


def exposure(on: bool, bind: str | None = None, argv: Sequence[str] | None = None,
             environ: Mapping[str, str] | None = None) -> str | None:
    """A warning when authentication is off while the service binds beyond loopback."""
    if on:
        return None
    beyond = beyond_loopback(_binds(bind, argv, environ) or [])
    if not beyond:
        return None
    return (f"authentication is off (TTHC_AUTH=off) while the service binds beyond loopback "
            f"({', '.join(beyond)}): whoever reaches it may call every endpoint; set "
            f"TTHC_AUTH=on")


def _through_a_proxy() -> bool:
    """Whether the request carries a header that a proxy adds, or names this service by a
    name other than loopback's (a proxy that passes the ``Host`` it was asked for)."""
    if any(h in request.headers for h in _PROXY_HEADERS):
        return True
    if any(name.lower().startswith(_PROXY_PREFIXES) for name, _ in request.headers):
        return True
    host = request.host or ""
    return bool(host) and not is_loopback(bind_host(host) or "")


def _arrived_from_beyond() -> bool:
    """A request that came in on a non-loopback address or through a proxy: when in doubt,
    it did."""
    if _through_a_proxy():
        return True
    for name in ("gunicorn.socket", "werkzeug.socket"):
        sock = request.environ.get(name)
        if sock is None:
            continue
        try:
            local = sock.getsockname()
        except OSError:
            return True
        return not (isinstance(local, tuple) and is_loopback(str(local[0])))
    return False


# --- the hook -----------------------------------------------------------------------------------

def _challenge(endpoint: str, error: str | None = None, description: str | None = None) -> str:
    bearer = f'Bearer realm="{REALM}"'
    if error:
        bearer += f', error="{error}", error_description="{description}"'
    return bearer  # pages too: their login form, not a Basic prompt, asks for the key


class Refused(Exception):
    """A request refused before its view: answered as JSON, whatever the blueprint."""

    def __init__(self, status: int, errors: dict[str, list[str]],
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(status)
        self.status, self.errors, self.headers = status, errors, headers


def _unauthorised(endpoint: str, message: str, error: str | None = None):
    raise Refused(401, {"Authorization": [message]},
                  {"WWW-Authenticate": _challenge(endpoint, error, message)})


def _presented_token(endpoint: str) -> str | None:
    tokens = []
    header = request.headers.get("Authorization")
    if header is not None:
        scheme, _, value = header.strip().partition(" ")
        value = value.strip()
        if scheme.lower() == "bearer" and value:
            tokens.append(value)
        elif scheme.lower() == "basic" and value:
            try:
                decoded = base64.b64decode(value, validate=True).decode()
            except (binascii.Error, UnicodeDecodeError):
                _unauthorised(endpoint, "Basic credentials are not base64 of user:key.",
                              "invalid_request")
            tokens.append(decoded.partition(":")[2])
        else:
            _unauthorised(endpoint, "must be `Bearer <key>`.", "invalid_request")
    if "X-API-Key" in request.headers:
        tokens.append(request.headers["X-API-Key"].strip())
    if len(set(tokens)) > 1:
        _unauthorised(endpoint, "Authorization and X-API-Key name different keys.",
                      "invalid_request")
    return tokens[0] if tokens else None


def _key_of(digest: str) -> ApiKey | None:
    store = current_app.extensions["tthc-rules"]["store"]
    with store.sessions() as session:
        return session.scalars(select(ApiKey).where(ApiKey.token_hash == digest)).first()


def _authenticate(endpoint: str) -> Principal:
    token = _presented_token(endpoint)
    # a page's reader may hold a key in the login page's signed session (its token's hash)
    from_session = not token and endpoint.startswith("web.")
    digest = token_hash(token) if token else \
        (signed_session.get(SESSION_KEY) if from_session else None)
    if not digest:
        _unauthorised(endpoint, "an API key is required: send `Authorization: Bearer <key>`.")
    key = _key_of(digest)
    if key is None:
        _unauthorised(endpoint, "this API key is not known.", "invalid_token")
    if key.revoked_at is not None:
        _unauthorised(endpoint, "this API key was revoked.", "invalid_token")
    if from_session and signed_session.get(SESSION_GENERATION) != key.session_generation:
        _unauthorised(endpoint, "this session has ended (signed out): sign in again.",
                      "invalid_token")
    g.key_in_header = bool(token)
    return Principal(key.id, key.role, key.agency, key.name)


def header_key_authenticates() -> bool:
    """Whether this request carries a key in a header (``Authorization``, ``X-API-Key``)
    that is known and not revoked. A form sent with such a header needs no CSRF token: a
    page of another site cannot send that header. A header that does not authenticate
    proves nothing, so the form's token is then asked for."""
    if g.get("key_in_header"):
        return True
    endpoint = request.endpoint or ""
    try:
        token = _presented_token(endpoint)
    except Refused:
        return False
    if not token:
        return False
    key = _key_of(token_hash(token))
    return key is not None and key.revoked_at is None


def _presents_a_key(endpoint: str) -> bool:
    """Whether the request offers a key: in a header, or, on a page, in its session."""
    return "Authorization" in request.headers or "X-API-Key" in request.headers or (
        endpoint.startswith("web.") and bool(signed_session.get(SESSION_KEY)))


def _body_agency_problem(who: Principal) -> str | None:
    """Why a submitter's body may not be taken: it names another agency as submitter. A
    body that is not JSON, or nested too deep for the decoder, is left to the view, which
    answers 400."""
    try:
        body = request.get_json(silent=True)
    except RecursionError:
        return None
    if not isinstance(body, dict) or not isinstance(body.get("submitter"), dict):
        return None  # not a submission at all: validation answers 400/422
    code = body["submitter"].get("code")
    if code == who.agency:
        return None
    return (f"must be {who.agency!r}, the agency of this key: a submitter key acts only for "
            f"its own agency.")


def enforce():
    """The ``before_request`` hook: who may call this endpoint. A refusal is answered here,
    as JSON, so that no blueprint's error pages stand in for it."""
    try:
        _enforce()
    except Refused as refused:
        page = current_app.extensions["tthc-rules"].get("refusal_page")
        if page is not None and (request.endpoint or "").startswith("web."):
            return page(refused.status, refused.headers)  # a page, in the site's frame
        return error_response(refused.status, refused.errors, refused.headers)
    return None


def _article(word: str) -> str:
    return "an" if word[:1] in "aeiou" else "a"


def required_here() -> bool:
    """Whether this request must present a key: authentication is on, or (``auto``) the
    request came from beyond this host."""
    settings = current_app.extensions["tthc-rules"]["auth"]
    return bool(settings["on"] or (not settings["explicit"] and _arrived_from_beyond()))


def _enforce() -> None:
    endpoint = request.endpoint
    if endpoint is None or request.method == "OPTIONS":
        return  # no such route (404/405 follow), or the methods it allows
    settings = current_app.extensions["tthc-rules"]["auth"]
    if not settings["on"] and (settings["explicit"] or not _arrived_from_beyond()):
        g.principal = LOCAL
        return
    access = access_of(endpoint)
    if access.open:
        return
    failures = current_app.extensions["tthc-rules"].get("auth_failures")
    presented = _presents_a_key(endpoint)
    if presented and failures is not None:
        wait = failures.blocked()
        if wait is not None:
            raise Refused(429, {"Authorization": [(
                f"too many keys that failed to authenticate came from this address: try "
                f"again in {wait} seconds.")]}, {"Retry-After": str(wait)})
    try:
        who = _authenticate(endpoint)
    except Refused:
        if presented and failures is not None:
            failures.failed()
        raise
    g.principal = who
    if who.role not in access.roles:
        allowed = str(access)
        raise Refused(403, {"Authorization": [
            f"{_article(who.role)} {who.role} key may not {request.method} {request.path}"
            + ("" if allowed == "nobody" else f"; it needs a key of: {allowed}") + "."]})
    if access.agency_in_body and who.role == "submitter":
        problem = _body_agency_problem(who)
        if problem:
            raise Refused(403, {"submitter.code": [problem]})


def init_app(app: Flask) -> None:
    setting = app.config.get("AUTH")
    on, reason = decide(setting, app.config.get("BIND"))
    warning = exposure(on, app.config.get("BIND"))
    app.extensions["tthc-rules"]["auth"] = {"on": on, "reason": reason,
                                            "explicit": setting is not None,
                                            "warning": warning}
    app.logger.info("authentication %s: %s", "on" if on else "off", reason)
    if warning:
        app.logger.warning("%s", warning)
    app.before_request(enforce)


# --- the OpenAPI document ---------------------------------------------------------------------

SECURITY = [{"bearerKey": []}, {"headerKey": []}]


def describe(endpoint: str) -> str:
    access = access_of(endpoint)
    if access.open:
        return "open to all"
    roles = sorted(access.roles)
    if access.agency_in_body or access.own_data:
        roles = [f"{r} (own agency)" if r == "submitter" else r for r in roles]
    return "an API key of role " + ", ".join(roles) if roles else "nobody"


def document(api, app: Flask) -> None:
    """Write each operation's access into the OpenAPI document: its ``security``, the 401
    and 403 answers, and who may call it (when authentication is on)."""
    spec = api.spec
    spec.components.security_scheme("bearerKey", {
        "type": "http", "scheme": "bearer",
        "description": "An API key (`tthc-rules keys create`), when authentication is on."})
    spec.components.security_scheme("headerKey", {
        "type": "apiKey", "in": "header", "name": "X-API-Key",
        "description": "The same key in a header of its own."})
    paths = spec.to_dict()["paths"]
    for rule in app.url_map.iter_rules():
        path = re.sub(r"<(?:[^:<>]+:)?([^<>]+)>", r"{\1}", rule.rule)
        for method in sorted((rule.methods or set()) - {"HEAD", "OPTIONS"}):
            operation = paths.get(path, {}).get(method.lower())
            if operation is None:
                continue
            access = access_of(rule.endpoint)
            if access.open:
                operation["security"] = []
                continue
            operation["security"] = SECURITY
            responses = operation.setdefault("responses", {})
            responses.setdefault("401", spec.components.get_ref("response", "UNAUTHORIZED"))
            responses.setdefault("403", spec.components.get_ref("response", "FORBIDDEN"))
            note = f"Access: {describe(rule.endpoint)}."
            operation["description"] = (operation.get("description", "") + "\n\n" + note
                                        ).strip()
