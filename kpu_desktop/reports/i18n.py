"""Labels of the documents in Bahasa Indonesia (default) and English."""

from __future__ import annotations

import datetime as dt

WEEKDAYS_ID = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
WEEKDAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

_ID = {
    "page": "Halaman {x} dari {y}",
    "generated": "Dibuat {when}",
    "no": "No",
    "number": "Nomor",
    "event": "Pemilihan",
    "unit": "Unit",
    "name": "Nama",
    "nip": "NIP",
    "post": "Jabatan",
    "institution": "Instansi",
    "verify": "Kode verifikasi dokumen",
    "data_sha": "SHA-256 data",
    "fingerprint": "Sidik data",
    "total": "JUMLAH",
    "subtotal": "Jumlah {name}",
    "persons": "{n} orang",
    "none": "Tidak ada.",
    # ASN
    "asn_cols": ("No", "Nama", "NIP/NIK", "Jabatan", "Gol.", "Instansi Asal",
                 "SK Bupati/Kades", "SK KPU", "TMT", "Status"),
    "level_kabupaten": "KABUPATEN", "level_kecamatan": "KECAMATAN", "level_desa": "DESA",
    "unfilled_title": "Jabatan yang belum terisi",
    "unfilled_cols": ("No", "Kode", "Unit", "Jabatan", "Keterangan"),
    # Facility
    "fac_cols": ("No", "Kategori", "Uraian", "Jumlah", "Kondisi", "Pemilik", "No. Registrasi",
                 "Dasar / Nomor & Tanggal", "Jangka Waktu", "Pengembalian"),
    "checklist_title": "Daftar periksa gudang",
    "criterion": "Kriteria",
    "legend": "✓ = memenuhi, ✗ = tidak memenuhi, – = belum diperiksa",
    # BAST
    "bast_opening": ("Pada hari ini {weekday} tanggal {day_words} bulan {month} tahun {year_words} "
                     "({date}){time}, bertempat di {place}, kami yang bertanda tangan di bawah ini:"),
    "at_time": ", pukul {time} {tz}",
    "first_party": "PIHAK PERTAMA",
    "second_party": "PIHAK KEDUA",
    "first_party_role": "selanjutnya disebut PIHAK PERTAMA.",
    "second_party_role": "selanjutnya disebut PIHAK KEDUA.",
    "bast_handover": ("PIHAK PERTAMA menyerahkan kepada PIHAK KEDUA, dan PIHAK KEDUA menerima dari "
                      "PIHAK PERTAMA, logistik {event} dengan rincian sebagai berikut:"),
    "bast_cols": ("No", "Jenis Barang", "Pemilihan", "Dapil", "Satuan", "Kebutuhan", "Diterima",
                  "Baik", "Rusak", "Kurang", "Lebih", "Ket."),
    "references": "Dokumen rujukan: {refs}.",
    "bast_closing": ("Demikian Berita Acara ini dibuat dengan sebenarnya dalam rangkap {n} ({n_words}) "
                     "untuk dipergunakan sebagaimana mestinya."),
    "witnesses": "SAKSI-SAKSI",
    "witness_n": "Saksi {n}",
    "tps": "TPS",
    # Logistics recap
    "log_cols": ("No", "Kode", "Unit", "Jenis Barang", "Pemilihan", "Kebutuhan", "Diterima",
                 "Baik", "Rusak", "Kurang", "Lebih"),
    "log_legend": "Sel berarsir dan tebal menandai selisih (diterima ≠ kebutuhan, rusak, kurang, lebih).",
    # Summary
    "sum_placements": "A. Penempatan ASN",
    "sum_place_cols": ("Jenis Unit", "Jumlah Unit", "Formasi", "Terisi", "Belum Terisi"),
    "sum_facilities": "B. Dukungan Sarana dan Prasarana",
    "sum_fac_cols": ("Kategori", "Jumlah", "Unit Terlayani", "Baik", "Rusak"),
    "sum_logistics": "C. Logistik",
    "sum_log_cols": ("Pemilihan", "Kebutuhan", "Diterima", "Rusak", "Kurang", "Lebih"),
    "sum_problems": "D. Permasalahan yang belum selesai",
    "sum_unfilled": "1. Jabatan sekretariat yang belum terisi",
    "sum_gaps": "2. Kekurangan sarana dan prasarana",
    "sum_gap_cols": ("No", "Kode", "Unit", "Permasalahan", "Keterangan"),
    "gap_no_office": "Belum ada ruang sekretariat",
    "gap_no_warehouse": "Belum ada gudang",
    "gap_checklist": "Gudang belum memenuhi daftar periksa",
    "sum_issues": "3. Selisih logistik",
    "sum_issue_cols": ("No", "Kode", "Unit", "Jenis Barang", "Kebutuhan", "Diterima", "Rusak",
                       "Kurang", "Lebih", "Ket."),
    "sum_notes": "E. Catatan",
}

_EN = {
    "page": "Page {x} of {y}",
    "generated": "Generated {when}",
    "no": "No",
    "number": "Number",
    "event": "Election",
    "unit": "Unit",
    "name": "Name",
    "nip": "NIP",
    "post": "Post",
    "institution": "Institution",
    "verify": "Document verification code",
    "data_sha": "Data SHA-256",
    "fingerprint": "Data fingerprint",
    "total": "TOTAL",
    "subtotal": "Subtotal {name}",
    "persons": "{n} persons",
    "none": "None.",
    "asn_cols": ("No", "Name", "NIP/NIK", "Post", "Rank", "Agency of Origin",
                 "Regent/Village Decree", "KPU Decree", "Start", "Status"),
    "level_kabupaten": "REGENCY", "level_kecamatan": "DISTRICT", "level_desa": "VILLAGE",
    "unfilled_title": "Unfilled posts",
    "unfilled_cols": ("No", "Code", "Unit", "Post", "Note"),
    "fac_cols": ("No", "Category", "Description", "Quantity", "Condition", "Owner",
                 "Registration No.", "Basis / Number & Date", "Period", "Return"),
    "checklist_title": "Warehouse checklist",
    "criterion": "Criterion",
    "legend": "✓ = met, ✗ = not met, – = not checked",
    "bast_opening": ("On this day, {weekday}, {date}{time}, at {place}, we the undersigned:"),
    "at_time": ", at {time} {tz}",
    "first_party": "FIRST PARTY",
    "second_party": "SECOND PARTY",
    "first_party_role": "hereinafter the FIRST PARTY.",
    "second_party_role": "hereinafter the SECOND PARTY.",
    "bast_handover": ("The FIRST PARTY hands over to the SECOND PARTY, and the SECOND PARTY receives "
                      "from the FIRST PARTY, the {event} logistics listed below:"),
    "bast_cols": ("No", "Item", "Election", "District", "Unit", "Expected", "Received",
                  "Good", "Damaged", "Short", "Excess", "Note"),
    "references": "Reference documents: {refs}.",
    "bast_closing": ("This report is made truthfully in {n} ({n_words}) copies "
                     "to be used as appropriate."),
    "witnesses": "WITNESSES",
    "witness_n": "Witness {n}",
    "tps": "Polling station",
    "log_cols": ("No", "Code", "Unit", "Item", "Election", "Expected", "Received",
                 "Good", "Damaged", "Short", "Excess"),
    "log_legend": "Shaded bold cells mark discrepancies (received ≠ expected, damaged, short, excess).",
    "sum_placements": "A. ASN placements",
    "sum_place_cols": ("Unit kind", "Units", "Posts", "Filled", "Unfilled"),
    "sum_facilities": "B. Facility support",
    "sum_fac_cols": ("Category", "Quantity", "Units served", "Good", "Damaged"),
    "sum_logistics": "C. Logistics",
    "sum_log_cols": ("Election", "Expected", "Received", "Damaged", "Short", "Excess"),
    "sum_problems": "D. Open problems",
    "sum_unfilled": "1. Unfilled secretariat posts",
    "sum_gaps": "2. Missing facilities",
    "sum_gap_cols": ("No", "Code", "Unit", "Problem", "Detail"),
    "gap_no_office": "No secretariat office",
    "gap_no_warehouse": "No warehouse",
    "gap_checklist": "Warehouse fails the checklist",
    "sum_issues": "3. Logistics discrepancies",
    "sum_issue_cols": ("No", "Code", "Unit", "Item", "Expected", "Received", "Damaged",
                       "Short", "Excess", "Note"),
    "sum_notes": "E. Notes",
}


def labels(lang: str) -> dict:
    return _EN if lang == "en" else _ID


def weekday(value: dt.date, lang: str) -> str:
    return (WEEKDAYS_EN if lang == "en" else WEEKDAYS_ID)[value.weekday()]


_UNITS = ("", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan",
          "sepuluh", "sebelas")
_UNITS_EN = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


def terbilang(n: int) -> str:
    """Indonesian number words, as written in berita acara: 2024 -> 'dua ribu dua puluh empat'."""
    if n < 0:
        return "minus " + terbilang(-n)
    if n == 0:
        return "nol"
    if n < 12:
        return _UNITS[n]
    if n < 20:
        return f"{_UNITS[n - 10]} belas"
    if n < 100:
        return _join(f"{_UNITS[n // 10]} puluh", n % 10)
    if n < 200:
        return _join("seratus", n - 100)
    if n < 1000:
        return _join(f"{_UNITS[n // 100]} ratus", n % 100)
    if n < 2000:
        return _join("seribu", n - 1000)
    for size, word in ((10**9, "miliar"), (10**6, "juta"), (1000, "ribu")):
        if n >= size:
            return _join(f"{terbilang(n // size)} {word}", n % size)
    raise AssertionError("unreachable")


def _join(head: str, rest: int) -> str:
    return head if rest == 0 else f"{head} {terbilang(rest)}"


def number_words(n: int, lang: str) -> str:
    if lang == "en":
        return _UNITS_EN[n] if 0 <= n <= 10 else str(n)
    return terbilang(n)
