"""Exchange behaviours beyond the refusals: encryption, limits for a lower recipient, idempotence, gaps,
conflicts and their review, the command line's answers to bad input."""

from __future__ import annotations

import json
import zipfile

import pytest

from kpu_desktop.services.asn import AsnService
from kpu_desktop.services.facility import FacilityService
from kpu_desktop.services.sync_conflicts import ConflictService
from kpu_desktop.signing.identity import certificate_pem
from tests.conftest import database_snapshot
from tests.sync.conftest import PASSPHRASE, PPK, PPS1, PPS2, false_claims

PERSON = {"nip": "198609262015051001", "name": "Budi Santoso", "birth_date": "1986-09-26", "sex": "L",
          "employment_status": "PNS", "golongan": "III/a", "pangkat": "Penata Muda", "event_id": "PILKADA_2024",
          "post": "SEKRETARIS", "start_date": "2024-05-26", "end_date": "2025-01-27"}


def _facility(office, code: str, description: str) -> str:
    return FacilityService(office.ctx).add({"unit_code": code, "category": "RUANG", "description": description,
                                            "quantity": 1})[0]


@pytest.fixture
def trio(office):
    return office("pps1", PPS1, "pps", "Sidorejo"), office("pps2", PPS2, "pps", "Sukamaju"), office("ppk", PPK, "ppk")


def test_same_bundle_twice_changes_nothing(trio, stick):
    """A second import of the same bundle leaves every table as it was."""
    pps1, _pps2, ppk = trio
    _facility(pps1, PPS1, "Ruang sekretariat")
    path = pps1.sync().export(stick).path
    ppk.sync().import_bundle(path)
    before = database_snapshot(ppk.ctx.paths.database)
    report = ppk.sync().import_bundle(path)
    assert report.already_imported and database_snapshot(ppk.ctx.paths.database) == before


def test_dry_run_writes_nothing_and_previews_per_kind(trio, stick):
    """The preview counts new records per kind and leaves the database alone."""
    pps1, _pps2, ppk = trio
    _facility(pps1, PPS1, "Ruang sekretariat")
    path = pps1.sync().export(stick).path
    before = database_snapshot(ppk.ctx.paths.database)
    preview = ppk.sync().import_bundle(path, dry_run=True)
    assert preview.summary["kinds"]["facilities"]["new"] == 1 and preview.origin["unit_code"] == PPS1
    assert database_snapshot(ppk.ctx.paths.database) == before


def test_large_bundle_is_searched_and_counted_like_small_ones(trio, stick):
    """A bundle large enough for batch upkeep: the records are found, counted and fingerprinted alike."""
    from kpu_desktop.storage.bulk import BULK_FROM
    from kpu_desktop.storage.db import transaction

    pps1, _pps2, ppk = trio
    unit = pps1.ctx.unit_id
    rows = [{"unit_id": unit, "category": "RUANG", "description": f"Ruang arsip nomor {n}", "quantity": 1,
             "registration_no": f"REG-{n:05d}"} for n in range(BULK_FROM + 50)]
    with transaction(pps1.ctx.conn):
        pps1.ctx.writer().insert_many("facilities", rows, owner_unit_id=unit)
    schema = sorted(ppk.ctx.conn.execute("SELECT type, name, sql FROM sqlite_master"))
    ppk.sync().import_bundle(pps1.sync().export(stick).path)
    conn = ppk.ctx.conn
    assert sorted(conn.execute("SELECT type, name, sql FROM sqlite_master")) == schema
    assert conn.execute("SELECT live FROM list_counts WHERE tbl = 'facilities' AND unit_id = ?",
                        (unit,)).fetchone()[0] == len(rows)
    found = conn.execute("SELECT COUNT(*) FROM facilities_fts WHERE facilities_fts MATCH 'arsip'").fetchone()[0]
    assert found == len(rows)
    conn.execute("INSERT INTO facilities_fts (facilities_fts) VALUES ('integrity-check')")
    assert ppk.fingerprint(PPS1) == pps1.fingerprint(PPS1)


def test_encrypted_bundle_opens_for_its_recipient_only(trio, stick, tmp_path):
    """With a recipient certificate the changes are sealed: no personal data readable on the stick."""
    pps1, _pps2, ppk = trio
    AsnService(pps1.ctx).add(dict(PERSON, unit_code=PPS1))
    cert = tmp_path / "ppk.pem"
    cert.write_bytes(certificate_pem(ppk.identity.certificate))
    result = pps1.sync().export(stick, to_cert=cert)
    with zipfile.ZipFile(result.path) as archive:
        assert sorted(archive.namelist()) == ["changes.jsonl.p7m", "manifest.json", "manifest.p7s", "signer.pem.p7m"]
        assert json.loads(archive.read("manifest.json"))["encrypted"] is True
        assert b"198609262015051001" not in b"".join(archive.read(n) for n in archive.namelist())
    report = ppk.sync().import_bundle(result.path)
    assert report.summary["kinds"]["persons"]["new"] == 1
    assert pps1.fingerprint(PPS1) == ppk.fingerprint(PPS1)


def test_bundle_for_a_pps_holds_no_other_pps_personal_data(trio, stick):
    """Going down, a PPS receives its own records and reference data, not its neighbour's people."""
    pps1, pps2, ppk = trio
    AsnService(pps1.ctx).add(dict(PERSON, unit_code=PPS1))
    AsnService(pps2.ctx).add(dict(PERSON, nip="199001012015052002", name="Siti Aminah", birth_date="1990-01-01",
                                  sex="P", unit_code=PPS2))
    for pps in (pps1, pps2):
        ppk.sync().import_bundle(pps.sync().export(stick).path)
    down = ppk.sync().export(stick, for_unit=PPS1, full=True)
    assert down.scope == PPS1
    with zipfile.ZipFile(down.path) as archive:
        text = archive.read("changes.jsonl").decode()
    assert "Budi Santoso" in text and "Siti Aminah" not in text
    assert "Sukamaju" in text  # units are reference data
    pps1.sync().import_bundle(down.path)
    assert pps1.fingerprint(PPS1) == ppk.fingerprint(PPS1)


def test_missing_changes_are_named_and_the_rest_applied(trio, stick):
    """A bundle that skips changes reports the gap with the unit's name; later changes still apply."""
    pps1, _pps2, ppk = trio
    _facility(pps1, PPS1, "Ruang satu")
    first = pps1.sync().export(stick).path
    _facility(pps1, PPS1, "Ruang dua")
    second = pps1.sync().export(stick, full=True).path  # everything: used to fill the gap at the end
    held = pps1.ctx.conn.execute("SELECT MAX(seq) FROM changes").fetchone()[0]
    pps1.ctx.conn.execute("INSERT INTO sync_peers (node_id, unit_id, knows) VALUES ('x', ?, ?)",
                          (ppk.ctx.unit_id, json.dumps({pps1.sync().own_node: [[1, held]]})))
    _facility(pps1, PPS1, "Ruang tiga")
    partial = pps1.sync().export(stick).path  # believes the PPK holds all but the newest
    report = ppk.sync().import_bundle(partial)
    assert report.gaps and "PPS Sidorejo" in report.gaps[0]["message"]
    # Its unit has not arrived: the facility is kept and waits instead of being lost or half-written.
    assert report.summary["pending"] == 1
    for path in (first, second):
        ppk.sync().import_bundle(path)
    assert ppk.sync().gaps() == [] and ppk.sync().status()["pending"] == 0
    assert ppk.ctx.conn.execute("SELECT COUNT(*) FROM facilities").fetchone()[0] == 3
    assert ppk.fingerprint(PPS1) == pps1.fingerprint(PPS1)


def test_concurrent_edit_is_a_conflict_and_the_decision_travels(trio, stick):
    """Both nodes keep the same winner and the same conflict; the PPK's decision closes it at the PPS too."""
    pps1, _pps2, ppk = trio
    record = _facility(pps1, PPS1, "Ruang sekretariat")
    ppk.sync().import_bundle(pps1.sync().export(stick).path)
    FacilityService(pps1.ctx).edit(record, {"quantity": 2})
    FacilityService(ppk.ctx).edit(record, {"quantity": 3})
    ppk.sync().import_bundle(pps1.sync().export(stick).path)
    pps1.sync().import_bundle(ppk.sync().export(stick, for_unit=PPS1).path)
    listed = ConflictService(ppk.ctx).list()
    assert [c["field"] for c in listed] == ["quantity"] == [c["field"] for c in ConflictService(pps1.ctx).list()]
    assert pps1.fingerprint() == ppk.fingerprint()
    ConflictService(ppk.ctx).resolve(listed[0]["id"], 2)
    pps1.sync().import_bundle(ppk.sync().export(stick, for_unit=PPS1).path)
    assert ConflictService(pps1.ctx).list() == [] == ConflictService(ppk.ctx).list()
    assert pps1.fingerprint(PPS1) == ppk.fingerprint(PPS1)
    assert ppk.ctx.conn.execute("SELECT action FROM audit_log WHERE record_id = ? ORDER BY seq DESC",
                                (record,)).fetchone()[0] == "resolve_conflict"


def test_a_bundle_is_not_charged_with_a_conflict_that_was_open_before(trio, stick):
    """The totals of an import count what the bundle brings, as its per-kind table does: a conflict still open
    from an earlier bundle is not counted again when an unrelated facility arrives."""
    pps1, _pps2, ppk = trio
    record = _facility(pps1, PPS1, "Ruang sekretariat")
    ppk.sync().import_bundle(pps1.sync().export(stick).path)
    FacilityService(pps1.ctx).edit(record, {"quantity": 2})
    FacilityService(ppk.ctx).edit(record, {"quantity": 3})
    first = ppk.sync().import_bundle(pps1.sync().export(stick).path)
    assert first.summary["conflicts"] == 1 == sum(k.get("conflicts", 0) for k in first.summary["kinds"].values())
    _facility(pps1, PPS1, "Gudang logistik")
    later = ppk.sync().import_bundle(pps1.sync().export(stick).path)
    assert later.summary["conflicts"] == 0 and later.summary["kinds"]["facilities"]["new"] == 1
    assert len(ConflictService(ppk.ctx).list()) == 1  # still open, and still shown where it is reviewed


def test_upper_level_correction_is_recorded(trio, stick):
    """A PPK correcting a PPS record is noted in the PPS's audit log as a correction by the PPK."""
    pps1, _pps2, ppk = trio
    record = _facility(pps1, PPS1, "Ruang sekretariat")
    ppk.sync().import_bundle(pps1.sync().export(stick).path)
    FacilityService(ppk.ctx).edit(record, {"description": "Ruang sekretariat PPS"})
    pps1.sync().import_bundle(ppk.sync().export(stick, for_unit=PPS1).path)
    row = pps1.ctx.conn.execute("SELECT changes FROM audit_log WHERE action = 'sync_correction'"
                                " AND record_id = ?", (record,)).fetchone()
    assert row and ppk.ctx.unit_id in row[0]


def test_resolving_an_unknown_conflict_or_choice_is_refused(trio):
    """Bad conflict ids and choices give a clear message and write nothing."""
    from kpu_desktop.services.errors import ServiceError
    _pps1, _pps2, ppk = trio
    with pytest.raises(ServiceError, match="tidak ditemukan"):
        ConflictService(ppk.ctx).resolve("deadbeef", 1)


def test_cli_status_fingerprint_and_conflicts(trio, stick, cli):
    """The commands answer, in English on request, and exit 0."""
    pps1, _pps2, ppk = trio
    _facility(pps1, PPS1, "Ruang sekretariat")
    env = {"KPU_DESKTOP_PASSPHRASE": PASSPHRASE}
    code, out, err = cli("--data-dir", pps1.folder, "sync", "export", "--out", stick, env=env)
    assert code == 0, err
    code, out2, _ = cli("--data-dir", ppk.folder, "--lang", "en", "sync", "import", out.strip(), "--dry-run")
    assert code == 0 and "Dry run" in out2
    assert cli("--data-dir", ppk.folder, "sync", "import", out.strip())[0] == 0
    code, status, _ = cli("--data-dir", ppk.folder, "--lang", "en", "sync", "status")
    assert code == 0 and "PPS Sidorejo" in status
    code, fp, _ = cli("--data-dir", ppk.folder, "fingerprint", "--unit", PPS1)
    assert code == 0 and len(fp.strip()) == 14
    assert cli("--data-dir", ppk.folder, "conflicts", "list")[0] == 0


@pytest.mark.parametrize("args,code", [
    (("sync", "import", "/nonexistent/x.kpub"), 1),
    (("sync", "export", "--out", "/nonexistent-folder"), 1),
    (("sync", "export"), 2),
    (("fingerprint", "--unit", "99.99"), 1),
    (("conflicts", "resolve", "abcd", "x"), 2),
    (("conflicts", "resolve", "abcd1234", "1"), 1),
])
def test_cli_bad_input_is_refused_clearly(trio, cli, args, code):
    """Rejected input exits 1 with a message; usage errors exit 2; nothing is written."""
    _pps1, _pps2, ppk = trio
    before = database_snapshot(ppk.ctx.paths.database)
    result, _out, err = cli("--data-dir", ppk.folder, *args, env={"KPU_DESKTOP_PASSPHRASE": PASSPHRASE})
    assert result == code and err.strip()
    assert database_snapshot(ppk.ctx.paths.database) == before


def test_wrong_passphrase_refuses_export(trio, stick, cli):
    """Without the identity's passphrase nothing is signed and nothing lands on the stick."""
    pps1, _pps2, _ppk = trio
    code, _out, err = cli("--data-dir", pps1.folder, "sync", "export", "--out", stick,
                          env={"KPU_DESKTOP_PASSPHRASE": "salah-sekali"})
    assert code == 1 and err.strip() and not list(stick.iterdir())


def test_a_limited_bundle_never_passes_on_a_claim_to_what_it_left_out(office, stick, cli):
    """A PPS that received only its own part must not tell a third office it holds its neighbour's changes.

    The regency first hears from PPS 1 directly (the PPK's laptop away), then from the PPK: it must end with
    PPS 2's people all the same, and no office sees gaps where a limited bundle left records out on purpose.
    """
    from tests.sync.conftest import KAB

    pps1, pps2 = office("pps1", PPS1, "pps", "Sidorejo"), office("pps2", PPS2, "pps", "Sukamaju")
    ppk, kab = office("ppk", PPK, "ppk"), office("kab", KAB, "kpu-kab")
    AsnService(pps1.ctx).add(dict(PERSON, unit_code=PPS1))
    AsnService(pps2.ctx).add(dict(PERSON, nip="199001012015052002", name="Siti Aminah", birth_date="1990-01-01",
                                  sex="P", unit_code=PPS2))
    for pps in (pps1, pps2):
        ppk.sync().import_bundle(pps.sync().export(stick).path)
    pps1.sync().import_bundle(ppk.sync().export(stick, for_unit=PPS1).path)
    assert pps1.sync().gaps() == []
    assert false_claims(pps1.ctx.conn) == []
    nodes = {n["node"]: n for n in pps1.sync().status()["nodes"]}
    left_out = {node: n["withheld"] for node, n in nodes.items()}
    assert left_out[pps2.sync().own_node]  # Siti Aminah's changes: not held, not missing either
    assert nodes[pps2.sync().own_node]["unit"] == "PPS Sukamaju"  # named though it never sent PPS 1 a bundle
    code, status, _ = cli("--data-dir", pps1.folder, "--lang", "en", "sync", "status")
    assert code == 0 and "NOT FOR THIS UNIT" in status
    first, last = left_out[pps2.sync().own_node][0]
    assert (f"{first}–{last}" if first != last else str(first)) in status

    kab.sync().import_bundle(pps1.sync().export(stick, for_unit=KAB).path)
    assert false_claims(kab.ctx.conn) == []
    ppk.sync().import_bundle(kab.sync().export(stick, for_unit=PPK).path)
    kab.sync().import_bundle(ppk.sync().export(stick).path)
    assert kab.ctx.conn.execute("SELECT COUNT(*) FROM persons WHERE name = 'Siti Aminah'").fetchone()[0] == 1
    assert kab.fingerprint(PPK) == ppk.fingerprint(PPK)
    assert kab.sync().gaps() == [] and ppk.sync().gaps() == []
    for one in (pps1, ppk, kab):
        assert false_claims(one.ctx.conn) == []



def test_a_record_moved_into_a_pps_reaches_it_whole(trio, stick):
    """A placement left out of a PPS's bundles (its neighbour's) and later moved to it arrives with its person."""
    pps1, pps2, ppk = trio
    AsnService(pps1.ctx).add(dict(PERSON, unit_code=PPS1))
    moved, _ = AsnService(pps2.ctx).add(dict(PERSON, nip="199001012015052002", name="Siti Aminah",
                                              birth_date="1990-01-01", sex="P", unit_code=PPS2, post="STAF_TU"))
    for pps in (pps1, pps2):
        ppk.sync().import_bundle(pps.sync().export(stick).path)
    pps1.sync().import_bundle(ppk.sync().export(stick, for_unit=PPS1).path)
    ppk.sync().import_bundle(pps1.sync().export(stick).path)  # the PPK learns what PPS 1 holds
    AsnService(ppk.ctx).edit(moved, {"unit_code": PPS1})
    report = pps1.sync().import_bundle(ppk.sync().export(stick, for_unit=PPS1).path)
    assert report.summary["pending"] == 0
    assert pps1.ctx.conn.execute("SELECT COUNT(*) FROM persons WHERE name = 'Siti Aminah'").fetchone()[0] == 1
    assert pps1.fingerprint(PPS1) == ppk.fingerprint(PPS1)


def test_a_record_moved_away_from_a_pps_leaves_its_lists(trio, stick):
    """The PPK moves a PPS's facility to its neighbour: the first PPS learns it moved, the second gets it whole."""
    pps1, pps2, ppk = trio
    moved = _facility(pps1, PPS1, "Gudang bersama")
    for pps in (pps1, pps2):
        ppk.sync().import_bundle(pps.sync().export(stick).path)
    FacilityService(ppk.ctx).edit(moved, {"unit_code": PPS2})
    for pps, code in ((pps1, PPS1), (pps2, PPS2)):
        pps.sync().import_bundle(ppk.sync().export(stick, for_unit=code).path)
        assert pps.fingerprint(code) == ppk.fingerprint(code)
    for pps in (pps1, pps2):
        unit = pps.ctx.conn.execute("SELECT u.code FROM facilities f JOIN units u ON u.id = f.unit_id"
                                    " WHERE f.id = ?", (moved,)).fetchone()
        assert unit == (PPS2,)
