"""Spreadsheet import (all or nothing) and export (re-importable, formula-safe)."""

import csv
import shutil

import openpyxl
import pytest

from kpu_desktop.services.demo_people import PeopleFactory
from kpu_desktop.services.errors import ServiceError
from kpu_desktop.services.exporting import ExportService
from kpu_desktop.services.importing import ImportService
from kpu_desktop.sheets.table import neutralise

from tests.conftest import database_snapshot

HEADERS = ["NO", "NAMA", "NIP", "PANGKAT / GOL. RUANG", "JABATAN DALAM SEKRETARIAT", "KECAMATAN", "NO. SK BUPATI",
           "TGL SK BUPATI", "NO. SK KPU", "TMT", "KET"]
KECAMATAN = ["Kumai", "Arut Selatan", "Kotawaringin Lama", "Arut Utara", "Pangkalan Lada", "Pangkalan Banteng"]


def placements_workbook(path, count, *, bad_row=None):
    """A secretariat list like the ones kept in practice: title rows, spaced NIPs, Indonesian dates."""
    people = PeopleFactory(seed=7)
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["DAFTAR SEKRETARIAT PPK PEMILIHAN SERENTAK TAHUN 2024"])
    sheet.append([])
    sheet.append(HEADERS)
    for n in range(1, count + 1):
        person = people.person(asn=True)
        nip = person["nip"]
        spaced = f"{nip[:8]} {nip[8:14]} {nip[14]} {nip[15:]}"
        if n == bad_row:
            spaced = spaced[:-1] + "X"
        sheet.append([n, person["name"], spaced, f"{person['pangkat']} / {person['golongan'].replace('/', '.')}",
                      "Staf Teknis Penyelenggaraan", KECAMATAN[n % 6], f"100.3.3.2/{n}/PEM/2024", "10 Mei 2024",
                      f"{n}/PP.04.2-Kpt/6201/2024", "16/05/2024", "ASN"])
    book.save(path)
    return path


def test_sample_secretariat_list_imports_as_kept(ctx, samples, tmp_path):
    """The sample PPK list (title rows, spaced NIPs, 'III.a', Indonesian dates, non-ASN NIKs) imports whole."""
    source = shutil.copy(samples / "sekretariat_ppk_kobar_2024.xlsx", tmp_path)
    report = ImportService(ctx).run(source, "asn")
    assert report.ok and report.created == 18
    statuses = {r[0] for r in ctx.conn.execute("SELECT employment_status FROM persons")}
    assert statuses == {"PNS", "NON_ASN"}


def test_sample_logistics_csv_imports_grouped_by_bast(ctx, samples, tmp_path):
    """The semicolon CSV becomes six receipts of nine lines, with its damaged counts."""
    source = shutil.copy(samples / "serah_terima_logistik_kpu_ke_ppk.csv", tmp_path)
    report = ImportService(ctx).run(source, "receipt")
    assert report.ok and report.created == 6
    assert ctx.conn.execute("SELECT COUNT(*), SUM(damaged) FROM receipt_lines").fetchone()[0] == 54


def test_election_types_written_by_name_are_read_as_their_codes(ctx, samples, tmp_path):
    """A sheet that writes 'Bupati' or 'Gubernur' where the sample writes PILBUP, PILGUB imports the same."""
    text = (samples / "serah_terima_logistik_kpu_ke_ppk.csv").read_text(encoding="utf-8")
    named = text.replace(";PILBUP;", ";Bupati;").replace(";PILGUB;", ";gubernur;")
    assert named != text
    source = tmp_path / "named.csv"
    source.write_text(named, encoding="utf-8")
    report = ImportService(ctx).run(source, "receipt")
    assert report.ok and report.created == 6, report.problems[:3]
    types = {r[0] for r in ctx.conn.execute("SELECT DISTINCT election_type FROM receipt_lines")}
    assert {"PILBUP", "PILGUB"} <= types and not types & {"BUPATI", "GUBERNUR"}


def test_receipts_are_written_in_batches_of_lines_with_progress_after_each(ctx, samples, tmp_path, monkeypatch):
    """Six receipts of nine lines, at least 20 lines a batch: two batches, progress after each, all written."""
    from kpu_desktop.services import import_rows

    monkeypatch.setattr(import_rows, "WRITE_LINES", 20)
    source = shutil.copy(samples / "serah_terima_logistik_kpu_ke_ppk.csv", tmp_path)
    steps = []
    report = ImportService(ctx).run(source, "receipt", progress=lambda done, total: steps.append((done, total)))
    assert report.ok and report.created == 6
    assert steps[-2:] == [(3, 6), (6, 6)]
    assert ctx.conn.execute("SELECT COUNT(DISTINCT receipt_id), COUNT(*) FROM receipt_lines").fetchone() == (6, 54)


def test_batches_keep_every_receipt_in_order():
    """Each batch but the last holds at least the asked number of lines; none is lost or repeated."""
    from types import SimpleNamespace

    from kpu_desktop.services.import_rows import _batches

    receipts = [SimpleNamespace(lines=[None] * n) for n in (5, 1, 7, 2, 2, 9, 1)]
    batches = list(_batches(receipts, 8))
    assert [len(b) for b in batches] == [3, 3, 1]
    assert all(sum(len(r.lines) for r in b) >= 8 for b in batches[:-1])
    assert [r for b in batches for r in b] == receipts
    assert list(_batches([], 8)) == []


def test_thousand_placements_with_one_bad_nip_are_refused_whole(ctx, data_dir, tmp_path):
    """One bad NIP among 1,000 rows: nothing is written, the row and field are named, a report is saved."""
    source = placements_workbook(tmp_path / "daftar.xlsx", 1000, bad_row=637)
    before = database_snapshot(data_dir / "kpu-desktop.sqlite3")
    report = ImportService(ctx).run(source, "asn")
    assert not report.ok
    assert [(p.row, p.column) for p in report.problems] == [(3 + 637, "NIP")]
    assert database_snapshot(data_dir / "kpu-desktop.sqlite3") == before
    saved = openpyxl.load_workbook(report.report_path).active
    assert [c.value for c in saved[2]][:2] == [640, "NIP"]


def test_thousand_good_placements_import(ctx, tmp_path):
    """The same file without the bad NIP imports every row."""
    report = ImportService(ctx).run(placements_workbook(tmp_path / "daftar.xlsx", 1000), "asn")
    assert report.ok and report.created == 1000


def test_headers_in_any_order_and_case(ctx, tmp_path):
    """Columns are found by name, whatever their order and capitalisation."""
    path = tmp_path / "acak.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, delimiter=",")
        writer.writerow(["tmt", "Kecamatan", "nip", "Nama", "Jabatan dalam Sekretariat"])
        writer.writerow(["16/05/2024", "Kumai", "199103282015011012", "Yusuf Hidayat", "Sekretaris"])
    report = ImportService(ctx).run(path, "asn", event="PILKADA_2024")
    assert report.ok and report.created == 1


@pytest.mark.parametrize("content,words", [
    (b"\x00\x01\x02binary", "data biner"),
    (b"kolom1;kolom2\n1;2\n", "Baris judul kolom tidak ditemukan"),
])
def test_unreadable_file_is_refused_clearly(ctx, tmp_path, content, words):
    """A file without a recognisable table gives a clear message and changes nothing."""
    path = tmp_path / "aneh.csv"
    path.write_bytes(content)
    with pytest.raises(ServiceError, match=words):
        ImportService(ctx).run(path, "asn")


def test_unsupported_or_missing_file_is_refused(ctx, tmp_path):
    """Only .xlsx and .csv are read; a missing file is named."""
    with pytest.raises(ServiceError, match="Jenis berkas .ods tidak didukung"):
        ImportService(ctx).run(tmp_path / "data.ods", "asn")
    with pytest.raises(ServiceError, match="hilang.xlsx tidak ditemukan"):
        ImportService(ctx).run(tmp_path / "hilang.xlsx", "asn")


def test_corrupt_xlsx_is_refused(ctx, tmp_path):
    """A damaged workbook is reported, not a crash."""
    path = tmp_path / "rusak.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(ServiceError, match="xlsx"):
        ImportService(ctx).run(path, "asn")


def test_a_quote_left_open_or_a_folder_is_refused_clearly(ctx, tmp_path):
    """A stray quote makes the rest of a CSV one huge cell: said with its row, not a crash. A folder named like
    a spreadsheet is named as a folder. Nothing changes either way."""
    before = database_snapshot(ctx.paths.database)
    path = tmp_path / "kutip.csv"
    path.write_text("NAMA;NIP;NIK\nBudi;1;2\n\"Siti" + "x" * 200_000 + "\n", encoding="utf-8")
    with pytest.raises(ServiceError, match="tidak dapat dibaca mulai baris 3"):
        ImportService(ctx).run(path, "asn")
    (tmp_path / "folder.xlsx").mkdir()
    with pytest.raises(ServiceError, match="folder.xlsx adalah folder"):
        ImportService(ctx).run(tmp_path / "folder.xlsx", "asn")
    assert database_snapshot(ctx.paths.database) == before


def test_files_past_the_size_and_row_limits_are_refused_before_they_are_read(ctx, tmp_path, monkeypatch):
    """A workbook that unpacks too large (a zip bomb), a CSV too large, a sheet with too many rows: refused
    with the limit named, before the rows are held in memory."""
    import zipfile

    from kpu_desktop.sheets import table

    bomb = tmp_path / "bom.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * 3_000_000)
    monkeypatch.setattr(table, "MAX_XLSX_UNPACKED", 2 * 2**20)
    with pytest.raises(ServiceError, match=r"bom.xlsx terlalu besar .* \(3 MB; paling banyak 2 MB\)"):
        ImportService(ctx).run(bomb, "asn")
    big = tmp_path / "besar.csv"
    big.write_bytes(b"NAMA;NIP\n" + b"Budi;1\n" * 400_000)
    monkeypatch.setattr(table, "MAX_CSV_BYTES", 2 * 2**20)
    with pytest.raises(ServiceError, match="besar.csv terlalu besar"):
        ImportService(ctx).run(big, "asn")
    monkeypatch.setattr(table, "MAX_ROWS", 1000)
    placements_workbook(tmp_path / "banyak.xlsx", 1200)
    with pytest.raises(ServiceError, match="banyak.xlsx berisi lebih dari 1.000 baris"):
        ImportService(ctx).run(tmp_path / "banyak.xlsx", "asn")
    (tmp_path / "banyak.csv").write_text("NAMA;NIP\n" + "Budi;1\n" * 1200, encoding="utf-8")
    with pytest.raises(ServiceError, match="banyak.csv berisi lebih dari 1.000 baris"):
        ImportService(ctx).run(tmp_path / "banyak.csv", "asn")


@pytest.mark.parametrize("kind", ["asn", "facility", "receipt"])
@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_export_reimports_unchanged(demo_ctx, tmp_path, kind, suffix):
    """Exporting then importing the file changes no record."""
    path = tmp_path / f"ekspor{suffix}"
    ExportService(demo_ctx).export(kind, path)
    before = demo_ctx.conn.execute("SELECT COUNT(*) FROM changes").fetchone()[0]
    report = ImportService(demo_ctx).run(path, kind)
    assert report.ok, report.problems[:3]
    assert report.created == report.updated == 0 and report.unchanged > 0
    assert demo_ctx.conn.execute("SELECT COUNT(*) FROM changes").fetchone()[0] == before


def test_export_into_a_fresh_database_reproduces_placements(demo_ctx, ctx, tmp_path):
    """An export loaded into another regency database gives the same placements."""
    path = tmp_path / "asn.xlsx"
    ExportService(demo_ctx).export("facility", tmp_path / "f.xlsx")
    ExportService(demo_ctx).export("asn", path)
    from kpu_desktop.services.demo import DemoBuilder
    builder = DemoBuilder(ctx)
    from kpu_desktop.storage.db import transaction
    with transaction(ctx.conn):
        builder.build_units()
    report = ImportService(ctx).run(path, "asn")
    assert report.ok and report.created == demo_ctx.conn.execute("SELECT COUNT(*) FROM placements").fetchone()[0]
    ExportService(ctx).export("asn", tmp_path / "again.xlsx")
    first = [r[1:] for r in openpyxl.load_workbook(path).active.iter_rows(values_only=True)]
    again = [r[1:] for r in openpyxl.load_workbook(tmp_path / "again.xlsx").active.iter_rows(values_only=True)]
    assert sorted(map(str, first)) == sorted(map(str, again))


@pytest.mark.parametrize("text", ["=HYPERLINK(\"x\")", "+62811", "-1+1", "@SUM(A1)"])
def test_formula_like_text_is_neutralised(text):
    """Text a spreadsheet would execute gets a leading apostrophe."""
    assert neutralise(text) == "'" + text


def test_exported_formula_text_is_not_a_formula_and_reimports(ctx, tmp_path):
    """A name starting with '=' stays text in the xlsx and comes back unchanged."""
    from kpu_desktop.services.asn import AsnService
    from tests.services.test_asn import GOOD
    placement_id, _ = AsnService(ctx).add(dict(GOOD, note="=CMD()"))
    path = tmp_path / "x.xlsx"
    ExportService(ctx).export("asn", path)
    cell_values = [c.value for row in openpyxl.load_workbook(path).active.iter_rows() for c in row]
    assert "'=CMD()" in cell_values and "=CMD()" not in cell_values
    assert ImportService(ctx).run(path, "asn").unchanged == 1
    assert AsnService(ctx).show(placement_id)["note"] == "=CMD()"


def test_a_unit_code_that_names_no_unit_is_one_problem(ctx, tmp_path):
    """The refusal says the code names no unit; it does not add that the unit is missing."""
    from kpu_desktop.services.exporting import FACILITY_FIELDS, headers_for

    row = dict.fromkeys(FACILITY_FIELDS, "")
    row.update(unit_code="62.09.99", category="Gudang", description="Gudang logistik", quantity="1")
    path = tmp_path / "sarpras.csv"
    with open(path, "w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([headers_for("facility", FACILITY_FIELDS), [row[f] for f in FACILITY_FIELDS]])
    report = ImportService(ctx).run(path, "facility", write_report=False)
    assert [(p.row, p.column) for p in report.problems] == [(2, "KODE UNIT")]
    assert "62.09.99" in report.problems[0].message


def test_control_characters_never_reach_the_records_and_never_break_an_export(ctx, tmp_path):
    """A stray NUL or bell (pasted text) is dropped when a record is written; one already stored (say from an
    older version) is dropped from a workbook instead of failing the export."""
    from kpu_desktop.services.facility import FacilityService

    record, _ = FacilityService(ctx).add({"unit_code": "62.01.01", "category": "Gudang", "quantity": "1",
                                          "description": "Gudang\x00 logistik\x07"})
    assert FacilityService(ctx).show(record)["description"] == "Gudang logistik"
    with ctx.conn:
        ctx.conn.execute("UPDATE facilities SET description = ? WHERE id = ?", ("Gudang\x00 lama\x1b", record))
    ExportService(ctx).export("facility", tmp_path / "sarpras.xlsx")
    values = [c for row in openpyxl.load_workbook(tmp_path / "sarpras.xlsx").active.iter_rows(values_only=True)
              for c in row]
    assert "Gudang lama" in values


def test_a_utf16_csv_is_read_and_a_header_alone_is_refused(ctx, tmp_path):
    """Excel's "Unicode text" is UTF-16 with a byte-order mark, tab-separated: read like any CSV. A file with
    a header row and no data rows under it is refused (the wrong sheet, most often), changing nothing."""
    before = database_snapshot(ctx.paths.database)
    utf16 = tmp_path / "unicode.csv"
    utf16.write_bytes("NAMA\tNIP\tNIK\nBudi Santoso\t1980\t\n".encode("utf-16"))
    plan = ImportService(ctx).preview(utf16, "asn")
    assert [r.values.get("name") for r in plan.rows] == ["Budi Santoso"]
    broken = tmp_path / "rusak16.csv"
    broken.write_bytes(b"\xff\xfeA\x00\xd8")
    with pytest.raises(ServiceError, match="bukan teks yang dapat dibaca"):
        ImportService(ctx).preview(broken, "asn")
    header = tmp_path / "judul.csv"
    header.write_text("NAMA;NIP;NIK\n", encoding="utf-8")
    with pytest.raises(ServiceError, match="judul.csv tidak berisi baris data"):
        ImportService(ctx).run(header, "asn")
    assert database_snapshot(ctx.paths.database) == before


def test_a_large_sheet_leaves_its_checkpoint_to_after_the_commit(ctx, samples, tmp_path, monkeypatch):
    """Past the large-write size the import's commit does not copy the WAL into the file; a thread does."""
    from kpu_desktop.services import importing
    from kpu_desktop.storage import checkpoint

    started: list[str] = []
    monkeypatch.setattr(checkpoint, "start", started.append)
    source = shutil.copy(samples / "serah_terima_logistik_kpu_ke_ppk.csv", tmp_path)
    plan = ImportService(ctx).preview(source, "receipt")
    monkeypatch.setattr(importing, "LARGE_BUNDLE", len(plan.rows) + 1)
    ImportService(ctx).apply(plan)
    assert started == []  # a small sheet: checkpointed in its commit as before
    plan = ImportService(ctx).preview(source, "receipt")
    monkeypatch.setattr(importing, "LARGE_BUNDLE", len(plan.rows))
    ImportService(ctx).apply(plan)
    assert started == [str(ctx.paths.database)]
