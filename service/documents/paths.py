"""Alternative paths in one step table: a table that prints two (or more) totals, each for a
case («10 ngày đối với hồ sơ đầy đủ; 30 ngày đối với trường hợp phải xác minh»), in one
cell or in rows of their own, is one internal procedure per path, each with its own steps
and its printed total as its time limit.

Which steps belong to which path: a step whose time cell gives one amount per case belongs
to every path with that path's amount; a step whose words name a case belongs to that path;
when the paths' totals are printed one after the other with steps between them, the steps
before a path's total are that path's (or, when they add up to it, every step before it);
any other step is common to every path.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from service.documents.durations import hours, read_time, total_of
from service.documents.steps import Step, Total
from service.documents.text import clean, fold

_MARKER = re.compile(r"\b(truong hop|doi voi|neu|khi|th\s*\d+)\b")
_PLACE_PART = re.compile(r"^\W*(tai|o)\s+(ubnd|uy ban|cap|so|trung tam|bo phan|phong|xa|"
                         r"phuong|van phong)\b")
_LEAD = re.compile(r"^\W*((tong (so )?)?thoi (gian|han)( giai quyet| thuc hien)?( tthc| thu tuc"
                   r" hanh chinh)?( la)?|tong cong|tong)\b\W*", re.IGNORECASE)
_STOP = {"truong", "hop", "doi", "voi", "neu", "khi", "ho", "so", "cua", "va", "la", "thi",
         "duoc", "co", "cac", "nhung", "trong", "ngay", "lam", "viec", "ke", "tu", "nhan",
         "theo", "quy", "dinh", "gio", "tong", "thoi", "gian", "giai", "quyet", "thuc", "hien",
         "tthc", "thu", "tuc", "hanh", "chinh", "mot"}


@dataclass(frozen=True)
class Pair:
    """One case's amount, as a cell prints it: «30 ngày đối với trường hợp phải xác minh»."""
    name: str  # the case's words as printed
    key: frozenset[str]
    duration: dict


def case_key(words: str) -> frozenset[str]:
    """The words that tell one case from another («hồ sơ đầy đủ» → {day, du})."""
    return _key(words)


def _key(words: str) -> frozenset[str]:
    tokens = re.findall(r"[a-z0-9]+", fold(words))
    key = frozenset(t for t in tokens if t not in _STOP)
    return key or frozenset(t for t in tokens if t not in ("truong", "hop", "doi", "voi"))


def _name(piece: str, amount: str) -> str:
    """The case's words of a piece, without its amount and its lead («Tổng thời gian:»)."""
    text = clean(piece)
    at = fold(text).find(amount)
    if at >= 0:
        text = text[:at] + " " + text[at + len(amount):]
    text = _LEAD.sub("", clean(text))
    text = re.sub(r"^[\s:;,.\-–]+|[\s:;,.\-–]+$", "", text)
    text = re.sub(r"^\((.*)\)$", r"\1", text).strip(" ():")
    m = re.search(r"(trường hợp|đối với|nếu|khi)\b.*$", text, re.IGNORECASE)
    if m and fold(m[0]).startswith("doi voi truong hop"):
        return m[0][len("đối với "):].strip()
    return (m[0] if m else text).strip(" ():;,.")


def path_pairs(text: str) -> list[Pair]:
    """The cases and their amounts a cell or line gives, when it gives one per case: each
    piece («…; …», one per line or «- …») holds one amount and words of a case («trường hợp
    …», «đối với …», «(hồ sơ đầy đủ)»), not a place («tại UBND cấp xã: …») nor an
    equivalent («tương đương …»)."""
    from service.documents.durations import _AMOUNT

    out = []
    for piece in re.split(r"[;\n]|(?:^|\s)[-+•/]\s|\bhoặc\b", text):
        f = fold(piece)
        if not f.strip() or _PLACE_PART.match(f) or "tuong duong" in f:
            continue
        amounts = list(_AMOUNT.finditer(f))
        if len(amounts) != 1:
            continue
        if not (_MARKER.search(f) or re.search(r"\([^)0-9]{3,}\)", f)):
            continue
        duration = read_time(piece).duration
        name = _name(piece, amounts[0][0])
        if duration is None or len(name) < 3:
            continue
        out.append(Pair(name, _key(name), duration))
    return out


@dataclass
class Path:
    """One path of a table: its case, its printed total, its steps."""
    name: str
    key: frozenset[str]
    total: Total
    steps: list[Step] = field(default_factory=list)
    cumulative: bool = False


def _match(key: frozenset[str], paths: list[Path]) -> Path | None:
    """The path whose case words are all in ``key``'s (the most of them), else None."""
    best = [p for p in paths if p.key and p.key <= key]
    best.sort(key=lambda p: -len(p.key))
    if best and (len(best) == 1 or len(best[0].key) > len(best[1].key)):
        return best[0]
    return None


def _case_words(s: Step) -> str:
    """The words by which a step says it belongs to one case: its label and time cell, or
    a case its action begins or ends with («Trường hợp phải xác minh: …», «… (trường hợp …)»)."""
    found = []
    for text in (s.label, s.time_text):
        if _MARKER.search(fold(text)):
            found.append(text)
    action = clean(s.action)
    m = re.match(r"^\W*((trường hợp|đối với|nếu)[^:;,.]{0,80})", action, re.IGNORECASE) or \
        re.search(r"\(((trường hợp|đối với|nếu)[^()]{0,80})\)\W*$", action, re.IGNORECASE)
    if m:
        found.append(m[1])
    return " ".join(found)


def _sum_hours(steps: list[Step]) -> float | None:
    total = total_of([s.duration for s in steps if s.counted and s.duration])
    return hours(total) if total else None


def find_paths(steps: list[Step], totals: list[Total], lines: list[str]) -> list[Path] | None:
    """The paths of a table, from its total rows and the total lines printed above it; None
    when it prints one path."""
    paths: list[Path] = []
    rows_of: dict[int, int] = {}
    for t in totals:
        pairs = path_pairs(f"{t.label}: {t.text}" if t.label != t.text else t.text)
        if len(pairs) == 1 and t.duration is not None:
            pairs = [replace(pairs[0], duration=t.duration)]
        for pair in pairs:
            paths.append(Path(pair.name, pair.key, Total(t.label, t.text, pair.duration, t.row,
                                                         t.steps_before)))
            rows_of[id(paths[-1])] = t.row
    if len(paths) < 2:
        paths, rows_of = [], {}
        for line in lines:
            for pair in path_pairs(line):
                paths.append(Path(pair.name, pair.key, Total(line, line, pair.duration, -1,
                                                             len(steps))))
    keys = [p.key for p in paths]
    if len(paths) < 2 or len(set(keys)) < len(keys) or not all(keys):
        return None
    _assign(paths, steps, rows_of)
    return paths


def _assign(paths: list[Path], steps: list[Step], rows_of: dict[int, int]) -> None:
    rows = sorted({r for r in rows_of.values()})
    sequential = len(rows) > 1 and any(
        rows[k] < s.row < rows[k + 1] for s in steps for k in range(len(rows) - 1))
    own: dict[int, list[Step]] = {id(p): [] for p in paths}
    common: list[tuple[int, Step]] = []
    for s in steps:
        pairs = path_pairs(s.time_text)
        if len(pairs) >= 2:
            for p in paths:
                pair = next((x for x in pairs if x.key == p.key), None) or next(
                    (x for x in pairs if p.key <= x.key or x.key <= p.key), None)
                own[id(p)].append(replace(s, duration=pair.duration if pair else None,
                                          counted=pair is not None, notes=[]))
            continue
        named = _match(_key(_case_words(s)), paths) if _case_words(s) else None
        if named is not None:
            own[id(named)].append(s)
        elif sequential:
            after = [p for p in paths if rows_of.get(id(p), -1) > s.row]
            target = min(after, key=lambda p: rows_of[id(p)]) if after else paths[-1]
            own[id(target)].append(s)
        else:
            common.append((s.row, s))
    for p in paths:
        mine = own[id(p)]
        if sequential:
            before = [s for s in steps if s.row < rows_of.get(id(p), 10 ** 9)]
            printed = hours(p.total.duration)
            if _sum_hours(mine) != printed and _sum_hours(before) == printed:
                mine, p.cumulative = before, True
        p.steps = sorted(mine + [x for _, x in common], key=lambda x: x.row)
        p.total = replace(p.total, steps_before=len(p.steps))
