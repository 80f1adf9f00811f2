"""The pages of the first-run setup wizard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QProgressBar, QPushButton, QRadioButton, QVBoxLayout,
                               QWizardPage)

from ..services.auth import check_new_account
from ..services.errors import ServiceError
from ..services.identity import MIN_PASSPHRASE
from ..services.regions import SetupRegion, setup_regions
from . import messages
from .texts import nip_problem
from .widgets import label


class WelcomePage(QWizardPage):
    def __init__(self, folder: str, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Welcome to kpu-desktop"))
        layout = QVBoxLayout(self)
        layout.addWidget(label(self.tr("This laptop has no kpu-desktop data yet. In a few steps you choose the "
                                       "secretariat this installation serves, create its administrator "
                                       "account and, if you wish, load sample data to try things out.")))
        layout.addWidget(label(self.tr("The data will be kept in:"), "hint"))
        where = label(folder)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(where)
        layout.addStretch(1)


class UnitPage(QWizardPage):
    """Choose a province, regency/city or kecamatan from the shipped Kalteng list."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Which secretariat does this installation serve?"))
        self.setSubTitle(self.tr("Choose the level, then the region. The units below it are created for you."))
        self.regions = setup_regions()
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.kind = QComboBox()
        self.kind.addItem(self.tr("KPU Regency/City secretariat"), "kpu-kab")
        self.kind.addItem(self.tr("PPK secretariat (kecamatan)"), "ppk")
        self.kind.addItem(self.tr("KPU Province secretariat"), "kpu-prov")
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("type part of the name or code"))
        self.search.setClearButtonEnabled(True)
        form.addRow(self.tr("&Level"), self.kind)
        form.addRow(self.tr("&Find"), self.search)
        layout.addLayout(form)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Regions"))
        layout.addWidget(self.list, 1)
        self.kind.currentIndexChanged.connect(self._fill)
        self.search.textChanged.connect(self._fill)
        self.list.currentItemChanged.connect(self.completeChanged)
        self._fill()

    def _fill(self, *_args) -> None:
        kind, needle = self.kind.currentData(), self.search.text().strip().lower()
        names = {r.code: r.name for r in self.regions}
        self.list.clear()
        for region in self.regions:
            if region.unit_kind != kind:
                continue
            parent = names.get(region.parent_code or "", "")
            text = f"{region.code}  {region.name}" + (f"  ({parent})" if kind == "ppk" and parent else "")
            if needle and needle not in text.lower():
                continue
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, region)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.completeChanged.emit()

    def chosen(self) -> SetupRegion | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return self.chosen() is not None


class AdminPage(QWizardPage):
    def __init__(self, lang: str, parent=None):
        super().__init__(parent)
        self.lang = lang
        self.setTitle(self.tr("Administrator account"))
        self.setSubTitle(self.tr("The administrator manages users and units. Keep the password safe: "
                                 "it cannot be recovered."))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.username = QLineEdit("admin")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("&User name"), self.username)
        form.addRow(self.tr("&Password (at least 8 characters)"), self.password)
        form.addRow(self.tr("Password a&gain"), self.repeat)
        layout.addLayout(form)
        self.error = label("", "errorText")
        layout.addWidget(self.error)
        layout.addStretch(1)

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        try:
            check_new_account(self.username.text().strip(), self.password.text(), "admin", self.lang)
        except ServiceError as exc:
            self.error.setText(str(exc))
            return False
        if self.password.text() != self.repeat.text():
            self.error.setText(self.tr("The two passwords differ."))
            return False
        self.error.clear()
        return True


class IdentityPage(QWizardPage):
    """Optional: create or import the signing identity used for signed PDFs and exchange bundles."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Signing identity"))
        self.setSubTitle(self.tr("Documents and USB bundles are signed with the secretariat officer's identity. "
                                 "You can also create or import it later, under Documents."))
        layout = QVBoxLayout(self)
        self.mode = QButtonGroup(self)
        self.later = QRadioButton(self.tr("&Later"))
        self.create = QRadioButton(self.tr("&Create a new key and certificate now"))
        self.import_p12 = QRadioButton(self.tr("&Import a PKCS#12 file (e.g. from BSrE)"))
        for n, button in enumerate((self.later, self.create, self.import_p12)):
            self.mode.addButton(button, n)
            layout.addWidget(button)
        self.later.setChecked(True)
        form = QFormLayout()
        self.name, self.nip = QLineEdit(), QLineEdit()
        self.file = QLineEdit()
        self.browse = QPushButton(self.tr("&Browse..."))
        self.browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(self.browse)
        self.file_passphrase = QLineEdit()
        self.passphrase, self.repeat = QLineEdit(), QLineEdit()
        for edit in (self.file_passphrase, self.passphrase, self.repeat):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Officer's &name"), self.name)
        form.addRow(self.tr("Officer's NI&P"), self.nip)
        self.file_caption = QLabel(self.tr("PKCS#12 &file"))
        self.file_caption.setBuddy(self.file)
        form.addRow(self.file_caption, file_row)
        form.addRow(self.tr("Passphrase of the &file"), self.file_passphrase)
        form.addRow(self.tr("Pass&phrase of the key here"), self.passphrase)
        form.addRow(self.tr("Passphrase a&gain"), self.repeat)
        layout.addLayout(form)
        layout.addWidget(label(self.tr("The passphrase protects the private key; it is not stored and cannot be "
                                       "recovered."), "hint"))
        self.error = label("", "errorText")
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.mode.idToggled.connect(lambda *_args: self._update())
        self._update()

    def choice(self) -> str:
        return {0: "later", 1: "create", 2: "import"}[self.mode.checkedId()]

    def _update(self) -> None:
        mode = self.choice()
        for edit in (self.name, self.nip):
            edit.setEnabled(mode == "create")
        for widget in (self.file, self.browse, self.file_passphrase):
            widget.setEnabled(mode == "import")
        for edit in (self.passphrase, self.repeat):
            edit.setEnabled(mode != "later")
        self.error.clear()

    def _browse(self) -> None:
        path = messages.open_file(self, self.tr("PKCS#12 file"), self.tr("PKCS#12 (*.p12 *.pfx);;All files (*)"))
        if path:
            self.file.setText(path)

    def wanted(self) -> bool:
        return self.choice() != "later"

    def validatePage(self) -> bool:  # noqa: N802
        mode = self.choice()
        if mode == "later":
            return True
        if mode == "create" and not self.name.text().strip():
            self.error.setText(self.tr("Give the officer's name."))
            return False
        if mode == "create" and (problem := nip_problem(self.nip.text())):
            self.error.setText(problem)
            return False
        if mode == "import" and not self.file.text().strip():
            self.error.setText(self.tr("Choose the PKCS#12 file."))
            return False
        if len(self.passphrase.text()) < MIN_PASSPHRASE or self.passphrase.text() != self.repeat.text():
            self.error.setText(self.tr("The passphrase needs at least 8 characters, typed the same twice."))
            return False
        self.error.clear()
        return True


class FinishPage(QWizardPage):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Ready to set up"))
        layout = QVBoxLayout(self)
        self.summary = label("")
        layout.addWidget(self.summary)
        self.demo = QCheckBox(self.tr("Fill with &sample data (for training; every sample record can be deleted)"))
        layout.addWidget(self.demo)
        self.progress = QProgressBar()
        self.progress.setRange(0, 3)
        self.progress.setVisible(False)
        layout.addWidget(self.progress)
        self.status = label("", "hint")
        layout.addWidget(self.status)
        self.error = label("", "errorText")
        layout.addWidget(self.error)
        layout.addStretch(1)
