"""What a document is made of once its format is read: paragraphs and tables, in order.

Both readers (Word and HTML) produce the same blocks, so that everything after them reads
one shape. A table is a grid: every position holds the text of the cell that covers it and
where that cell starts, so that a cell merged across rows or columns is recognised as one.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Cell:
    text: str
    row: int  # where the cell that covers this position starts
    col: int

    def starts_at(self, row: int, col: int) -> bool:
        return self.row == row and self.col == col


@dataclass
class Paragraph:
    text: str
    index: int  # 1-based, in the file, counting paragraphs outside tables
    listed: bool = False  # an item of a numbered list (Word's numbering prints no «1.»)
    level: int | None = None  # its level in that list (0 the outermost), when listed


@dataclass
class Table:
    rows: list[list[Cell]]
    index: int  # 1-based, in the file, counting top-level tables

    @property
    def width(self) -> int:
        return max((len(r) for r in self.rows), default=0)

    def cell(self, r: int, c: int) -> Cell | None:
        row = self.rows[r]
        return row[c] if 0 <= c < len(row) else None

    def text(self, r: int, c: int) -> str:
        cell = self.cell(r, c)
        return cell.text if cell is not None else ""

    def row_texts(self, r: int) -> list[str]:
        """The distinct cells of a row, left to right (a cell merged across columns once)."""
        seen, out = set(), []
        for cell in self.rows[r]:
            key = (cell.row, cell.col)
            if key not in seen:
                seen.add(key)
                out.append(cell.text)
        return out


Block = Paragraph | Table


@dataclass
class Document:
    """One file, read: its name, its blocks, and the words that tell what it is."""
    name: str
    blocks: list[Block] = field(default_factory=list)


MAX_GRID = 2_000_000  # positions of one table's grid (rows × columns)


class TooLarge(ValueError):
    """A table whose grid would exceed ``MAX_GRID`` positions."""


def grid_from_spans(rows: list[list[tuple[str, int, int]]]) -> list[list[Cell]]:
    """A grid from rows of (text, colspan, rowspan) as HTML prints them: a cell spanning
    rows occupies the same columns of the rows below. Raises :class:`TooLarge`."""
    width = max((sum(cs for _, cs, _ in r) for r in rows), default=0)
    if width * max(len(rows), 1) > MAX_GRID:
        raise TooLarge(width * len(rows))
    grid: list[list[Cell | None]] = []
    for r, cells in enumerate(rows):
        while len(grid) <= r:
            grid.append([])
        line = grid[r]
        c = 0
        for text, colspan, rowspan in cells:
            while c < len(line) and line[c] is not None:
                c += 1
            cell = Cell(text, r, c)
            for dr in range(rowspan):
                while len(grid) <= r + dr:
                    grid.append([])
                target = grid[r + dr]
                for dc in range(colspan):
                    while len(target) <= c + dc:
                        target.append(None)
                    if target[c + dc] is None:
                        target[c + dc] = cell
            c += colspan
    width = max((len(r) for r in grid), default=0)
    out: list[list[Cell]] = []
    for r, line in enumerate(grid[:len(rows)]):
        out.append([cell if cell is not None else Cell("", r, c)
                    for c, cell in enumerate(line + [None] * (width - len(line)))])
    return out
