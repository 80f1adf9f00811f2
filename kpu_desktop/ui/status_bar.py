"""The status bar: the unit, the signed-in user, the data fingerprint, and background work."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar, QWidget

from ..services.context import AppContext
from ..services.regions import short_data_fingerprint
from .texts import role_name, unit_title
from .widgets import plain
from ..tasks import TaskRunner


def _fingerprint(ctx: AppContext, progress) -> str:
    return short_data_fingerprint(ctx)


class ShellStatusBar(QStatusBar):
    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.runner = ctx, runner
        self.unit_label = plain(QLabel(unit_title(ctx.unit)))
        self.user_label = plain(QLabel())
        self.fingerprint_label = QLabel(self.tr("Data fingerprint: computing..."))
        self.fingerprint_label.setToolTip(self.tr("Equal on every installation that holds the same shared "
                                                  "records: compare it with the other side after an exchange."))
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(120)
        self.busy.setVisible(False)
        self.addWidget(self.unit_label)
        self.addWidget(self.user_label)
        self.addPermanentWidget(self.busy)
        self.addPermanentWidget(self.fingerprint_label)
        self._handle = None
        self.fingerprint = ""
        runner.task_started.connect(self._work_started)
        runner.all_finished.connect(self._work_finished)

    def show_user(self) -> None:
        session = self.ctx.session
        if session is None:
            self.user_label.setText("")
            return
        name = session.full_name or session.username
        self.user_label.setText(self.tr("User: %1 (%2)").replace("%1", name).replace("%2", role_name(session.role)))

    def refresh_fingerprint(self) -> None:
        """Recompute off the UI thread: hashing every shared row takes a while on a large database."""
        if self._handle is not None:
            return
        self._handle = self.runner.submit("fingerprint", _fingerprint, owner=self)
        self._handle.succeeded.connect(self._fingerprint_ready)
        self._handle.failed.connect(self._fingerprint_failed)
        self._handle.finished.connect(self._fingerprint_done)

    def _fingerprint_ready(self, text: str) -> None:
        self.fingerprint = text
        self.fingerprint_label.setText(self.tr("Data fingerprint: %1").replace("%1", text))

    def _fingerprint_failed(self, message: str) -> None:
        self.fingerprint_label.setText(self.tr("Data fingerprint: unavailable"))
        self.fingerprint_label.setToolTip(message)

    def _fingerprint_done(self) -> None:
        self._handle = None

    def _work_started(self, _name: str) -> None:
        self.busy.setVisible(True)

    def _work_finished(self) -> None:
        self.busy.setVisible(False)
