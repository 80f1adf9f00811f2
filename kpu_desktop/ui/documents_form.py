"""The form of a document to produce: kind, unit, event, receipt (BAST), language, place, date and signers."""

from __future__ import annotations

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import (QComboBox, QDateEdit, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
                               QVBoxLayout, QWidget)

from ..reports.model import Signer
from ..services.context import AppContext
from ..services.documents import DocumentRequest
from ..services.documents_view import form_choices, receipt_choices
from ..services.errors import ServiceError
from .texts import nip_problem

SEARCH_DELAY_MS = 200
INDENT = {"kpu-prov": 0, "kpu-kab": 0, "ppk": 1, "pps": 2}


class DocumentForm(QWidget):
    """Emits `changed` whenever what would be produced changes."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.choices = form_choices(ctx)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        self.kind = QComboBox(objectName="documentKind")
        for key, text in self.kind_names().items():
            self.kind.addItem(text, key)
        self.kind.setCurrentIndex(self.kind.findData("summary"))
        self.unit = QComboBox(objectName="documentUnit")
        for unit in self.choices["units"]:
            self.unit.addItem("   " * INDENT.get(unit["kind"], unit["depth"]) + f"{unit['code']}  {unit['name']}",
                              unit["code"])
        self.event = QComboBox(objectName="documentEvent")
        for event in self.choices["events"]:
            self.event.addItem(event["name"], event["id"])
        self.event.setCurrentIndex(self.event.count() - 1)
        self.receipt_search = QLineEdit(objectName="receiptSearch")
        self.receipt_search.setPlaceholderText(self.tr("search: number, party, place"))
        self.receipt_search.setClearButtonEnabled(True)
        self.receipt = QComboBox(objectName="documentReceipt")
        self.receipt.setAccessibleName(self.tr("Receipt"))
        receipt_row = QHBoxLayout()
        receipt_row.addWidget(self.receipt_search, 2)
        receipt_row.addWidget(self.receipt, 3)
        self.receipt_box = QWidget()
        self.receipt_box.setLayout(receipt_row)
        receipt_row.setContentsMargins(0, 0, 0, 0)
        self.language = QComboBox(objectName="documentLanguage")
        self.language.addItem("Bahasa Indonesia", "id")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(self.language.findData(ctx.lang), 0))
        self.place = QLineEdit(self.choices["place"])
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd-MM-yyyy")
        place_row = QHBoxLayout()
        place_row.addWidget(self.place, 3)
        place_row.addWidget(self.date, 1)
        form.addRow(self.tr("&Document"), self.kind)
        form.addRow(self.tr("&Unit"), self.unit)
        form.addRow(self.tr("&Event"), self.event)
        self.receipt_caption = QLabel(self.tr("&Receipt"))
        self.receipt_caption.setBuddy(self.receipt_search)
        form.addRow(self.receipt_caption, self.receipt_box)
        form.addRow(self.tr("&Language"), self.language)
        place_caption = QLabel(self.tr("&Place and date"))
        place_caption.setBuddy(self.place)
        form.addRow(place_caption, place_row)
        layout.addLayout(form)
        signer = self.choices["signer"]
        self.signer_box, self.signer = self._signer_group(self.tr("Signer (Sekretaris)"), signer)
        layout.addWidget(self.signer_box)
        self.cosigner_box, self.cosigner = self._signer_group(self.tr("Second signature box for the Ketua"),
                                                              self.choices["cosigner"])
        self.cosigner_box.setCheckable(True)
        self.cosigner_box.setChecked(False)
        layout.addWidget(self.cosigner_box)
        layout.addStretch(1)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.refresh_receipts)
        self.receipt_search.textChanged.connect(lambda _text: self.timer.start())
        self.kind.currentIndexChanged.connect(self._kind_changed)
        for combo in (self.unit, self.event):
            combo.currentIndexChanged.connect(self._scope_changed)
        for combo in (self.receipt, self.language):
            combo.currentIndexChanged.connect(self.changed)
        self._kind_changed()

    def kind_names(self) -> dict[str, str]:
        return {"asn": self.tr("Rekap Penempatan ASN (ASN placements)"),
                "facility": self.tr("Daftar Sarana dan Prasarana (facility support)"),
                "bast": self.tr("BAST (logistics handover) of one receipt"),
                "logistics": self.tr("Rekap Logistik (logistics recap)"),
                "summary": self.tr("Laporan Ringkas (summary for KPU Provinsi)")}

    def _signer_group(self, title: str, signer: Signer) -> tuple[QGroupBox, dict[str, QLineEdit]]:
        box = QGroupBox(title)
        form = QFormLayout(box)
        edits = {"name": QLineEdit(signer.name), "post": QLineEdit(signer.post), "nip": QLineEdit(signer.nip)}
        form.addRow(self.tr("Name"), edits["name"])
        form.addRow(self.tr("Post"), edits["post"])
        form.addRow(self.tr("NIP"), edits["nip"])
        for key, edit in edits.items():
            edit.setAccessibleName(f"{title}: {key}")
        return box, edits

    # -- state --------------------------------------------------------------------------------------
    def kind_key(self) -> str:
        return self.kind.currentData()

    def _kind_changed(self, *_args) -> None:
        bast = self.kind_key() == "bast"
        self.receipt_box.setVisible(bast)
        self.receipt_caption.setVisible(bast)
        if bast and self.receipt.count() == 0:
            self.refresh_receipts()
        self.changed.emit()

    def _scope_changed(self, *_args) -> None:
        if self.kind_key() == "bast":
            self.refresh_receipts()
        self.changed.emit()

    def refresh_receipts(self) -> None:
        """Up to 50 receipts of the chosen unit and event matching the search (keyset page, FTS)."""
        self.timer.stop()
        current = self.receipt.currentData()
        self.receipt.blockSignals(True)
        self.receipt.clear()
        try:
            found = receipt_choices(self.ctx, self.receipt_search.text().strip(), event_id=self.event.currentData(),
                                    unit_code=self.unit.currentData())
        except ServiceError:
            found = []
        for row in found:
            when = (row["received_at"] or "")[:10]
            self.receipt.addItem(f"{row['number']}  ·  {when}  ·  {row['unit_name']}", row["id"])
        if not found:
            self.receipt.addItem(self.tr("(no receipt matches)"), None)
        self.receipt.setCurrentIndex(max(self.receipt.findData(current), 0))
        self.receipt.blockSignals(False)
        self.changed.emit()

    def set_receipt_search(self, text: str) -> None:
        """Search now (as the debounce would, without waiting)."""
        self.receipt_search.setText(text)
        self.refresh_receipts()

    def request(self) -> DocumentRequest:
        def signer(edits: dict[str, QLineEdit]) -> Signer:
            return Signer(post=edits["post"].text().strip(), name=edits["name"].text().strip(),
                          nip=edits["nip"].text().strip())
        kind = self.kind_key()
        return DocumentRequest(
            kind=kind, unit=self.unit.currentData(), event=self.event.currentData(),
            receipt=self.receipt.currentData() if kind == "bast" else None, lang=self.language.currentData(),
            place=self.place.text().strip() or None, sign_date=self.date.date().toPython(),
            signer=signer(self.signer), cosigner=signer(self.cosigner) if self.cosigner_box.isChecked() else None)

    def problem(self) -> str:
        """Why the request cannot be produced yet, or ''."""
        if self.kind_key() == "bast" and not self.receipt.currentData():
            return self.tr("Choose the receipt of the BAST.")
        if not self.place.text().strip():
            return self.tr("Give the place of signing.")
        if not self.signer["name"].text().strip():
            return self.tr("Give the signer's name.")
        if self.cosigner_box.isChecked() and not self.cosigner["name"].text().strip():
            return self.tr("Give the Ketua's name, or remove the second signature box.")
        return nip_problem(self.signer["nip"].text(),
                           self.cosigner["nip"].text() if self.cosigner_box.isChecked() else "")

    def shutdown(self) -> None:
        self.timer.stop()
