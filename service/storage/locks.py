"""An exclusive lock on a file beside another, so that processes take turns at it."""

from __future__ import annotations

import fcntl
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def lock_beside(path: Path, suffix: str) -> Iterator[None]:
    """Hold an exclusive ``flock`` on ``path`` + ``suffix`` (created if need be) while the
    block runs; another process asking for it waits."""
    with open(path.with_name(path.name + suffix), "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
