"""Konflik: records changed on two installations at once, after an exchange.

Conflicts come from the exchange (services/sync.py, being written); `ConflictsScreen.body` is the one
place to replace with the real list when it lands.
"""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from ..services.context import AppContext
from .planned import PlannedFeaturePanel
from .widgets import PageHeader


class ConflictsScreen(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(PageHeader(self.tr("Conflicts"),
                                    self.tr("Records changed in two places before they were exchanged.")))
        self.body = self._planned()
        layout.addWidget(self.body, 1)

    def _planned(self) -> QWidget:
        return PlannedFeaturePanel(
            "conflict", self.tr("No exchange has been made yet, so there are no conflicts"),
            self.tr("After data exchange is available, this screen will list every record that was changed "
                    "both here and elsewhere:"),
            [self.tr("both versions side by side, field by field, with who changed them and when;"),
             self.tr("keep either version or combine them; the choice is written to the audit trail;"),
             self.tr("the newest change is applied meanwhile, so no work stops while a conflict waits.")],
            self.tr("Meanwhile: look up a record's history from the command line"),
            [(self.tr("Show one record, with its identifier from the list screens:"),
              "kpu-desktop receipt show ID"),
             (self.tr("Verify the audit trail:"), "kpu-desktop check")],
            self.tr("Copy"), self)
