"""Beranda: staffing, facility support and logistics of the user's area, worst first.

Every figure opens the list behind it: tiles and bars ask the shell (through `drill_requested`) to show
a record screen filtered accordingly; tiles that count units filter the attention table below.
"""

from __future__ import annotations

import math
from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QComboBox, QGridLayout, QHBoxLayout, QLabel, QPushButton, QScrollArea,
                               QVBoxLayout, QWidget)

from ..domain.formatting import format_number
from ..services.context import AppContext
from ..services.dashboard import Dashboard, DashboardService
from ..tasks import TaskRunner
from .charts import Bar, BarChart
from .dashboard_parts import Attention, AttentionTable, Tile
from .dashboard_rows import attention_rows
from .widgets import PageHeader, card, icon, label

CHART_ROWS = 8


def _load(event_id: str | None, ctx: AppContext, progress) -> Dashboard:
    return DashboardService(ctx).summary(event_id)


class DashboardScreen(QWidget):
    """`drill_requested(screen, filters)`: screen is 'asn', 'facility' or 'receipt'; filters suit show_filtered."""

    drill_requested = Signal(str, dict)
    loaded = Signal()

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.runner = ctx, runner
        self.board: Dashboard | None = None
        self._flag = ""
        self._handle = None
        self._queued: tuple | None = None  # (event id,) of a reload asked for while one ran
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer.addWidget(scroll)
        page = QWidget()
        scroll.setWidget(page)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(12)
        layout.addWidget(self._header())
        sections = QGridLayout()
        sections.setSpacing(12)
        for column, section in enumerate((self._staffing_section(), self._facility_section(),
                                          self._logistics_section())):
            sections.addWidget(section, 0, column)
            sections.setColumnStretch(column, 1)
        layout.addLayout(sections)
        layout.addWidget(self._attention_section(), 1)

    # -- building -----------------------------------------------------------------------------
    def _header(self) -> QWidget:
        self.header = PageHeader(self.tr("Home"), "")
        self.event_box = QComboBox()
        self.event_box.setAccessibleName(self.tr("Election event"))
        self.event_box.setMinimumWidth(240)
        self.event_box.activated.connect(self._event_chosen)
        self.refresh_button = QPushButton(icon("refresh"), self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        self.header.add_widget(QLabel(self.tr("Election:")))
        self.header.add_widget(self.event_box)
        self.header.add_widget(self.refresh_button)
        return self.header

    def _section(self, title: str, icon_name: str, tiles: list[tuple[str, str]], chart_title: str
                 ) -> tuple[QWidget, dict[str, Tile], BarChart]:
        frame, layout = card(self)
        heading = QHBoxLayout()
        picture = QLabel()
        picture.setPixmap(icon(icon_name).pixmap(22, 22))
        heading.addWidget(picture)
        heading.addWidget(label(title, "sectionTitle"), 1)
        layout.addLayout(heading)
        found = {}
        for key, caption in tiles:
            tile = Tile(caption)
            tile.clicked.connect(partial(self._tile_clicked, key))
            layout.addWidget(tile)
            found[key] = tile
        layout.addSpacing(6)
        layout.addWidget(label(chart_title, "hint"))
        chart = BarChart(label_width=130, text_width=72)
        chart.setAccessibleName(chart_title)
        layout.addWidget(chart)
        layout.addStretch(1)
        return frame, found, chart

    def _staffing_section(self) -> QWidget:
        frame, self.staffing_tiles, self.staffing_chart = self._section(
            self.tr("Secretariat staffing"), "people",
            [("posts", self.tr("posts filled")), ("missing_secretary", self.tr("without a Sekretaris")),
             ("non_asn", self.tr("PPK Sekretaris not ASN"))],
            self.tr("Posts filled per PPK area (PPK and its PPS)"))
        self.staffing_chart.bar_activated.connect(partial(self._bar_clicked, "asn"))
        return frame

    def _facility_section(self) -> QWidget:
        frame, self.facility_tiles, self.facility_chart = self._section(
            self.tr("Facility support"), "building",
            [("no_office", self.tr("secretariats with an office")), ("no_warehouse", self.tr("PPK with a warehouse")),
             ("checklist", self.tr("warehouse checklist gaps"))],
            self.tr("Warehouse checklist met per PPK"))
        self.facility_chart.bar_activated.connect(partial(self._bar_clicked, "facility"))
        return frame

    def _logistics_section(self) -> QWidget:
        frame, self.logistics_tiles, self.logistics_chart = self._section(
            self.tr("Logistics receipts"), "box",
            [("received", self.tr("received of expected")), ("discrepancies", self.tr("lines short, damaged or excess")),
             ("no_receipt", self.tr("PPK without a receipt"))],
            self.tr("Received against expected per PPK area"))
        self.logistics_chart.bar_activated.connect(partial(self._bar_clicked, "receipt"))
        return frame

    def _attention_section(self) -> QWidget:
        frame, layout = card(self)
        top = QHBoxLayout()
        self.attention_title = label(self.tr("Needs attention, worst first"), "sectionTitle")
        top.addWidget(self.attention_title, 1)
        self.show_all_button = QPushButton(self.tr("Show all"))
        self.show_all_button.clicked.connect(partial(self.filter_attention, ""))
        self.show_all_button.setVisible(False)
        top.addWidget(self.show_all_button)
        layout.addLayout(top)
        layout.addWidget(label(self.tr("Press Enter or double-click a row to open its records."), "hint"))
        self.attention = AttentionTable([self.tr("Area"), self.tr("Unit"), self.tr("Problem"), self.tr("Figure")])
        self.attention.setMinimumHeight(220)
        self.attention.row_activated.connect(self._row_activated)
        layout.addWidget(self.attention, 1)
        return frame

    # -- loading ------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the figures off the UI thread; asked while a load runs, once more when it ends (so an event
        chosen meanwhile is not lost)."""
        event_id = self.event_box.currentData() or None
        if self._handle is not None:
            self._queued = (event_id,)
            return
        self._queued = None
        self.refresh_button.setEnabled(False)
        self._handle = self.runner.submit("dashboard", partial(_load, event_id), owner=self)
        self._handle.succeeded.connect(self._loaded)
        self._handle.failed.connect(self._failed)
        self._handle.finished.connect(self._finished)

    def _finished(self) -> None:
        self._handle = None
        self.refresh_button.setEnabled(True)
        if self._queued is not None:  # the box shows the finished load's event again: choose the queued one
            self.event_box.blockSignals(True)
            self.event_box.setCurrentIndex(max(self.event_box.findData(self._queued[0]), 0))
            self.event_box.blockSignals(False)
            self.refresh()

    def _failed(self, message: str) -> None:
        self.header.set_subtitle(self.tr("The figures could not be loaded: %1").replace("%1", message))

    def _event_chosen(self, _index: int) -> None:
        self.refresh()

    def _loaded(self, board: Dashboard) -> None:
        self.board = board
        self.event_box.blockSignals(True)
        self.event_box.clear()
        for event_id, name in board.events:
            self.event_box.addItem(name, event_id)
        self.event_box.setCurrentIndex(max(self.event_box.findData(board.event_id), 0))
        self.event_box.blockSignals(False)
        unit = self.ctx.unit
        self.header.set_subtitle(self.tr("%1 and every unit below it").replace("%1", unit["name"]))
        self._fill_staffing(board)
        self._fill_facilities(board)
        self._fill_logistics(board)
        self.filter_attention(self._flag)
        self.loaded.emit()

    def _number(self, value: int) -> str:
        return format_number(value, self.ctx.lang)

    def _percent(self, part: int, whole: int) -> str:
        """Rounded down, so 99.96% never reads as a complete 100%."""
        if not whole:
            return "–"
        text = f"{math.floor(1000 * part / whole) / 10:.1f}%"
        return text.replace(".", ",") if self.ctx.lang == "id" else text

    def _fill_staffing(self, board: Dashboard) -> None:
        filled, posts = board.posts_filled
        self.staffing_tiles["posts"].set_figure(f"{self._number(filled)} / {self._number(posts)}",
                                                alarm=filled < posts)
        missing = sum(r.missing_secretary for r in board.staffing)
        non_asn = sum(r.non_asn_secretary for r in board.staffing)
        self.staffing_tiles["missing_secretary"].set_figure(self._number(missing), alarm=missing > 0)
        self.staffing_tiles["non_asn"].set_figure(self._number(non_asn), alarm=non_asn > 0)
        areas: dict[str, list] = {}
        for row in board.staffing:
            entry = areas.setdefault(row.unit.ppk_code, [row.unit.name, 0, 0])
            if row.unit.kind == "ppk":
                entry[0] = row.unit.name
            entry[1] += row.filled
            entry[2] += row.posts
        bars = [Bar(code, name, filled, posts, f"{filled}/{posts}",
                    self.tr("%1: %2 of %3 posts filled").replace("%1", name).replace("%2", str(filled))
                    .replace("%3", str(posts)))
                for code, (name, filled, posts) in areas.items()]
        self.staffing_chart.set_bars(sorted(bars, key=lambda b: (b.ratio, b.label))[:CHART_ROWS])

    def _fill_facilities(self, board: Dashboard) -> None:
        rows = board.facilities
        offices = sum(r.has_office for r in rows)
        ppk = [r for r in rows if r.needs_warehouse]
        warehouses = sum(r.has_warehouse for r in ppk)
        gaps = sum(len(r.checklist_gaps) for r in ppk)
        self.facility_tiles["no_office"].set_figure(f"{self._number(offices)} / {self._number(len(rows))}",
                                                    alarm=offices < len(rows))
        self.facility_tiles["no_warehouse"].set_figure(f"{self._number(warehouses)} / {self._number(len(ppk))}",
                                                       alarm=warehouses < len(ppk))
        self.facility_tiles["checklist"].set_figure(self._number(gaps), alarm=gaps > 0)
        total = 11
        bars = [Bar(r.unit.code, r.unit.name, total - len(r.checklist_gaps) if r.has_warehouse else 0, total,
                    f"{total - len(r.checklist_gaps)}/{total}" if r.has_warehouse else self.tr("none"),
                    self.tr("Warehouse of PPK %1").replace("%1", r.unit.name)) for r in ppk]
        self.facility_chart.set_bars(sorted(bars, key=lambda b: (b.ratio, b.label))[:CHART_ROWS])

    def _fill_logistics(self, board: Dashboard) -> None:
        expected = sum(r.expected for r in board.logistics)
        received = sum(r.received for r in board.logistics)
        share = self._percent(received, expected)
        self.logistics_tiles["received"].set_figure(share, alarm=received < expected)
        lines = sum(1 for r in board.logistics if r.gap)
        self.logistics_tiles["discrepancies"].set_figure(self._number(lines), alarm=lines > 0)
        missing = len(board.units_without_receipt)
        self.logistics_tiles["no_receipt"].set_figure(self._number(missing), alarm=missing > 0)
        areas: dict[str, list] = {}
        names = {r.unit.code: r.unit.name for r in board.staffing}
        for row in board.logistics:
            entry = areas.setdefault(row.unit.ppk_code, [names.get(row.unit.ppk_code, row.unit.ppk_code), 0, 0])
            entry[1] += row.received - row.damaged
            entry[2] += row.expected
        bars = [Bar(code, name, good, want, self._percent(good, want),
                    self.tr("%1: usable items received against expected").replace("%1", name))
                for code, (name, good, want) in areas.items()]
        self.logistics_chart.set_bars(sorted(bars, key=lambda b: (b.ratio, b.label))[:CHART_ROWS])

    # -- drilling down ------------------------------------------------------------------------
    def filter_attention(self, flag: str) -> None:
        """Show only the attention rows of one tile (all rows for an empty flag)."""
        self._flag = flag
        if self.board is None:
            return
        rows = attention_rows(self, self.board)
        if flag:
            rows = [r for r in rows if r.flag == flag]
        self.attention.set_rows(rows, {"staffing": self.tr("Staffing"), "facility": self.tr("Facilities"),
                                       "logistics": self.tr("Logistics")})
        self.show_all_button.setVisible(bool(flag))

    def _tile_clicked(self, key: str) -> None:
        event_id = self.board.event_id if self.board else None
        if key == "posts":
            self.drill_requested.emit("asn", {"event_id": event_id, "status": "ACTIVE"})
        elif key == "received":
            self.drill_requested.emit("receipt", {"event_id": event_id})
        elif key == "discrepancies":
            self.drill_requested.emit("receipt", {"event_id": event_id, "discrepancies_only": True})
        else:
            self.filter_attention(key)
            self.attention.setFocus(Qt.FocusReason.OtherFocusReason)

    def _bar_clicked(self, screen: str, unit_code: str) -> None:
        filters = {"unit_code": unit_code}
        if screen != "facility":
            filters["event_id"] = self.board.event_id if self.board else None
        self.drill_requested.emit(screen, filters)

    def _row_activated(self, row: Attention) -> None:
        screen = {"staffing": "asn", "facility": "facility", "logistics": "receipt"}[row.topic]
        filters: dict = {"unit_code": row.unit_code}
        if screen != "facility":
            filters["event_id"] = self.board.event_id if self.board else None
        if screen == "receipt" and row.flag == "discrepancies":
            filters["discrepancies_only"] = True
        self.drill_requested.emit(screen, filters)
