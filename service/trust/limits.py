"""Rate limits: sign-in attempts, the open pages' pre-checks and readings per client address,
the API per key, and keys that fail to authenticate per client address.

=====================  ========================  =============================================
what                   counted per               setting (default)
=====================  ========================  =============================================
``POST /login``        client address            ``RATE_LIMIT_LOGIN`` (10/minute)
``POST /check``,       client address            ``RATE_LIMIT_CHECK`` (30/minute): each one
``/check/reading/                                appends to the decision log
verdict``
``POST /check/reading`` client address           ``RATE_LIMIT_READING`` (10/minute)
``/api/…``             API key (client address   ``RATE_LIMIT_API`` (300/minute), all the
                       without one)              API's endpoints together
a key that does not    client address            ``RATE_LIMIT_AUTH_FAILURES`` (20/minute): a
authenticate                                     wrong, unknown or revoked key, anywhere
=====================  ========================  =============================================

Past a limit the answer is a 429 with ``Retry-After`` (seconds): a page in the site's frame
on the pages, the JSON error shape on the API. The client address is the connection's,
or, behind ``TRUSTED_PROXIES`` proxies, the one they pass on (``service.app``).

Why Flask-Limiter: it is the maintained rate limiter of the Flask ecosystem, built on the
``limits`` library (the same author), which gives the counting strategies and the
storages: counts in memory by default (each worker counts alone, so a limit is reached
at most as many times later as there are workers), in Redis (``redis://…``) or, written
here for deployments that have no Redis, in the service's own database (table
``rate_limits``): ``RATE_LIMIT_STORAGE=database`` shares the counts between every worker
and host. A storage that fails is not a reason to refuse a caller: the counts then go on
in memory, and the failure is logged.
"""

from __future__ import annotations

import math
import re
import time
from typing import Any

from flask import Flask, current_app, g, request
from flask_limiter import ApplicationLimit, Limiter, RequestLimit
from limits import parse_many
from limits.storage import MemoryStorage, Storage
from limits.strategies import FixedWindowRateLimiter
from sqlalchemy import delete, func, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Mapped, mapped_column
from sqlalchemy.types import Float, String
from werkzeug.exceptions import HTTPException

from service.storage.models import Base

DATABASE_SCHEME = "tthc+database"
# the pages' forms, per client address: endpoint -> the setting that limits it
PAGE_LIMITS = {"web.login": "RATE_LIMIT_LOGIN", "web.check": "RATE_LIMIT_CHECK",
               "web.check_reading_verdict": "RATE_LIMIT_CHECK",
               "web.check_reading": "RATE_LIMIT_READING"}


# --- counts in memory -----------------------------------------------------------------------

MEMORY_SCHEME = "tthc+memory"


class SweptMemoryStorage(MemoryStorage):
    """``limits``' memory storage, its expired counts swept by the request that counts,
    at most once a second, instead of by a timer thread: limits 5.8 starts a new
    ``threading.Timer`` of 10 ms whenever the last one has ended, which under load is a
    thread started (and waited for) on almost every API request. What is counted is the
    same: a count past its window is dropped when it is read, with or without a sweep; the
    sweep only returns the memory of callers gone quiet."""

    STORAGE_SCHEME = [MEMORY_SCHEME]  # noqa: RUF012 - the name limits' registry reads
    SWEEP_SECONDS = 1.0

    def __init__(self, uri: str | None = None, wrap_exceptions: bool = False,
                 **options: Any) -> None:
        super().__init__(uri, wrap_exceptions=wrap_exceptions, **options)
        self._swept = time.monotonic()

    def _MemoryStorage__schedule_expiry(self) -> None:  # replaces limits' timer thread
        now = time.monotonic()
        if now - self._swept >= self.SWEEP_SECONDS:
            self._swept = now
            self._MemoryStorage__expire_events()


# --- counts in the database -------------------------------------------------------------

class RateLimitCount(Base):
    """One fixed window's count: the key of a limit and a caller, until ``expires_at``."""

    __tablename__ = "rate_limits"

    key: Mapped[str] = mapped_column(String(255), primary_key=True)
    count: Mapped[int]
    expires_at: Mapped[float] = mapped_column(Float, index=True)


class DatabaseStorage(Storage):
    """``limits`` storage in the service's database (SQLite or PostgreSQL): one row per key
    and window, incremented in one statement (``INSERT … ON CONFLICT DO UPDATE``), so that
    workers and hosts count together. Expired rows are taken over by the next hit and
    swept now and then."""

    STORAGE_SCHEME = [DATABASE_SCHEME]  # noqa: RUF012 - the name limits' registry reads
    SWEEP_EVERY = 500  # hits between two sweeps of expired rows

    def __init__(self, uri: str | None = None, wrap_exceptions: bool = False,
                 store: Any = None, **options: Any) -> None:
        super().__init__(uri, wrap_exceptions=wrap_exceptions, **options)
        if store is None:
            raise ValueError("DatabaseStorage needs the service's store")
        self.store = store
        self.hits = 0

    @property
    def base_exceptions(self) -> type[Exception]:
        return SQLAlchemyError

    def _insert(self):
        name = self.store.engine.dialect.name
        return (postgresql if name == "postgresql" else sqlite).insert(RateLimitCount)

    def incr(self, key: str, expiry: int, amount: int = 1) -> int:
        now = time.time()
        table = RateLimitCount.__table__
        expired = table.c.expires_at <= now
        statement = self._insert().values(key=key, count=amount, expires_at=now + expiry)
        statement = statement.on_conflict_do_update(
            index_elements=[table.c.key],
            set_={"count": func.coalesce(_case(expired, amount, table.c.count + amount),
                                         amount),
                  "expires_at": _case(expired, now + expiry, table.c.expires_at)},
        ).returning(table.c.count)
        with self.store.engine.begin() as connection:
            count = connection.execute(statement).scalar_one()
            self.hits += 1
            if self.hits % self.SWEEP_EVERY == 0:
                connection.execute(delete(RateLimitCount).where(
                    RateLimitCount.expires_at <= now))
        return count

    def _row(self, key: str):
        with self.store.engine.connect() as connection:
            return connection.execute(select(RateLimitCount.count, RateLimitCount.expires_at)
                                      .where(RateLimitCount.key == key)).first()

    def get(self, key: str) -> int:
        row = self._row(key)
        return row.count if row is not None and row.expires_at > time.time() else 0

    def get_expiry(self, key: str) -> float:
        row = self._row(key)
        return row.expires_at if row is not None and row.expires_at > time.time() \
            else time.time()

    def check(self) -> bool:
        try:
            self._row("")
        except SQLAlchemyError:
            return False
        return True

    def reset(self) -> int | None:
        with self.store.engine.begin() as connection:
            return connection.execute(delete(RateLimitCount)).rowcount

    def clear(self, key: str) -> None:
        with self.store.engine.begin() as connection:
            connection.execute(delete(RateLimitCount).where(RateLimitCount.key == key))


def _case(condition, then, otherwise):
    from sqlalchemy import case

    return case((condition, then), else_=otherwise)


# --- who is counted -----------------------------------------------------------------------

def client_address() -> str:
    return f"address:{request.remote_addr or '?'}"


def api_caller() -> str:
    """The API key that authenticated this request, else the client's address."""
    who = g.get("principal")
    if who is not None and who.key_id is not None:
        return f"key:{who.key_id}"
    return client_address()


def _not_api() -> bool:
    return not request.path.startswith("/api/")


# --- answers past a limit -----------------------------------------------------------------

def retry_after(reset_at: float) -> int:
    return max(1, math.ceil(reset_at - time.time()))


def too_many(seconds: int, errors: dict[str, list[str]] | None = None):
    """The 429: a page on the pages, JSON on the API; ``Retry-After`` on both."""
    from service.api.errors import error_response
    from service.web.frame import error_page, is_page_path

    headers = {"Retry-After": str(seconds)}
    if is_page_path(request.path):
        return error_page(429, headers)  # the page's words: templates/web/error.html
    body, status, headers = error_response(429, errors or {"request": [
        f"too many requests: try again in {seconds} seconds."]}, headers)
    return body, status, headers


def _breached(limit: RequestLimit):
    return current_app.make_response(too_many(retry_after(limit.reset_at)))


def _rate_limited(error: HTTPException):
    """A 429 raised by Flask-Limiter carries the answer ``_breached`` made."""
    response = getattr(error, "response", None)
    if response is not None:
        return response
    return too_many(60)


class AuthFailures:
    """Keys that fail to authenticate, counted per client address: past the limit, every
    request of that address that presents a key is refused (429) until the window ends."""

    def __init__(self, limiter: Limiter, setting: str) -> None:
        self.limiter = limiter
        self.items = parse_many(setting)

    @property
    def _strategy(self) -> FixedWindowRateLimiter | None:
        return self.limiter.limiter if self.limiter.enabled else None

    def blocked(self) -> int | None:
        """Seconds to wait when this address has failed too often; None when it may try."""
        strategy = self._strategy
        if strategy is None:
            return None
        try:
            for item in self.items:
                if not strategy.test(item, "auth-failures", client_address()):
                    return retry_after(strategy.get_window_stats(
                        item, "auth-failures", client_address()).reset_time)
        except Exception as exc:  # noqa: BLE001 - a failing storage refuses no one
            current_app.logger.warning("rate limit storage: %s", exc)
        return None

    def failed(self) -> None:
        strategy = self._strategy
        if strategy is None:
            return
        try:
            for item in self.items:
                strategy.hit(item, "auth-failures", client_address())
        except Exception as exc:  # noqa: BLE001
            current_app.logger.warning("rate limit storage: %s", exc)


def auth_failures() -> AuthFailures | None:
    return current_app.extensions["tthc-rules"].get("auth_failures")


# --- the application ----------------------------------------------------------------------

def _storage(app: Flask, store) -> tuple[str, dict]:
    where = app.config.get("RATE_LIMIT_STORAGE") or "memory"
    if where == "memory":
        return f"{MEMORY_SCHEME}://", {}
    if where == "database":
        return f"{DATABASE_SCHEME}://", {"store": store}
    return where, {}


def init_app(app: Flask, store) -> Limiter:
    """The limits of the table above; after the access table's hook, so that the API is
    counted per key that authenticated. Call once the pages are registered."""
    uri, options = _storage(app, store)
    config = app.config
    limiter = Limiter(
        key_func=client_address, strategy="fixed-window", storage_uri=uri,
        storage_options=options, key_prefix="tthc", headers_enabled=False,
        enabled=bool(config.get("RATE_LIMITS", True)), swallow_errors=True,
        in_memory_fallback_enabled=not uri.startswith(MEMORY_SCHEME), on_breach=_breached,
        application_limits=[ApplicationLimit(lambda: config["RATE_LIMIT_API"],
                                             key_function=api_caller, scope="api",
                                             exempt_when=_not_api)])
    limiter.init_app(app)
    app.register_error_handler(429, _rate_limited)
    for endpoint, setting in PAGE_LIMITS.items():
        view = app.view_functions.get(endpoint)
        if view is None:
            continue
        app.view_functions[endpoint] = limiter.limit(
            lambda setting=setting: config[setting], key_func=client_address,
            methods=["POST"], scope=setting.lower())(view)
    app.extensions["tthc-rules"]["limiter"] = limiter
    app.extensions["tthc-rules"]["auth_failures"] = AuthFailures(
        limiter, config.get("RATE_LIMIT_AUTH_FAILURES", "20/minute"))
    return limiter


RATE_LIMITED = {
    "description": "Too many requests from this key (from this address, without a key), or "
                   "too many keys that failed to authenticate from this address: wait the "
                   "seconds `Retry-After` says.",
    "headers": {"Retry-After": {"description": "Seconds to wait.",
                                "schema": {"type": "integer", "minimum": 1}}},
    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}


def document(api, app: Flask) -> None:
    """Every API operation may answer 429, with ``Retry-After``."""
    api.spec.components.response("TOO_MANY_REQUESTS", RATE_LIMITED)
    paths = api.spec.to_dict()["paths"]
    for rule in app.url_map.iter_rules():
        if not rule.rule.startswith("/api/"):
            continue
        path = re.sub(r"<(?:[^:<>]+:)?([^<>]+)>", r"{\1}", rule.rule)
        for method in sorted((rule.methods or set()) - {"HEAD", "OPTIONS"}):
            operation = paths.get(path, {}).get(method.lower())
            if operation is not None:
                operation.setdefault("responses", {})["429"] = {
                    "$ref": "#/components/responses/TOO_MANY_REQUESTS"}
