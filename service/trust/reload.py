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

Rules that survive restarts
    Every policy set that compiles (at a worker's start, on a reload, by the command) is kept
    in ``policy_snapshots``: the texts of its rule files, keyed by its version (the SHA-256
    of its packs' ids and versions). A worker that starts while the files on disk do not
    compile (a broken file left after a refused reload) serves the last good set from
    there: the snapshot of the latest policy generation, else the one compiled last. It
    says so in the log and on ``/readyz`` (``degraded``, with the reason), and keeps
    refusing the broken files until they compile: a reload, or a newer generation, tries
    them again. When a newer generation (a reload on another host) finds the files here
    broken, the worker serves that generation's set from the database.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from flask import Flask, current_app, has_app_context, request
from sqlalchemy import String, func, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Mapped, mapped_column

from service.engine import Engine, get_engine, reload_policies, set_engine
from service.engine.policy import (
    DEFAULT_POLICY_DIR,
    PolicyError,
    load_policies,
    pack_version,
    shared_bytes,
)
from service.storage.models import Base, SequenceKey


class PolicyReload(Base):
    """A reload that compiled: the generation every worker must reach."""

    __tablename__ = "policy_reloads"

    generation: Mapped[int] = mapped_column(SequenceKey, primary_key=True, autoincrement=True)
    requested_at: Mapped[datetime]
    requested_by: Mapped[str] = mapped_column(String(120))
    versions: Mapped[list]  # [{"id", "version"}] of the packs compiled


class PolicySnapshot(Base):
    """A policy set that compiled: the texts of its files, keyed by its version."""

    __tablename__ = "policy_snapshots"

    version: Mapped[str] = mapped_column(String(71), primary_key=True)
    packs: Mapped[list]  # [{"id", "version"}] in the set's order
    root: Mapped[str] = mapped_column(String(200))  # the policy folder's name
    files: Mapped[dict]  # path under the folder -> text
    recorded_at: Mapped[datetime] = mapped_column(index=True)
    recorded_by: Mapped[str] = mapped_column(String(120))


def pack_versions(engine: Engine) -> list[dict]:
    return [p.summary() for p in engine.policies.packs]


def set_version(versions: list[dict]) -> str:
    """The key of a policy set: SHA-256 of its packs' ids and versions, in order."""
    pairs = [[p["id"], p["version"]] for p in versions]
    return "sha256:" + hashlib.sha256(json.dumps(pairs, separators=(",", ":")).encode()
                                      ).hexdigest()


# --- snapshots ----------------------------------------------------------------------------

def policy_root() -> Path:
    return Path(os.environ.get("TTHC_POLICIES") or DEFAULT_POLICY_DIR)


def read_files(root: Path) -> dict[str, str] | None:
    """Every YAML file under the policy folder, by its path there; None when one cannot be
    read as UTF-8 (such a set does not compile either)."""
    files = {}
    try:
        for path in sorted(root.rglob("*.yaml")):
            relative = path.relative_to(root)
            if path.is_file() and not any(part.startswith(".") for part in relative.parts):
                files[relative.as_posix()] = path.read_bytes().decode("utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    return files


def versions_of(files: dict[str, str]) -> list[dict]:
    """The pack versions the engine gives these files (``service.engine.policy.pack_version``:
    the vocabulary, the delegations, ``pack.yaml``, then each rule file's name and bytes)."""
    vocabulary = files.get("vocabulary.yaml", "").encode()
    shared = shared_bytes(files.get("delegations.yaml", "").encode())
    packs = sorted({name.split("/")[0] for name in files if name.count("/") >= 1
                    and not name.startswith(("_", "."))})
    versions = []
    for pack in packs:
        if f"{pack}/pack.yaml" not in files:
            continue
        rule_files = [(name.rsplit("/", 1)[1], files[name].encode())
                      for name in sorted(n for n in files if n.startswith(f"{pack}/rules/")
                                         and n.count("/") == 2)]
        versions.append({"id": pack, "version": pack_version(
            vocabulary, shared, files[f"{pack}/pack.yaml"].encode(), rule_files)})
    return versions


def record_snapshot(store, engine: Engine, files: dict[str, str] | None, root: Path,
                    recorded_by: str) -> str | None:
    """Keep ``files`` as the snapshot of ``engine``'s policy set, when they are what it
    compiled; its version, or None."""
    versions = [{"id": p["id"], "version": p["version"]} for p in pack_versions(engine)]
    if files is None or versions_of(files) != versions:
        return None  # the files changed while they compiled, or are not the engine's
    version = set_version(versions)
    values = {"version": version, "packs": versions, "root": root.name[:200] or "policies",
              "files": files, "recorded_at": datetime.now(UTC),
              "recorded_by": recorded_by[:120]}
    dialect = store.engine.dialect.name
    insert = (postgresql.insert if dialect == "postgresql" else sqlite.insert)(
        PolicySnapshot.__table__).values(**values)
    statement = insert.on_conflict_do_update(
        index_elements=["version"], set_={"recorded_at": values["recorded_at"],
                                          "recorded_by": values["recorded_by"]})
    with store.engine.begin() as connection:
        connection.execute(statement)
    return version


def last_good_snapshot(store) -> PolicySnapshot | None:
    """The set to serve when the files do not compile: the latest generation's, else the
    one compiled last."""
    with store.sessions() as session:
        latest = session.scalars(select(PolicyReload).order_by(
            PolicyReload.generation.desc()).limit(1)).first()
        if latest is not None:
            snapshot = session.get(PolicySnapshot, set_version(latest.versions))
            if snapshot is not None:
                return snapshot
        return session.scalars(select(PolicySnapshot).order_by(
            PolicySnapshot.recorded_at.desc()).limit(1)).first()


def compile_snapshot(snapshot: PolicySnapshot) -> Engine:
    """The engine of a snapshot: its files written to a private folder, compiled, checked
    to be the set it names."""
    folder = Path(tempfile.mkdtemp(prefix="tthc-policies-"))
    try:
        root = folder / snapshot.root
        for name, text in snapshot.files.items():
            path = (root / name).resolve()
            if root.resolve() not in path.parents:
                raise PolicyError(f"snapshot {snapshot.version}: {name!r} lies outside it")
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(text.encode("utf-8"))
        engine = Engine(load_policies(root))
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    got = [{"id": p["id"], "version": p["version"]} for p in pack_versions(engine)]
    if got != snapshot.packs:
        engine.close()
        raise PolicyError(f"snapshot {snapshot.version} compiles to other versions")
    return engine


# --- what this worker serves --------------------------------------------------------------

@dataclass
class PolicyState:
    """Where the serving rules came from, and what is wrong with the files on disk."""

    source: str | None = None  # "files", "database" (a snapshot), None (nothing compiled)
    problem: str | None = None  # why the files on disk are not what serves
    snapshot: str | None = None  # the snapshot's version, when it serves
    snapshot_recorded_at: datetime | None = None

    def degraded(self) -> str | None:
        """Why this worker is degraded (None when it is not)."""
        if self.source == "database":
            return (f"serving the last good rules kept in the database (set {self.snapshot}, "
                    f"compiled {_when(self.snapshot_recorded_at)}): {self.problem}")
        if self.source == "files" and self.problem:
            return f"serving the rules compiled before; {self.problem}"
        return None


def _one_line(error: Exception) -> str:
    """An error's message on one line (a YAML error spans several)."""
    return " ".join(str(error).split())


def _when(moment: datetime | None) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z") \
        if moment else "?"


def state() -> PolicyState:
    return current_app.extensions["tthc-rules"]["policy_state"]


def _remember(store, engine: Engine, files: dict[str, str] | None, by: str, logger) -> None:
    try:
        record_snapshot(store, engine, files, policy_root(), by)
    except SQLAlchemyError as exc:
        logger.warning("the compiled policy set cannot be kept in the database: %s",
                       str(exc).splitlines()[0])


def start_engine(app: Flask, store) -> None:
    """Compile the rule files for this worker; when they do not compile, serve the last
    good set kept in the database, and say so. Never raises: ``/readyz`` tells."""
    tracker = PolicyState()
    app.extensions["tthc-rules"]["policy_state"] = tracker
    root = policy_root()
    files = read_files(root)
    try:
        engine = get_engine()
    except PolicyError as exc:
        tracker.problem = f"the rule files do not compile: {_one_line(exc)}"
        _fall_back(app, store, tracker)
        return
    except Exception as exc:  # served anyway: /readyz says why it is not ready
        app.logger.exception("the rules could not be compiled")
        tracker.problem = f"the rules could not be compiled: {type(exc).__name__}"
        return
    tracker.source = "files"
    if read_files(root) == files:
        _remember(store, engine, files, "a worker's start", app.logger)


def _fall_back(app: Flask, store, tracker: PolicyState) -> None:
    try:
        snapshot = last_good_snapshot(store)
    except SQLAlchemyError as exc:
        app.logger.error("%s; no last good rules can be read from the database (%s): "
                         "nothing serves", tracker.problem, str(exc).splitlines()[0])
        return
    if snapshot is None:
        app.logger.error("%s; the database keeps no good set yet: nothing serves",
                         tracker.problem)
        return
    try:
        engine = compile_snapshot(snapshot)
    except PolicyError as exc:
        app.logger.error("%s; the last good set kept in the database does not compile "
                         "either (%s): nothing serves", tracker.problem, _one_line(exc))
        return
    set_engine(engine)
    tracker.source, tracker.snapshot = "database", snapshot.version
    tracker.snapshot_recorded_at = snapshot.recorded_at
    app.logger.error("%s; serving the last good rules kept in the database instead: %s "
                     "(%s)", tracker.problem, snapshot.version, ", ".join(
                         f"{p['id']}={p['version']}" for p in snapshot.packs))


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

    def __init__(self, store, interval: float, state: PolicyState | None = None) -> None:
        self.store = store
        self.state = state or PolicyState()
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
            files = read_files(policy_root())
            try:
                engine = reload_policies()
            except PolicyError as exc:
                self.state.problem = f"the rule files do not compile: {_one_line(exc)}"
                logger.error("policy generation %s: the rule files do not compile; the last "
                             "good rules keep serving: %s", latest, _one_line(exc))
                self._serve_generation_snapshot(latest, logger)
            else:
                self.state.source, self.state.problem = "files", None
                logger.info("policy generation %s loaded: %s", latest, ", ".join(
                    f"{p['id']}={p['version']}" for p in pack_versions(engine)))
                _remember(self.store, engine, files, f"policy generation {latest}", logger)
            self.generation = latest
        finally:
            self.lock.release()

    def _serve_generation_snapshot(self, generation: int, logger) -> None:
        """With the files broken here, serve the set the generation recorded elsewhere (kept
        in the database), so that every worker serves the same rules."""
        try:
            with self.store.sessions() as session:
                recorded = session.get(PolicyReload, generation)
                snapshot = session.get(PolicySnapshot, set_version(recorded.versions)) \
                    if recorded is not None else None
        except SQLAlchemyError:
            return
        serving = set_version([{"id": p["id"], "version": p["version"]}
                               for p in serving_versions()])
        if snapshot is None or snapshot.version == serving:
            return
        try:
            engine = compile_snapshot(snapshot)
        except PolicyError as exc:
            logger.error("policy generation %s: its set kept in the database does not "
                         "compile either: %s", generation, _one_line(exc))
            return
        set_engine(engine)
        self.state.source, self.state.snapshot = "database", snapshot.version
        self.state.snapshot_recorded_at = snapshot.recorded_at
        logger.error("policy generation %s: serving its set kept in the database instead: %s",
                     generation, snapshot.version)

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
    """Record the generation the engine starts with; compile it (or serve the last good set
    kept in the database); follow newer generations before requests."""
    tracker = Follower(store, app.config.get("POLICY_CHECK_SECONDS", 3.0))
    tracker.start(app.logger)
    start_engine(app, store)
    tracker.state = state_of(app)
    app.extensions["tthc-rules"]["policy_follower"] = tracker
    app.before_request(_follow)


def state_of(app: Flask) -> PolicyState:
    return app.extensions["tthc-rules"]["policy_state"]


def reload_here(store, requested_by: str) -> tuple[int, Engine]:
    """Compile and swap in this process, keep the set in the database, then record the
    generation for the others. Raises :class:`PolicyError` (nothing swapped, nothing
    recorded) when the files do not compile."""
    tracker = state() if has_app_context() else PolicyState()
    files = read_files(policy_root())
    try:
        engine = reload_policies()
    except PolicyError as exc:
        tracker.problem = f"the rule files do not compile: {_one_line(exc)}"
        raise
    record_snapshot(store, engine, files, policy_root(), requested_by)
    generation = record_generation(store, engine, requested_by)
    tracker.source, tracker.problem, tracker.snapshot = "files", None, None
    return generation, engine


def serving_versions() -> list[dict]:
    """The packs of the engine serving now (none if it never compiled)."""
    try:
        return pack_versions(get_engine())
    except PolicyError:
        return []
