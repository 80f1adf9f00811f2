"""Dokumen › Identity and trust: create, import and export the identity; add and remove trusted signers."""

from __future__ import annotations

import pytest

from documents_helpers import PASSPHRASE, install_officer, officer_p12
from kpu_desktop.services.identity import IdentityService
from kpu_desktop.ui import identity_dialogs
from kpu_desktop.ui.identity_panel import IdentityPanel
from kpu_desktop.ui.trust_panel import TrustPanel
from ui_helpers import login_as, wait_idle

TIMEOUT = 30_000


@pytest.fixture
def identity_panel(make_widget, make_runner, ctx):
    return make_widget(IdentityPanel, ctx, make_runner(ctx))


def test_create_an_identity(qtbot, identity_panel, ctx, monkeypatch, dialogs):
    """Create (in the background) shows the officer and the fingerprint in groups of four; it is trusted here."""
    monkeypatch.setattr(identity_dialogs, "ask_new_identity",
                        lambda parent, name, nip: {"name": "Siti Aminah", "nip": "", "passphrase": PASSPHRASE})
    assert not identity_panel.has_identity() and not identity_panel.export_button.isEnabled()
    with qtbot.waitSignal(identity_panel.identity_changed, timeout=TIMEOUT):
        identity_panel.create_button.click()
    wait_idle(qtbot, identity_panel.runner)
    assert identity_panel.values["subject"].text() == "Siti Aminah"
    groups = identity_panel.values["fingerprint"].text().split()
    assert len(groups) == 16 and all(len(g) == 4 for g in groups)
    assert "".join(groups) == IdentityService(ctx).show()["fingerprint"].replace(":", "")
    assert IdentityService(ctx).show()["trusted_here"] and "Siti Aminah" in dialogs["inform"][-1]


def test_import_a_pkcs12_and_export_the_certificate(qtbot, identity_panel, ctx, monkeypatch, dialogs, tmp_path):
    """Import adopts a PKCS#12; Export writes the certificate and repeats its fingerprint."""
    monkeypatch.setattr(identity_dialogs, "ask_import_identity", lambda parent: {
        "path": str(officer_p12()), "file_passphrase": PASSPHRASE, "passphrase": "sandi-baru-2024"})
    with qtbot.waitSignal(identity_panel.identity_changed, timeout=TIMEOUT):
        identity_panel.import_button.click()
    wait_idle(qtbot, identity_panel.runner)
    assert identity_panel.values["subject"].text() == "Drs. Ahmad Fauzi, M.Si."
    assert IdentityService(ctx).load("sandi-baru-2024")
    dialogs["save_file"] = str(tmp_path / "kobar.pem")
    identity_panel.export_button.click()
    assert (tmp_path / "kobar.pem").read_bytes().startswith(b"-----BEGIN CERTIFICATE")
    assert identity_panel.values["fingerprint"].text().split("\n")[0] in dialogs["inform"][-1]


def test_import_with_a_wrong_file_passphrase_is_refused(qtbot, identity_panel, ctx, monkeypatch, dialogs):
    """A wrong PKCS#12 passphrase: a clear message and still no identity."""
    monkeypatch.setattr(identity_dialogs, "ask_import_identity", lambda parent: {
        "path": str(officer_p12()), "file_passphrase": "bukan-ini", "passphrase": PASSPHRASE})
    with qtbot.waitSignal(identity_panel.runner.all_finished, timeout=TIMEOUT):
        identity_panel.import_button.click()
    assert "kata sandi salah" in dialogs["warn"][-1] and not IdentityService(ctx).exists()
    assert not identity_panel.has_identity() and identity_panel.import_button.isEnabled()


def test_replacing_an_identity_asks_first(qtbot, identity_panel, ctx, monkeypatch, dialogs):
    """With an identity present, Replace asks; No leaves everything as it was."""
    install_officer(ctx)
    identity_panel.refresh()
    asked = []
    monkeypatch.setattr(identity_dialogs, "ask_new_identity", lambda *args: asked.append(args))
    dialogs["answer"] = False
    identity_panel.create_button.click()
    assert dialogs["confirm"] and not asked and identity_panel.has_identity()


def test_new_identity_dialog_checks_the_passphrase(qtbot, make_widget):
    """The dialog refuses a short or mistyped passphrase, or a NIP that is none, before anything runs."""
    dialog = make_widget(identity_dialogs.NewIdentityDialog, "Siti", "")
    qtbot.keyClicks(dialog.passphrase, "pendek")
    qtbot.keyClicks(dialog.repeat, "pendek")
    dialog.ok.click()
    too_short = dialog.error.text()
    assert too_short and dialog.isVisible()
    dialog.passphrase.setText(PASSPHRASE)
    dialog.repeat.setText(PASSPHRASE + "x")
    dialog.ok.click()
    assert dialog.error.text() and dialog.error.text() != too_short and dialog.isVisible()
    dialog.repeat.setText(PASSPHRASE)
    dialog.nip.setText("1986092620150520")  # 16 digits
    dialog.ok.click()
    assert "18" in dialog.error.text() and dialog.isVisible()
    dialog.nip.setText("19860926 201505 2 001")
    dialog.ok.click()
    assert not dialog.isVisible()


def test_import_identity_dialog_checks_before_closing_and_its_file_label_has_a_working_mnemonic(qtbot, make_widget):
    """No file chosen: the dialog says so and stays open. The file label's mnemonic leads to the path field."""
    from PySide6.QtWidgets import QLabel

    dialog = make_widget(identity_dialogs.ImportIdentityDialog)
    dialog.ok.click()
    assert dialog.error.text() and dialog.isVisible()
    file_label = [w for w in dialog.findChildren(QLabel) if w.buddy() is dialog.path]
    assert len(file_label) == 1 and "&" in file_label[0].text()
    dialog.path.setText("/tmp/x.p12")
    dialog.passphrase.setText(PASSPHRASE)
    dialog.repeat.setText(PASSPHRASE + "x")
    dialog.ok.click()
    assert dialog.error.text() and dialog.isVisible()


@pytest.fixture
def pem(tmp_path, demo_ctx):
    """The officer's certificate as a PEM file, exported from another folder."""
    install_officer(demo_ctx)
    path = tmp_path / "kpu-kobar.pem"
    IdentityService(demo_ctx).export_certificate(path)
    return path


def test_trust_add_and_remove(qtbot, make_widget, ctx, pem, dialogs):
    """Add shows the fingerprint to compare before trusting; Remove asks and takes it out of the list."""
    panel = make_widget(TrustPanel, ctx)
    assert panel.table.rowCount() == 0
    dialogs["open_file"] = str(pem)
    dialogs["answer"] = False
    panel.add_button.click()
    assert panel.table.rowCount() == 0 and "Ahmad Fauzi" in dialogs["confirm"][-1]
    dialogs["answer"] = True
    panel.add_button.click()
    assert panel.table.rowCount() == 1 and panel.table.item(0, 1).text() == "kpu-kobar"
    fingerprint = IdentityService(ctx).trust_list()[0]["fingerprint"]
    assert panel.table.item(0, 3).text().replace(" ", "") == fingerprint.replace(":", "")
    assert fingerprint.replace(":", "")[:4] in dialogs["confirm"][-1]
    assert not panel.remove_button.isEnabled()
    panel.table.selectRow(0)
    dialogs["answer"] = False
    panel.remove_button.click()
    assert panel.table.rowCount() == 1
    dialogs["answer"] = True
    panel.remove_button.click()
    assert panel.table.rowCount() == 0 and not IdentityService(ctx).trust_list()


def test_trust_add_refuses_a_file_that_is_no_certificate(make_widget, ctx, dialogs, tmp_path):
    """Not a certificate: a clear message, nothing asked, nothing added."""
    bad = tmp_path / "bukan.pem"
    bad.write_text("bukan sertifikat")
    panel = make_widget(TrustPanel, ctx)
    dialogs["open_file"] = str(bad)
    panel.add_button.click()
    assert "bukan sertifikat X.509" in dialogs["warn"][-1] and not dialogs["confirm"]


def test_only_an_administrator_changes_the_trust_store(make_widget, ctx, pem):
    """A verifier sees the list but cannot add or remove."""
    from kpu_desktop.services.auth import AuthService

    IdentityService(ctx).trust_add(pem)
    AuthService(ctx).add_user("verif", "rahasia-123", "verifier")
    AuthService(ctx).login("verif", "rahasia-123")
    panel = make_widget(TrustPanel, ctx)
    panel.table.selectRow(0)
    assert panel.table.rowCount() == 1 and not panel.add_button.isEnabled() and not panel.remove_button.isEnabled()


def test_a_viewer_cannot_create_an_identity(make_widget, make_runner, ctx):
    """Creating or importing needs the permission to sign documents."""
    login_as(ctx, "viewer")
    panel = make_widget(IdentityPanel, ctx, make_runner(ctx))
    assert not panel.create_button.isEnabled() and not panel.import_button.isEnabled()


def test_a_trusted_signer_takes_a_row_of_its_text_height(qtbot, make_widget, ctx, pem):
    """Listed in a tab not shown yet (as in the Dokumen screen), the row is as tall as its fingerprint
    wrapped in the column it has once shown (two lines), not in the narrow column it had before."""
    from PySide6.QtWidgets import QTabWidget, QWidget

    IdentityService(ctx).trust_add(pem, label="Sekretariat KPU Kabupaten Kotawaringin Barat (kantor)")
    tabs = make_widget(QTabWidget, show=False)
    tabs.addTab(QWidget(), "first")
    panel = TrustPanel(ctx)
    tabs.addTab(panel, "trust")
    tabs.resize(1100, 600)
    tabs.show()
    qtbot.waitExposed(tabs)
    tabs.setCurrentIndex(1)
    line = panel.table.fontMetrics().lineSpacing()
    qtbot.waitUntil(lambda: panel.table.rowHeight(0) <= 2 * line + 12)
