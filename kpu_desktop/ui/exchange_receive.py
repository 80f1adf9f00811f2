"""Receive: list the data packages on the chosen location, verify and preview one, apply it, report.

Verification and the preview run on a pool thread; nothing is written until the user presses Apply, and
a refused package (untrusted signer, changed bytes, forked sequence...) is explained with nothing changed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QHBoxLayout, QHeaderView, QProgressBar, QPushButton, QSplitter, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from ..services.context import AppContext
from ..services.sync import ImportPreview, ImportReport
from ..tasks import TaskRunner
from . import exchange_prompts, messages
from .exchange_drives import Location, size_text
from .exchange_jobs import apply_job, bundles_job, preview_job
from .exchange_texts import kind_name, when_text
from .widgets import icon, label

COUNTS = ("new", "updated", "unchanged", "pending", "conflicts")


def _table(headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class ReceivePanel(QWidget):
    previewed = Signal(object)   # ImportPreview
    applied = Signal(object)     # ImportReport
    refused = Signal(str)
    bundles_listed = Signal()

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.runner = ctx, runner
        self.handle = None
        self.location: Location | None = None
        self.preview: ImportPreview | None = None
        self.report: ImportReport | None = None
        self.bundles = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        self.where = label(self.tr("Choose a flashdisk or a folder to see its data packages."), "hint")
        layout.addWidget(self.where)
        self.list = _table([self.tr("File"), self.tr("From"), self.tr("Changes"), self.tr("Made"),
                            self.tr("Size")], "bundles")
        self.list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.list.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.list.horizontalHeader().setStretchLastSection(False)
        self.list.itemSelectionChanged.connect(self._selection_changed)
        self.list.itemActivated.connect(lambda *_: self.check())
        list_box = QWidget()
        list_layout = QVBoxLayout(list_box)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        self.rescan_button = QPushButton(icon("refresh"), self.tr("Look a&gain"))
        self.rescan_button.clicked.connect(self.rescan)
        self.check_button = QPushButton(icon("import"), self.tr("Chec&k package"))
        self.check_button.setToolTip(self.tr("Verify the signature and contents and show what would change; "
                                             "nothing is written yet"))
        self.check_button.clicked.connect(self.check)
        buttons.addWidget(self.rescan_button)
        buttons.addStretch(1)
        buttons.addWidget(self.check_button)
        list_layout.addLayout(buttons)

        result_box = QWidget()
        result_layout = QVBoxLayout(result_box)
        result_layout.setContentsMargins(0, 0, 0, 0)
        self.heading = label("", "sectionTitle")
        self.details = label("", "")
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.counts = _table([self.tr("Record kind"), self.tr("New"), self.tr("Updated"), self.tr("Unchanged"),
                              self.tr("Waiting"), self.tr("Conflicts")], "counts")
        self.counts.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.counts.horizontalHeader().setStretchLastSection(False)
        self.gaps = label("", "errorText")
        actions = QHBoxLayout()
        self.apply_button = QPushButton(icon("import"), self.tr("&Apply to this installation"))
        self.apply_button.setObjectName("primary")
        self.apply_button.clicked.connect(self.apply)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        self.progress = QProgressBar()
        actions.addWidget(self.apply_button)
        actions.addWidget(self.progress, 1)
        actions.addWidget(self.cancel_button)
        actions.addStretch(1)
        for widget in (self.heading, self.details, self.counts, self.gaps):
            result_layout.addWidget(widget)
        result_layout.addLayout(actions)
        result_layout.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(list_box)
        splitter.addWidget(result_box)
        splitter.setSizes([200, 320])
        layout.addWidget(splitter, 1)
        self._clear_result()
        self._update_buttons()

    # -- the list of packages ----------------------------------------------------------------------
    def set_location(self, location: Location | None) -> None:
        self.location = location
        self.rescan()

    def rescan(self) -> None:
        self.list.setRowCount(0)
        self.bundles = []
        if self.location is None:
            self.where.setText(self.tr("Choose a flashdisk or a folder to see its data packages."))
            self._update_buttons()
            return
        self.where.setText(self.tr("Looking for data packages in %1...").replace("%1", str(self.location.path)))
        handle = self.runner.submit("sync-bundles", bundles_job(self.location.path), owner=self)
        handle.succeeded.connect(self._listed)
        handle.failed.connect(lambda message: self.where.setText(message))

    def _listed(self, bundles) -> None:
        self.bundles = bundles
        self.list.setRowCount(len(bundles))
        for row, bundle in enumerate(bundles):
            origin = bundle.unit_name or bundle.unit_code
            changes = f"{bundle.first}–{bundle.last}"
            if bundle.changes is not None:
                changes += "  " + self.tr("(%1 in total)").replace("%1", str(bundle.changes))
            if bundle.encrypted:
                changes += "  " + self.tr("encrypted")
            cells = (bundle.path.name, origin, changes, when_text(bundle.created_at) or self.tr("unknown"),
                     size_text(bundle.size))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(f"{bundle.path}\n{self.tr('node')} {bundle.node}")
                self.list.setItem(row, column, item)
        where = str(self.location.path) if self.location else ""
        self.where.setText(self.tr("%1 data packages in %2, newest first.").replace("%1", str(len(bundles)))
                           .replace("%2", where) if bundles else
                           self.tr("No data packages (.kpub) in %1.").replace("%1", where))
        if bundles:
            self.list.selectRow(0)
        self._update_buttons()
        self.bundles_listed.emit()

    def selected_bundle(self):
        rows = self.list.selectionModel().selectedRows()
        return self.bundles[rows[0].row()] if rows and rows[0].row() < len(self.bundles) else None

    def _selection_changed(self) -> None:
        self._update_buttons()

    # -- verify and preview ----------------------------------------------------------------------
    def check(self) -> None:
        bundle = self.selected_bundle()
        if bundle is None or self.handle is not None:
            return
        secret = None
        if bundle.encrypted:
            secret = exchange_prompts.ask_passphrase(
                self, self.tr("This data package is encrypted for this installation. Type the passphrase of "
                              "its identity to open it."))
            if secret is None:
                return
        self._clear_result()
        self.heading.setText(self.tr("Verifying %1...").replace("%1", bundle.path.name))
        self._start(self.runner.submit("sync-preview", preview_job(bundle.path, secret), owner=self),
                    self._previewed, cancellable=False)

    def _previewed(self, preview: ImportPreview) -> None:
        self.preview = preview
        manifest, origin = preview.manifest, preview.origin
        self.heading.setText(self.tr("Preview of %1: nothing has been written yet").replace("%1", preview.path.name))
        self.heading.setObjectName("sectionTitle")
        lines = [self.tr("From: %1 (unit %2, node %3)").replace("%1", origin["unit_name"])
                 .replace("%2", origin["unit_code"]).replace("%3", origin["node_id"]),
                 self.tr("Made: %1 by %2").replace("%1", when_text(manifest.get("created_at", "")))
                 .replace("%2", str(manifest.get("created_by") or "?")),
                 self.tr("Signed by: %1").replace("%1", preview.signer["subject"]),
                 self.tr("Signature valid; the signer is in this installation's trusted certificates "
                         "(fingerprint %1).").replace("%1", preview.signer["fingerprint"])]
        if manifest.get("encrypted"):
            lines.append(self.tr("The contents were encrypted for this installation."))
        summary = preview.summary
        lines.append(self.tr("New changes: %1, already present: %2, conflicts: %3, waiting: %4.")
                     .replace("%1", str(summary["changes_new"])).replace("%2", str(summary["changes_present"]))
                     .replace("%3", str(summary["conflicts"])).replace("%4", str(summary["pending"])))
        self.details.setText("\n".join(lines))
        self._show_counts(summary, preview.gaps)
        self._update_buttons()
        self.previewed.emit(preview)

    # -- apply -------------------------------------------------------------------------------------
    def apply(self) -> None:
        if self.preview is None or self.handle is not None:
            return
        self.heading.setText(self.tr("Applying %1...").replace("%1", self.preview.path.name))
        self._start(self.runner.submit("sync-apply", apply_job(self.preview), owner=self), self._applied,
                    cancellable=True)

    def _applied(self, report: ImportReport) -> None:
        self.preview = None
        self.report = report
        summary = report.summary
        if report.already_imported:
            self.heading.setText(self.tr("%1 was imported before; nothing changed.").replace("%1", report.path.name))
        else:
            self.heading.setText(self.tr("Applied %1").replace("%1", report.path.name))
        self.heading.setObjectName("okText")
        self._restyle(self.heading)
        text = self.tr("New changes applied: %1, already present: %2, conflicts: %3, waiting for their unit: %4.") \
            .replace("%1", str(summary["changes_new"])).replace("%2", str(summary["changes_present"])) \
            .replace("%3", str(summary["conflicts"])).replace("%4", str(summary["pending"]))
        if summary["conflicts"]:
            text += "\n" + self.tr("Open the Conflicts screen to review the conflicts.")
        self.details.setText(text)
        self._show_counts(summary, report.gaps)
        self._update_buttons()
        self.applied.emit(report)

    # -- common ------------------------------------------------------------------------------------
    def _start(self, handle, on_success, *, cancellable: bool) -> None:
        self.handle = handle
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.cancel_button.setVisible(cancellable)
        handle.progressed.connect(self._progressed)
        handle.succeeded.connect(on_success)
        handle.failed.connect(self._failed)
        handle.cancelled.connect(lambda: self._failed(self.tr("Cancelled; nothing was changed.")))
        handle.finished.connect(self._finished)
        self._update_buttons()

    def cancel(self) -> None:
        if self.handle is not None:
            self.handle.cancel()

    def _progressed(self, done: int, total: int, _text: str) -> None:
        self.progress.setRange(0, max(total, 0))
        self.progress.setValue(done)

    def _failed(self, message: str) -> None:
        self.preview = None
        self.heading.setText(self.tr("Refused: nothing was changed"))
        self.heading.setObjectName("errorText")
        self._restyle(self.heading)
        self.details.setText(message)
        self.counts.setRowCount(0)
        self.counts.setVisible(False)
        self.gaps.setVisible(False)
        self.refused.emit(message)
        messages.warn(self, self.tr("Data package refused"), message + "\n\n" + self.tr("Nothing was changed."))

    def _finished(self) -> None:
        self.handle = None
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)
        self._update_buttons()

    def _clear_result(self) -> None:
        self.preview = self.report = None
        self.heading.setText("")
        self.heading.setObjectName("sectionTitle")
        self._restyle(self.heading)
        self.details.setText("")
        self.counts.setRowCount(0)
        self.counts.setVisible(False)
        self.gaps.setVisible(False)
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)

    def _show_counts(self, summary: dict, gaps: list[dict]) -> None:
        kinds = summary["kinds"]
        self.counts.setRowCount(len(kinds))
        for row, (table, counts) in enumerate(kinds.items()):
            self.counts.setItem(row, 0, QTableWidgetItem(kind_name(table)))
            for column, key in enumerate(COUNTS, start=1):
                item = QTableWidgetItem(str(counts.get(key, 0)))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.counts.setItem(row, column, item)
        self.counts.setVisible(bool(kinds))
        rows = sum(self.counts.rowHeight(r) for r in range(len(kinds)))
        self.counts.setFixedHeight(self.counts.horizontalHeader().height() + rows + 2 * self.counts.frameWidth() + 2)
        self.gaps.setText("\n".join([self.tr("Missing changes (the rest is applied; ask for them in the next "
                                             "exchange):")] + ["•  " + g["message"] for g in gaps]))
        self.gaps.setVisible(bool(gaps))

    def _update_buttons(self) -> None:
        idle = self.handle is None
        self.check_button.setEnabled(idle and self.selected_bundle() is not None)
        self.rescan_button.setEnabled(idle and self.location is not None)
        self.apply_button.setEnabled(idle and self.preview is not None)

    @staticmethod
    def _restyle(widget: QWidget) -> None:
        widget.style().unpolish(widget)
        widget.style().polish(widget)
