"""`import-pdf`: a regency's signed Laporan Ringkas reproduces its records in an empty provincial folder."""

from __future__ import annotations

import sqlite3

import pytest

from kpu_desktop.services.documents import Cancelled, DocumentService
from kpu_desktop.services.documents_pdf import read_envelope
from kpu_desktop.services.documents_records import LOCAL_STAMP, TABLE_ORDER
from tests.conftest import _context, database_snapshot

SKIP = set(LOCAL_STAMP) | {"phone"}


@pytest.fixture
def summary_pdf(tmp_path, signed_docs):
    path = tmp_path / "laporan-ringkas.pdf"
    path.write_bytes(signed_docs["summary"])
    return path


@pytest.fixture
def trusting_province(cli, province, signed_folder, tmp_path):
    pem = tmp_path / "kobar.pem"
    assert cli("--data-dir", signed_folder, "identity", "export-cert", "--out", pem)[0] == 0
    assert cli("--data-dir", province, "trust", "add", pem)[0] == 0
    return province


def _rows(folder, table: str, ids: set[str]) -> dict[str, dict]:
    conn = sqlite3.connect(str(folder / "kpu-desktop.sqlite3"))
    conn.row_factory = sqlite3.Row
    try:
        found = {}
        for row in conn.execute(f"SELECT * FROM {table}"):
            if row["id"] in ids:
                found[row["id"]] = {k: row[k] for k in row.keys() if k not in SKIP}
        return found
    finally:
        conn.close()


def test_import_reproduces_the_records_and_is_idempotent(cli, trusting_province, signed_folder, summary_pdf):
    """Units, TPS, persons, placements, facilities, receipts and lines arrive with the same ids and values;
    a second import changes nothing at all."""
    code, out, err = cli("--data-dir", trusting_province, "import-pdf", summary_pdf)
    assert code == 0, err
    envelope_tables = read_envelope(summary_pdf.read_bytes(), "id")["records"]["tables"]
    assert set(envelope_tables) == set(TABLE_ORDER)
    for table in TABLE_ORDER:
        ids = {r["id"] for r in envelope_tables[table]}
        assert ids, table
        source, copied = _rows(signed_folder, table, ids), _rows(trusting_province, table, ids)
        assert copied == source, table
    before = database_snapshot(trusting_province / "kpu-desktop.sqlite3")
    code, out, _ = cli("--data-dir", trusting_province, "import-pdf", summary_pdf)
    assert code == 0 and "0 data baru, 0 diperbarui" in out
    assert database_snapshot(trusting_province / "kpu-desktop.sqlite3") == before


def test_imported_records_pass_the_integrity_check(cli, trusting_province, summary_pdf):
    """After the import the audit chain and foreign keys are intact (`check` exits 0)."""
    assert cli("--data-dir", trusting_province, "import-pdf", summary_pdf)[0] == 0
    code, out, err = cli("--data-dir", trusting_province, "check")
    assert code == 0, out + err


def test_import_refuses_an_untrusted_signer(cli, province, summary_pdf):
    """No trust, no import: a clear message and an unchanged database."""
    before = database_snapshot(province / "kpu-desktop.sqlite3")
    code, _out, err = cli("--data-dir", province, "import-pdf", summary_pdf)
    assert code == 1 and "Impor ditolak" in err and "tidak tepercaya" in err
    assert database_snapshot(province / "kpu-desktop.sqlite3") == before


def test_import_refuses_a_tampered_document(cli, trusting_province, summary_pdf, tmp_path):
    """One changed byte inside the attached data: refused, nothing written."""
    pdf = summary_pdf.read_bytes()
    at = pdf.index(b"/Type /EmbeddedFile") if b"/Type /EmbeddedFile" in pdf else len(pdf) // 2
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(pdf[:at + 2] + bytes([pdf[at + 2] ^ 1]) + pdf[at + 3:])
    before = database_snapshot(trusting_province / "kpu-desktop.sqlite3")
    code, _out, err = cli("--data-dir", trusting_province, "import-pdf", broken)
    assert code == 1 and "Impor ditolak" in err
    assert database_snapshot(trusting_province / "kpu-desktop.sqlite3") == before


def test_import_refuses_an_unsigned_document(cli, regency, tmp_path):
    """An unsigned report carries data but no signature: refused."""
    path = tmp_path / "unsigned.pdf"
    assert cli("--data-dir", regency, "report", "summary", "--out", path)[0] == 0
    before = database_snapshot(regency / "kpu-desktop.sqlite3")
    code, _out, err = cli("--data-dir", regency, "import-pdf", path)
    assert code == 1 and "tidak memiliki tanda tangan" in err
    assert database_snapshot(regency / "kpu-desktop.sqlite3") == before


def test_import_of_a_bast_into_the_province(cli, trusting_province, signed_docs, tmp_path):
    """A signed BAST brings its receipt, lines and the receiving unit's chain."""
    path = tmp_path / "bast.pdf"
    path.write_bytes(signed_docs["bast"])
    code, out, err = cli("--data-dir", trusting_province, "import-pdf", path)
    assert code == 0, err
    conn = sqlite3.connect(str(trusting_province / "kpu-desktop.sqlite3"))
    assert conn.execute("SELECT COUNT(*) FROM receipts").fetchone()[0] == 1
    assert conn.execute("SELECT COUNT(*) FROM receipt_lines").fetchone()[0] > 0
    conn.close()


def test_import_cancel_rolls_everything_back(trusting_province, summary_pdf):
    """A cancel during the import leaves the database as it was (the UI's Cancel button)."""
    ctx = _context(trusting_province)
    before = database_snapshot(trusting_province / "kpu-desktop.sqlite3")
    steps = []

    def cancelled() -> bool:
        return any(s.startswith("import:placements") for s in steps)

    with pytest.raises(Cancelled):
        DocumentService(ctx).import_pdf(summary_pdf.read_bytes(), progress=lambda pct, s: steps.append(s),
                                        cancelled=cancelled)
    ctx.close()
    assert "import:units" in steps
    assert database_snapshot(trusting_province / "kpu-desktop.sqlite3") == before


def test_import_refuses_units_outside_the_area(cli, data_dir, signed_folder, tmp_path, signed_docs):
    """A PPK folder cannot take a regency's records: the units are outside its area."""
    pem = tmp_path / "kobar.pem"
    assert cli("--data-dir", signed_folder, "identity", "export-cert", "--out", pem)[0] == 0
    other = tmp_path / "kumai"
    assert cli("--data-dir", other, "init", "--unit-kind", "ppk", "--unit-code", "62.01.02", "--admin", "admin")[0] == 0
    assert cli("--data-dir", other, "trust", "add", pem)[0] == 0
    path = tmp_path / "summary.pdf"
    path.write_bytes(signed_docs["summary"])
    before = database_snapshot(other / "kpu-desktop.sqlite3")
    code, _out, err = cli("--data-dir", other, "import-pdf", path)
    assert code == 1 and "di luar wilayah" in err
    assert database_snapshot(other / "kpu-desktop.sqlite3") == before
