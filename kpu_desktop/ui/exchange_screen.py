"""Pertukaran Data: moving changes between installations on a flashdisk.

Left: where packages go and come from (removable drives, picked folders) and the data fingerprint to
compare by phone. Right: Send, Receive and Status tabs. Users without the exchange permission see the
fingerprint and the status only. All work (listing, verifying, writing, applying) runs on the task runner.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTabWidget, QVBoxLayout, QWidget

from ..services.context import AppContext
from ..services.roles import Permission
from ..tasks import TaskRunner
from .exchange_drives import LocationsPanel
from .exchange_jobs import fingerprint_job, status_job
from .exchange_receive import ReceivePanel
from .exchange_send import SendPanel
from .exchange_status import FingerprintCard, StatusPanel
from .widgets import PageHeader, card, icon, label


class ExchangeScreen(QWidget):
    status_loaded = Signal()
    data_changed = Signal()      # an import changed shared records: figures elsewhere are out of date

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.runner = ctx, runner
        self._status_handle = self._fingerprint_handle = None
        self._fingerprint_of: str | None = None
        self.may_exchange = ctx.may(Permission.EXCHANGE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        self.header = PageHeader(self.tr("Data exchange"),
                                 self.tr("Send and receive data packages by flashdisk, up and down the unit tree."))
        self.refresh_button = QPushButton(icon("refresh"), self.tr("Refresh status"))
        self.refresh_button.clicked.connect(self.refresh)
        self.header.add_widget(self.refresh_button)
        layout.addWidget(self.header)
        self.body = QWidget()
        row = QHBoxLayout(self.body)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(12)
        side = QVBoxLayout()
        side.setSpacing(12)
        self.locations = LocationsPanel()
        frame, inner = card(self)
        inner.addWidget(self.locations)
        frame.setVisible(self.may_exchange)
        side.addWidget(frame)
        self.fingerprint = FingerprintCard()
        self.fingerprint.unit_box.currentIndexChanged.connect(self.refresh_fingerprint)
        side.addWidget(self.fingerprint)
        if not self.may_exchange:
            side.addWidget(label(self.tr("Your role may view the exchange status only; exporting and importing "
                                         "data packages needs an operator, verifier or administrator."), "hint"))
        side.addStretch(1)
        side_box = QWidget()
        side_box.setLayout(side)
        side_box.setMaximumWidth(380)
        row.addWidget(side_box)
        self.tabs = QTabWidget()
        self.status_panel = StatusPanel()
        self.send = self.receive = None
        if self.may_exchange:
            self.send = SendPanel(ctx, runner, self.locations.current)
            self.receive = ReceivePanel(ctx, runner)
            self.tabs.addTab(self.send, icon("export"), self.tr("&Send"))
            self.tabs.addTab(self.receive, icon("import"), self.tr("Rec&eive"))
            self.locations.location_changed.connect(self._location_changed)
            self.send.exported.connect(lambda _r: self.refresh())
            self.receive.applied.connect(self._applied)
        self.tabs.addTab(self.status_panel, icon("exchange"), self.tr("S&tatus"))
        row.addWidget(self.tabs, 1)
        layout.addWidget(self.body, 1)
        if self.may_exchange:
            self.locations.refresh()

    # -- data -------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the status, the unit choosers and the fingerprint, off the UI thread."""
        if self._status_handle is not None:
            return
        self._status_handle = self.runner.submit("sync-status", status_job, owner=self)
        self._status_handle.succeeded.connect(self._status_ready)
        self._status_handle.failed.connect(self.status_panel.summary.setText)
        self._status_handle.finished.connect(self._status_done)

    def _status_ready(self, result: dict) -> None:
        status = result["status"]
        self.status_panel.show_status(status)
        self.fingerprint.set_units(result["units"])
        if not self.fingerprint.unit_box.currentData():
            self.fingerprint.set_value(status["fingerprint"])
        else:
            self.refresh_fingerprint()
        if self.send is not None:
            self.send.set_units(result["units"], result["parent"])
        self.status_loaded.emit()

    def _status_done(self) -> None:
        self._status_handle = None

    def refresh_fingerprint(self) -> None:
        if self._fingerprint_handle is not None:
            return
        self.fingerprint.set_value("…")
        self._fingerprint_of = self.fingerprint.unit_box.currentData() or None
        self._fingerprint_handle = self.runner.submit("sync-fingerprint", fingerprint_job(self._fingerprint_of),
                                                      owner=self)
        self._fingerprint_handle.succeeded.connect(lambda pair: self.fingerprint.set_value(pair[0]))
        self._fingerprint_handle.failed.connect(self.fingerprint.set_value)
        self._fingerprint_handle.finished.connect(self._fingerprint_done)

    def _fingerprint_done(self) -> None:
        self._fingerprint_handle = None
        if self._fingerprint_of != (self.fingerprint.unit_box.currentData() or None):
            self.refresh_fingerprint()  # the unit was changed while the last one was computed

    def _location_changed(self, location) -> None:
        if self.receive is not None:
            self.receive.set_location(location)

    def _applied(self, _report) -> None:
        self.refresh()
        self.data_changed.emit()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if not self.status_panel.summary.text():
            self.refresh()

    def focus_search(self) -> None:
        self.tabs.setFocus(Qt.FocusReason.ShortcutFocusReason)
