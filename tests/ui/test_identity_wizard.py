"""The setup wizard's identity step really creates or imports the signing identity."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWizard

from documents_helpers import PASSPHRASE, officer_p12
from kpu_desktop.paths import AppPaths
from kpu_desktop.services.context import AppContext
from kpu_desktop.services.auth import AuthService
from kpu_desktop.services.identity import IdentityService
from kpu_desktop.ui.setup_wizard import SetupWizard
from ui_helpers import PASSWORD

TIMEOUT = 60_000


@pytest.fixture
def wizard(qtbot, tmp_path, make_widget):
    ctx = AppContext(AppPaths(tmp_path / "new"))
    made = make_widget(SetupWizard, ctx)
    yield made
    ctx.close()


def _to_identity_page(qtbot, wizard):
    wizard.next()
    qtbot.keyClicks(wizard.unit_page.search, "Sukamara")
    wizard.next()
    qtbot.keyClicks(wizard.admin_page.password, PASSWORD)
    qtbot.keyClicks(wizard.admin_page.repeat, PASSWORD)
    wizard.next()
    assert wizard.currentPage() is wizard.identity_page
    return wizard.identity_page


def test_wizard_creates_the_identity(qtbot, wizard):
    """'Create now' makes an RSA key for the officer, trusted by the new folder, audited under the admin."""
    from kpu_desktop.services.audit_view import AuditFilter, AuditService

    page = _to_identity_page(qtbot, wizard)
    assert not page.name.isEnabled()
    page.create.setChecked(True)
    qtbot.keyClicks(page.name, "Siti Aminah")
    qtbot.keyClicks(page.passphrase, PASSPHRASE)
    qtbot.keyClicks(page.repeat, PASSPHRASE)
    wizard.next()
    assert wizard.currentPage() is wizard.finish_page and wizard.choice().identity.mode == "create"
    with qtbot.waitSignal(wizard.setup_finished, timeout=TIMEOUT):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    service = IdentityService(wizard.ctx)
    info = service.show()
    assert info["subject"] == "Siti Aminah" and info["trusted_here"]
    admin = next(u for u in AuthService(wizard.ctx).list_users() if u["username"] == "admin")
    assert admin["full_name"] == "Siti Aminah"  # documents print the officer's name, not "admin"
    assert service.load(PASSPHRASE).fingerprint == info["fingerprint"]
    entries = AuditService(wizard.ctx).entries(AuditFilter(action="identity_create"))
    assert [e.username for e in entries] == ["admin"]


def test_wizard_refuses_a_nip_that_is_none_before_anything_is_made(qtbot, wizard):
    """A NIP of the wrong length stops at the identity step, before the database is made; a spaced one goes on."""
    page = _to_identity_page(qtbot, wizard)
    page.create.setChecked(True)
    qtbot.keyClicks(page.name, "Siti Aminah")
    qtbot.keyClicks(page.nip, "19860926 201505")
    qtbot.keyClicks(page.passphrase, PASSPHRASE)
    qtbot.keyClicks(page.repeat, PASSPHRASE)
    wizard.next()
    assert wizard.currentPage() is page and "18" in page.error.text()
    assert not wizard.ctx.paths.database.exists()
    page.nip.setText("19860926 201505 2 001")
    wizard.next()
    assert wizard.currentPage() is wizard.finish_page


def test_wizard_imports_a_pkcs12(qtbot, wizard, dialogs):
    """'Import' adopts a PKCS#12 chosen with Browse, re-protected with the new passphrase."""
    page = _to_identity_page(qtbot, wizard)
    page.import_p12.setChecked(True)
    dialogs["open_file"] = str(officer_p12())
    page.browse.click()
    page.file_passphrase.setText(PASSPHRASE)
    page.passphrase.setText("sandi-folder-baru")
    page.repeat.setText("sandi-folder-baru")
    wizard.next()
    with qtbot.waitSignal(wizard.setup_finished, timeout=TIMEOUT):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    assert IdentityService(wizard.ctx).load("sandi-folder-baru").common_name == "Drs. Ahmad Fauzi, M.Si."


def test_wrong_pkcs12_passphrase_creates_nothing(qtbot, wizard):
    """A wrong PKCS#12 passphrase fails before the data folder exists; the user can go back and retry."""
    page = _to_identity_page(qtbot, wizard)
    page.import_p12.setChecked(True)
    page.file.setText(str(officer_p12()))
    page.file_passphrase.setText("bukan-ini")
    page.passphrase.setText(PASSPHRASE)
    page.repeat.setText(PASSPHRASE)
    wizard.next()
    with qtbot.waitSignal(wizard.runner.all_finished, timeout=TIMEOUT):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    assert "kata sandi salah" in wizard.finish_page.error.text()
    assert not wizard.ctx.paths.database.exists() and wizard.button(QWizard.WizardButton.BackButton).isEnabled()


def test_identity_step_refuses_a_short_passphrase(qtbot, wizard):
    """The identity page does not let a short passphrase through."""
    page = _to_identity_page(qtbot, wizard)
    page.create.setChecked(True)
    qtbot.keyClicks(page.name, "Siti")
    qtbot.keyClicks(page.passphrase, "pendek")
    qtbot.keyClicks(page.repeat, "pendek")
    wizard.next()
    assert wizard.currentPage() is page and page.error.text()
