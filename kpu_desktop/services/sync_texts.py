"""Messages of the data exchange services and commands, in Bahasa Indonesia (default) and English."""

from __future__ import annotations

from .texts import lookup

TEXTS: dict[str, dict[str, str]] = {
    "out_missing": {"id": "Folder tujuan {folder} tidak ada atau bukan folder.",
                    "en": "The target folder {folder} does not exist or is not a folder."},
    "file_missing": {"id": "Berkas {path} tidak ditemukan.", "en": "File {path} not found."},
    "cert_bad": {"id": "Berkas {path} bukan sertifikat (PEM atau DER).",
                 "en": "The file {path} is not a certificate (PEM or DER)."},
    "unit_unknown": {"id": "Unit dengan kode {code} tidak ditemukan.", "en": "No unit with code {code}."},
    "nothing_new": {"id": "Tidak ada perubahan baru untuk {recipient}; gunakan --full untuk mengirim semuanya.",
                    "en": "No new changes for {recipient}; use --full to send everything."},
    "conflict_unknown": {"id": "Konflik {ident} tidak ditemukan (lihat 'kpu-desktop conflicts list').",
                         "en": "Conflict {ident} not found (see 'kpu-desktop conflicts list')."},
    "choice_bad": {"id": "Pilihan {choice} tidak ada; pilih 1 sampai {n}.",
                   "en": "There is no choice {choice}; choose 1 to {n}."},
    "record_gone": {"id": "Data konflik {ident} tidak ada di basis data ini.",
                    "en": "The record of conflict {ident} is not in this database."},
    "keep_deleted": {"id": "tetap dihapus", "en": "keep deleted"},
    "restore": {"id": "pulihkan beserta perubahannya", "en": "restore with its edits"},
    "recipient_parent": {"id": "unit induk", "en": "the parent unit"},
    "recipient_all": {"id": "siapa pun (semua data)", "en": "anyone (all data)"},
}


def st(key: str, lang: str = "id", **params) -> str:
    return lookup(TEXTS, key, lang, **params)
