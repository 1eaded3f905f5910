"""The reading's own process: what it returns or raises comes back; past its memory or its
time it is stopped, and the caller is told which, while the calling process keeps its
memory."""

from __future__ import annotations

import os
import resource
import signal
import time

import pytest

from service.documents.formats import Unreadable
from service.untrusted.sandbox import Bounds, Exceeded, run

SMALL = Bounds(memory_mib=64, seconds=3)


def grow(mib: int) -> int:
    held = [bytearray(1024 * 1024) for _ in range(mib)]
    return len(held)


def refuse(name: str) -> None:
    raise Unreadable(name, "zip_bomb", "Tệp nén bất thường", "A zip bomb")


def test_what_the_reader_returns_comes_back():
    assert run(sorted, [3, 1, 2], bounds=SMALL) == [1, 2, 3]
    assert run(grow, 16, bounds=SMALL) == 16


def test_what_the_reader_raises_comes_back_whole():
    with pytest.raises(Unreadable) as caught:
        run(refuse, "du-thao.docx", bounds=SMALL)
    assert (caught.value.file, caught.value.reason, caught.value.vi) == (
        "du-thao.docx", "zip_bomb", "Tệp nén bất thường")


def test_past_its_memory_the_reading_stops_and_the_caller_keeps_its_own():
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with pytest.raises(Exceeded) as caught:
        run(grow, 1024, bounds=SMALL)
    assert caught.value.what == "memory"
    assert "64 MiB" in caught.value.vi and "64 MiB" in caught.value.en
    grown = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
    assert grown < 64 * 1024  # KiB: the gigabyte was never this process's


def test_past_its_time_the_reading_is_killed():
    started = time.monotonic()
    with pytest.raises(Exceeded) as caught:
        run(time.sleep, 60, bounds=Bounds(memory_mib=64, seconds=0.5))
    assert caught.value.what == "time" and "0.5 giây" in caught.value.vi
    assert time.monotonic() - started < 30  # killed, not waited for


def die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)  # as the kernel ends a process out of memory


def test_a_reader_that_dies_is_told_as_out_of_memory():
    with pytest.raises(Exceeded) as caught:
        run(die, bounds=SMALL)
    assert caught.value.what == "memory"
