"""Running a reader of untrusted files in a process of its own, with a memory and a time
limit.

:func:`run` forks the calling process (a gunicorn worker, the command line), and the child
runs the reader under ``RLIMIT_AS``: the address space it had at the fork plus the memory the
reading may take (``READ_MEMORY_MIB``, 512 by default), less the free heap it inherits
(which it could fill without asking for more). What the reader returns, or raises,
comes back pickled through a pipe. The parent waits at most ``READ_SECONDS`` (20 by default,
less than gunicorn's 30 s worker timeout), then kills the child. So a file that would take
gigabytes or minutes costs the child, never the worker: the worker's memory is what it was,
its heartbeat is kept, and the caller gets :class:`Exceeded` to answer with a clear refusal.

Forking is cheap (the child shares the parent's pages until it writes them) and needs no
second interpreter to start, load the readers and stay warm; the child leaves by
``os._exit``, so nothing of the parent's (database connections, buffered output, exit
handlers) is closed or flushed twice. Linux only, like the service's deployment (``/proc``
says the address space; without it the child still has the time limit).
"""

from __future__ import annotations

import ctypes
import os
import pickle
import resource
import select
import signal
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

MIB = 1024 * 1024
T = TypeVar("T")


@dataclass(frozen=True)
class Bounds:
    """What one reading may take: memory (MiB, beyond what the process held) and time."""
    memory_mib: int = 512
    seconds: float = 20.0

    @classmethod
    def of(cls, config: Any) -> Bounds:
        """The bounds a Flask config (or any mapping) sets: ``READ_MEMORY_MIB``,
        ``READ_SECONDS``."""
        return cls(int(config.get("READ_MEMORY_MIB") or cls.memory_mib),
                   float(config.get("READ_SECONDS") or cls.seconds))


class Exceeded(Exception):
    """The reading went past a bound: ``what`` is ``memory`` (it ran out of the memory it
    may take, or the reader died, which is how a reader that runs out of memory in C code
    ends) or ``time``."""

    def __init__(self, what: str, bounds: Bounds) -> None:
        super().__init__(what)
        self.what = what
        self.bounds = bounds

    @property
    def vi(self) -> str:
        if self.what == "time":
            return (f"Đọc tệp mất quá nhiều thời gian (giới hạn {self.bounds.seconds:g} giây): "
                    f"không đọc. Hãy kiểm tra tệp, hoặc tách hồ sơ thành các tệp nhỏ hơn.")
        return (f"Đọc tệp cần quá nhiều bộ nhớ (giới hạn {self.bounds.memory_mib} MiB): không "
                f"đọc. Hãy kiểm tra tệp, hoặc tách hồ sơ thành các tệp nhỏ hơn.")

    @property
    def en(self) -> str:
        if self.what == "time":
            return (f"Reading the file takes too long (the limit is {self.bounds.seconds:g} "
                    f"seconds): not read. Check the file, or split the dossier into smaller "
                    f"files.")
        return (f"Reading the file needs too much memory (the limit is "
                f"{self.bounds.memory_mib} MiB): not read. Check the file, or split the "
                f"dossier into smaller files.")


class ChildFailed(RuntimeError):
    """The reader raised something that could not be sent back as it was."""


def _address_space() -> int | None:
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            return int(statm.read().split()[0]) * resource.getpagesize()
    except (OSError, ValueError, IndexError):
        return None


class _MallInfo2(ctypes.Structure):
    _fields_ = [(name, ctypes.c_size_t) for name in (
        "arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks",
        "fordblks", "keepcost")]


def _free_heap() -> int:
    """Bytes the C heap holds free (glibc's ``mallinfo2``): address space already counted
    as held that the reading could use without asking for more; 0 when unknown."""
    try:
        libc = ctypes.CDLL(None)
        libc.mallinfo2.restype = _MallInfo2
        return int(libc.mallinfo2().fordblks)
    except (OSError, AttributeError):
        return 0


def _limit(bounds: Bounds) -> int | None:
    """Set the child's limits; the address space it may reach (None when unknown)."""
    held = _address_space()
    cap = None
    if held is not None:
        # what the fork holds, plus what the reading may take less the free heap it can
        # reuse within that (some room is left for the reading to start at all)
        room = max(bounds.memory_mib * MIB - _free_heap(), 16 * MIB)
        cap = held + room
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    cpu = int(bounds.seconds) + 2  # a backstop: the parent kills it at ``seconds``
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
    return cap


# What a C library says when it cannot allocate: libxml2 (through lxml) reports an «unknown
# error» or «Memory allocation failed», which a reader takes for a damaged file.
_OUT_OF_MEMORY = ("unknown error", "memory allocation failed", "no memory")


def _ran_out(exc: BaseException) -> bool:
    """Whether ``exc``, or anything it was raised from or while handling, is a failure to
    allocate."""
    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if isinstance(exc, MemoryError):
            return True
        if type(exc).__module__.startswith("lxml") and \
                str(exc).strip().lower().startswith(_OUT_OF_MEMORY):
            return True
        exc = exc.__cause__ or exc.__context__
    return False


def _child(write: int, function: Callable[..., Any], args: tuple, kwargs: dict,
           bounds: Bounds) -> None:
    for number in (signal.SIGTERM, signal.SIGINT, signal.SIGQUIT, signal.SIGHUP,
                   signal.SIGUSR1, signal.SIGUSR2, signal.SIGWINCH, signal.SIGCHLD):
        signal.signal(number, signal.SIG_DFL)  # not the gunicorn worker's handlers
    _limit(bounds)
    try:
        outcome: tuple[str, Any] = ("ok", function(*args, **kwargs))
    except MemoryError:
        outcome = ("memory", None)
    except BaseException as exc:  # noqa: BLE001 - sent back to the caller as it is
        outcome = ("memory", None) if _ran_out(exc) else ("raised", exc)
    try:
        payload = pickle.dumps(outcome, protocol=pickle.HIGHEST_PROTOCOL)
    except MemoryError:
        payload = pickle.dumps(("memory", None))
    except Exception as exc:  # noqa: BLE001 - an exception that does not pickle
        payload = pickle.dumps(("raised", ChildFailed(f"{type(outcome[1]).__name__}: "
                                                      f"{outcome[1]!r}"[:2000])))
        del exc
    view = memoryview(payload)
    while view:
        view = view[os.write(write, view):]


def _collect(read: int, pid: int, deadline: float) -> bytes | None:
    """Everything the child writes, or None when the deadline passes first."""
    chunks = []
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            return None
        ready, _, _ = select.select([read], [], [], left)
        if not ready:
            return None
        chunk = os.read(read, 1 << 20)
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)


def run(function: Callable[..., T], *args: Any, bounds: Bounds = Bounds(),
        **kwargs: Any) -> T:
    """``function(*args, **kwargs)`` in a child process within ``bounds``: what it returns,
    or what it raises; :class:`Exceeded` past a bound. ``function``, its arguments and its
    result need to be picklable only on the way back (the child is a fork)."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns
        code = 0
        try:
            os.close(read)
            _child(write, function, args, kwargs, bounds)
        except BaseException:  # noqa: BLE001 - nothing may escape into the parent's code
            code = 70
        finally:
            os._exit(code)
    os.close(write)
    payload = None
    try:
        payload = _collect(read, pid, time.monotonic() + bounds.seconds)
    finally:
        os.close(read)
        if payload is None:
            os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    if payload is None:
        raise Exceeded("time", bounds)
    try:
        status, value = pickle.loads(payload)
    except Exception:  # noqa: BLE001 - the child died before it said anything whole
        raise Exceeded("memory", bounds) from None
    if status == "ok":
        return value
    if status == "memory":
        raise Exceeded("memory", bounds)
    raise value
