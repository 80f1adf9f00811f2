"""A read-only table model over a keyset-paged list: rows are read a page at a time, on demand.

Setting a query reads its first page only (one LIMIT query on the FTS or sort index), so a search shows
results as soon as that page is read. The length of a long filtered list, and the position index that
makes jumps into its middle cheap, come from a survey on a worker thread (its own connection), started
after a short pause so that typing does not start one per key; until it arrives the list grows a page at a
time (`canFetchMore`/`fetchMore`) and the count is shown as "at least".
"""

from __future__ import annotations

from PySide6.QtCore import (QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt,
                            QTimer, Signal)
from PySide6.QtGui import QBrush, QColor

from ...services.context import AppContext
from ...services.paging import Cancelled, ListQuery, RecordPager, Survey
from ...tasks import TaskCancelled, TaskRunner
from .columns import COLUMN_CONTEXT, ColumnSpec

ID_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
FLAG_BRUSH = QBrush(QColor("#fff1d6"))
SURVEY_DELAY_MS = 120

_DISPLAY = Qt.ItemDataRole.DisplayRole
_ALIGN = Qt.ItemDataRole.TextAlignmentRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_BACKGROUND = Qt.ItemDataRole.BackgroundRole
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_HORIZONTAL = Qt.Orientation.Horizontal
_ROLES = frozenset(int(r) for r in (_DISPLAY, _ALIGN, _TOOLTIP, _BACKGROUND, ID_ROLE, ROW_ROLE))


def has_discrepancy(row: dict) -> bool:
    return any((row.get(k) or 0) > 0 for k in ("short", "excess", "damaged"))


def survey_job(query: ListQuery, page_size: int):
    """Count a list and index its page starts (on a worker, with the worker's own connection)."""
    def job(ctx, progress):
        try:
            return RecordPager(ctx, query, page_size=page_size).survey(lambda: progress.cancelled)
        except Cancelled as exc:
            raise TaskCancelled() from exc
    return job


class PagedTableModel(QAbstractTableModel):
    """Rows of a `ListQuery`; the first page is read with the query, the rest when the view paints it."""

    query_changed = Signal()
    count_changed = Signal()        # the shown length changed, or the exact count became known

    def __init__(self, ctx: AppContext, columns: list[ColumnSpec], query: ListQuery, parent=None,
                 *, page_size: int = 200, survey_delay_ms: int = SURVEY_DELAY_MS):
        super().__init__(parent)
        self.ctx, self.columns, self.page_size = ctx, columns, page_size
        self._titles = [QCoreApplication.translate(COLUMN_CONTEXT, c.title) for c in columns]
        self._numeric = [c.numeric for c in columns]
        # A private single-thread runner: surveys are bookkeeping, not work the shell shows as busy.
        self._worker = TaskRunner(ctx.paths, lambda: ctx.session, lambda: ctx.lang, self, max_threads=1)
        self._survey = None
        self._delay = QTimer(self, objectName="listSurveyDelay")
        self._delay.setSingleShot(True)
        self._delay.setInterval(survey_delay_ms)
        self._delay.timeout.connect(self._start_survey)
        self._query = query
        self._hot: tuple[int, list[dict]] = (-1, [])    # the page the view is painting now
        self._units: dict[str | None, list[str]] = {}    # unit filter -> its units, until a refresh
        self._pager = self._open(query)
        self._shown = self._pager.available()
        self._plan_survey()

    def _open(self, query: ListQuery) -> RecordPager:
        units = self._units.get(query.unit_code)
        pager = RecordPager(self.ctx, query, page_size=self.page_size, units=units)
        self._units[query.unit_code] = pager.unit_ids()
        pager.first_page()
        return pager

    @property
    def query(self) -> ListQuery:
        return self._query

    @property
    def pager(self) -> RecordPager:
        return self._pager

    def set_query(self, query: ListQuery) -> None:
        self._stop_survey()
        self.beginResetModel()
        self._query = query
        self._hot = (-1, [])
        self._pager = self._open(query)
        self._shown = self._pager.available()
        self.endResetModel()
        self._plan_survey()
        self.query_changed.emit()
        self.count_changed.emit()

    def refresh(self) -> None:
        """Read again after a change: the same query, fresh pages, count and units."""
        self._units.clear()
        self.set_query(self._query)

    # -- the length, known later ----------------------------------------------------------------
    def count_known(self) -> bool:
        return self._pager.known_count() is not None

    def surveyed(self) -> bool:
        return self._pager.surveyed()

    def _plan_survey(self) -> None:
        # A list of one page needs no index; a longer one gets its count and page starts after a pause.
        if not self._pager.surveyed() and (self._pager.known_count() or self.page_size + 1) > self.page_size:
            self._delay.start()

    def _start_survey(self) -> None:
        self._stop_survey()
        query = self._query
        handle = self._worker.submit("list-survey", survey_job(query, self.page_size), owner=self)
        handle.succeeded.connect(lambda survey, q=query, h=handle: self._surveyed(q, h, survey))
        self._survey = handle

    def _stop_survey(self) -> None:
        self._delay.stop()
        if self._survey is not None:
            self._survey.cancel()
            self._survey = None

    def _surveyed(self, query: ListQuery, handle, survey: Survey) -> None:
        if query != self._query or handle is not self._survey:
            return      # a survey of a list no longer shown
        self._survey = None
        before = self._pager.known_count()
        self._pager.adopt(survey)
        self._hot = (-1, [])
        total = survey.count
        if before is not None and before != total:
            # The list changed between the two reads (another window wrote): show it afresh.
            self.beginResetModel()
            self._shown = total
            self.endResetModel()
        elif total > self._shown:
            self.beginInsertRows(QModelIndex(), self._shown, total - 1)
            self._shown = total
            self.endInsertRows()
        elif total < self._shown:
            self.beginRemoveRows(QModelIndex(), total, self._shown - 1)
            self._shown = total
            self.endRemoveRows()
        self.count_changed.emit()

    def survey_running(self) -> bool:
        return self._delay.isActive() or self._survey is not None

    def shutdown(self) -> None:
        """Stop the survey and wait for the worker (before the screen goes away)."""
        self._stop_survey()
        self._worker.shutdown()

    # -- Qt model ---------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:
        return not parent.isValid() and self._pager.more_to_read()

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:
        if parent.isValid() or not self._pager.more_to_read():
            return
        before = self._shown
        added = self._pager.fetch_more()
        self._hot = (-1, [])
        if added:
            self.beginInsertRows(QModelIndex(), before, before + added - 1)
            self._shown = before + added
            self.endInsertRows()
        self.count_changed.emit()

    def _row(self, number: int) -> dict | None:
        if number < 0 or number >= self._shown:
            return None
        page, offset = divmod(number, self.page_size)
        hot, rows = self._hot
        if hot != page:
            rows = self._pager.page(page)
            self._hot = (page, rows)
        return rows[offset] if offset < len(rows) else None

    def data(self, index, role: int = _DISPLAY):
        # The view asks ~10 roles per cell; only the few answered here look the row up.
        if role not in _ROLES or not index.isValid():
            return None
        row = self._row(index.row())
        if row is None:
            return None
        if role == _DISPLAY:
            return self.columns[index.column()].render(row, self.ctx.lang)
        if role == _ALIGN:
            return _RIGHT if self._numeric[index.column()] else None
        if role == _BACKGROUND:
            flagged = row.get("_flagged")
            if flagged is None:
                flagged = row["_flagged"] = bool(row.get("warnings")) or has_discrepancy(row)
            return FLAG_BRUSH if flagged else None
        if role == _TOOLTIP:
            if row.get("warnings"):
                return "\n".join(row["warnings"])
            return self.columns[index.column()].render(row, self.ctx.lang) or None
        if role == ID_ROLE:
            return row["id"]
        if role == ROW_ROLE:
            return row
        return None

    def headerData(self, section: int, orientation, role: int = _DISPLAY):
        if role != _DISPLAY:
            return None
        if orientation == _HORIZONTAL:
            return self._titles[section]
        return str(section + 1)

    def retranslate(self) -> None:
        self._titles = [QCoreApplication.translate(COLUMN_CONTEXT, c.title) for c in self.columns]
        self.headerDataChanged.emit(_HORIZONTAL, 0, len(self.columns) - 1)

    def title(self, column: int) -> str:
        return self._titles[column]

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        key = self.columns[column].sort if 0 <= column < len(self.columns) else None
        self.set_query(self._query.with_(sort=key or "rowid",
                                         descending=order == Qt.SortOrder.DescendingOrder))

    def record_id(self, row: int) -> str | None:
        found = self._row(row)
        return found["id"] if found else None

    def record(self, row: int) -> dict | None:
        return self._row(row)

    def index_of(self, record_id: str) -> int | None:
        found = self._pager.index_of(record_id)
        return found if found is not None and found < self._shown else None

    def is_sortable(self, column: int) -> bool:
        return self.columns[column].sort is not None
