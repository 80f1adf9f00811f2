"""Document numbers, document settings (place, address) and the header facts of a document.

Numbers follow the KPU letter style `NNN/CODE/UNIT/YEAR` (e.g. `001/LAP-RINGKAS/6201/2024`),
one gapless sequence per kind and year kept in this installation's `meta` table: numbers are
issued by the secretariat that signs, so they are local, never exchanged.
"""

from __future__ import annotations

import datetime as dt
import sqlite3

from ..reports.model import Signer
from ..storage import meta
from ..storage.repos.units import unit_label
from .context import AppContext
from .documents_texts import dt_text
from .errors import ServiceError

KINDS = ("asn", "facility", "bast", "logistics", "summary")
NUMBER_CODES = {"asn": "REKAP-ASN", "facility": "SARPRAS", "logistics": "REKAP-LOG", "summary": "LAP-RINGKAS"}
SETTING_PLACE = "documents.place"
SETTING_ADDRESS = "documents.address"
PRIMARY_ROLE = "sekretaris"
SECOND_ROLE = "ketua"


def unit_digits(unit: dict) -> str:
    return unit["code"].replace(".", "")


def peek_number(conn: sqlite3.Connection, kind: str, unit: dict, year: int) -> str:
    """The number the next document of `kind` would get (nothing is reserved)."""
    current = int(meta.get(conn, _seq_key(kind, year)) or 0)
    return format_number(kind, current + 1, unit, year)


def take_number(conn: sqlite3.Connection, kind: str, unit: dict, year: int) -> str:
    """Reserve the next number inside the caller's transaction."""
    key = _seq_key(kind, year)
    value = int(meta.get(conn, key) or 0) + 1
    meta.put(conn, key, str(value))
    return format_number(kind, value, unit, year)


def format_number(kind: str, sequence: int, unit: dict, year: int) -> str:
    return f"{sequence:03d}/{NUMBER_CODES[kind]}/{unit_digits(unit)}/{year}"


def _seq_key(kind: str, year: int) -> str:
    return f"documents.seq.{kind}.{year}"


# -- settings -----------------------------------------------------------------------------------------


def place_of(conn: sqlite3.Connection, unit: dict) -> str:
    """Where documents are signed: the setting, else the unit's name (users set the regency seat)."""
    return meta.get(conn, SETTING_PLACE) or unit["name"]


def address_of(conn: sqlite3.Connection) -> str:
    return meta.get(conn, SETTING_ADDRESS) or ""


def save_settings(ctx: AppContext, *, place: str | None = None, address: str | None = None) -> None:
    """Store the place (and letterhead address) for later documents; the caller owns the transaction."""
    if place is not None:
        if not place.strip():
            raise ServiceError(dt_text("place_blank", ctx.lang))
        meta.put(ctx.conn, SETTING_PLACE, " ".join(place.split()))
    if address is not None:
        meta.put(ctx.conn, SETTING_ADDRESS, " ".join(address.split()) or None)
    changes = {k: [None, v] for k, v in (("place", place), ("address", address)) if v is not None}
    ctx.writer().audit_entry("document_settings", "meta", "documents", changes)


# -- header facts ----------------------------------------------------------------------------------------


def secretariat_name(unit: dict) -> str:
    return f"Sekretariat {unit_label(unit['kind'], unit['name'], unit['code'])}"


def letterhead(unit: dict) -> tuple[str, ...]:
    """Letterhead lines as KPU bodies print them."""
    name = unit["name"].upper()
    if unit["kind"] == "kpu-prov":
        return ("KOMISI PEMILIHAN UMUM", f"PROVINSI {name}")
    if unit["kind"] == "kpu-kab":
        is_city = int(unit["code"].split(".")[1]) >= 71
        return ("KOMISI PEMILIHAN UMUM", f"{'KOTA' if is_city else 'KABUPATEN'} {name}")
    if unit["kind"] == "ppk":
        return ("PANITIA PEMILIHAN KECAMATAN", f"KECAMATAN {name}")
    return ("PANITIA PEMUNGUTAN SUARA", f"DESA/KELURAHAN {name}")


def default_signer(ctx: AppContext, unit: dict, *, identity_name: str = "") -> Signer:
    """The signed-in officer as Sekretaris of the unit; the certificate's name when the account has none."""
    session = ctx.session
    name = (session.full_name if session else None) or identity_name or (session.username if session else "")
    nip = (session.nip if session else None) or ""
    return Signer(post=f"Sekretaris {unit_label(unit['kind'], unit['name'], unit['code'])}", name=name,
                  nip=format_nip(nip), role=PRIMARY_ROLE)


def format_nip(nip: str) -> str:
    """`198609262015052001` -> `19860926 201505 2 001`, as NIPs are printed under signatures."""
    digits = nip.replace(" ", "")
    if len(digits) == 18 and digits.isdigit():
        return f"{digits[:8]} {digits[8:14]} {digits[14]} {digits[15:]}"
    return nip


def with_role(signer: Signer, role: str) -> Signer:
    return Signer(post=signer.post, name=signer.name, nip=format_nip(signer.nip), role=signer.role or role)


def local_now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)
