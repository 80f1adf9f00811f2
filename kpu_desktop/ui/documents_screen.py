"""Dokumen: signed PDF documents (recaps, BAST, the summary for KPU Provinsi).

The documents service (services/documents.py) is being written; `DocumentsScreen.body` is the one place
to replace with the real panel when it lands.
"""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from ..services.context import AppContext
from .planned import PlannedFeaturePanel
from .widgets import PageHeader


class DocumentsScreen(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(PageHeader(self.tr("Documents"),
                                    self.tr("Printable, digitally signed documents made from your records.")))
        self.body = self._planned()
        layout.addWidget(self.body, 1)

    def _planned(self) -> QWidget:
        return PlannedFeaturePanel(
            "document", self.tr("Signed documents are being prepared"),
            self.tr("This screen will produce PDF documents signed with the secretariat's identity:"),
            [self.tr("ASN placement recap per unit and event, with decree numbers;"),
             self.tr("register of facility support with agreement numbers and periods;"),
             self.tr("BAST for each logistics handover and a logistics recap with discrepancies highlighted;"),
             self.tr("the summary report (laporan ringkas) for handover to KPU Provinsi, and verification of "
                     "signed PDFs received from others.")],
            self.tr("Meanwhile: prepare the data from the command line"),
            [(self.tr("Check the database and the audit chain before printing:"), "kpu-desktop check"),
             (self.tr("Export the facility register to a spreadsheet:"),
              "kpu-desktop export --kind facility --out sarana.xlsx")],
            self.tr("Copy"), self)
