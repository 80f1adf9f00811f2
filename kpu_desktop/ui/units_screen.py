"""Unit & Wilayah: the tree regency -> PPK -> PPS -> TPS, and imports of regions and TPS/DPT counts."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QHBoxLayout, QHeaderView, QLineEdit, QProgressBar, QPushButton, QTreeWidget,
                               QTreeWidgetItem, QVBoxLayout, QWidget)

from ..domain.formatting import format_number
from ..services.context import AppContext
from ..services.roles import Permission
from ..services.unit_view import tps_of
from ..services.units import UnitService
from ..tasks import TaskRunner
from . import messages
from .texts import unit_title
from .widgets import PageHeader, icon, label

SHEETS = "Spreadsheet (*.xlsx *.csv)"
KIND_NAMES = {"kpu-prov": "KPU Provinsi", "kpu-kab": "KPU Kab/Kota", "ppk": "PPK", "pps": "PPS"}


def _tree(ctx: AppContext, progress) -> list[dict]:
    return UnitService(ctx).tree()


def _import(kind: str, path: str, ctx: AppContext, progress):
    progress.report(0, 0, path)
    service = UnitService(ctx)
    return service.import_regions(Path(path)) if kind == "regions" else service.import_tps(Path(path))


class UnitsScreen(QWidget):
    imported = Signal(str)
    loaded = Signal()

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.runner = ctx, runner
        self._handles: dict[str, object] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        self.header = PageHeader(self.tr("Units and Regions"), "")
        self.regions_button = QPushButton(icon("import"), self.tr("Import region list..."))
        self.regions_button.clicked.connect(partial(self.import_file, "regions"))
        self.tps_button = QPushButton(icon("import"), self.tr("Import TPS and DPT..."))
        self.tps_button.clicked.connect(partial(self.import_file, "tps"))
        for button in (self.regions_button, self.tps_button):
            button.setVisible(ctx.may(Permission.MANAGE_UNITS))
            self.header.add_widget(button)
        layout.addWidget(self.header)
        row = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Find a unit by name or code (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        row.addWidget(self.search, 1)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(200)
        self.progress.setVisible(False)
        row.addWidget(self.progress)
        layout.addLayout(row)
        self.status = label("", "hint")
        layout.addWidget(self.status)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Unit"), self.tr("Code"), self.tr("Kind"), self.tr("TPS"),
                                   self.tr("DPT (voters)")])
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemExpanded.connect(self._expanded)
        layout.addWidget(self.tree, 1)

    # -- loading ------------------------------------------------------------------------------
    def refresh(self) -> None:
        if "tree" in self._handles:
            return
        handle = self.runner.submit("units", _tree, owner=self)
        self._handles["tree"] = handle
        handle.succeeded.connect(self._loaded)
        handle.failed.connect(self._failed)
        handle.finished.connect(partial(self._done, "tree"))

    def _done(self, key: str) -> None:
        self._handles.pop(key, None)
        self.progress.setVisible(bool(self._handles))

    def _failed(self, message: str) -> None:
        messages.warn(self, self.tr("Units and Regions"), message)

    def _loaded(self, units: list[dict]) -> None:
        self.tree.clear()
        stack: list[QTreeWidgetItem] = []
        counts = {"ppk": 0, "pps": 0}
        for unit in units:
            item = QTreeWidgetItem([unit["name"], unit["code"], KIND_NAMES.get(unit["kind"], unit["kind"]),
                                    self._number(unit["tps_count"]), self._number(unit["dpt"])])
            item.setData(0, Qt.ItemDataRole.UserRole, unit["id"])
            item.setData(1, Qt.ItemDataRole.UserRole, unit["kind"])
            for column in (3, 4):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if unit.get("sample"):
                # Invented desa must never pass for real ones: say so in the row, not only in a tooltip.
                item.setText(2, item.text(2) + " · " + self.tr("sample data"))
                font = item.font(0)
                font.setItalic(True)
                for column in range(5):
                    item.setFont(column, font)
                item.setToolTip(0, self.tr("Sample data: invented for the demonstration"))
            counts[unit["kind"]] = counts.get(unit["kind"], 0) + 1
            del stack[unit["depth"]:]
            (stack[-1].addChild(item) if stack else self.tree.addTopLevelItem(item))
            stack.append(item)
            if unit["kind"] == "pps" and unit["tps_count"]:
                item.setChildIndicatorPolicy(QTreeWidgetItem.ChildIndicatorPolicy.ShowIndicator)
        top = units[0] if units else None
        if top:
            self.header.set_subtitle(unit_title(top))
            self.tree.expandToDepth(1)
            self.status.setText(self.tr("%1 PPK, %2 PPS, %3 TPS, %4 voters on the DPT")
                                .replace("%1", self._number(counts.get("ppk", 0)))
                                .replace("%2", self._number(counts.get("pps", 0)))
                                .replace("%3", self._number(top["tps_count"])).replace("%4", self._number(top["dpt"])))
        self._filter(self.search.text())
        self.loaded.emit()

    def _number(self, value) -> str:
        return format_number(value or 0, self.ctx.lang)

    def _expanded(self, item: QTreeWidgetItem) -> None:
        """TPS of a PPS are read when it is first opened: a province holds thousands."""
        if item.data(1, Qt.ItemDataRole.UserRole) != "pps" or item.childCount():
            return
        for tps in tps_of(self.ctx, item.data(0, Qt.ItemDataRole.UserRole)):
            child = QTreeWidgetItem([self.tr("TPS %1").replace("%1", f"{tps['number']:03d}"), "", "TPS", "",
                                     self._number(tps["dpt"])])
            child.setTextAlignment(4, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if tps.get("address"):
                child.setToolTip(0, tps["address"])
            item.addChild(child)

    # -- finding ------------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _filter(self, text: str) -> None:
        needle = text.strip().lower()

        def visit(item: QTreeWidgetItem) -> bool:
            own = not needle or needle in item.text(0).lower() or item.text(1).startswith(needle)
            below = any([visit(item.child(i)) for i in range(item.childCount())])
            item.setHidden(not (own or below))
            if needle and below:
                item.setExpanded(True)
            return own or below

        for index in range(self.tree.topLevelItemCount()):
            visit(self.tree.topLevelItem(index))

    # -- importing ----------------------------------------------------------------------------
    def import_file(self, kind: str) -> None:
        title = self.tr("Import region list") if kind == "regions" else self.tr("Import TPS and DPT")
        path = messages.open_file(self, title, SHEETS)
        if not path or kind in self._handles:
            return
        self.progress.setVisible(True)
        self.status.setText(self.tr("Importing %1...").replace("%1", Path(path).name))
        handle = self.runner.submit(f"import-{kind}", partial(_import, kind, path), owner=self)
        self._handles[kind] = handle
        handle.succeeded.connect(partial(self._imported, kind))
        handle.failed.connect(self._failed)
        handle.finished.connect(partial(self._done, kind))

    def _imported(self, kind: str, result) -> None:
        if kind == "regions":
            added, updated = result
            text = self.tr("Regions imported: %1 new, %2 updated.").replace("%1", str(added)).replace("%2", str(updated))
        else:
            text = self.tr("%1 TPS recorded.").replace("%1", str(result))
        self.status.setText(text)
        self.imported.emit(kind)
        self.refresh()
