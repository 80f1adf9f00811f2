"""Jejak Audit: the log newest first, filters, and the verified chain."""

from __future__ import annotations

import pytest

from kpu_desktop.ui.audit_screen import AuditScreen


@pytest.fixture
def audit(qtbot, demo_ctx, make_runner, make_widget):
    screen = make_widget(AuditScreen, demo_ctx, make_runner(demo_ctx))
    with qtbot.waitSignal(screen.verified, timeout=10_000):
        screen.refresh()
    return screen


def test_entries_are_listed_newest_first(audit):
    """The table lists audit entries with the highest sequence number first."""
    entries = audit.model.entries
    assert entries and entries[0].seq > entries[-1].seq


def test_chain_is_reported_intact(audit):
    """The demo database's chain verifies and the screen says so."""
    assert audit.chain_label.objectName() == "okText"


def test_action_filter_narrows_the_list(audit):
    """Choosing the action 'init' leaves only the initialisation entry."""
    audit.action_box.setCurrentIndex(audit.action_box.findData("init"))
    audit.apply_button.click()
    assert [e.action for e in audit.model.entries] == ["init"]


def test_record_filter_matches_an_id_prefix(qtbot, audit):
    """Typing the beginning of a record id keeps only that record's entries."""
    record = audit.model.entries[0].record_id
    qtbot.keyClicks(audit.record, record[:8])
    audit.apply_button.click()
    assert {e.record_id for e in audit.model.entries} == {record}


def test_selecting_an_entry_shows_its_changes(audit):
    """The detail pane shows every changed field of the selected entry."""
    audit.table.selectRow(1)
    entry = audit.model.entries[1]
    assert entry.username in audit.detail.toPlainText()
    # the time as the list shows it, in this computer's zone, not the stored UTC text
    shown = audit.model.data(audit.model.index(1, audit.model.COLUMNS.index("at")))
    assert shown in audit.detail.toPlainText() and entry.at not in audit.detail.toPlainText()


def test_clear_restores_all_entries(audit):
    """Clear resets every filter."""
    total = len(audit.model.entries)
    audit.action_box.setCurrentIndex(audit.action_box.findData("init"))
    audit.apply_button.click()
    audit.clear_button.click()
    assert len(audit.model.entries) == total


def test_actions_and_tables_are_named_for_people(qtbot, audit, indonesian):
    """The list and the filter boxes name actions and tables in Bahasa Indonesia, not by their stored
    codes; the detail pane gives both."""
    with qtbot.waitSignal(audit.verified, timeout=10_000):
        audit.refresh()
    column = {name: audit.model.COLUMNS.index(name) for name in ("action", "table")}
    shown = {(audit.model.data(audit.model.index(r, column["action"])),
              audit.model.data(audit.model.index(r, column["table"]))) for r in range(audit.model.rowCount())}
    assert ("Dibuat", "Sarana & prasarana") in shown and ("Basis data dibuat", "Unit") in shown
    codes = {e.action for e in audit.model.entries} | {e.table for e in audit.model.entries}
    assert not codes & {a for a, _ in shown} and not codes & {t for _, t in shown} - {"tps"}
    assert audit.action_box.findText("Dibuat") > 0 and audit.action_box.findText("create") < 0
    audit.action_box.setCurrentIndex(audit.action_box.findText("Basis data dibuat"))
    audit.apply_button.click()
    assert [e.action for e in audit.model.entries] == ["init"]
    assert "Basis data dibuat (init)" in audit.detail.toPlainText()


def test_a_broken_chain_is_explained_in_the_users_language(qtbot, audit, demo_ctx):
    """The reason a chain is broken comes in the session's language (Bahasa Indonesia here)."""
    conn = demo_ctx.conn
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("UPDATE audit_log SET username = 'mallory' WHERE seq = 4")
    with qtbot.waitSignal(audit.verified, timeout=10_000):
        audit.verify()
    assert audit.chain_label.text().endswith("isi entri tidak cocok dengan hash-nya")
