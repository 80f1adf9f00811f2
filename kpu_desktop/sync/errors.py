"""Refusals of the exchange, each with a message in Bahasa Indonesia and English."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    "not_found": ("Berkas {name} tidak ditemukan di {folder}.", "The file {name} was not found in {folder}."),
    "not_file": ("{name} adalah folder, bukan berkas paket pertukaran (.kpub).",
                 "{name} is a folder, not an exchange bundle file (.kpub)."),
    "not_zip": ("Berkas {name} bukan paket pertukaran yang utuh (rusak atau terpotong): {detail}",
                "The file {name} is not a whole exchange bundle (damaged or truncated): {detail}"),
    "too_large": ("Berkas {name} terlalu besar ({size} bita; batas {limit}).",
                  "The file {name} is too large ({size} bytes; limit {limit})."),
    "bad_member": ("Paket berisi anggota tak dikenal atau ganda: {member}.",
                   "The bundle holds an unknown or duplicated member: {member}."),
    "path_traversal": ("Paket berisi jalur di luar arsip: {member}; ditolak demi keamanan.",
                       "The bundle holds a path outside the archive: {member}; refused for safety."),
    "zip_bomb": ("Anggota {member} mengembang terlalu besar ({size} bita, rasio {ratio}); paket ditolak.",
                 "The member {member} expands too much ({size} bytes, ratio {ratio}); bundle refused."),
    "missing_member": ("Paket tidak memuat {member}.", "The bundle lacks {member}."),
    "bad_manifest": ("manifest.json tidak sah: {detail}", "manifest.json is not valid: {detail}"),
    "newer_format": ("Paket dibuat oleh kpu-desktop yang lebih baru (format {found}, didukung {supported}); "
                     "perbarui aplikasi ini.",
                     "The bundle was made by a newer kpu-desktop (format {found}, supported {supported}); "
                     "update this application."),
    "newer_schema": ("Paket memakai skema data {found}, lebih baru dari skema {supported} di sini; perbarui "
                     "aplikasi ini.",
                     "The bundle uses data schema {found}, newer than schema {supported} here; update this "
                     "application."),
    "bad_signature": ("Tanda tangan paket tidak sah: isi telah berubah atau rusak ({detail}).",
                      "The bundle signature is not valid: its content was changed or damaged ({detail})."),
    "unknown_signer": ("Paket ditandatangani oleh {subject} [{fingerprint}], yang tidak ada dalam daftar "
                       "sertifikat tepercaya.",
                       "The bundle is signed by {subject} [{fingerprint}], who is not in the trusted "
                       "certificates."),
    "signer_mismatch": ("Sertifikat penanda tangan dalam paket tidak cocok dengan tanda tangannya.",
                        "The signer certificate inside the bundle does not match its signature."),
    "hash_mismatch": ("Isi {member} tidak cocok dengan manifest (berubah atau rusak).",
                      "The content of {member} does not match the manifest (changed or damaged)."),
    "not_for_us": ("Paket terenkripsi untuk penerima lain; tidak dapat dibuka dengan identitas ini.",
                   "The bundle is encrypted for another recipient; this identity cannot open it."),
    "no_identity": ("Paket terenkripsi: identitas instalasi ini diperlukan untuk membukanya.",
                    "The bundle is encrypted: this installation's identity is needed to open it."),
    "bad_change": ("Perubahan baris {line} tidak sah: {detail}", "Change on line {line} is not valid: {detail}"),
    "unknown_table": ("Perubahan baris {line} menyebut tabel tak dikenal: {table}.",
                      "Change on line {line} names an unknown table: {table}."),
    "unknown_field": ("Perubahan baris {line} menyebut kolom tak dikenal {table}.{field}.",
                      "Change on line {line} names an unknown field {table}.{field}."),
    "count_mismatch": ("Jumlah perubahan ({found}) tidak sesuai manifest ({expected}).",
                       "The number of changes ({found}) does not match the manifest ({expected})."),
    "outside_ranges": ("Perubahan {node}:{seq} tidak termasuk rentang yang dinyatakan manifest.",
                       "Change {node}:{seq} lies outside the ranges the manifest declares."),
    "forked": ("Urutan perubahan node {node} ({unit}) bercabang pada nomor {seq}: paket ini memuat isi lain "
               "untuk nomor yang sama. Laptop itu kemungkinan disalin (clone) atau dipulihkan dari cadangan "
               "lama; paket ditolak. Buat identitas dan node baru pada laptop tersebut sebelum bertukar lagi.",
               "The change sequence of node {node} ({unit}) forks at number {seq}: this bundle holds other "
               "content for the same number. That laptop was probably cloned or restored from an old backup; "
               "the bundle is refused. Give that laptop a new identity and node before exchanging again."),
    "own_changes": ("Paket memuat perubahan {first}–{last} atas nama instalasi ini (node {node}) yang tidak "
                    "ada di sini: instalasi ini disalin atau dipulihkan dari cadangan; paket ditolak.",
                    "The bundle holds changes {first}–{last} in the name of this installation (node {node}) that "
                    "are not here: this installation was cloned or restored from a backup; bundle refused."),
    "gap": ("perubahan {first}–{last} dari node {node}, {unit} belum diterima",
            "missing changes {first}–{last} from node {node}, {unit}"),
    "cancelled": ("Dibatalkan; tidak ada yang diubah.", "Cancelled; nothing was changed."),
    "write_failed": ("Paket tidak dapat ditulis ke {folder}: {detail}",
                     "The bundle could not be written to {folder}: {detail}"),
    "readback_failed": ("Paket yang ditulis ke {path} tidak terbaca utuh kembali ({detail}); berkas dihapus. "
                        "Periksa flashdisk.",
                        "The bundle written to {path} did not read back whole ({detail}); the file was removed. "
                        "Check the USB stick."),
}


def message(key: str, lang: str = "id", **params) -> str:
    id_text, en_text = TEXTS[key]
    return (en_text if lang == "en" else id_text).format(**params)


class SyncError(Exception):
    """A refusal with a message key; `message(lang)` gives the text for the user."""

    def __init__(self, key: str, **params):
        self.key = key
        self.params = params
        super().__init__(message(key, "en", **params))

    def message(self, lang: str = "id") -> str:
        return message(self.key, lang, **self.params)


class BundleRefused(SyncError):
    """The bundle failed a check: nothing of it was written."""


class Cancelled(SyncError):
    def __init__(self):
        super().__init__("cancelled")
