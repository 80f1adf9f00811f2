"""Fixtures for the exchange tests: identities made once per session, data folders with an identity each."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

import pytest

from kpu_desktop.signing.identity import Identity, certificate_pem, create_identity, save_identity
from kpu_desktop.signing.trust import TrustStore

from tests.conftest import ADMIN, PASSWORD

PASSPHRASE = "frasa-rahasia-123"
PPS1, PPS2, PPK, KAB = "62.01.02.2001", "62.01.02.2002", "62.01.02", "62.01"


@pytest.fixture(autouse=True)
def _quiet_pyhanko(caplog):
    """pyHanko logs rejected signatures at ERROR; refusals are expected here."""
    caplog.set_level(logging.CRITICAL, logger="pyhanko")
    caplog.set_level(logging.CRITICAL, logger="pyhanko_certvalidator")


@pytest.fixture(scope="session")
def identities() -> dict[str, Identity]:
    """RSA-3072 identities are slow to make: one per office for the whole session."""
    return {name: create_identity(f"Sekretaris {name}", unit_code=name)
            for name in ("pps1", "pps2", "ppk", "kab", "stranger")}


class Office:
    """A data folder for one unit, its admin signed in, its identity installed."""

    def __init__(self, folder: Path, identity: Identity):
        from tests.conftest import _context
        self.folder = folder
        self.identity = identity
        self.ctx = _context(folder)

    def sync(self):
        from kpu_desktop.services.sync import SyncService
        return SyncService(self.ctx, identity=self.identity)

    def fingerprint(self, code: str | None = None) -> str:
        return self.sync().fingerprint(code)[1]

    def trust(self, *identities: Identity) -> None:
        for identity in identities:
            TrustStore(self.ctx.paths.trust_dir).add(identity.certificate)


def _build_office(folder: Path, identities: dict[str, Identity], name: str, code: str, kind: str,
                  unit_name: str | None) -> None:
    from kpu_desktop.paths import AppPaths
    from kpu_desktop.services.context import AppContext
    from kpu_desktop.services.setup import initialise

    ctx = AppContext(AppPaths(folder))
    initialise(ctx, unit_code=code, unit_kind=kind, unit_name=unit_name, admin=ADMIN, password=PASSWORD)
    ctx.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    ctx.close()
    paths = AppPaths(folder)
    save_identity(identities[name], paths.identity_file, PASSPHRASE)
    (paths.identity_dir / "certificate.pem").write_bytes(certificate_pem(identities[name].certificate))
    store = TrustStore(paths.trust_dir)
    for other in ("pps1", "pps2", "ppk", "kab"):
        store.add(identities[other].certificate)


@pytest.fixture(scope="session")
def office_templates(tmp_path_factory, identities):
    """Initialised folders built once per session and copied per test (initialising takes a while)."""
    base = tmp_path_factory.mktemp("offices")
    cache: dict[tuple, Path] = {}

    def template(name: str, code: str, kind: str, unit_name: str | None) -> Path:
        key = (name, code, kind, unit_name)
        if key not in cache:
            cache[key] = base / f"{name}-{len(cache)}"
            _build_office(cache[key], identities, name, code, kind, unit_name)
        return cache[key]

    return template


@pytest.fixture
def office(tmp_path, identities, office_templates):
    """Factory: office(name, unit_code, kind, unit_name=None) -> Office, trusting every scenario identity.

    Each office's node id comes from its template; a test never makes two offices of one name.
    """
    made: list[Office] = []

    def make(name: str, code: str, kind: str, unit_name: str | None = None) -> Office:
        folder = tmp_path / name
        shutil.copytree(office_templates(name, code, kind, unit_name), folder)
        result = Office(folder, identities[name])
        made.append(result)
        return result

    yield make
    for item in made:
        item.ctx.close()


@pytest.fixture
def stick(tmp_path) -> Path:
    """A folder standing for the USB stick."""
    path = tmp_path / "stick"
    path.mkdir()
    return path


@pytest.fixture(scope="module")
def seeded_template(tmp_path_factory):
    """A migrated, seeded database without any change: every node of a property test starts from a copy."""
    from kpu_desktop.storage.db import open_database, transaction
    from kpu_desktop.storage.seed import seed_reference

    path = tmp_path_factory.mktemp("property") / "template.sqlite3"
    conn = open_database(path).conn
    with transaction(conn):
        seed_reference(conn)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return path


def toggle_facility(conn, writer, rid: str, delete: bool, reason: str) -> None:
    """Delete or restore a facility the node holds, when that changes anything (screens offer nothing else)."""
    from kpu_desktop.storage.db import transaction

    row = conn.execute("SELECT deleted FROM facilities WHERE id = ?", (rid,)).fetchone()
    if row is not None and bool(row[0]) != delete:
        with transaction(conn):
            if delete:
                writer.soft_delete("facilities", rid, reason)
            else:
                writer.restore("facilities", rid)


def false_claims(conn) -> list[tuple[str, int, int]]:
    """Ranges of another node's changes this installation says it holds but whose changes are not in its log."""
    from kpu_desktop.storage import meta
    from kpu_desktop.sync.ranges import local_vector

    found = []
    for node, ranges in local_vector(conn, meta.node_id(conn)).items():
        for first, last in ranges:
            held = conn.execute("SELECT COUNT(*) FROM changes WHERE node_id = ? AND seq BETWEEN ? AND ?",
                                (node, first, last)).fetchone()[0]
            if held != last - first + 1:
                found.append((node, first, last))
    return found
