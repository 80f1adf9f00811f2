"""First-run setup: unit, administrator, optional sample data."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWizard

from kpu_desktop.paths import AppPaths
from kpu_desktop.services.context import AppContext
from kpu_desktop.ui.setup_wizard import SetupWizard
from ui_helpers import PASSWORD


@pytest.fixture
def wizard(qtbot, tmp_path, make_widget):
    ctx = AppContext(AppPaths(tmp_path / "new"))
    made = make_widget(SetupWizard, ctx)
    yield made
    ctx.close()


def _to_admin_page(qtbot, wizard, search: str = "Sukamara"):
    wizard.next()
    qtbot.keyClicks(wizard.unit_page.search, search)
    wizard.next()


def test_unit_list_filters_by_name(qtbot, wizard):
    """Typing part of a name leaves the matching regencies only."""
    wizard.next()
    qtbot.keyClicks(wizard.unit_page.search, "Sukamara")
    assert wizard.unit_page.list.count() == 1 and wizard.unit_page.chosen().code == "62.08"


def test_ppk_level_lists_kecamatan(wizard):
    """The PPK level offers kecamatan, each with its regency."""
    wizard.next()
    page = wizard.unit_page
    page.kind.setCurrentIndex(page.kind.findData("ppk"))
    assert page.list.count() == 136 and "(" in page.list.item(0).text()


def test_short_password_is_refused(qtbot, wizard):
    """The administrator page does not let a short password through."""
    _to_admin_page(qtbot, wizard)
    qtbot.keyClicks(wizard.admin_page.password, "pendek")
    qtbot.keyClicks(wizard.admin_page.repeat, "pendek")
    wizard.next()
    assert wizard.currentPage() is wizard.admin_page and wizard.admin_page.error.text()


def test_setup_creates_the_database_and_signs_in(qtbot, wizard):
    """Finishing creates the data folder for the chosen unit and signs the administrator in."""
    _to_admin_page(qtbot, wizard)
    qtbot.keyClicks(wizard.admin_page.password, PASSWORD)
    qtbot.keyClicks(wizard.admin_page.repeat, PASSWORD)
    wizard.next()
    wizard.next()
    assert wizard.currentPage() is wizard.finish_page
    with qtbot.waitSignal(wizard.setup_finished, timeout=20_000) as blocker:
        wizard.button(QWizard.WizardButton.FinishButton).click()
    assert blocker.args[0]["code"] == "62.08"
    assert wizard.ctx.session.username == "admin" and wizard.ctx.is_initialised()


def test_setup_with_sample_data_fills_records(qtbot, wizard):
    """With the sample-data box ticked, the new folder holds demo placements."""
    from kpu_desktop.services.asn import AsnService

    _to_admin_page(qtbot, wizard)
    qtbot.keyClicks(wizard.admin_page.password, PASSWORD)
    qtbot.keyClicks(wizard.admin_page.repeat, PASSWORD)
    wizard.next()
    wizard.next()
    wizard.finish_page.demo.setChecked(True)
    with qtbot.waitSignal(wizard.setup_finished, timeout=60_000):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    assert AsnService(wizard.ctx).list()
