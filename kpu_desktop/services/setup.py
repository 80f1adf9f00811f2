"""Creating a data folder: schema, reference data, the unit tree, the first admin."""

from __future__ import annotations

from ..domain.identifiers import parse_region_code
from ..storage import meta
from ..storage.db import open_database, transaction
from ..storage.records import RecordWriter, utc_now
from ..storage.repos.units import RegionRepo, UnitRepo, kind_for_code, unit_id_for
from ..storage.repos.users import UserRepo
from ..storage.seed import seed_reference
from .auth import check_new_account
from .context import AppContext, Session
from .errors import ServiceError
from .passwords import hash_password
from .texts import t

UNIT_KINDS = ("kpu-prov", "kpu-kab", "ppk", "pps")


def initialise(ctx: AppContext, *, unit_code: str, unit_kind: str, unit_name: str | None, admin: str,
               password: str) -> dict:
    """Create the database for one unit; refuses a folder that already holds one."""
    lang = ctx.lang
    if ctx.paths.database.exists():
        raise ServiceError(t("already_initialised", lang, folder=ctx.paths.data_dir))
    check_new_account(admin, password, "admin", lang)
    code = (unit_code or "").strip()
    region, issues = parse_region_code(code, field="unit_code")
    if issues:
        raise ServiceError("; ".join(i.message(lang) for i in issues))
    if unit_kind not in UNIT_KINDS or kind_for_code(code) != unit_kind:
        raise ServiceError(t("unit_code_kind", lang, code=code, kind=unit_kind))
    ctx.paths.ensure()
    db = open_database(ctx.paths.database)
    conn = db.conn
    try:
        with transaction(conn):
            seed_reference(conn)
            regions = RegionRepo(conn)
            if regions.get(code) is None and not unit_name:
                raise ServiceError(t("region_unknown_name", lang, code=code))
            UserRepo(conn).add(admin, hash_password(password), "admin", full_name=None, nip=None,
                               created_at=utc_now(), created_by=None)
            meta.put(conn, "created_at", utc_now())
            # The first changes already name the unit: other offices name this node by it (status, gaps).
            writer = RecordWriter(conn, username=admin, unit_id=unit_id_for(code))
            unit_id = ensure_unit_chain(conn, writer, code, unit_name)
            meta.put(conn, "unit_id", unit_id)
            if unit_kind in ("kpu-prov", "kpu-kab"):
                create_child_units(conn, writer, code)
            writer.audit_entry("init", "units", unit_id, {"unit_code": [None, code], "admin": [None, admin]})
    except BaseException:
        conn.close()
        ctx.paths.database.unlink(missing_ok=True)
        for suffix in ("-wal", "-shm"):
            ctx.paths.database.with_name(ctx.paths.database.name + suffix).unlink(missing_ok=True)
        raise
    ctx.attach(conn)
    ctx.session = Session(admin, "admin")
    return UnitRepo(conn).get(unit_id)


def ensure_unit_chain(conn, writer: RecordWriter, code: str, name: str | None = None) -> str:
    """Create the unit for `code` and its ancestors (from the region list) when missing."""
    units, regions = UnitRepo(conn), RegionRepo(conn)
    parts = code.split(".")
    parent_id = None
    for depth in range(1, len(parts) + 1):
        sub = ".".join(parts[:depth])
        existing = units.by_code(sub)
        if existing:
            parent_id = existing["id"]
            continue
        region = regions.get(sub)
        unit_name = (name if sub == code and name else None) or (region["name"] if region else sub)
        parent_id = writer.insert("units", {
            "id": unit_id_for(sub), "code": sub, "kind": kind_for_code(sub), "name": unit_name,
            "parent_id": parent_id, "region_code": sub if region else None,
            "sample": int(bool(region and region["sample"])),
        }, owner_unit_id=unit_id_for(sub))
    return parent_id


def create_child_units(conn, writer: RecordWriter, code: str) -> int:
    """Create units for every region below `code` that has none yet (PPK per kecamatan, PPS per desa)."""
    units, regions = UnitRepo(conn), RegionRepo(conn)
    created = 0
    stack = [code]
    while stack:
        current = stack.pop()
        for child in regions.children(current):
            if len(child["code"].split(".")) > 4:
                continue
            if units.by_code(child["code"]) is None:
                ensure_unit_chain(conn, writer, child["code"])
                created += 1
            stack.append(child["code"])
    return created
