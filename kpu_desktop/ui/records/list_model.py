"""A read-only table model over a keyset-paged list: rows are read a page at a time, on demand."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from ...services.context import AppContext
from ...services.paging import ListQuery, RecordPager
from .columns import ColumnSpec

ID_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
FLAG_BRUSH = QBrush(QColor("#fff1d6"))


def has_discrepancy(row: dict) -> bool:
    return any((row.get(k) or 0) > 0 for k in ("short", "excess", "damaged"))


class PagedTableModel(QAbstractTableModel):
    """Rows of a `ListQuery`; the count is read once per query, rows when the view paints them."""

    query_changed = Signal()

    def __init__(self, ctx: AppContext, columns: list[ColumnSpec], query: ListQuery, parent=None,
                 *, page_size: int = 200):
        super().__init__(parent)
        self.ctx, self.columns, self.page_size = ctx, columns, page_size
        self._query = query
        self._pager = RecordPager(ctx, query, page_size=page_size)

    @property
    def query(self) -> ListQuery:
        return self._query

    def set_query(self, query: ListQuery) -> None:
        self.beginResetModel()
        self._query = query
        self._pager = RecordPager(self.ctx, query, page_size=self.page_size)
        self.endResetModel()
        self.query_changed.emit()

    def refresh(self) -> None:
        """Read again after a change: the same query, fresh pages and count."""
        self.set_query(self._query)

    # -- Qt model ---------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._pager.count()

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._pager.row(index.row())
        if row is None:
            return None
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.render(row, self.ctx.lang)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and row.get("warnings"):
            return "\n".join(row["warnings"])
        if role == Qt.ItemDataRole.BackgroundRole and (row.get("warnings") or has_discrepancy(row)):
            return FLAG_BRUSH
        if role == ID_ROLE:
            return row["id"]
        if role == ROW_ROLE:
            return row
        return None

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.columns[section].title
        return str(section + 1)

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        key = self.columns[column].sort if 0 <= column < len(self.columns) else None
        self.set_query(self._query.with_(sort=key or "rowid",
                                         descending=order == Qt.SortOrder.DescendingOrder))

    def record_id(self, row: int) -> str | None:
        found = self._pager.row(row)
        return found["id"] if found else None

    def record(self, row: int) -> dict | None:
        return self._pager.row(row)

    def index_of(self, record_id: str) -> int | None:
        return self._pager.index_of(record_id)

    def is_sortable(self, column: int) -> bool:
        return self.columns[column].sort is not None
