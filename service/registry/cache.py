"""What a worker has read from the registry, kept while the registry's generation stays.

Every evaluation the service makes asks the registry about the submission's procedures.
Reading their versions from three tables costs three queries; reading the generation
counter costs one. The generation is moved by database triggers on every write to a
registry table (migration 0006), in the writing transaction, whoever writes: this
process, another worker, another host, someone at a SQL prompt. So a worker answers from
what it holds as long as the generation it read is still the current one, and starts
again from empty as soon as it moves.

The generation is read before the rows. A write that commits in between leaves rows newer
than the generation they are filed under; the next request sees the generation moved and
drops them. (Read the other way round, rows older than their generation could be kept
until the next write.)

What is held is keyed by province and code: a view is of one province (the submission's),
and a write in any province moves the one generation, so no province's entries outlive it.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.exc import OperationalError, ProgrammingError
from sqlalchemy.orm import Session

from service.engine.jurisdiction import default_province, registry_province_of
from service.registry.models import RegistryGeneration
from service.registry.store import RegistryStore
from service.registry.view import RegistryView

_GENERATION = select(RegistryGeneration.generation).where(RegistryGeneration.id == 1)


class RegistryCache:
    """Per process: the registry's versions per province and TTHC code, for one generation."""

    def __init__(self, store, max_codes: int = 20_000) -> None:
        self.store = store
        self.max_codes = max_codes
        self.generation: int | None = None
        self._by_code: dict[tuple[str, str], tuple[list, list, list]] = {}
        self._lock = threading.Lock()
        self.hits = self.misses = 0

    def view_for(self, submission: dict) -> RegistryView:
        """The view ``RegistryStore.view_for`` gives, from what is held when it is current."""
        return self.view((p["code"] for p in submission["procedures"]),
                         registry_province_of(submission))

    def view(self, codes: Iterable[str], province: str | None = None) -> RegistryView:
        """What the registry of ``province`` (default: the deployment's) holds about
        ``codes``."""
        where = province or default_province()
        wanted = sorted(set(codes))
        with self.store.reader.connect() as connection:
            try:
                generation = connection.execute(_GENERATION).scalar_one_or_none()
            except (OperationalError, ProgrammingError):
                generation = None  # a schema before migration 0006: nothing can be kept
            if generation is None:
                connection.rollback()
                with Session(connection) as session:
                    return RegistryView(*RegistryStore.versions(session, wanted, where),
                                        province=where)
            with self._lock:
                if generation != self.generation or len(self._by_code) > self.max_codes:
                    self._by_code = {}
                    self.generation = generation
                held = self._by_code
                missing = [code for code in wanted if (where, code) not in held]
                self.hits += len(wanted) - len(missing)
                self.misses += len(missing)
            loaded: dict[tuple[str, str], tuple[list, list, list]] = {
                (where, c): ([], [], []) for c in missing}
            if missing:
                with Session(connection) as session:
                    versions = RegistryStore.versions(session, missing, where)
                for kind, records in enumerate(versions):
                    for record in records:
                        loaded[(where, record.code)][kind].append(record)
                with self._lock:
                    if self.generation == generation:
                        self._by_code.update(loaded)
        parts = [loaded[key] if key in loaded else held[key]
                 for key in ((where, code) for code in wanted)]
        return RegistryView(*([r for part in parts for r in part[kind]] for kind in range(3)),
                            province=where)
