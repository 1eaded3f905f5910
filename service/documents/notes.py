"""Notes: every inference the reader makes, with the words it came from and where they are."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Place:
    """Where words are: a file, and a paragraph or a table (and a row) in it (1-based)."""
    file: str
    paragraph: int | None = None
    table: int | None = None
    row: int | None = None

    def at_row(self, row: int) -> Place:
        return Place(self.file, None, self.table, row)

    def as_json(self) -> dict:
        out: dict = {"file": self.file}
        for key in ("paragraph", "table", "row"):
            value = getattr(self, key)
            if value is not None:
                out[key] = value
        return out

    def label(self) -> str:
        """In Vietnamese: «tệp qd.docx, bảng 4, dòng 3»."""
        parts = [f"tệp {self.file}"]
        if self.paragraph is not None:
            parts.append(f"đoạn {self.paragraph}")
        if self.table is not None:
            parts.append(f"bảng {self.table}")
        if self.row is not None:
            parts.append(f"dòng {self.row}")
        return ", ".join(parts)


def note(kind: str, vi: str, en: str, words: str | None, place: Place | None,
         **about: object) -> dict:
    """One note: what was inferred (``vi``, ``en``), from which words, where."""
    out: dict = {"kind": kind, "message": {"vi": vi, "en": en}}
    if words is not None:
        out["words"] = words
    if place is not None:
        out["where"] = place.as_json()
        out["place"] = place.label()
    out.update({k: v for k, v in about.items() if v is not None})
    return out
