"""Reading spreadsheets (xlsx, csv) as they are kept, and writing them back safely."""

from __future__ import annotations

import csv
import datetime as dt
import errno
import io
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Sequence

from ..files import write_through

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")  # what a worksheet may not hold
SUPPORTED = (".xlsx", ".csv")
# Far above any real list (a province's receipt lines are some 300,000 rows), far below what would exhaust
# an old laptop's memory: a file past these is refused before it is read.
MAX_ROWS = 1_048_576            # a worksheet's own limit
MAX_CSV_BYTES = 256 * 2**20
MAX_XLSX_UNPACKED = 1024 * 2**20  # the members of the workbook, unpacked (a zip bomb is far larger)


class SheetError(Exception):
    """The file cannot be read or written as a table. `key` names the problem (`type`, `missing`, `not_file`,
    `read`, `too_large`, `rows`, `csv`, `xlsx`, `encoding`, `binary`, `no_header`, `disk_full`, `write`) and
    `params` its details; the services word it in the user's language (texts `sheet.<key>`)."""

    def __init__(self, key: str, **params: Any):
        self.key, self.params = key, params
        super().__init__(key, params)


@dataclass
class RawSheet:
    rows: list[list[Any]]          # every row of the first sheet, as values
    title_lines: list[str]         # text of rows above the header (titles)


def normalise_header(text: Any) -> str:
    """`NO. SK BUPATI` -> `no sk bupati`: case, punctuation and spacing do not matter."""
    return re.sub(r"[^0-9a-z]+", " ", str(text or "").lower()).strip()


def read_rows(path: Path) -> list[list[Any]]:
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        raise SheetError("type", suffix=suffix or "(none)")
    if not path.exists():
        raise SheetError("missing", path=path)
    if not path.is_file():
        raise SheetError("not_file", path=path)
    try:
        return _read_csv(path) if suffix == ".csv" else _read_xlsx(path)
    except OSError as exc:
        raise SheetError("read", path=path, detail=exc.strerror or exc) from exc


def _too_large(path: Path, size: int, limit: int) -> SheetError:
    return SheetError("too_large", path=path.name, size=-(-size // 2**20), limit=limit // 2**20)


def _read_xlsx(path: Path) -> list[list[Any]]:
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException
    import zipfile

    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(member.file_size for member in archive.infolist())
        if unpacked > MAX_XLSX_UNPACKED:
            raise _too_large(path, unpacked, MAX_XLSX_UNPACKED)
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise SheetError("xlsx", detail=exc) from exc
    try:
        rows = []
        for row in workbook.worksheets[0].iter_rows(values_only=True):
            if len(rows) == MAX_ROWS:
                raise SheetError("rows", path=path.name, limit=MAX_ROWS)
            rows.append(list(row))
        return rows
    finally:
        workbook.close()


def _read_csv(path: Path) -> list[list[Any]]:
    size = path.stat().st_size
    if size > MAX_CSV_BYTES:
        raise _too_large(path, size, MAX_CSV_BYTES)
    data = path.read_bytes()
    # UTF-16 with its byte-order mark is what Excel's "Unicode text" writes; otherwise UTF-8, else Windows-1252.
    encodings = ("utf-16",) if data[:2] in (b"\xff\xfe", b"\xfe\xff") else ("utf-8-sig", "cp1252")
    for encoding in encodings:
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:  # a broken UTF-16 file (cp1252 decodes nearly anything else)
        raise SheetError("encoding")
    if "\x00" in text:
        raise SheetError("binary")
    sample = text[:4096]
    delimiter = ";" if sample.count(";") > sample.count(",") else ("\t" if sample.count("\t") > sample.count(",")
                                                                   else ",")
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    try:
        rows = list(reader)  # bounded by MAX_CSV_BYTES
    except csv.Error as exc:  # e.g. a quote left open, so the rest of the file is one cell
        raise SheetError("csv", line=reader.line_num, detail=exc) from exc
    if len(rows) > MAX_ROWS:
        raise SheetError("rows", path=path.name, limit=MAX_ROWS)
    return rows


def find_header(rows: Sequence[Sequence[Any]], known: set[str], *, minimum: int = 3) -> int:
    """Index of the first row where at least `minimum` cells are known column names."""
    for index, row in enumerate(rows[:30]):
        hits = sum(1 for cell in row if normalise_header(cell) in known)
        if hits >= minimum:
            return index
    raise SheetError("no_header")


def neutralise(value: Any) -> Any:
    """Text that a spreadsheet would run as a formula gets a leading apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def unneutralise(value: Any) -> Any:
    """Undo `neutralise` on read, so an export re-imports unchanged."""
    if value.__class__ is str and value[:1] == "'" and value[1:2] and value[1:].startswith(FORMULA_START):
        return value[1:]
    return value


def write_table(path: Path, headers: Sequence[str], rows: Iterable[Sequence[Any]], *, title: str = "") -> None:
    """Write atomically (files.write_through), neutralising formula-like text."""
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        raise SheetError("type", suffix=suffix or "(none)")

    def fill(handle) -> None:
        if suffix == ".csv":
            text = io.TextIOWrapper(handle, encoding="utf-8-sig", newline="")
            writer = csv.writer(text, delimiter=";")
            writer.writerow(headers)
            for row in rows:
                writer.writerow([_csv_cell(v) for v in row])
            text.flush()
            text.detach()  # the handle stays open for the sync
        else:
            _write_xlsx(handle, headers, rows, title)

    try:
        write_through(path, fill)
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise SheetError("disk_full", path=path) from exc
        raise SheetError("write", path=path, detail=exc.strerror or exc) from exc


def _xlsx_cell(value: Any) -> Any:
    """A value a worksheet can hold: control characters (a stray NUL or bell) are dropped, not fatal."""
    value = neutralise(value)
    if value.__class__ is str and not value.isprintable() and CONTROL_CHARACTERS.search(value):
        value = CONTROL_CHARACTERS.sub("", value)
    return value


def _csv_cell(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    return neutralise(value)


def _write_xlsx(handle, headers: Sequence[str], rows: Iterable[Sequence[Any]], title: str) -> None:
    import openpyxl
    from openpyxl.styles import Font

    workbook = openpyxl.Workbook(write_only=False)
    sheet = workbook.active
    sheet.title = (title or "Data")[:31]
    sheet.append(list(headers))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append([_xlsx_cell(v) for v in row])
    for column in sheet.columns:
        width = max((len(str(c.value)) for c in column if c.value is not None), default=8)
        sheet.column_dimensions[column[0].column_letter].width = min(max(width + 2, 8), 48)
    sheet.freeze_panes = "A2"
    workbook.save(handle)
