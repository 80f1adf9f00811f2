"""Messages of services and the command line, in Bahasa Indonesia and English."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "not_initialised": {
        "id": "Folder data {folder} belum disiapkan; jalankan 'kpu-desktop init' atau 'kpu-desktop demo'.",
        "en": "The data folder {folder} is not set up; run 'kpu-desktop init' or 'kpu-desktop demo'.",
    },
    "already_initialised": {
        "id": "Folder data {folder} sudah berisi basis data kpu-desktop.",
        "en": "The data folder {folder} already holds a kpu-desktop database.",
    },
    "login_required": {"id": "Silakan masuk (login) terlebih dahulu.", "en": "Please log in first."},
    "login_failed": {"id": "Nama pengguna atau kata sandi salah.", "en": "Wrong user name or password."},
    "user_inactive": {"id": "Akun {user} dinonaktifkan.", "en": "The account {user} is disabled."},
    "permission_denied": {
        "id": "Peran '{role}' tidak diizinkan untuk {action}.",
        "en": "The role '{role}' may not {action}.",
    },
    "perm.view": {"id": "melihat data", "en": "view records"},
    "perm.edit_records": {"id": "mengubah data", "en": "change records"},
    "perm.import": {"id": "mengimpor data", "en": "import data"},
    "perm.export_data": {"id": "mengekspor data", "en": "export data"},
    "perm.sign_documents": {"id": "menandatangani dokumen", "en": "sign documents"},
    "perm.exchange": {"id": "bertukar data", "en": "exchange data"},
    "perm.manage_users": {"id": "mengelola pengguna", "en": "manage users"},
    "perm.manage_units": {"id": "mengelola unit", "en": "manage units"},
    "perm.resolve_conflicts": {"id": "menyelesaikan konflik", "en": "resolve conflicts"},
    "password_short": {
        "id": "Kata sandi minimal {n} karakter.", "en": "The password needs at least {n} characters.",
    },
    "bad_username": {
        "id": "Nama pengguna hanya boleh huruf kecil, angka, titik, garis bawah atau strip (3-32 karakter).",
        "en": "A user name may only hold lower-case letters, digits, dots, underscores or dashes (3-32 characters).",
    },
    "user_exists": {"id": "Pengguna {user} sudah ada.", "en": "The user {user} already exists."},
    "user_unknown": {"id": "Pengguna {user} tidak ditemukan.", "en": "No user {user}."},
    "bad_role": {"id": "Peran tidak dikenal: {role} (admin, operator, verifier, viewer).",
                 "en": "Unknown role: {role} (admin, operator, verifier, viewer)."},
    "last_admin": {"id": "Admin terakhir tidak dapat dinonaktifkan atau diturunkan.",
                   "en": "The last admin cannot be disabled or demoted."},
    "unit_code_kind": {
        "id": "Kode unit {code} tidak cocok dengan jenis unit {kind} (kpu-prov: PP, kpu-kab: PP.KK, ppk: PP.KK.CC, "
              "pps: PP.KK.CC.DDDD).",
        "en": "Unit code {code} does not fit unit kind {kind} (kpu-prov: PP, kpu-kab: PP.KK, ppk: PP.KK.CC, "
              "pps: PP.KK.CC.DDDD).",
    },
    "unit_unknown": {"id": "Unit dengan kode {code} tidak ditemukan.", "en": "No unit with code {code}."},
    "unit_outside": {"id": "Unit {code} berada di luar wilayah kerja Anda.",
                     "en": "Unit {code} is outside your area."},
    "region_unknown_name": {
        "id": "Kode wilayah {code} tidak ada dalam daftar wilayah; berikan --unit-name.",
        "en": "Region code {code} is not in the region list; give --unit-name.",
    },
    "event_unknown": {"id": "Pemilihan {event} tidak dikenal (pilihan: {choices}).",
                      "en": "Unknown election event {event} (choices: {choices})."},
    "record_unknown": {"id": "Data {id} tidak ditemukan.", "en": "Record {id} not found."},
    "record_ambiguous": {"id": "Awalan {id} cocok dengan lebih dari satu data; tulis lebih panjang.",
                         "en": "The prefix {id} matches more than one record; type more of it."},
    "record_deleted": {"id": "Data {id} sudah dihapus.", "en": "Record {id} is already deleted."},
    "reason_required": {"id": "Alasan penghapusan wajib diisi.", "en": "A reason for the deletion is required."},
    "unknown_field": {"id": "Kolom '{field}' tidak dikenal; yang dapat diubah: {choices}.",
                      "en": "Unknown field '{field}'; editable fields: {choices}."},
    "duplicate_placement": {
        "id": "{name} sudah ditempatkan sebagai {post} di unit ini pada pemilihan yang sama.",
        "en": "{name} is already placed as {post} in this unit for the same event.",
    },
    "duplicate_receipt": {"id": "BAST nomor {number} sudah tercatat untuk pemilihan ini.",
                          "en": "BAST number {number} is already recorded for this event."},
    "cli.json_unreadable": {"id": "JSON dari {path} tidak dapat dibaca: {detail}",
                            "en": "Cannot read JSON from {path}: {detail}"},
    "cli.json_object": {"id": "{path} harus berisi satu objek JSON (satu data).",
                        "en": "{path} must hold a JSON object (one record)."},
    "cli.json_list": {"id": "{path} harus berisi daftar JSON (baris-baris barang).",
                      "en": "{path} must hold a JSON list (the item lines)."},
    "cli.json_line": {"id": "Setiap baris barang di {path} harus berupa objek JSON.",
                      "en": "Each item line in {path} must be a JSON object."},
    "cli.json_value": {"id": "Kolom '{field}' di {path} harus berisi teks, angka, true/false atau null.",
                       "en": "The field '{field}' in {path} must hold text, a number, true/false or null."},
    "cli.line_pairs": {"id": "--line memerlukan pasangan kunci=nilai, bukan {part!r}.",
                       "en": "--line needs key=value pairs, got {part!r}."},
    "rows.refused": {"id": "Impor ditolak: {n} masalah; tidak ada data yang diubah.",
                     "en": "Import refused: {n} problem(s); nothing was changed."},
    "row.problem": {"id": "baris {row}: {text}", "en": "row {row}: {text}"},
    "row.blank": {"id": "(kosong)", "en": "(empty)"},
    "row.name_missing": {"id": "Nama wilayah wajib diisi.", "en": "The region name is required."},
    "row.unit_unknown": {"id": "Tidak ada unit dengan kode {code}.", "en": "No unit has the code {code}."},
    "row.not_pps": {"id": "{code} bukan PPS (desa/kelurahan); TPS berada di bawah PPS.",
                    "en": "{code} is not a PPS (desa/kelurahan); TPS belong to a PPS."},
    "row.tps_number": {"id": "Nomor TPS harus bilangan bulat dari 1 sampai 9.999, bukan {value}.",
                       "en": "The TPS number must be a whole number from 1 to 9,999, not {value}."},
    "row.dpt": {"id": "DPT harus bilangan bulat dari 0 sampai 99.999, bukan {value}.",
                "en": "The DPT must be a whole number from 0 to 99,999, not {value}."},
    "row.tps_twice": {"id": "TPS {number} untuk {code} sudah ada di baris {first}.",
                      "en": "TPS {number} of {code} is already on row {first}."},
    "sheet.type": {"id": "Jenis berkas {suffix} tidak didukung: gunakan .xlsx atau .csv.",
                   "en": "Unsupported file type {suffix}: use .xlsx or .csv."},
    "sheet.missing": {"id": "Berkas {path} tidak ditemukan.", "en": "File not found: {path}."},
    "sheet.not_file": {"id": "{path} adalah folder, bukan berkas.", "en": "{path} is a folder, not a file."},
    "sheet.read": {"id": "Berkas {path} tidak dapat dibaca: {detail}.", "en": "Cannot read {path}: {detail}."},
    "sheet.too_large": {"id": "Berkas {path} terlalu besar untuk sebuah daftar data ({size} MB; paling banyak "
                                "{limit} MB).",
                        "en": "{path} is too large to be a list of records ({size} MB; at most {limit} MB)."},
    "sheet.rows": {"id": "Berkas {path} berisi lebih dari {limit} baris.", "en": "{path} has more than {limit} rows."},
    "sheet.csv": {"id": "Teks CSV tidak dapat dibaca mulai baris {line} (misalnya tanda kutip yang tidak "
                        "ditutup): {detail}.",
                  "en": "The CSV text cannot be read from row {line} on (a quote left open, for instance): "
                        "{detail}."},
    "sheet.xlsx": {"id": "Berkas ini bukan buku kerja .xlsx yang dapat dibaca ({detail}).",
                   "en": "Not a readable .xlsx workbook ({detail})."},
    "sheet.encoding": {"id": "Isi berkas bukan teks yang dapat dibaca (UTF-8, UTF-16 atau Windows-1252).",
                       "en": "The file is not readable text (UTF-8, UTF-16 or Windows-1252)."},
    "sheet.no_rows": {"id": "Berkas {path} tidak berisi baris data di bawah judul kolom; tidak ada yang diimpor.",
                      "en": "{path} holds no data rows under its header row; nothing was imported."},
    "sheet.binary": {"id": "Berkas ini berisi data biner, bukan teks CSV.",
                     "en": "The file is binary, not CSV text."},
    "sheet.no_header": {"id": "Baris judul kolom tidak ditemukan: 30 baris pertama tidak memuat nama kolom yang "
                              "dikenal (misalnya {expected}).",
                        "en": "No header row found: the first 30 rows do not name the expected columns (for "
                              "example {expected})."},
    "sheet.disk_full": {"id": "Disk penuh: {path} tidak ditulis.", "en": "The disk is full: {path} was not written."},
    "sheet.write": {"id": "Tidak dapat menulis {path}: {detail}.", "en": "Cannot write {path}: {detail}."},
    "person_conflict": {
        "id": "NIP {nip} sudah tercatat atas nama {existing}, bukan {name}.",
        "en": "NIP {nip} is already recorded for {existing}, not {name}.",
    },
}


def lookup(catalogue: dict[str, dict[str, str]], key: str, lang: str = "id", **params) -> str:
    """A message from a bilingual catalogue, in `lang` (Indonesian when that language lacks it)."""
    entry = catalogue.get(key)
    if entry is None:
        return key
    return (entry.get(lang) or entry["id"]).format(**params)


def t(key: str, lang: str = "id", **params) -> str:
    return lookup(TEXTS, key, lang, **params)
