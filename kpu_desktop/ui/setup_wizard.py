"""First run: choose the unit, create the administrator, optionally a signing identity and sample data."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWizard

from ..services.auth import AuthService
from ..services.context import AppContext
from ..services.demo import fill_demo
from ..services.setup import initialise
from ..tasks import TaskRunner
from .setup_pages import AdminPage, FinishPage, IdentityPage, UnitPage, WelcomePage
from .texts import unit_title
from .widgets import icon


@dataclass(frozen=True)
class IdentityChoice:
    mode: str            # "create" or "import"
    passphrase: str      # the key's passphrase in this folder (never stored)
    name: str = ""
    nip: str = ""
    file: str = ""       # the PKCS#12 to import
    file_passphrase: str = ""


@dataclass(frozen=True)
class SetupChoice:
    unit_code: str
    unit_kind: str
    admin: str
    password: str
    demo: bool
    identity: IdentityChoice | None


def run_setup(choice: SetupChoice, ctx: AppContext, progress) -> dict:
    """On a pool thread: create the database, then the identity and sample data if asked."""
    ident = choice.identity
    if ident is not None:
        # Signing pulls in cryptography, reportlab and pyHanko: only when an identity is wanted.
        from ..services.documents_view import check_pkcs12
        from ..services.identity import IdentityService
    if ident is not None and ident.mode == "import":
        # A wrong file or passphrase is refused before the data folder is created, so Back and retry work.
        check_pkcs12(Path(ident.file), ident.file_passphrase, ctx.lang)
    progress.report(1, 3, "database")
    unit = initialise(ctx, unit_code=choice.unit_code, unit_kind=choice.unit_kind, unit_name=None,
                      admin=choice.admin, password=choice.password)
    if ident is not None:
        progress.report(1, 3, "identity")
        # Creating an identity is the administrator's act, written to the audit log under their name.
        AuthService(ctx).login(choice.admin, choice.password)
        service = IdentityService(ctx)
        if ident.mode == "import":
            service.import_file(Path(ident.file), ident.file_passphrase, ident.passphrase)
        else:
            # The officer who makes the key at setup is the administrator: documents print their name.
            AuthService(ctx).set_profile(choice.admin, full_name=ident.name, nip=ident.nip)
            service.create(ident.passphrase, name=ident.name, nip=ident.nip or None)
    if choice.demo:
        progress.report(2, 3, "demo")
        fill_demo(ctx)
    progress.report(3, 3, "done")
    return unit


class SetupWizard(QWizard):
    setup_finished = Signal(dict)

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Set up kpu-desktop"))
        self.setWindowIcon(icon("box"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setMinimumSize(640, 520)
        for button, text in ((QWizard.WizardButton.NextButton, self.tr("&Next >")),
                             (QWizard.WizardButton.BackButton, self.tr("< &Back")),
                             (QWizard.WizardButton.FinishButton, self.tr("&Set up")),
                             (QWizard.WizardButton.CancelButton, self.tr("Cancel"))):
            self.setButtonText(button, text)
        self.runner = TaskRunner(ctx.paths, lambda: None, lambda: ctx.lang, self)
        self.welcome = WelcomePage(str(ctx.paths.data_dir))
        self.unit_page = UnitPage()
        self.admin_page = AdminPage(ctx.lang)
        self.identity_page = IdentityPage()
        self.finish_page = FinishPage()
        for page in (self.welcome, self.unit_page, self.admin_page, self.identity_page, self.finish_page):
            self.addPage(page)
        self.currentIdChanged.connect(self._page_changed)
        self._handle = None
        self._done = False

    def admin_name(self) -> str:
        return self.admin_page.username.text().strip()

    def choice(self) -> SetupChoice:
        region = self.unit_page.chosen()
        page = self.identity_page
        identity = IdentityChoice(page.choice(), page.passphrase.text(), page.name.text().strip(),
                                  page.nip.text().strip(), page.file.text().strip(),
                                  page.file_passphrase.text()) if page.wanted() else None
        return SetupChoice(region.code, region.unit_kind, self.admin_name(), self.admin_page.password.text(),
                           self.finish_page.demo.isChecked(), identity)

    def _page_changed(self, _page_id: int) -> None:
        if self.currentPage() is self.finish_page:
            region = self.unit_page.chosen()
            unit = {"kind": region.unit_kind, "name": region.name, "code": region.code}
            self.finish_page.summary.setText(
                self.tr("Unit: %1\nAdministrator: %2\nSigning identity: %3")
                .replace("%1", unit_title(unit)).replace("%2", self.admin_name())
                .replace("%3", {"create": self.tr("created now"), "import": self.tr("imported now")}
                         .get(self.identity_page.choice(), self.tr("later"))))

    def validateCurrentPage(self) -> bool:  # noqa: N802 - Qt API
        if self.currentPage() is not self.finish_page:
            return super().validateCurrentPage()
        if self._done:
            return True
        if self._handle is None:
            self._start()
        return False

    def _start(self) -> None:
        page = self.finish_page
        page.error.clear()
        page.progress.setVisible(True)
        page.progress.setValue(0)
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        self.button(QWizard.WizardButton.BackButton).setEnabled(False)
        self._handle = self.runner.submit("setup", lambda c, p, choice=self.choice(): run_setup(choice, c, p),
                                          owner=self)
        self._handle.progressed.connect(self._progressed)
        self._handle.succeeded.connect(self._succeeded)
        self._handle.failed.connect(self._failed)
        self._handle.finished.connect(self._finished)

    def _progressed(self, done: int, total: int, step: str) -> None:
        self.finish_page.progress.setValue(done)
        texts = {"database": self.tr("Creating the database and the unit tree..."),
                 "identity": self.tr("Creating the signing identity..."),
                 "demo": self.tr("Adding sample data..."), "done": self.tr("Done.")}
        self.finish_page.status.setText(texts.get(step, step))

    def _succeeded(self, unit: dict) -> None:
        choice = self.choice()
        AuthService(self.ctx).login(choice.admin, choice.password)
        self._done = True
        self.setup_finished.emit(unit)
        self.accept()

    def _failed(self, message: str) -> None:
        self.finish_page.error.setText(message)
        self.finish_page.progress.setVisible(False)
        self.button(QWizard.WizardButton.BackButton).setEnabled(True)

    def _finished(self) -> None:
        self._handle = None
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)

    def done(self, result: int) -> None:
        self.runner.shutdown()
        super().done(result)
