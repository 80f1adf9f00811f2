"""Printing results: aligned tables for people, JSON for scripts."""

from __future__ import annotations

import json
import sys
from typing import Any, Iterable, Sequence, TextIO


def to_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True, default=str)


def print_json(value: Any, out: TextIO | None = None) -> None:
    (out or sys.stdout).write(to_json(value) + "\n")


# Column titles of the tables, in Bahasa Indonesia; English is the key. Values stay as typed in commands
# (codes such as PEMILU_2024 or SEKRETARIS are what --event and --set take).
HEADERS_ID = {
    "ACTIVE": "AKTIF", "AGREEMENT": "PERJANJIAN", "CATEGORY": "KATEGORI", "CODE": "KODE", "CONDITION": "KONDISI",
    "CONFLICTS": "KONFLIK", "DAMAGED": "RUSAK", "DESCRIPTION": "URAIAN", "EVENT": "PEMILIHAN", "EXCESS": "LEBIH",
    "EXPECTED": "KEBUTUHAN", "FILE": "BERKAS", "GAPS": "CELAH", "HELD": "DIMILIKI", "KIND": "JENIS",
    "LABEL": "LABEL", "LINES": "BARIS", "NAME": "NAMA", "NEW": "BARU", "NOT FOR THIS UNIT": "BUKAN UNTUK UNIT INI",
    "NUMBER": "NOMOR", "POST": "JABATAN", "QTY": "JUMLAH", "REASON": "ALASAN", "RECEIVED": "DITERIMA",
    "RECEIVED QTY": "JUMLAH DITERIMA", "ROLE": "PERAN", "SHORT": "KURANG", "SIZE": "UKURAN", "SUBJECT": "SUBJEK",
    "TAKEN": "DIBUAT", "UNCHANGED": "TIDAK BERUBAH", "UPDATED": "DIPERBARUI", "USER": "PENGGUNA",
    "VALID UNTIL": "BERLAKU SAMPAI", "WAITING": "MENUNGGU",
}


def yes_no(value: bool, lang: str) -> str:
    if lang == "en":
        return "yes" if value else "no"
    return "ya" if value else "tidak"


def print_table(headers: Sequence[str], rows: Iterable[Sequence[Any]], out: TextIO | None = None,
                max_width: int = 40, *, lang: str = "en") -> None:
    """Rows under their column titles (`headers` in English, shown in `lang`), each column as wide as its
    widest cell up to `max_width`."""
    out = out or sys.stdout
    if lang != "en":
        headers = [HEADERS_ID.get(h, h) for h in headers]
    text_rows = [[_short(c, max_width) for c in row] for row in rows]
    widths = [len(h) for h in headers]
    for row in text_rows:
        widths = [max(w, len(c)) for w, c in zip(widths, row)]
    out.write("  ".join(h.ljust(w) for h, w in zip(headers, widths)).rstrip() + "\n")
    out.write("  ".join("-" * w for w in widths) + "\n")
    for row in text_rows:
        out.write("  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip() + "\n")


def print_record(record: dict, out: TextIO | None = None) -> None:
    out = out or sys.stdout
    width = max((len(k) for k in record), default=0)
    for key, value in record.items():
        if isinstance(value, list) and value and isinstance(value[0], dict):
            out.write(f"{key.ljust(width)}  ({len(value)})\n")
            for item in value:
                out.write("    " + ", ".join(f"{k}={v}" for k, v in item.items() if v not in (None, "")) + "\n")
        else:
            out.write(f"{key.ljust(width)}  {_short(value, 200)}\n")


def _short(value: Any, limit: int) -> str:
    text = "" if value is None else (", ".join(map(str, value)) if isinstance(value, list) else str(value))
    return text if len(text) <= limit else text[: limit - 1] + "…"
