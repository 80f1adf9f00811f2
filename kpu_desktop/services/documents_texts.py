"""Messages and labels of the documents feature, in Bahasa Indonesia (default) and English.

Kept apart from services/texts.py so the feature's wording lives with the feature.
"""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    # titles of the five documents
    "title.asn": {"id": "Rekap Penempatan ASN pada Sekretariat PPK dan PPS",
                  "en": "ASN Placements in the PPK and PPS Secretariats"},
    "title.facility": {"id": "Daftar Dukungan Sarana dan Prasarana",
                       "en": "Register of Facility Support"},
    "title.bast": {"id": "Berita Acara Serah Terima Logistik", "en": "Logistics Handover Report"},
    "title.logistics": {"id": "Rekap Logistik per Unit dan Jenis Barang",
                        "en": "Logistics Recap per Unit and Item"},
    "title.summary": {"id": "Laporan Ringkas", "en": "Summary Report"},
    # request problems
    "kind_unknown": {"id": "Jenis dokumen tidak dikenal: {kind} (pilihan: {choices}).",
                     "en": "Unknown document kind: {kind} (choices: {choices})."},
    "receipt_required": {"id": "BAST memerlukan nomor/ID penerimaan: --receipt ID.",
                         "en": "A BAST needs the receipt: --receipt ID."},
    "receipt_outside": {"id": "Penerimaan {number} berada di luar wilayah kerja Anda.",
                        "en": "Receipt {number} is outside your area."},
    "no_event": {"id": "Belum ada kegiatan pemilihan di basis data.", "en": "No election event in the database."},
    "cancelled": {"id": "Dibatalkan oleh pengguna.", "en": "Cancelled by the user."},
    "place_blank": {"id": "Tempat penandatanganan tidak boleh kosong.", "en": "The place of signing may not be blank."},
    # files
    "file_missing": {"id": "Berkas {path} tidak ditemukan.", "en": "File {path} not found."},
    "file_unreadable": {"id": "Berkas {path} tidak dapat dibaca: {error}", "en": "Cannot read {path}: {error}"},
    "not_pdf": {"id": "Berkas {path} bukan dokumen PDF.", "en": "{path} is not a PDF document."},
    "out_write": {"id": "Tidak dapat menulis {path}: {error}", "en": "Cannot write {path}: {error}"},
    # signing
    "slot_unknown": {"id": "Kolom tanda tangan '{slot}' tidak ada di dokumen ini (tersedia: {choices}).",
                     "en": "The document has no signature slot '{slot}' (available: {choices})."},
    "slot_signed": {"id": "Kolom tanda tangan '{slot}' sudah ditandatangani.",
                    "en": "Signature slot '{slot}' is already signed."},
    "slot_none_free": {"id": "tidak ada", "en": "none"},
    "sign_broken": {"id": "Dokumen tidak dapat ditandatangani: tanda tangan yang ada tidak utuh ({detail}).",
                    "en": "Cannot sign: an existing signature is not intact ({detail})."},
    "sign_failed": {"id": "Penandatanganan gagal: {detail}", "en": "Signing failed: {detail}"},
    # verification lines
    "verify_none": {"id": "Dokumen tidak memiliki tanda tangan digital.", "en": "The document has no digital signature."},
    "verify_error": {"id": "Dokumen tidak sah: {detail}", "en": "The document is invalid: {detail}"},
    "verify_sig": {"id": "Tanda tangan {n} ({field}): {signer}", "en": "Signature {n} ({field}): {signer}"},
    "verify_time": {"id": "  waktu            : {time}", "en": "  time             : {time}"},
    "verify_fp": {"id": "  sidik jari       : {fp}", "en": "  fingerprint      : {fp}"},
    "verify_intact": {"id": "  utuh             : {value}", "en": "  intact           : {value}"},
    "verify_trusted": {"id": "  tepercaya        : {value}", "en": "  trusted          : {value}"},
    "verify_changed": {"id": "  diubah sesudahnya: {value}", "en": "  changed after    : {value}"},
    "verify_problem": {"id": "  masalah          : {detail}", "en": "  problem          : {detail}"},
    "verify_open_slots": {"id": "Kolom tanda tangan yang belum diisi: {slots}",
                          "en": "Signature slots not yet signed: {slots}"},
    "verify_ok": {"id": "HASIL: SAH — semua tanda tangan utuh dan tepercaya; dokumen tidak berubah.",
                  "en": "RESULT: VALID — every signature is intact and trusted; the document is unchanged."},
    "verify_bad": {"id": "HASIL: TIDAK SAH — {reason}", "en": "RESULT: NOT VALID — {reason}"},
    "reason_untrusted": {"id": "penanda tangan tidak tepercaya di folder data ini",
                         "en": "a signer is not trusted in this data folder"},
    "reason_broken": {"id": "tanda tangan tidak utuh atau dokumen diubah",
                      "en": "a signature is not intact or the document was changed"},
    "reason_added": {"id": "ada perubahan sesudah tanda tangan terakhir",
                     "en": "something was added after the last signature"},
    "yes": {"id": "ya", "en": "yes"},
    "no": {"id": "tidak", "en": "no"},
    # import
    "import_refused": {"id": "Impor ditolak: dokumen tidak lolos verifikasi ({reason}); basis data tidak diubah.",
                       "en": "Import refused: the document failed verification ({reason}); nothing was changed."},
    "no_data": {"id": "Dokumen tidak memuat data kpu-data.json yang dapat diimpor.",
                "en": "The document carries no importable kpu-data.json."},
    "bad_data": {"id": "Data di dalam dokumen tidak sah: {detail}", "en": "The document's data is invalid: {detail}"},
    "data_mismatch": {"id": "Data terlampir tidak cocok dengan kode SHA-256 pada dokumen.",
                      "en": "The attached data does not match the document's SHA-256."},
    "schema_newer": {"id": "Data dokumen memakai skema versi {found}; aplikasi ini hanya membaca sampai versi {max}.",
                     "en": "The document's data uses schema version {found}; this application reads up to {max}."},
    "event_missing": {"id": "Kegiatan pemilihan {event} tidak dikenal di basis data ini.",
                      "en": "Election event {event} is unknown in this database."},
    "unit_parent_missing": {"id": "Unit {code} tidak dapat dimuat: unit induknya tidak ada di basis data ini.",
                            "en": "Unit {code} cannot be loaded: its parent unit is not in this database."},
    "unit_not_in_scope": {"id": "Unit {code} dalam dokumen berada di luar wilayah kerja basis data ini.",
                          "en": "Unit {code} in the document lies outside this database's area."},
    "missing_reference": {"id": "Data {table} {id} merujuk {ref} yang tidak ada.",
                          "en": "Record {table} {id} refers to a missing {ref}."},
    "import_done": {"id": "Data dokumen {doc}: {created} data baru, {updated} diperbarui, {unchanged} tidak berubah.",
                    "en": "Data of document {doc}: {created} new record(s), {updated} updated, {unchanged} unchanged."},
    # identity and trust
    "identity_missing": {"id": "Belum ada identitas penandatangan di {path}; buat dengan 'kpu-desktop identity create'.",
                         "en": "No signing identity at {path}; create one with 'kpu-desktop identity create'."},
    "identity_exists": {"id": "Identitas penandatangan sudah ada di {path}; pakai --replace untuk menggantinya.",
                        "en": "A signing identity already exists at {path}; use --replace to replace it."},
    "passphrase_short": {"id": "Kata sandi kunci minimal {n} karakter.",
                         "en": "The key passphrase needs at least {n} characters."},
    "passphrase_missing": {"id": "Kata sandi kunci tidak ada: isi {env} atau jalankan di terminal.",
                           "en": "No key passphrase: set {env} or run in a terminal."},
    "passphrase_mismatch": {"id": "Kedua kata sandi tidak sama.", "en": "The two passphrases differ."},
    "name_required": {"id": "Nama pemilik sertifikat wajib diisi: --name atau nama lengkap akun.",
                      "en": "The certificate owner's name is required: --name or the account's full name."},
    "identity_mismatch": {"id": "Berkas identitas tidak cocok dengan sertifikat tersimpan ({path}).",
                          "en": "The identity file does not match the stored certificate ({path})."},
    "identity_locked": {"id": "Kata sandi kunci salah atau berkas identitas rusak ({path}).",
                        "en": "Wrong key passphrase or damaged identity file ({path})."},
    "pkcs12_bad": {"id": "Berkas {path} tidak dapat dibuka: kata sandi salah atau bukan PKCS#12 ({detail}).",
                   "en": "Cannot open {path}: wrong passphrase or not a PKCS#12 file ({detail})."},
    "identity_created": {"id": "Identitas penandatangan dibuat: {subject} ({org})\n  SHA-256: {fp}\n"
                               "  Sertifikat ini otomatis tepercaya di folder data ini.",
                         "en": "Signing identity created: {subject} ({org})\n  SHA-256: {fp}\n"
                               "  This certificate is trusted by this data folder automatically."},
    "trust_bad_cert": {"id": "Berkas {path} bukan sertifikat X.509 (PEM atau DER).",
                       "en": "{path} is not an X.509 certificate (PEM or DER)."},
    "trust_unknown": {"id": "Tidak ada di daftar tepercaya atau bukan sidik jari SHA-256: {fp}",
                      "en": "Not in the trust store or not a SHA-256 fingerprint: {fp}"},
    "trust_added": {"id": "Sertifikat ditambahkan ke daftar tepercaya: {subject}\n  SHA-256: {fp}",
                    "en": "Certificate added to the trust store: {subject}\n  SHA-256: {fp}"},
    "trust_removed": {"id": "Sertifikat {fp} dihapus dari daftar tepercaya.",
                      "en": "Certificate {fp} removed from the trust store."},
    # unit kinds in the summary
    "kind.kpu-prov": {"id": "Sekretariat KPU Provinsi", "en": "Provincial KPU secretariat"},
    "kind.kpu-kab": {"id": "Sekretariat KPU Kab/Kota", "en": "Regency KPU secretariat"},
    "kind.ppk": {"id": "Sekretariat PPK", "en": "PPK secretariat"},
    "kind.pps": {"id": "Sekretariat PPS", "en": "PPS secretariat"},
    "no_type": {"id": "Umum (tanpa jenis pemilihan)", "en": "General (no election type)"},
    "wrong_dapil": {"id": "dapil {given}, seharusnya {expected}", "en": "district {given}, expected {expected}"},
    "area_note": {"id": "Wilayah: {ppk} PPK, {pps} PPS, {tps} TPS dengan DPT {dpt} pemilih.",
                  "en": "Area: {ppk} PPK, {pps} PPS, {tps} polling stations with {dpt} registered voters."},
    "records_note": {"id": "Data terlampir (kpu-data.json): {n} data, dapat dimuat dengan 'kpu-desktop import-pdf'.",
                     "en": "Attached data (kpu-data.json): {n} records, loadable with 'kpu-desktop import-pdf'."},
    "missing_post": {"id": "belum ada penempatan aktif", "en": "no active placement"},
}


def dt_text(key: str, lang: str = "id", **params) -> str:
    entry = TEXTS.get(key)
    if entry is None:
        return key
    template = entry.get(lang) or entry["id"]
    return template.format(**params)
