"""Pertukaran Data: moving changes between installations on a USB stick.

The exchange service (services/sync.py) is being written; until it lands this screen says what it will
hold. `ExchangeScreen.body` is the one place to replace with the real panel.
"""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from ..services.context import AppContext
from .planned import PlannedFeaturePanel
from .widgets import PageHeader


class ExchangeScreen(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(PageHeader(self.tr("Data exchange"),
                                    self.tr("Send and receive changes by USB stick, up and down the unit tree.")))
        self.body = self._planned()
        layout.addWidget(self.body, 1)

    def _planned(self) -> QWidget:
        unit = self.ctx.unit["code"]
        return PlannedFeaturePanel(
            "usb", self.tr("Exchange by USB stick is being prepared"),
            self.tr("This screen will carry your changes to the unit above and bring reference data down, "
                    "without an internet connection:"),
            [self.tr("write an encrypted, signed bundle of new changes onto a USB stick;"),
             self.tr("read a bundle from PPK, PPS or KPU Provinsi and merge it, showing what changed;"),
             self.tr("compare data fingerprints with the other side (shown in the status bar) to confirm "
                     "both hold the same data.")],
            self.tr("Meanwhile: send spreadsheets from the command line"),
            [(self.tr("Export this area's logistics receipts to a spreadsheet:"),
              f"kpu-desktop export --kind receipt --unit {unit} --out penerimaan.xlsx"),
             (self.tr("Export ASN placements:"),
              f"kpu-desktop export --kind asn --unit {unit} --out penempatan.xlsx"),
             (self.tr("Import a spreadsheet received from another unit, checking it first:"),
              "kpu-desktop import penerimaan.xlsx --kind receipt --dry-run")],
            self.tr("Copy"), self)
