"""Spreadsheet import: read, map columns, validate every row, then write all or nothing."""

from __future__ import annotations

import logging
import sqlite3
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from ..domain.issues import Issue, errors, warnings, without_echoes
from ..domain.messages import field_label
from ..sheets.columns import KINDS, Column, header_index
from ..sheets.table import RawSheet, SheetError, find_header, normalise_header, read_rows, unneutralise, write_table
from ..storage import checkpoint
from ..storage.db import transaction
from ..sync.engine import LARGE_BUNDLE, no_cycle_collection
from .backup import automatic_backup
from .common import sheet_problem
from .context import AppContext
from .errors import ServiceError
from .texts import t
from .import_rows import RowMapper
from .roles import Permission

log = logging.getLogger(__name__)
Progress = Callable[[int, int], None]


class ImportCancelled(ServiceError):
    pass


@dataclass
class RowProblem:
    row: int            # spreadsheet row number (1-based, as the user sees it)
    column: str         # the column header in the user's file, or the field's label
    value: Any
    message: str


@dataclass
class SourceRow:
    number: int
    values: dict[str, Any]              # field -> cell value
    headers: dict[str, str]             # field -> header text in the file


@dataclass
class ImportPlan:
    kind: str
    path: Path
    rows: list[SourceRow]
    records: list[Any] = field(default_factory=list)     # prepared records, kind-specific
    problems: list[RowProblem] = field(default_factory=list)
    warnings: list[RowProblem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass
class ImportReport:
    kind: str
    rows: int
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    problems: list[RowProblem] = field(default_factory=list)
    warnings: list[RowProblem] = field(default_factory=list)
    report_path: Path | None = None

    @property
    def ok(self) -> bool:
        return not self.problems


def load_source(path: Path, kind: str) -> tuple[list[SourceRow], RawSheet]:
    """Rows of the file keyed by field, from whatever header row and column order it has."""
    if kind not in KINDS:
        raise ServiceError(f"unknown kind {kind!r}: use asn, facility or receipt")
    columns: tuple[Column, ...] = KINDS[kind]
    index = header_index(columns)
    rows = read_rows(path)
    header_at = find_header(rows, set(index))
    header = rows[header_at]
    mapping: dict[int, str] = {}
    for position, cell in enumerate(header):
        field_name = index.get(normalise_header(cell))
        if field_name and field_name not in mapping.values():
            mapping[position] = field_name
    titles = [" ".join(str(c) for c in r if c not in (None, "")) for r in rows[:header_at]]
    source = []
    # One header map shared by every row: it is the same for all of them.
    headers = {f: str(header[p]).strip() for p, f in mapping.items()}
    positions = list(mapping.items())
    for offset, row in enumerate(rows[header_at + 1:], start=header_at + 2):
        if not any(c not in (None, "") and not (isinstance(c, str) and not c.strip()) for c in row):
            continue
        width = len(row)
        values = {f: unneutralise(row[p]) if p < width else None for p, f in positions}
        source.append(SourceRow(offset, values, headers))
    return source, RawSheet(rows, [t for t in titles if t])


class ImportService:
    def __init__(self, ctx: AppContext):
        self.ctx = ctx

    def preview(self, path: Path, kind: str, *, event: str | None = None,
                progress: Progress | None = None, cancel: threading.Event | None = None) -> ImportPlan:
        """Read and validate everything; nothing is written."""
        self.ctx.require(Permission.IMPORT)
        try:
            with no_cycle_collection():
                rows, raw = load_source(Path(path), kind)
        except SheetError as exc:
            raise sheet_problem(exc, self.ctx.lang, _named_columns(kind)) from exc
        if not rows:  # the header alone, or the wrong sheet of a workbook
            raise ServiceError(t("sheet.no_rows", self.ctx.lang, path=Path(path).name))
        plan = ImportPlan(kind, Path(path), rows)
        mapper = RowMapper(self.ctx, kind, event=event, titles=raw.title_lines)
        with no_cycle_collection():
            mapper.prepare(plan, progress=progress, cancel=cancel)
        return plan

    def apply(self, plan: ImportPlan, *, progress: Progress | None = None,
              cancel: threading.Event | None = None) -> ImportReport:
        """Write a valid plan in one transaction: every record or none."""
        self.ctx.require(Permission.IMPORT)
        report = ImportReport(plan.kind, len(plan.rows), problems=list(plan.problems),
                              warnings=list(plan.warnings))
        if not plan.ok:
            return report
        mapper = RowMapper(self.ctx, plan.kind)
        automatic_backup(self.ctx, "import")  # the copy to go back to if the import was a mistake
        try:
            # A large sheet's pages are copied from the WAL into the database file after the commit.
            with checkpoint.after_commit(self.ctx.conn, len(plan.rows) >= LARGE_BUNDLE), \
                    transaction(self.ctx.conn), no_cycle_collection():
                counts = mapper.write(plan, progress=progress, cancel=cancel)
        except ImportCancelled:
            raise
        except sqlite3.OperationalError as exc:
            # SQLITE_FULL: the transaction was rolled back, so the message can promise nothing changed.
            if "full" not in str(exc):
                raise
            raise ServiceError("Ruang disk penuh; impor dibatalkan dan tidak ada data yang diubah."
                               if self.ctx.lang != "en" else
                               "The disk is full; the import was cancelled and nothing was changed.") from exc
        report.created, report.updated, report.unchanged = counts
        return report

    def run(self, path: Path, kind: str, *, event: str | None = None, write_report: bool = True,
            progress: Progress | None = None, cancel: threading.Event | None = None) -> ImportReport:
        plan = self.preview(path, kind, event=event, progress=progress, cancel=cancel)
        report = self.apply(plan, progress=progress, cancel=cancel)
        if not report.ok and write_report:
            report.report_path = write_problem_report(Path(path), report.problems, self.ctx.lang)
        return report


def problems_from_issues(row: SourceRow, issues: list[Issue], lang: str,
                         field_map: Callable[[str], str] | None = None) -> list[RowProblem]:
    """Issues of one record to problems naming the user's row and column; a column's problem is said once
    (a unit code that names no unit is not also "unit is required")."""
    names = {}
    for issue in issues:
        names[issue] = issue.field if issue.field in row.headers or not field_map else field_map(issue.field)

    def column(issue: Issue) -> str:
        return row.headers.get(names[issue]) or field_label(issue.field, lang)

    return [RowProblem(row.number, column(issue), row.values.get(names[issue]), issue.message(lang))
            for issue in without_echoes(issues, column)]


def problem_report_path(path: Path) -> Path:
    """Where the list of problems of `path` goes: beside it, `daftar.xlsx` -> `daftar.kesalahan.xlsx`."""
    suffix = ".csv" if path.suffix.lower() == ".csv" else ".xlsx"
    return path.with_name(f"{path.stem}.kesalahan{suffix}")


def write_problem_list(target: Path, problems: list[RowProblem], lang: str) -> Path:
    """A spreadsheet listing every bad row and field (row, column, value, problem)."""
    headers = ["BARIS", "KOLOM", "NILAI", "MASALAH"] if lang == "id" else ["ROW", "COLUMN", "VALUE", "PROBLEM"]
    try:
        write_table(target, headers, ([p.row, p.column, _text(p.value), p.message] for p in problems),
                    title="Kesalahan" if lang == "id" else "Problems")
    except SheetError as exc:
        raise sheet_problem(exc, lang) from exc
    return target


def write_problem_report(path: Path, problems: list[RowProblem], lang: str) -> Path | None:
    """The problem list beside the input; None when it cannot be written there."""
    target = problem_report_path(path)
    try:
        return write_problem_list(target, problems, lang)
    except ServiceError as exc:  # e.g. a write-protected stick: the problems are still printed and shown
        log.warning("could not write the problem report %s: %s", target, exc)
        return None


def _named_columns(kind: str) -> list[str]:
    """A few headers a file of `kind` is recognised by, for a message when none is found."""
    return [c.header for c in KINDS.get(kind, ()) if not c.header.startswith("ID")][:4]


def _text(value: Any) -> Any:
    return "" if value is None else value


__all__ = ["ImportService", "ImportPlan", "ImportReport", "RowProblem", "SourceRow", "problems_from_issues",
           "errors", "warnings"]
