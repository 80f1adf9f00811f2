"""Region and TPS lists: every bad row named in the user's language, and nothing written unless all are good."""

from __future__ import annotations

import pytest

from kpu_desktop.services.errors import ServiceError
from kpu_desktop.services.units import UnitService
from tests.conftest import database_snapshot

BAD_TPS = ("kode;tps;dpt\n"
           "62.01.01.2001;1;-5\n"          # negative DPT
           "62.01.01.2001;x;10\n"          # TPS number that is no number
           "99.99.99.9999;1;10\n"          # no such unit
           "62.01.01;3;4\n"                # a PPK, not a PPS
           "62.01.01.2001;2;1,5\n"         # a fraction of a voter
           "62.01.01.2002;4;250\n"
           "62.01.01.2002;4;251\n"         # the same TPS twice
           "62.01.01.2001;;7\n"            # no TPS number
           "62.01.01.2003;10000;99999999999999999999\n")  # past any TPS number and any DPT


def test_every_bad_tps_row_is_named_and_nothing_changes(demo_ctx, tmp_path):
    sheet = tmp_path / "tps.csv"
    sheet.write_text(BAD_TPS, encoding="utf-8")
    before = database_snapshot(demo_ctx.paths.database)
    with pytest.raises(ServiceError) as caught:
        UnitService(demo_ctx).import_tps(sheet)
    lines = str(caught.value).splitlines()
    assert lines[0] == "Impor ditolak: 9 masalah; tidak ada data yang diubah."
    assert lines[1:] == [
        "baris 2: DPT harus bilangan bulat dari 0 sampai 99.999, bukan -5.",
        "baris 3: Nomor TPS harus bilangan bulat dari 1 sampai 9.999, bukan x.",
        "baris 4: Tidak ada unit dengan kode 99.99.99.9999.",
        "baris 5: 62.01.01 bukan PPS (desa/kelurahan); TPS berada di bawah PPS.",
        "baris 6: DPT harus bilangan bulat dari 0 sampai 99.999, bukan 1,5.",
        "baris 8: TPS 4 untuk 62.01.01.2002 sudah ada di baris 7.",
        "baris 9: Nomor TPS harus bilangan bulat dari 1 sampai 9.999, bukan (kosong).",
        "baris 10: Nomor TPS harus bilangan bulat dari 1 sampai 9.999, bukan 10000.",
        "baris 10: DPT harus bilangan bulat dari 0 sampai 99.999, bukan 99999999999999999999.",
    ]
    assert database_snapshot(demo_ctx.paths.database) == before


def test_tps_rows_in_english_and_as_spreadsheets_write_numbers(demo_ctx, tmp_path):
    """English messages; `1.234` in a DPT column is one thousand two hundred and thirty-four."""
    demo_ctx.lang = "en"
    sheet = tmp_path / "tps.csv"
    sheet.write_text("kode;tps;dpt\n62.01.01.2001;0;10\n", encoding="utf-8")
    with pytest.raises(ServiceError, match="row 2: The TPS number must be a whole number from 1 to 9,999, not 0"):
        UnitService(demo_ctx).import_tps(sheet)
    sheet.write_text("kode;tps;dpt\n62.01.01.2001;1;1.234\n", encoding="utf-8")
    assert UnitService(demo_ctx).import_tps(sheet) == 1
    dpt = demo_ctx.conn.execute("SELECT t.dpt FROM tps t JOIN units u ON u.id = t.unit_id"
                                " WHERE u.code = '62.01.01.2001' AND t.number = 1").fetchone()[0]
    assert dpt == 1234


def test_a_tps_outside_the_users_area_is_refused(demo_ctx, tmp_path):
    sheet = tmp_path / "tps.csv"
    sheet.write_text("kode;tps;dpt\n62.02.01.2001;1;10\n", encoding="utf-8")
    before = database_snapshot(demo_ctx.paths.database)
    with pytest.raises(ServiceError, match="baris 2: (Tidak ada unit|Unit 62.02.01.2001 berada di luar)"):
        UnitService(demo_ctx).import_tps(sheet)
    assert database_snapshot(demo_ctx.paths.database) == before


def test_every_bad_region_row_is_named_and_nothing_changes(demo_ctx, tmp_path):
    sheet = tmp_path / "wilayah.csv"
    sheet.write_text("kode;nama\n62.01.01.9999;Desa Baru\n6x;Foo\n62.01.01.2099;\n62.01.01.2098;Sungai Baru\n",
                     encoding="utf-8")
    before = database_snapshot(demo_ctx.paths.database)
    with pytest.raises(ServiceError) as caught:
        UnitService(demo_ctx).import_regions(sheet)
    lines = str(caught.value).splitlines()
    assert lines[0].startswith("Impor ditolak: 3 masalah")
    assert [line.split(":")[0] for line in lines[1:]] == ["baris 2", "baris 3", "baris 4"]
    assert lines[3] == "baris 4: Nama wilayah wajib diisi."
    assert database_snapshot(demo_ctx.paths.database) == before
