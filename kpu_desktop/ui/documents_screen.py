"""Dokumen: produce signed PDF documents, verify and import signed PDFs, the signing identity and trust store.

Three tabs, so that each task has one obvious place: Produce (form, Generate, Save as, Sign), Verify and
import, and Identity and trust (this installation's certificate and the certificates it accepts).
"""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ..services.context import AppContext
from ..tasks import TaskRunner
from .documents_produce import ProducePanel
from .documents_verify import VerifyPanel
from .identity_panel import IdentityPanel
from .trust_panel import TrustPanel
from .widgets import PageHeader


class DocumentsScreen(QWidget):
    def __init__(self, ctx: AppContext, runner: TaskRunner | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        # Built alone (tests, tools) the screen brings its own runner; in the window it shares the shell's.
        self.runner = runner or TaskRunner(ctx.paths, lambda: ctx.session, lambda: ctx.lang, self)
        self._own_runner = runner is None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(PageHeader(self.tr("Documents"),
                                    self.tr("Printable documents made from your records, signed with the "
                                            "secretariat's electronic signature; verify and import signed PDFs.")))
        self.tabs = QTabWidget()
        self.produce = ProducePanel(ctx, self.runner)
        self.verify = VerifyPanel(ctx, self.runner)
        self.identity = IdentityPanel(ctx, self.runner)
        self.trust = TrustPanel(ctx)
        trust_tab = QWidget()
        trust_layout = QVBoxLayout(trust_tab)
        trust_layout.setContentsMargins(0, 8, 0, 0)
        trust_layout.setSpacing(12)
        trust_layout.addWidget(self.identity)
        trust_layout.addWidget(self.trust, 1)
        self.tabs.addTab(_padded(self.produce), self.tr("&Produce"))
        self.tabs.addTab(_padded(self.verify), self.tr("&Verify and import"))
        self.tabs.addTab(trust_tab, self.tr("Identity and &trust"))
        self.body = self.tabs
        layout.addWidget(self.tabs, 1)
        self.identity.identity_changed.connect(self._identity_changed)
        self.produce.set_identity(self.identity.has_identity())

    def _identity_changed(self) -> None:
        self.produce.set_identity(self.identity.has_identity())
        self.trust.refresh()  # a new identity is trusted here at once

    def shutdown(self) -> None:
        self.produce.shutdown()
        self.verify.shutdown()
        if self._own_runner:
            self.runner.shutdown()


def _padded(panel: QWidget) -> QWidget:
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 8, 0, 0)
    layout.addWidget(panel)
    return holder
