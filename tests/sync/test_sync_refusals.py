"""Every refusal of a received bundle: a clear reason, and the database and fingerprint left as they were."""

from __future__ import annotations

import json
import shutil
import uuid
import zipfile
from pathlib import Path

import pytest

from kpu_desktop.services.errors import ServiceError
from kpu_desktop.services.facility import FacilityService
from kpu_desktop.services.sync import SyncRefused
from kpu_desktop.signing.trust import TrustStore
from kpu_desktop.storage.db import schema_version
from kpu_desktop.sync import bundle as bundle_file
from tests.conftest import database_snapshot
from tests.sync.conftest import PPK, PPS1


@pytest.fixture
def pair(office, stick):
    """A PPS with one facility and its PPK; the PPS's honest bundle is on the stick."""
    pps = office("pps1", PPS1, "pps", "Sidorejo")
    ppk = office("ppk", PPK, "ppk")
    FacilityService(pps.ctx).add({"unit_code": PPS1, "category": "RUANG", "description": "Ruang sekretariat",
                                  "quantity": 1})
    good = pps.sync().export(stick).path
    return pps, ppk, good


def _refused(ppk, path: Path, key: str) -> SyncRefused:
    """Import must fail with `key`, changing nothing (rows, logs, fingerprint)."""
    before, fingerprint = database_snapshot(ppk.ctx.paths.database), ppk.fingerprint()
    with pytest.raises(SyncRefused) as caught:
        ppk.sync().import_bundle(path)
    assert caught.value.key == key, str(caught.value)
    assert database_snapshot(ppk.ctx.paths.database) == before
    assert ppk.fingerprint() == fingerprint
    return caught.value


def _rewrite(source: Path, target: Path, change) -> Path:
    """Copy a bundle member by member, letting `change(name, data)` alter or add members."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for info in old.infolist():
            data = change(info.filename, old.read(info.filename))
            if data is not None:
                new.writestr(info.filename, data, compress_type=zipfile.ZIP_DEFLATED)
    return target


def _flip(data: bytes, at: int | None = None) -> bytes:
    at = len(data) // 2 if at is None else at
    return data[:at] + bytes([data[at] ^ 0x01]) + data[at + 1:]


def _craft(pps, folder: Path, lines: list, *, text: str | None = None, **manifest) -> Path:
    """A bundle signed by the (trusted) PPS with arbitrary content (`text`: the raw change lines)."""
    base = {"format": bundle_file.FORMAT, "format_version": bundle_file.FORMAT_VERSION,
            "schema_version": schema_version(pps.ctx.conn), "bundle_id": str(uuid.uuid4()),
            "created_at": "2024-06-01T00:00:00+00:00",
            "origin": {"node_id": "abcdef123456", "unit_id": "u", "unit_code": PPS1, "unit_name": "PPS Sidorejo"},
            "covers": {"abcdef123456": [[1, max(1, len(lines))]]}, "knows": {},
            "counts": {"changes": len(lines)}}
    base.update(manifest)
    text = text if text is not None else "".join(json.dumps(line) + "\n" for line in lines)
    return bundle_file.write_bundle(folder, f"crafted-{uuid.uuid4().hex[:6]}.kpub", base, text.encode(), pps.identity)


def _line(seq: int, tbl: str = "facilities", data: dict | None = None) -> list:
    return ["abcdef123456", seq, f"{1717200000000 + seq:015d}.000000", tbl, str(uuid.uuid4()), "upsert", "op",
            None, data or {"note": "x"}, None]


def test_honest_bundle_is_accepted(pair):
    """The baseline the refusals are measured against imports cleanly."""
    _pps, ppk, good = pair
    report = ppk.sync().import_bundle(good)
    assert report.summary["kinds"]["facilities"]["new"] == 1


def test_changed_byte_in_the_changes_is_refused(pair, tmp_path):
    """One changed byte in a member no longer matches the manifest's hash."""
    _pps, ppk, good = pair
    bad = _rewrite(good, tmp_path / "changed.kpub", lambda n, d: _flip(d) if n == "changes.jsonl" else d)
    _refused(ppk, bad, "hash_mismatch")


def test_changed_byte_in_the_manifest_is_refused(pair, tmp_path):
    """A changed manifest no longer matches its signature."""
    _pps, ppk, good = pair
    bad = _rewrite(good, tmp_path / "manifest.kpub",
                   lambda n, d: d.replace(b'"changes":', b'"changes" :', 1) if n == "manifest.json" else d)
    _refused(ppk, bad, "bad_signature")


def test_changed_byte_anywhere_in_the_file_is_refused(pair, tmp_path):
    """A flipped byte in the raw file (the stick's damage) is caught, wherever it lands."""
    _pps, ppk, good = pair
    data = good.read_bytes()
    for at in (40, len(data) // 3, len(data) // 2, len(data) - 30):
        bad = tmp_path / f"raw-{at}.kpub"
        bad.write_bytes(_flip(data, at))
        before = database_snapshot(ppk.ctx.paths.database)
        with pytest.raises(SyncRefused):
            ppk.sync().import_bundle(bad)
        assert database_snapshot(ppk.ctx.paths.database) == before


def test_truncated_file_is_refused(pair, tmp_path):
    """A bundle cut short (stick pulled out while copying) is not a whole archive."""
    _pps, ppk, good = pair
    bad = tmp_path / "cut.kpub"
    bad.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    _refused(ppk, bad, "not_zip")


def test_unknown_signer_is_refused(office, pair, stick, identities, tmp_path):
    """A bundle signed by an identity nobody added to the trust store is refused, naming the signer."""
    pps, ppk, _good = pair
    stranger = type(pps)(pps.folder, identities["stranger"])
    bad = _craft(stranger, tmp_path, [_line(1)])
    error = _refused(ppk, bad, "unknown_signer")
    assert "stranger" in str(error)


def test_signer_no_longer_trusted_is_refused(pair):
    """After the PPK withdraws its trust in the PPS's certificate, the PPS's bundles are refused."""
    pps, ppk, good = pair
    TrustStore(ppk.ctx.paths.trust_dir).remove(pps.identity.fingerprint)
    _refused(ppk, good, "unknown_signer")


def test_newer_format_is_refused(pair, tmp_path):
    """A bundle of a later format version asks for an update instead of being misread."""
    pps, ppk, _good = pair
    _refused(ppk, _craft(pps, tmp_path, [_line(1)], format_version=bundle_file.FORMAT_VERSION + 1), "newer_format")


@pytest.mark.parametrize("withheld", ["all", {"abcdef123456": [[3, 2]]}, {"abcdef123456": [[0, 1]]},
                                      {"abcdef123456": [["1", "2"]]}, [[1, 2]]])
def test_left_out_ranges_that_are_no_version_vector_are_refused(pair, tmp_path, withheld):
    """What a limited bundle declares it left out must be a version vector like its other ranges."""
    from kpu_desktop.signing import cms

    pps, ppk, _good = pair
    manifest = {}

    def change(name: str, data: bytes) -> bytes:
        if name == "manifest.json":
            manifest.update(json.loads(data), withheld=withheld)
            return json.dumps(manifest).encode()
        if name == "manifest.p7s":  # signed again by the trusted PPS: only the content is wrong
            return cms.sign_detached(json.dumps(manifest).encode(), pps.identity)
        return data

    crafted = _rewrite(_craft(pps, tmp_path, [_line(1)]), tmp_path / "withheld.kpub", change)
    _refused(ppk, crafted, "bad_manifest")


def test_bundle_that_declares_nothing_left_out_is_accepted(pair, tmp_path):
    """Bundles written before limits were declared carry no `withheld`: they import as before."""
    pps, ppk, _good = pair
    report = ppk.sync().import_bundle(_craft(pps, tmp_path, [_line(1)]))
    assert report.summary["changes_new"] == 1
    assert ppk.ctx.conn.execute("SELECT COUNT(*) FROM sync_withheld").fetchone()[0] == 0


def test_newer_schema_is_refused(pair, tmp_path):
    """A bundle from a newer data schema is refused with the versions named."""
    pps, ppk, _good = pair
    _refused(ppk, _craft(pps, tmp_path, [_line(1)], schema_version=99), "newer_schema")


def test_zip_bomb_is_refused(pair, tmp_path):
    """A member that would expand enormously is refused before it is decompressed."""
    _pps, ppk, good = pair
    bomb = b"\0" * (64 << 20)
    bad = _rewrite(good, tmp_path / "bomb.kpub", lambda n, d: bomb if n == "changes.jsonl" else d)
    _refused(ppk, bad, "zip_bomb")


def test_path_traversal_is_refused(pair, tmp_path):
    """A member named outside the archive never reaches the disk or the database."""
    _pps, ppk, good = pair
    bad = shutil.copy(good, tmp_path / "traversal.kpub")
    with zipfile.ZipFile(bad, "a") as archive:
        archive.writestr("../../evil.sh", b"rm -rf /")
    _refused(ppk, Path(bad), "path_traversal")


def test_unexpected_member_is_refused(pair, tmp_path):
    """A member the format does not know is refused."""
    _pps, ppk, good = pair
    bad = shutil.copy(good, tmp_path / "extra.kpub")
    with zipfile.ZipFile(bad, "a") as archive:
        archive.writestr("extra.txt", b"hello")
    _refused(ppk, Path(bad), "bad_member")


def test_unknown_table_is_refused(pair, tmp_path):
    """A change to a table that is not exchanged (accounts) is refused."""
    pps, ppk, _good = pair
    _refused(ppk, _craft(pps, tmp_path, [_line(1, "users", {"role": "admin"})]), "unknown_table")


def test_unknown_field_is_refused(pair, tmp_path):
    """A change naming a field the table does not have is refused."""
    pps, ppk, _good = pair
    _refused(ppk, _craft(pps, tmp_path, [_line(1, "persons", {"password_hash": "x"})]), "unknown_field")


def test_change_outside_declared_ranges_is_refused(pair, tmp_path):
    """A change the manifest does not declare cannot slip in."""
    pps, ppk, _good = pair
    _refused(ppk, _craft(pps, tmp_path, [_line(5)], covers={"abcdef123456": [[1, 2]]}), "outside_ranges")


def test_forked_sequence_is_refused(pair, stick, tmp_path):
    """A cloned laptop numbering different changes like the original is refused with an explanation."""
    pps, ppk, good = pair
    ppk.sync().import_bundle(good)
    clone_folder = tmp_path / "clone"
    pps.ctx.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copytree(pps.folder, clone_folder)
    clone = type(pps)(clone_folder, pps.identity)
    for who, text in ((pps, "asli"), (clone, "salinan")):
        FacilityService(who.ctx).add({"unit_code": PPS1, "category": "GUDANG", "description": f"Gudang {text}",
                                      "quantity": 1})
    ppk.sync().import_bundle(pps.sync().export(stick, full=True).path)
    forked = clone.sync().export(tmp_path, full=True).path
    error = _refused(ppk, forked, "forked")
    assert "PPS Sidorejo" in str(error) and "clone" in str(error).lower()
    clone.ctx.close()


def test_bundle_encrypted_for_another_office_is_refused(pair, office, stick, identities, tmp_path):
    """An encrypted bundle cannot be opened by anyone but its recipient."""
    pps, ppk, _good = pair
    cert = tmp_path / "kab.pem"
    from kpu_desktop.signing.identity import certificate_pem
    cert.write_bytes(certificate_pem(identities["kab"].certificate))
    sealed = pps.sync().export(tmp_path, to_cert=cert, full=True).path
    _refused(ppk, sealed, "not_for_us")


def test_missing_file_or_a_folder_is_refused(pair, tmp_path):
    """A path that is not there, or a folder picked instead of a bundle, gives a clear message."""
    _pps, ppk, _good = pair
    refused = _refused(ppk, tmp_path / "nothing.kpub", "not_found")
    assert "nothing.kpub tidak ditemukan" in str(refused) and str(tmp_path) in str(refused)
    _refused(ppk, tmp_path, "not_file")


def test_viewer_may_not_import(pair, tmp_path):
    """Exchanging data needs the exchange permission."""
    from kpu_desktop.services.context import Session
    _pps, ppk, good = pair
    ppk.ctx.session = Session("viewer", "viewer")
    with pytest.raises(ServiceError):
        ppk.sync().import_bundle(good)


@pytest.mark.parametrize("second", ['{"not": "a change"', "NaN", "[1, 2] [3]"])
def test_change_line_that_is_not_json_is_refused(pair, tmp_path, second):
    """A signed, trusted bundle whose second change line is not one JSON value is refused, naming the line."""
    pps, ppk, _good = pair
    text = json.dumps(_line(1)) + "\n" + second + "\n"
    refusal = _refused(ppk, _craft(pps, tmp_path, [_line(1), _line(2)], text=text), "bad_change")
    assert "2" in str(refusal)


@pytest.mark.parametrize("quantity", [2**63, 10**30], ids=["past 64 bits", "far past 64 bits"])
def test_number_sqlite_cannot_hold_is_refused(pair, tmp_path, quantity):
    """An integer past SQLite's 64 bits is refused before any write, naming its line."""
    pps, ppk, _good = pair
    lines = [_line(1), _line(2, data={"note": "x", "quantity": quantity})]
    refusal = _refused(ppk, _craft(pps, tmp_path, lines), "bad_change")
    assert "2" in str(refusal)
