"""Dokumen: produce, save and sign documents, add a second signature, verify and import signed PDFs."""

from __future__ import annotations

import logging
import pytest

from documents_helpers import PASSPHRASE, install_officer, signed_summary
from kpu_desktop.services.documents import DocumentService
from kpu_desktop.ui import identity_dialogs
from kpu_desktop.ui.documents_screen import DocumentsScreen
from ui_helpers import login_as, wait_idle

TIMEOUT = 30_000


@pytest.fixture(autouse=True)
def _quiet_pyhanko(caplog):
    """pyHanko logs every rejected signature at ERROR; some of these tests expect rejections."""
    caplog.set_level(logging.CRITICAL, logger="pyhanko")
    caplog.set_level(logging.CRITICAL, logger="pyhanko_certvalidator")


@pytest.fixture
def regency_ctx(demo_ctx):
    """The demo regency with the officer's signing identity installed."""
    install_officer(demo_ctx)
    return demo_ctx


@pytest.fixture
def passphrase(monkeypatch):
    """What the passphrase dialog answers (None: the user cancelled); the texts it showed."""
    answer = {"value": PASSPHRASE, "asked": []}

    def ask(parent, text):
        answer["asked"].append(text)
        return answer["value"]

    monkeypatch.setattr(identity_dialogs, "ask_passphrase", ask)
    return answer


@pytest.fixture
def screen_of(make_widget, make_runner):
    def build(ctx):
        screen = make_widget(DocumentsScreen, ctx, make_runner(ctx))
        screen.resize(1200, 760)
        return screen
    return build


def _generate(qtbot, screen):
    panel = screen.produce
    with qtbot.waitSignal(panel.runner.all_finished, timeout=TIMEOUT):
        panel.generate_button.click()


def test_generate_and_save_a_summary(qtbot, screen_of, regency_ctx, dialogs, tmp_path, monkeypatch):
    """Generate runs in the background and shows number, pages, records and hashes; Save as writes the PDF and
    then offers the system viewer."""
    screen = screen_of(regency_ctx)
    panel = screen.produce
    assert panel.form.kind_key() == "summary"
    with qtbot.waitSignal(panel.produced, timeout=TIMEOUT) as produced:
        panel.generate_button.click()
    wait_idle(qtbot, panel.runner)
    doc = produced.args[0].doc
    assert panel.facts["number"].text() == doc.doc_number and "LAP-RINGKAS" in doc.doc_number
    assert int(panel.facts["pages"].text()) >= 1 and int(panel.facts["records"].text()) == doc.record_count > 0
    assert panel.facts["sha256"].text().replace("\n", "") == doc.data_sha256
    assert not panel.open_button.isEnabled()
    target = tmp_path / "laporan.pdf"
    dialogs["save_file"] = str(target)
    panel.save_button.click()
    assert target.read_bytes().startswith(b"%PDF-") and panel.facts["file"].text() == str(target)
    opened = []
    monkeypatch.setattr("kpu_desktop.ui.documents_produce.open_externally", lambda path: opened.append(path) or True)
    assert panel.open_button.isEnabled()
    panel.open_button.click()
    assert opened == [str(target)]


def test_sign_at_generation_with_the_right_passphrase(qtbot, screen_of, regency_ctx, passphrase, dialogs, tmp_path):
    """With 'Sign now' and the right passphrase the saved document verifies as valid here."""
    screen = screen_of(regency_ctx)
    panel = screen.produce
    assert panel.sign_now.isEnabled()
    panel.sign_now.setChecked(True)
    _generate(qtbot, screen)
    assert passphrase["asked"] and panel.result.signed_slots == ("sekretaris",)
    assert "Sekretaris" in panel.facts["signatures"].text()
    dialogs["save_file"] = str(tmp_path / "signed.pdf")
    panel.save_button.click()
    assert DocumentService(regency_ctx).verify((tmp_path / "signed.pdf").read_bytes()).ok


def test_wrong_passphrase_is_refused_and_nothing_is_produced(qtbot, screen_of, regency_ctx, passphrase, dialogs):
    """A wrong passphrase gives a clear message; no document, no number taken, nothing to save."""
    screen = screen_of(regency_ctx)
    panel = screen.produce
    before = DocumentService(regency_ctx).next_number("summary")
    passphrase["value"] = "salah-sekali"
    panel.sign_now.setChecked(True)
    _generate(qtbot, screen)
    assert panel.result is None and not panel.save_button.isEnabled()
    assert any("Kata sandi kunci salah" in text for text in dialogs["warn"])
    assert "Kata sandi kunci salah" in panel.error.text()
    assert DocumentService(regency_ctx).next_number("summary") == before


def test_sign_the_generated_document_afterwards(qtbot, screen_of, regency_ctx, passphrase, dialogs, tmp_path):
    """An unsigned result can be signed from its card into a free slot; the file must then be saved again."""
    screen = screen_of(regency_ctx)
    panel = screen.produce
    _generate(qtbot, screen)
    assert panel.slot.currentData() == "sekretaris" and panel.sign_button.isEnabled()
    with qtbot.waitSignal(panel.signed, timeout=TIMEOUT):
        panel.sign_button.click()
    wait_idle(qtbot, panel.runner)
    assert panel.result.signed_slots == ("sekretaris",) and not panel.sign_button.isEnabled()
    dialogs["save_file"] = str(tmp_path / "later")
    panel.save_button.click()
    assert DocumentService(regency_ctx).verify((tmp_path / "later.pdf").read_bytes()).ok


def test_bast_of_a_receipt_found_by_search(qtbot, screen_of, regency_ctx):
    """Choosing BAST shows the receipt picker; typing narrows it; the BAST carries the receipt's number."""
    screen = screen_of(regency_ctx)
    form = screen.produce.form
    form.kind.setCurrentIndex(form.kind.findData("bast"))
    assert form.receipt_box.isVisibleTo(form) and form.receipt.count() > 1
    number = form.receipt.itemText(0).split()[0]
    form.set_receipt_search(number.split("/")[0])
    assert form.receipt.count() >= 1 and form.receipt.itemText(0).startswith(number)
    form.set_receipt_search("tidakadasamasekali")
    assert form.receipt.currentData() is None
    screen.produce.generate_button.click()
    assert "receipt" in screen.produce.error.text().lower() or "penerimaan" in screen.produce.error.text().lower()
    form.set_receipt_search(number.split("/")[0])
    _generate(qtbot, screen)
    assert screen.produce.result.doc.doc_number == number


def test_a_signer_nip_that_is_none_stops_before_anything_runs(qtbot, screen_of, regency_ctx):
    """A NIP of the wrong length under a signature is said in the form; no job starts, no number is taken."""
    screen = screen_of(regency_ctx)
    panel = screen.produce
    panel.form.signer["nip"].setText("19860926 2015")
    panel.generate_button.click()
    assert "18" in panel.error.text() and panel.result is None and not panel.cancel_button.isVisible()
    panel.form.signer["nip"].setText("19860926 201505 2 001")
    assert panel.form.problem() == ""


def test_cancel_generation(qtbot, screen_of, regency_ctx):
    """Cancel stops the job: no document is shown."""
    screen = screen_of(regency_ctx)
    panel = screen.produce
    with qtbot.waitSignal(panel.runner.all_finished, timeout=TIMEOUT):
        panel.generate_button.click()
        assert panel.cancel_button.isVisible()
        panel.cancel_button.click()
    assert panel.result is None and panel.status.text() == panel.tr("Cancelled; nothing was produced.")


def test_second_signature_on_an_existing_pdf(qtbot, screen_of, regency_ctx, passphrase, dialogs, tmp_path):
    """A summary signed by the Sekretaris gets the Ketua's signature into its free slot; both verify."""
    source = tmp_path / "ringkas.pdf"
    source.write_bytes(signed_summary(regency_ctx, cosigner=True))
    screen = screen_of(regency_ctx)
    existing = screen.produce.existing
    dialogs["open_file"] = str(source)
    with qtbot.waitSignal(existing.runner.all_finished, timeout=TIMEOUT):
        existing.choose_button.click()
    assert existing.slot.currentData() == "ketua" and existing.sign_button.isEnabled()
    target = tmp_path / "ringkas-ketua.pdf"
    dialogs["save_file"] = str(target)
    with qtbot.waitSignal(existing.signed, timeout=TIMEOUT):
        existing.sign_button.click()
    result = DocumentService(regency_ctx).verify(target.read_bytes())
    assert result.ok and [s.field_name for s in result.signatures] == ["sekretaris", "ketua"]


def test_verify_shows_a_trusted_document_as_valid(qtbot, screen_of, regency_ctx, dialogs, tmp_path):
    """A document signed here: green verdict, one signature intact and trusted."""
    path = tmp_path / "ringkas.pdf"
    path.write_bytes(signed_summary(regency_ctx))
    screen = screen_of(regency_ctx)
    verify = screen.verify
    dialogs["open_file"] = str(path)
    with qtbot.waitSignal(verify.verified, timeout=TIMEOUT) as verdict:
        verify.choose_button.click()
    assert verdict.args == [True] and verify.verdict.text().startswith("✔")
    assert verify.table.rowCount() == 1 and verify.table.item(0, 4).text() == verify.tr("yes")
    assert "LAP-RINGKAS" in verify.document_label.text()


def test_verify_reports_an_untrusted_signer(qtbot, screen_of, regency_ctx, ctx, dialogs, tmp_path):
    """In a folder that does not trust the signer: red verdict naming the reason, import disabled."""
    path = tmp_path / "ringkas.pdf"
    path.write_bytes(signed_summary(regency_ctx))
    screen = screen_of(ctx)
    verify = screen.verify
    dialogs["open_file"] = str(path)
    with qtbot.waitSignal(verify.verified, timeout=TIMEOUT) as verdict:
        verify.choose_button.click()
    wait_idle(qtbot, verify.runner)
    assert verdict.args == [False] and "tidak tepercaya" in verify.verdict.text()
    assert verify.table.item(0, 3).text() == verify.tr("yes") and verify.table.item(0, 4).text() == verify.tr("no")
    assert not verify.import_button.isEnabled()


def test_verify_refuses_a_file_that_is_not_a_pdf(qtbot, screen_of, regency_ctx, dialogs, tmp_path):
    """Not a PDF: a clear message, no verdict."""
    path = tmp_path / "catatan.pdf"
    path.write_text("bukan pdf")
    verify = screen_of(regency_ctx).verify
    dialogs["open_file"] = str(path)
    with qtbot.waitSignal(verify.runner.all_finished, timeout=TIMEOUT):
        verify.choose_button.click()
    assert dialogs["warn"] and "bukan dokumen PDF" in dialogs["warn"][-1] and not verify.verdict.isVisible()


@pytest.fixture
def province_ctx(tmp_path, regency_ctx):
    """An empty provincial folder (62) that trusts the regency officer's certificate."""
    from kpu_desktop.paths import AppPaths
    from kpu_desktop.services.context import AppContext
    from kpu_desktop.services.identity import IdentityService
    from kpu_desktop.services.setup import initialise
    from tests.conftest import ADMIN, PASSWORD, _context

    folder = tmp_path / "prov"
    setup = AppContext(AppPaths(folder))
    initialise(setup, unit_code="62", unit_kind="kpu-prov", unit_name=None, admin=ADMIN, password=PASSWORD)
    setup.close()
    context = _context(folder)
    pem = tmp_path / "kobar.pem"
    IdentityService(regency_ctx).export_certificate(pem)
    IdentityService(context).trust_add(pem, label="KPU Kobar")
    yield context
    context.close()


def test_import_a_signed_summary_into_a_provincial_folder(qtbot, screen_of, regency_ctx, province_ctx, dialogs,
                                                          tmp_path):
    """Verify, confirm, import with progress: the records arrive; a second import changes nothing."""
    from kpu_desktop.services.asn import AsnService

    path = tmp_path / "ringkas.pdf"
    path.write_bytes(signed_summary(regency_ctx))
    verify = screen_of(province_ctx).verify
    dialogs["open_file"] = str(path)
    with qtbot.waitSignal(verify.verified, timeout=TIMEOUT):
        verify.choose_button.click()
    wait_idle(qtbot, verify.runner)
    dialogs["answer"] = False
    verify.import_button.click()
    assert dialogs["confirm"] and not verify.runner.busy and not AsnService(province_ctx).list()
    dialogs["answer"] = True
    with qtbot.waitSignal(verify.imported, timeout=TIMEOUT) as done:
        verify.import_button.click()
    assert done.args[0].created > 0 and "data baru" in dialogs["inform"][-1]
    assert AsnService(province_ctx).list()
    wait_idle(qtbot, verify.runner)
    with qtbot.waitSignal(verify.imported, timeout=TIMEOUT) as again:
        verify.import_button.click()
    assert again.args[0].created == 0 and not again.args[0].changed


def test_a_viewer_can_verify_but_not_produce_or_sign(qtbot, screen_of, regency_ctx):
    """Roles: a viewer gets no Generate, no signing and no trust changes."""
    login_as(regency_ctx, "viewer")
    screen = screen_of(regency_ctx)
    assert not screen.produce.generate_button.isEnabled() and not screen.produce.sign_now.isEnabled()
    assert not screen.trust.add_button.isEnabled() and not screen.identity.create_button.isEnabled()
    assert screen.verify.choose_button.isEnabled()


def test_the_window_opens_documents_with_its_runner(qtbot, make_window, regency_ctx):
    """From the navigation the screen shares the window's task runner (status bar, shutdown on close)."""
    window = make_window(regency_ctx)
    window.show_page("documents")
    screen = window.pages["documents"]
    assert isinstance(screen, DocumentsScreen) and screen.runner is window.runner
    assert screen.identity.has_identity() and screen.produce.sign_now.isEnabled()


def test_passphrase_dialog_hides_what_is_typed(qtbot, make_widget):
    """The key passphrase is typed with echo Password."""
    from PySide6.QtWidgets import QLineEdit

    dialog = make_widget(identity_dialogs.PassphraseDialog, "Kata sandi")
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    assert dialog.passphrase.echoMode() == QLineEdit.EchoMode.Password and dialog.value() == PASSPHRASE
