"""Pertukaran Data screen: export to a folder, verify and preview a package, apply it, refuse a bad one.

Real widgets over real data folders (a PPS and its PPK, identities made once per session); the folder
picker and the passphrase prompt are the only things replaced.
"""

from __future__ import annotations

import zipfile
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt

from kpu_desktop.services.facility import FacilityService
from kpu_desktop.ui import exchange_prompts
from kpu_desktop.ui.exchange_drives import removable_drives
from kpu_desktop.ui.exchange_screen import ExchangeScreen
from tests.conftest import database_snapshot
from tests.sync.conftest import PASSPHRASE, PPK, PPS1, identities, office, office_templates  # noqa: F401
from ui_helpers import login_as, wait_idle


@pytest.fixture
def pair(office):  # noqa: F811 - the office factory imported above
    return office("pps1", PPS1, "pps", "Sidorejo"), office("ppk", PPK, "ppk")


@pytest.fixture
def stick(tmp_path):
    path = tmp_path / "stick"
    path.mkdir()
    return path


@pytest.fixture
def prompts(monkeypatch, stick):
    """The passphrase prompt answers with the identity's passphrase; the folder picker picks the stick."""
    asked = []

    def passphrase(parent, reason):
        asked.append(reason)
        return PASSPHRASE

    monkeypatch.setattr(exchange_prompts, "ask_passphrase", passphrase)
    monkeypatch.setattr(exchange_prompts, "choose_folder", lambda parent, title: str(stick))
    return asked


def _screen(make_widget, make_runner, qtbot, ctx) -> ExchangeScreen:
    runner = make_runner(ctx)
    screen = make_widget(ExchangeScreen, ctx, runner)
    screen.resize(1100, 700)
    wait_idle(qtbot, runner)
    return screen


def _facility(office, description: str) -> str:
    return FacilityService(office.ctx).add({"unit_code": PPS1, "category": "RUANG", "description": description,
                                            "quantity": 1})[0]


def _choose_stick(qtbot, screen) -> None:
    with qtbot.waitSignal(screen.receive.bundles_listed, timeout=10_000):
        screen.locations.folder_button.click()


def test_export_writes_a_signed_package_to_the_chosen_folder(qtbot, make_widget, make_runner, pair, stick, prompts):
    """Export asks for the passphrase, writes the package into the folder and names it with its counts."""
    pps, _ppk = pair
    _facility(pps, "Ruang sekretariat")
    screen = _screen(make_widget, make_runner, qtbot, pps.ctx)
    _choose_stick(qtbot, screen)
    assert screen.locations.current().path == stick
    with qtbot.waitSignal(screen.send.exported, timeout=20_000) as blocker:
        qtbot.mouseClick(screen.send.export_button, Qt.MouseButton.LeftButton)
    result = blocker.args[0]
    assert prompts and result.path.parent == stick and result.path.exists()
    assert result.per_table["facilities"] == 1
    qtbot.waitUntil(lambda: not screen.send.busy)
    assert str(result.path) in screen.send.result.text()
    # The new package shows up in the Receive list of the same folder.
    screen.receive.rescan()
    qtbot.waitUntil(lambda: screen.receive.list.rowCount() == 1, timeout=10_000)
    assert "Sidorejo" in screen.receive.list.item(0, 1).text()
    wait_idle(qtbot, screen.runner)


def test_import_previews_then_applies(qtbot, make_widget, make_runner, pair, stick, prompts):
    """A package is verified and previewed without writing; Apply then writes it and shows the report."""
    pps, ppk = pair
    _facility(pps, "Ruang sekretariat")
    older = pps.sync().export(stick).path
    _facility(pps, "Gudang logistik")
    newer = pps.sync().export(stick).path
    screen = _screen(make_widget, make_runner, qtbot, ppk.ctx)
    screen.tabs.setCurrentWidget(screen.receive)
    _choose_stick(qtbot, screen)
    assert [b.path for b in screen.receive.bundles] == [newer, older]  # newest first
    screen.receive.list.selectRow(1)
    before = database_snapshot(ppk.ctx.paths.database)
    with qtbot.waitSignal(screen.receive.previewed, timeout=20_000) as blocker:
        screen.receive.check_button.click()
    preview = blocker.args[0]
    assert preview.summary["kinds"]["facilities"]["new"] == 1
    assert "Sidorejo" in screen.receive.details.text() and "Sekretaris pps1" in screen.receive.details.text()
    assert screen.receive.counts.rowCount() >= 1
    wait_idle(qtbot, screen.runner)
    assert database_snapshot(ppk.ctx.paths.database) == before
    with qtbot.waitSignal(screen.receive.applied, timeout=20_000) as blocker:
        screen.receive.apply_button.click()
    assert blocker.args[0].summary["changes_new"] >= 1 and not blocker.args[0].already_imported
    assert ppk.ctx.conn.execute("SELECT COUNT(*) FROM facilities").fetchone()[0] == 1
    assert older.name in screen.receive.heading.text()
    wait_idle(qtbot, screen.runner)


def test_tampered_package_is_refused_and_changes_nothing(qtbot, make_widget, make_runner, pair, stick, prompts,
                                                         dialogs):
    """A package whose contents changed after signing is refused with a clear message; nothing is written."""
    pps, ppk = pair
    _facility(pps, "Ruang sekretariat")
    good = pps.sync().export(stick).path
    with zipfile.ZipFile(good) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    good.unlink()
    members["changes.jsonl"] = members["changes.jsonl"].replace(b"Ruang sekretariat", b"Ruang sekretariaX")
    with zipfile.ZipFile(good, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    before = database_snapshot(ppk.ctx.paths.database)
    screen = _screen(make_widget, make_runner, qtbot, ppk.ctx)
    _choose_stick(qtbot, screen)
    with qtbot.waitSignal(screen.receive.refused, timeout=20_000) as blocker:
        screen.receive.check_button.click()
    assert "changes.jsonl" in blocker.args[0]
    assert dialogs["warn"] and "changes.jsonl" in dialogs["warn"][-1]
    assert not screen.receive.apply_button.isEnabled()
    wait_idle(qtbot, screen.runner)
    assert database_snapshot(ppk.ctx.paths.database) == before


def test_viewer_sees_status_and_fingerprint_only(qtbot, make_widget, make_runner, ctx):
    """Without the exchange permission there is no Send or Receive, but the status and fingerprint show."""
    login_as(ctx, "viewer")
    screen = _screen(make_widget, make_runner, qtbot, ctx)
    qtbot.waitUntil(lambda: screen.fingerprint.value.text() not in ("…", ""), timeout=10_000)
    assert screen.send is None and screen.receive is None and screen.tabs.count() == 1
    assert len(screen.fingerprint.value.text()) >= 6
    assert screen.status_panel.nodes.rowCount() >= 1


def test_only_writable_removable_volumes_are_offered():
    """The system disk, read-only, unready and pseudo file systems are left out of the drive list."""
    def volume(path, *, ready=True, read_only=False, kind=b"vfat", name=""):
        return SimpleNamespace(rootPath=lambda: path, isValid=lambda: True, isReady=lambda: ready,
                               isReadOnly=lambda: read_only, fileSystemType=lambda: kind,
                               displayName=lambda: name, bytesAvailable=lambda: 2 << 30)

    volumes = [volume("/"), volume("/media/kpu/FLASHDISK", name="FLASHDISK"),
               volume("/media/kpu/CDROM", read_only=True), volume("/media/kpu/EMPTY", ready=False),
               volume("/run/user/1000", kind=b"tmpfs"), volume("/home")]
    found = removable_drives(volumes, system_root="/")
    assert [(str(d.path), d.name) for d in found] == [("/media/kpu/FLASHDISK", "FLASHDISK")]


def test_status_shows_what_was_left_out_apart_from_what_is_missing(qtbot):
    """A node's changes a limited bundle left out have their own column; they are not listed as missing."""
    from kpu_desktop.ui.exchange_status import StatusPanel, ranges_text

    panel = StatusPanel()
    qtbot.addWidget(panel)
    panel.show_status({"node": "aa11", "pending": 0, "conflicts": 0, "peers": [], "gaps": [], "nodes": [
        {"node": "bb22", "unit": "PPS Sukamaju", "ranges": [[1, 3]], "withheld": [[4, 5]], "gaps": [],
         "own": False, "highest": 5}]})
    assert panel.nodes.columnCount() == 5
    assert [panel.nodes.item(0, c).text() for c in (2, 3, 4)] == [ranges_text([[1, 3]]), ranges_text([[4, 5]]), ""]


def test_status_columns_fit_beside_the_drive_list(qtbot, indonesian):
    """At the width the screen gives the status on a 1366-pixel window, every column is in view: a long
    unit name is shortened in its cell (whole in its tooltip), never the ranges."""
    from kpu_desktop.ui.exchange_status import StatusPanel

    panel = StatusPanel()
    qtbot.addWidget(panel)
    panel.resize(745, 600)
    panel.show()
    unit = "KPU Kabupaten Kotawaringin Barat"
    panel.show_status({"node": "20a45fd023d6", "pending": 0, "conflicts": 0, "peers": [], "gaps": [],
                       "nodes": [{"node": "20a45fd023d6", "unit": unit, "ranges": [[1, 2170]], "withheld": [],
                                  "gaps": [[2171, 2200]], "own": True, "highest": 2200}]})
    qtbot.waitUntil(lambda: panel.nodes.viewport().width() > 0)
    header = panel.nodes.horizontalHeader()
    assert header.length() <= panel.nodes.viewport().width()
    assert unit in panel.nodes.item(0, 1).toolTip()
