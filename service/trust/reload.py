"""Reloading the policy files safely, in every worker.

A reload compiles the rule files first and swaps the engine only when they compile
(``service.engine.reload_policies``): a broken file leaves the last good rules serving and
says why. Each reload that succeeds is recorded in ``policy_reloads`` as a new
*generation* with the pack versions it compiled; every worker of every host looks at the
latest generation at most every ``POLICY_CHECK_SECONDS`` (before handling a request) and
reloads its own engine when it is behind. A worker whose reload fails keeps serving its
last good rules and logs why.

Ways to ask for one:

* ``POST /api/v1/admin/reload`` (an admin key): reloads in the worker that answers, which
  records the generation; the others follow within the check interval.
* ``tthc-rules policies reload``: compiles the files, records the generation (the running
  workers follow), and with ``--pid``/``--pidfile`` also sends ``SIGHUP`` to gunicorn's
  master, which starts new workers (without ``--preload`` they compile the files afresh).
"""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime

from flask import Flask, current_app, request
from sqlalchemy import String, func, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Mapped, mapped_column

from service.engine import Engine, get_engine, reload_policies
from service.engine.policy import PolicyError
from service.storage.models import Base, SequenceKey


class PolicyReload(Base):
    """A reload that compiled: the generation every worker must reach."""

    __tablename__ = "policy_reloads"

    generation: Mapped[int] = mapped_column(SequenceKey, primary_key=True, autoincrement=True)
    requested_at: Mapped[datetime]
    requested_by: Mapped[str] = mapped_column(String(120))
    versions: Mapped[list]  # [{"id", "version"}] of the packs compiled


def pack_versions(engine: Engine) -> list[dict]:
    return [p.summary() for p in engine.policies.packs]


def latest_generation(store) -> int:
    with store.sessions() as session:
        return session.scalar(select(func.max(PolicyReload.generation))) or 0


def record_generation(store, engine: Engine, requested_by: str) -> int:
    entry = PolicyReload(requested_at=datetime.now(UTC), requested_by=requested_by[:120],
                         versions=[{"id": p["id"], "version": p["version"]}
                                   for p in pack_versions(engine)])
    with store.sessions.begin() as session:
        session.add(entry)
        session.flush()
        return entry.generation


class Follower:
    """One application's view of the policy generation: which one its engine has."""

    def __init__(self, store, interval: float) -> None:
        self.store = store
        self.interval = interval
        self.generation: int | None = None
        self.checked_at = float("-inf")
        self.lock = threading.Lock()
        self.warned = False

    def start(self, logger) -> None:
        """Before the engine is first compiled: the generation it will have."""
        self.generation = self._latest(logger)
        self.checked_at = time.monotonic()

    def _latest(self, logger) -> int | None:
        try:
            return latest_generation(self.store)
        except SQLAlchemyError as exc:
            if not self.warned:
                logger.warning("the policy generation cannot be read: %s",
                               str(exc).splitlines()[0])
                self.warned = True
            return None

    def follow(self, logger) -> None:
        """Reload when a newer generation was recorded (at most every ``interval``)."""
        now = time.monotonic()
        if now - self.checked_at < self.interval or not self.lock.acquire(blocking=False):
            return
        try:
            self.checked_at = now
            latest = self._latest(logger)
            if latest is None or (self.generation is not None and latest <= self.generation):
                if self.generation is None:
                    self.generation = latest
                return
            try:
                engine = reload_policies()
            except PolicyError as exc:
                logger.error("policy generation %s: the rule files do not compile; the last "
                             "good rules keep serving: %s", latest, exc)
            else:
                logger.info("policy generation %s loaded: %s", latest, ", ".join(
                    f"{p['id']}={p['version']}" for p in pack_versions(engine)))
            self.generation = latest
        finally:
            self.lock.release()

    def reloaded(self, generation: int) -> None:
        with self.lock:
            self.generation = max(generation, self.generation or 0)
            self.checked_at = time.monotonic()


def follower() -> Follower:
    return current_app.extensions["tthc-rules"]["policy_follower"]


def _follow() -> None:
    if request.endpoint not in (None, "static", "web.static"):
        follower().follow(current_app.logger)


def init_app(app: Flask, store) -> None:
    """Record the generation the engine starts with; follow newer ones before requests."""
    tracker = Follower(store, app.config.get("POLICY_CHECK_SECONDS", 3.0))
    tracker.start(app.logger)
    app.extensions["tthc-rules"]["policy_follower"] = tracker
    app.before_request(_follow)


def reload_here(store, requested_by: str) -> tuple[int, Engine]:
    """Compile and swap in this process, then record the generation for the others.
    Raises :class:`PolicyError` (nothing swapped, nothing recorded) when the files do not
    compile."""
    engine = reload_policies()
    generation = record_generation(store, engine, requested_by)
    return generation, engine


def serving_versions() -> list[dict]:
    """The packs of the engine serving now (none if it never compiled)."""
    try:
        return pack_versions(get_engine())
    except PolicyError:
        return []
