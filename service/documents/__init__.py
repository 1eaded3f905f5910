"""Reading the documents a department sends (a draft decision, its Tờ trình) into a contract
v1.2 submission, with a reading that says what was inferred, from which words, where.

``read_files([(name, bytes), …])`` reads one dossier (several files merge into one reading)
and returns ``{"submission": …, "reading": …}``; a file it cannot read raises
:class:`Unreadable` with a message in Vietnamese and English. No Flask.

The reading:

- ``files``: each file read (what it is, its number, date, title, kind, signature, the
  proposal it cites);
- ``notes``: every inference: ``kind``, ``message`` {vi, en}, the ``words`` it came from,
  ``where`` {file, paragraph | table, row} and ``place`` (in Vietnamese); each said once;
- ``tables``: every step table as read, one entry per procedure, case or path a printed
  table gives (``index``: its position in this list; ``where``: {file, table}, the table's
  number in its file, 1-based, top-level tables in printed order); its heading, members,
  ``variant``, ``tiers``, header, ``steps`` (each with its printed ``row``), ``totals``,
  ``phases``, ``placed_as`` (the internal procedures it became) and ``open_points`` (the
  indices of its points in ``submission.open_points``);
- ``unplaced``: the tables it could not place (``kind: table``, with ``table``, their index
  in ``tables``, and ``reason``) and rows that are not steps (``kind: row``);
- ``totals``: each printed total against the sum of its counted steps;
- ``open_points``: where each of ``submission.open_points`` comes from, in the same order:
  ``{"index", "kind", "table", "where", "reason" | "placed_as"}``. An ``unplaced_table``
  point is settled by placing table ``table`` (giving it a procedure and tier); a
  ``total_differs`` point by correcting that table's steps or total. A correction of table
  ``k`` removes the points whose ``table`` is ``k`` (``tables[k].open_points`` lists them)
  and nothing else;
- ``contract``: ``{"valid": true}``, or ``{"valid": false, "errors": …}`` when what was read
  is not yet a complete submission (no procedure code found anywhere).
"""

from __future__ import annotations

import errno
import logging
from datetime import date
from pathlib import Path

from service.documents.formats import MAX_FILE_BYTES, Unreadable, read_file

__all__ = ["MAX_FILE_BYTES", "Unreadable", "check_submission", "read_files", "read_paths"]


def read_files(files: list[tuple[str, bytes]], province: str | None = None,
               today: date | None = None, layout: dict | None = None) -> dict:
    """Read one dossier: every file, merged into one submission and its reading.

    ``layout``, when given, receives every table's rows as printed, by (file, table index):
    what a page needs to draw the decision's own tables without reading the files again."""
    from service.documents.annex import read_annex
    from service.documents.build import Builder, FileReading
    from service.documents.decision import read_front

    if not files:
        raise Unreadable("", "no_file", "Chưa có tệp nào để đọc.", "No file to read.")
    readings = []
    for name, data in files:
        try:
            document = read_file(name, data)
            front = read_front(document.blocks, name)
            annex = read_annex(document, front)
        except (Unreadable, MemoryError):  # out of memory: the sandbox says so
            raise
        except RecursionError:
            raise Unreadable(name, "too_deep", "Tệp lồng nhau quá sâu: không đọc.",
                             "The file is nested too deeply.") from None
        except Exception:  # a fault of the reader: logged, never a traceback to the caller
            logging.getLogger(__name__).exception("reading %s failed", name)
            raise Unreadable(name, "reader_error",
                             "Bộ đọc gặp lỗi với tệp này; lỗi đã được ghi lại để khắc phục. "
                             "Có thể gửi bản .html hoặc dán nội dung hồ sơ (JSON).",
                             "The reader failed on this file; the fault is logged.") from None
        if layout is not None:
            layout.update({(name, block.index): block.rows for block in document.blocks
                           if getattr(block, "rows", None) is not None})
        fmt = "docx" if data[:2] == b"PK" else "html"
        readings.append(FileReading(document, front, annex, fmt))
    out = Builder(readings, province, today or date.today()).build()
    out["reading"]["contract"] = check_submission(out["submission"])
    return out


def read_paths(paths: list[str | Path], province: str | None = None,
               today: date | None = None) -> dict:
    files = []
    for path in paths:
        p = Path(path)
        try:
            size = p.stat().st_size
            if size > MAX_FILE_BYTES:
                data = b"\0" * (MAX_FILE_BYTES + 1)  # refused for its size, unread
            else:
                data = p.read_bytes()
        except OSError as exc:
            why = {errno.ENOENT: "không tìm thấy tệp", errno.EISDIR: "đây là một thư mục",
                   errno.EACCES: "không có quyền đọc tệp"}.get(exc.errno, exc.strerror)
            raise Unreadable(p.name or str(p), "cannot_open", f"Không mở được tệp: {why}.",
                             f"The file cannot be opened: {exc.strerror}.") from None
        files.append((p.name, data))
    return read_files(files, province, today)


def check_submission(submission: dict) -> dict:
    """Whether the submission read meets the contract, and what is missing when not."""
    from service.contract.schemas import BadInput, load_submission

    try:
        load_submission(submission)
    except BadInput as exc:
        return {"valid": False, "errors": exc.errors}
    return {"valid": True}
