"""Confirm a deletion and ask why: the reason is kept with the tombstone and in the audit trail."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from ..forms.ui_records_delete import Ui_RecordsDeleteDialog


class DeleteDialog(QDialog):
    def __init__(self, description: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.form = Ui_RecordsDeleteDialog()
        self.form.setupUi(self)
        self.setWindowTitle(self.tr("Delete record"))
        self.form.question.setText(self.tr("Delete {record}? It stays in the audit trail and can be undone "
                                           "with Ctrl+Z.").format(record=description))
        ok = self.form.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Delete"))
        self.form.issues.setVisible(False)
        self.form.buttonBox.accepted.connect(self._confirm)
        self.form.buttonBox.rejected.connect(self.reject)
        self.form.reason.setFocus()

    @property
    def reason(self) -> str:
        return self.form.reason.text().strip()

    def _confirm(self) -> None:
        if not self.reason:
            self.form.issues.setText(self.tr("Write why the record is deleted."))
            self.form.issues.setVisible(True)
            self.form.reason.setFocus()
            return
        self.accept()
