"""Per-document content: the figures, dates and labels a secretariat checks on paper."""

from __future__ import annotations

import re

from kpu_desktop.reports.asn import format_id
from kpu_desktop.reports.i18n import terbilang
from kpu_desktop.reports.model import AsnRecap, AsnRow


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def test_asn_recap_shows_groups_subtotals_and_decrees(rendered, pdf_text):
    """Regency, kecamatan and desa banners, subtotals, decree numbers and long dates appear."""
    text = _squash(pdf_text(rendered("asn").pdf))
    assert "KABUPATEN KOTAWARINGIN BARAT (62.01)" in text
    assert "KECAMATAN KUMAI (62.01.01)" in text
    assert "DESA KUMAI HILIR (62.01.01.2001)" in text
    assert "Jumlah Kumai: 4 orang" in text
    assert "Jumlah Kumai Hilir: 1 orang" in text
    assert "57/PP.04.1-Kpt/6201/2024" in text
    assert "16 Mei 2024" in text


def test_asn_recap_prints_nip_in_full_and_masks_nik(rendered, pdf_text):
    """NIP is spaced and complete (official document); NIK hides the birth date."""
    text = pdf_text(rendered("asn").pdf)
    assert "19860926 201505 2 001" in text
    assert "620101******0003" in text
    assert "6201015708950003" not in text


def test_asn_recap_lists_unfilled_posts(rendered, pdf_text):
    """The unfilled-posts section names the unit and the post."""
    text = pdf_text(rendered("asn").pdf)
    assert "Jabatan yang belum terisi" in text
    assert "Menunggu usulan Kades" in text


def test_nip_masking_is_optional():
    """mask_nip hides the middle of a NIP when a recipient does not need it."""
    row = AsnRow("X", "NIP", "198609262015052001", "Sekretaris PPK")
    assert format_id(row, AsnRecap(groups=(), mask_nip=True)) == "1986**** ****** * 001"
    assert format_id(row, AsnRecap(groups=())) == "19860926 201505 2 001"


def test_facility_register_shows_agreements_periods_and_checklist(rendered, pdf_text):
    """Agreement number and date, period, return BAST and ✓/✗ marks are printed."""
    text = _squash(pdf_text(rendered("facility").pdf))
    assert "028/KCM/V/2024" in text
    assert "10 Mei 2024" in text
    assert "27 Januari 2025" in text
    assert "BAST-K/07/2025" in text
    assert "Daftar periksa gudang" in text
    assert "✓" in text and "✗" in text


def test_bast_opening_names_weekday_date_in_words_and_place(rendered, pdf_text):
    """"Pada hari ini Kamis tanggal Enam Belas bulan Mei tahun Dua Ribu Dua Puluh Empat ..."."""
    text = _squash(pdf_text(rendered("bast").pdf))
    assert "Pada hari ini Kamis tanggal Enam Belas bulan Mei tahun Dua Ribu Dua Puluh Empat" in text
    assert "kami yang bertanda tangan di bawah ini:" in text
    assert "PIHAK PERTAMA" in text and "PIHAK KEDUA" in text


def test_bast_lines_use_indonesian_number_format(rendered, pdf_text):
    """1850000 expected ballots print as 1.850.000; shortfall 1.000."""
    text = pdf_text(rendered("bast").pdf)
    assert "1.850.000" in text
    assert "1.849.000" in text
    assert "1.000" in text


def test_bast_has_party_and_witness_slots(rendered):
    """Both parties and each witness get a signature slot, parties side by side."""
    slots = {s.role: s for s in rendered("bast").slots}
    assert set(slots) == {"pihak_pertama", "pihak_kedua", "saksi_1", "saksi_2"}
    first, second = slots["pihak_pertama"], slots["pihak_kedua"]
    assert first.page == second.page
    assert first.rect[1] == second.rect[1]
    assert first.rect[2] < second.rect[0]


def test_bast_in_english(rendered, pdf_text):
    """The English BAST uses English party names and weekday."""
    text = _squash(pdf_text(rendered("bast", lang="en").pdf))
    assert "On this day, Thursday, 16 May 2024" in text
    assert "FIRST PARTY" in text and "SECOND PARTY" in text


def test_logistics_recap_totals_row(rendered, pdf_text):
    """The totals row adds up expected and received."""
    text = pdf_text(rendered("logistics").pdf)
    line = next(line for line in text.splitlines() if "JUMLAH" in line)
    assert "1.850.360" in line and "1.849.364" in line


def test_summary_totals_and_problem_lists(rendered, pdf_text):
    """Totals in Indonesian format and each problem list appear in the summary."""
    text = _squash(pdf_text(rendered("summary").pdf))
    assert "1.935.116" in text
    assert "3.785.116" in text
    assert "Belum ada gudang" in text
    assert "PPK Kotawaringin Lama" in text
    assert "Permintaan penggantian" in text
    assert "Pangkalan Bun, 16 Mei 2024" in text
    assert "NIP. 19680512 199403 1 005" in text


def test_summary_with_two_signers_has_two_slots_side_by_side(rendered):
    """Two signers sign on one line: two slots at the same height."""
    from kpu_desktop.reports.model import Signer

    chair = Signer("Ketua KPU Kabupaten Kotawaringin Barat", "Hj. Nur Aisyah, S.H.")
    secretary = Signer("Sekretaris", "Drs. Ahmad Fauzi, M.Si.", "196805121994031005")
    doc = rendered("summary", signers=(chair, secretary))
    assert [s.role for s in doc.slots] == ["signer1", "signer2"]
    assert doc.slots[0].rect[1] == doc.slots[1].rect[1]


def test_terbilang_spells_dates_as_in_berita_acara():
    """Number words follow Indonesian usage (sebelas, seratus, seribu)."""
    assert terbilang(16) == "enam belas"
    assert terbilang(11) == "sebelas"
    assert terbilang(2024) == "dua ribu dua puluh empat"
    assert terbilang(1100) == "seribu seratus"
    assert terbilang(1850000) == "satu juta delapan ratus lima puluh ribu"
