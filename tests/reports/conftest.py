"""Small known inputs for the report renderers (Kotawaringin Barat; invented people)."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess

import pytest

from kpu_desktop.reports.model import (
    AsnGroup, AsnRecap, AsnRow, Bast, BastLine, ChecklistItem, DocumentMeta, FacilityGap,
    FacilityRegister, FacilityRow, FacilityTotal, LogisticsIssue, LogisticsRecap, LogisticsRow,
    LogisticsTotal, Party, PlacementTotal, Signer, Summary, UnfilledPost, WarehouseChecklist,
)
from kpu_desktop.reports.render import make_envelope

SECRETARY = Signer("Sekretaris KPU Kabupaten Kotawaringin Barat", "Drs. Ahmad Fauzi, M.Si.",
                   "19680512 199403 1 005")


def _pdf_text(pdf: bytes, tmp_path) -> str:
    """`pdftotext -layout` of the document (tests using it skip when poppler is missing)."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    path = tmp_path / "doc.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout


def _poppler(tool: str, pdf: bytes, tmp_path) -> str:
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} (poppler-utils) is not installed")
    path = tmp_path / "doc.pdf"
    path.write_bytes(pdf)
    return subprocess.run([tool, *(["-list"] if tool == "pdfdetach" else []), str(path)], check=True,
                          capture_output=True, text=True).stdout


@pytest.fixture
def make_meta():
    def make(title="Rekap Logistik", doc_number="021/PL.01.2-Rekap/6201/2024", lang="id", signers=None):
        return DocumentMeta(
            doc_number=doc_number, title=title,
            unit_name="Sekretariat KPU Kabupaten Kotawaringin Barat", unit_code="6201",
            region_code="62.01", event_name="Pemilihan Serentak 2024",
            generated_at=dt.datetime(2024, 5, 16, 14, 5), place="Pangkalan Bun",
            sign_date=dt.date(2024, 5, 16), fingerprint="", lang=lang,
            signers=(SECRETARY,) if signers is None else signers,
            letterhead=("KOMISI PEMILIHAN UMUM", "KABUPATEN KOTAWARINGIN BARAT"),
            address="Jl. Pangeran Antasari No. 12, Pangkalan Bun 74112",
        )
    return make


def _asn_row(name, nip, post, **kw):
    defaults = dict(golongan="III/a", origin_agency="Kantor Kecamatan Kumai",
                    proposing_decree_no="100.3.3.2/41/2024", proposing_decree_date=dt.date(2024, 5, 8),
                    kpu_decree_no="57/PP.04.1-Kpt/6201/2024", kpu_decree_date=dt.date(2024, 5, 14),
                    tmt=dt.date(2024, 5, 16), status="Aktif")
    defaults.update(kw)
    return AsnRow(name=name, id_kind=defaults.pop("id_kind", "NIP"), id_number=nip, post=post, **defaults)


@pytest.fixture
def asn_recap() -> AsnRecap:
    kumai_ppk = (
        _asn_row("Siti Rahmawati, S.Sos.", "198609262015052001", "Sekretaris PPK"),
        _asn_row("Budi Santoso", "199103152019031004", "Staf Teknis", golongan="II/c"),
        _asn_row("Rina Wulandari", "6201015708950003", "Staf TU, Keuangan dan Logistik",
                 id_kind="NIK", golongan="", origin_agency="Non-ASN"),
    )
    desa = AsnGroup("desa", "62.01.01.2001", "Kumai Hilir", rows=(
        _asn_row("Hendra Gunawan", "198201102010011002", "Sekretaris PPS",
                 origin_agency="Pemerintah Desa Kumai Hilir", proposing_decree_no="141/12/KH/2024"),
    ))
    kecamatan = AsnGroup("kecamatan", "62.01.01", "Kumai", rows=kumai_ppk, children=(desa,))
    regency = AsnGroup("kabupaten", "62.01", "Kotawaringin Barat", children=(kecamatan,))
    unfilled = (UnfilledPost("62.01.01.2001", "PPS Kumai Hilir", "Staf Teknis", "Menunggu usulan Kades"),
                UnfilledPost("62.01.01.2001", "PPS Kumai Hilir", "Staf TU, Keuangan dan Logistik"))
    return AsnRecap(groups=(regency,), unfilled=unfilled)


@pytest.fixture
def facility_register() -> FacilityRegister:
    rows = (
        FacilityRow("62.01.01", "PPK Kumai", "Ruang sekretariat", "Ruang rapat lantai 2 Kantor Camat Kumai",
                    1, "ruang", "Baik", "Kecamatan Kumai", "KCM-02-117", "Pinjam pakai",
                    "028/KCM/V/2024", dt.date(2024, 5, 10), dt.date(2024, 5, 16), dt.date(2025, 1, 27)),
        FacilityRow("62.01.01", "PPK Kumai", "Kendaraan", "Speedboat 40 PK, kapasitas 8 orang",
                    1, "unit", "Rusak ringan", "Dinas Perhubungan", "KB 1234 XY", "Sewa",
                    "027/PPK-KMI/2024", dt.date(2024, 5, 20), dt.date(2024, 6, 1), dt.date(2024, 12, 31)),
        FacilityRow("62.01.02", "PPK Arut Selatan", "Gudang", "Gudang logistik eks gedung PKK",
                    1, "bangunan", "Baik", "Kecamatan Arut Selatan", "", "Surat camat",
                    "600/88/ASL/2024", dt.date(2024, 5, 11), dt.date(2024, 5, 16), None,
                    dt.date(2025, 2, 3), "BAST-K/07/2025"),
    )
    checks = ("Bebas banjir", "Listrik memadai", "CCTV", "Pagar aman", "APAR")
    checklists = (
        WarehouseChecklist("62.01.01", "PPK Kumai",
                           tuple(ChecklistItem(c, c != "CCTV") for c in checks)),
        WarehouseChecklist("62.01.02", "PPK Arut Selatan",
                           tuple(ChecklistItem(c, None if c == "APAR" else True) for c in checks)),
    )
    return FacilityRegister(rows=rows, checklists=checklists)


@pytest.fixture
def bast() -> Bast:
    giver = Party("Ir. Yohanes Pranata", "Kepala Subbagian Keuangan, Umum dan Logistik",
                  "Sekretariat KPU Kabupaten Kotawaringin Barat", nip="19750321 200312 1 002")
    receiver = Party("Siti Rahmawati, S.Sos.", "Sekretaris PPK", "PPK Kecamatan Kumai",
                     nip="19860926 201505 2 001", unit_code="62.01.01")
    witnesses = (Party("Agus Salim", "Anggota Panwaslu Kecamatan", "Panwaslu Kecamatan Kumai"),
                 Party("Bripka Dedi Kurniawan", "Bhabinkamtibmas", "Polsek Kumai"))
    lines = (
        BastLine("Kotak suara", "PILBUP", "-", "buah", 120, 120, 120, 0, 0, 0),
        BastLine("Surat suara PILBUP", "PILBUP", "Kotawaringin Barat 2", "lembar",
                 1850000, 1849000, 1848700, 300, 1000, 0, "Kurang 2 rim"),
        BastLine("Tinta", "PILBUP", "-", "botol", 240, 244, 244, 0, 0, 4),
    )
    return Bast(date=dt.date(2024, 5, 16), place="Gudang KPU Kabupaten Kotawaringin Barat, Pangkalan Bun",
                giver=giver, receiver=receiver, lines=lines, witnesses=witnesses, time="10.00",
                references=("Surat jalan 31/SJ/V/2024",))


def logistics_rows(n: int) -> tuple[LogisticsRow, ...]:
    items = ("Kotak suara", "Bilik suara", "Surat suara PILBUP", "Tinta", "Segel")
    rows = []
    for i in range(n):
        expected = 100 + i % 50
        short = 2 if i % 7 == 0 else 0
        damaged = 1 if i % 11 == 0 else 0
        received = expected - short
        rows.append(LogisticsRow(f"62.01.{i % 6 + 1:02d}", f"PPK Kecamatan {i % 6 + 1}", items[i % 5],
                                 "PILBUP", expected, received, received - damaged, damaged, short, 0))
    return tuple(rows)


@pytest.fixture
def logistics_recap() -> LogisticsRecap:
    rows = (
        LogisticsRow("62.01.01", "PPK Kumai", "Surat suara PILBUP", "PILBUP", 1850000, 1849000, 1848700, 300, 1000, 0),
        LogisticsRow("62.01.01", "PPK Kumai", "Kotak suara", "PILBUP", 120, 120, 120, 0, 0, 0),
        LogisticsRow("62.01.02", "PPK Arut Selatan", "Tinta", "PILBUP", 240, 244, 244, 0, 0, 4),
    )
    return LogisticsRecap(rows=rows)


@pytest.fixture
def summary() -> Summary:
    return Summary(
        placements=(PlacementTotal("Sekretariat PPK", 6, 18, 17), PlacementTotal("Sekretariat PPS", 94, 282, 270)),
        facilities=(FacilityTotal("Ruang sekretariat", 98, 98, 97, 1), FacilityTotal("Gudang", 6, 6, 6, 0)),
        logistics=(LogisticsTotal("PILGUB", 1935116, 1935116, 0, 0, 0),
                   LogisticsTotal("PILBUP", 1850000, 1849000, 300, 1000, 0)),
        unfilled=(UnfilledPost("62.01.01.2001", "PPS Kumai Hilir", "Staf Teknis"),),
        facility_gaps=(FacilityGap("62.01.03", "PPK Kotawaringin Lama", "no_warehouse"),
                       FacilityGap("62.01.01", "PPK Kumai", "checklist", "CCTV")),
        logistics_issues=(LogisticsIssue("62.01.01", "PPK Kumai", "Surat suara PILBUP",
                                         1850000, 1849000, 300, 1000, 0, "Permintaan penggantian"),),
    )


@pytest.fixture
def envelope():
    def make(kind, meta, data):
        return make_envelope(kind, meta, data.to_dict())
    return make


@pytest.fixture
def pdf_text(tmp_path):
    """`pdftotext -layout` of a PDF; skips the test when poppler-utils is missing."""
    return lambda pdf: _pdf_text(pdf, tmp_path)


@pytest.fixture
def poppler(tmp_path):
    """Output of a poppler tool (pdffonts, pdfdetach -list) on a PDF; skips when it is missing."""
    return lambda tool, pdf: _poppler(tool, pdf, tmp_path)


@pytest.fixture
def rendered(make_meta, asn_recap, facility_register, bast, logistics_recap, summary, envelope):
    """Render one document kind: rendered("bast", lang="en") -> RenderedDocument."""
    from kpu_desktop.reports import render

    table = {
        "asn": (render.render_asn_recap, "Rekap Penempatan ASN", "045/PP.04.1-Rekap/6201/2024", asn_recap),
        "facility": (render.render_facility_register, "Daftar Dukungan Sarana dan Prasarana",
                     "046/RT.02-Daftar/6201/2024", facility_register),
        "bast": (render.render_bast, "Berita Acara Serah Terima Logistik", "382/PL.01.2-BA/62/2024", bast),
        "logistics": (render.render_logistics_recap, "Rekap Logistik", "021/PL.01.2-Rekap/6201/2024",
                      logistics_recap),
        "summary": (render.render_summary, "Laporan Ringkas", "050/PL.01-Lap/6201/2024", summary),
    }

    def make(kind, lang="id", **meta_kw):
        fn, title, number, data = table[kind]
        meta = make_meta(title=title, doc_number=number, lang=lang, **meta_kw)
        return fn(meta, data, embedded=envelope(kind, meta, data))

    return make
