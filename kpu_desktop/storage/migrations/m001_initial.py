"""Schema 1: reference data, units, users, the three record kinds, audit and change logs."""

import sqlite3

from .sqlscript import run_script

# Columns every shared (exchanged) record carries: the exchange relies on the tombstone.
SHARED = """
    owner_unit_id TEXT,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    deleted_reason TEXT
"""

SCHEMA = f"""
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);

CREATE TABLE regions (
    code TEXT PRIMARY KEY,
    level TEXT NOT NULL,
    name TEXT NOT NULL,
    parent_code TEXT,
    valid_from TEXT,
    valid_to TEXT,
    source TEXT,
    sample INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX regions_parent ON regions(parent_code);

CREATE TABLE ranks (golongan TEXT PRIMARY KEY, pangkat TEXT NOT NULL);

CREATE TABLE users (
    username TEXT PRIMARY KEY,
    password_hash TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('admin', 'operator', 'verifier', 'viewer')),
    full_name TEXT,
    nip TEXT,
    active INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    created_by TEXT
);

CREATE TABLE units (
    id TEXT PRIMARY KEY,
    code TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('kpu-prov', 'kpu-kab', 'ppk', 'pps')),
    name TEXT NOT NULL,
    parent_id TEXT REFERENCES units(id),
    region_code TEXT,
    dapils TEXT,
    sample INTEGER NOT NULL DEFAULT 0,
    {SHARED},
    UNIQUE (kind, code)
);
CREATE INDEX units_parent ON units(parent_id);

CREATE TABLE tps (
    id TEXT PRIMARY KEY,
    unit_id TEXT NOT NULL REFERENCES units(id),
    number INTEGER NOT NULL,
    dpt INTEGER,
    address TEXT,
    {SHARED},
    UNIQUE (unit_id, number)
);

CREATE TABLE events (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    election_date TEXT NOT NULL,
    ballot_reserve_pct REAL NOT NULL,
    reserve_rounding TEXT NOT NULL DEFAULT 'ceil_per_tps',
    max_voters_per_tps INTEGER NOT NULL,
    box_reserve_per_kecamatan INTEGER NOT NULL DEFAULT 0,
    {SHARED}
);

CREATE TABLE event_types (
    event_id TEXT NOT NULL REFERENCES events(id),
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    ballot_colour TEXT,
    applies_to TEXT NOT NULL DEFAULT 'all',
    PRIMARY KEY (event_id, code)
);

CREATE TABLE work_periods (
    event_id TEXT NOT NULL REFERENCES events(id),
    body_kind TEXT NOT NULL,
    start_date TEXT NOT NULL,
    end_date TEXT NOT NULL,
    PRIMARY KEY (event_id, body_kind)
);

CREATE TABLE items (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    category TEXT NOT NULL,
    measure_unit TEXT NOT NULL,
    per_type INTEGER NOT NULL,
    per_dapil INTEGER NOT NULL,
    note TEXT
);

CREATE TABLE item_norms (
    event_id TEXT NOT NULL REFERENCES events(id),
    item_code TEXT NOT NULL REFERENCES items(code),
    basis TEXT NOT NULL,
    qty_per_tps REAL,
    types TEXT,
    reserve_per_kecamatan INTEGER NOT NULL DEFAULT 0,
    description TEXT,
    PRIMARY KEY (event_id, item_code)
);

CREATE TABLE persons (
    id TEXT PRIMARY KEY,
    nip TEXT,
    nik TEXT,
    name TEXT NOT NULL,
    birth_date TEXT,
    sex TEXT,
    employment_status TEXT NOT NULL,
    golongan TEXT,
    pangkat TEXT,
    origin_position TEXT,
    origin_agency TEXT,
    phone TEXT,
    {SHARED}
);
CREATE INDEX persons_nip ON persons(nip);
CREATE INDEX persons_nik ON persons(nik);

CREATE TABLE placements (
    id TEXT PRIMARY KEY,
    person_id TEXT NOT NULL REFERENCES persons(id),
    event_id TEXT NOT NULL REFERENCES events(id),
    unit_id TEXT NOT NULL REFERENCES units(id),
    post TEXT NOT NULL,
    proposing_decree_no TEXT,
    proposing_decree_date TEXT,
    kpu_decree_no TEXT,
    kpu_decree_date TEXT,
    integrity_pact_date TEXT,
    start_date TEXT,
    end_date TEXT,
    honorarium INTEGER,
    status TEXT NOT NULL DEFAULT 'ACTIVE',
    end_reason TEXT,
    replacement_id TEXT,
    note TEXT,
    warnings TEXT,
    {SHARED}
);
CREATE INDEX placements_unit_event ON placements(unit_id, event_id);
CREATE INDEX placements_person ON placements(person_id);

CREATE TABLE facilities (
    id TEXT PRIMARY KEY,
    unit_id TEXT NOT NULL REFERENCES units(id),
    event_id TEXT REFERENCES events(id),
    category TEXT NOT NULL,
    description TEXT NOT NULL,
    specification TEXT,
    quantity INTEGER NOT NULL,
    measure_unit TEXT,
    condition TEXT,
    owner_name TEXT,
    owner_contact TEXT,
    registration_no TEXT,
    location_code TEXT,
    basis TEXT,
    agreement_no TEXT,
    agreement_date TEXT,
    start_date TEXT,
    end_date TEXT,
    extended INTEGER NOT NULL DEFAULT 0,
    return_date TEXT,
    return_bast_no TEXT,
    checklist TEXT,
    note TEXT,
    warnings TEXT,
    {SHARED}
);
CREATE INDEX facilities_unit ON facilities(unit_id);

CREATE TABLE receipts (
    id TEXT PRIMARY KEY,
    number TEXT NOT NULL,
    received_at TEXT NOT NULL,
    place TEXT,
    event_id TEXT NOT NULL REFERENCES events(id),
    giver_name TEXT,
    giver_post TEXT,
    giver_institution TEXT,
    receiver_name TEXT,
    receiver_post TEXT,
    receiver_institution TEXT,
    receiver_unit_id TEXT NOT NULL REFERENCES units(id),
    tps_number INTEGER,
    witnesses TEXT,
    refs TEXT,
    transport_mode TEXT,
    planned_dispatch TEXT,
    actual_dispatch TEXT,
    planned_arrival TEXT,
    actual_arrival TEXT,
    note TEXT,
    warnings TEXT,
    {SHARED}
);
CREATE INDEX receipts_unit_event ON receipts(receiver_unit_id, event_id);
CREATE INDEX receipts_number ON receipts(event_id, number);

CREATE TABLE receipt_lines (
    id TEXT PRIMARY KEY,
    receipt_id TEXT NOT NULL REFERENCES receipts(id),
    line_no INTEGER NOT NULL,
    item_code TEXT NOT NULL REFERENCES items(code),
    election_type TEXT,
    dapil TEXT,
    expected INTEGER NOT NULL DEFAULT 0,
    received INTEGER NOT NULL DEFAULT 0,
    good INTEGER NOT NULL DEFAULT 0,
    damaged INTEGER NOT NULL DEFAULT 0,
    short INTEGER NOT NULL DEFAULT 0,
    excess INTEGER NOT NULL DEFAULT 0,
    note TEXT,
    {SHARED}
);
CREATE INDEX receipt_lines_receipt ON receipt_lines(receipt_id);

CREATE TABLE audit_log (
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    username TEXT NOT NULL,
    action TEXT NOT NULL,
    tbl TEXT NOT NULL,
    record_id TEXT NOT NULL,
    changes TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;

CREATE TABLE changes (
    node_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    hlc TEXT NOT NULL,
    tbl TEXT NOT NULL,
    record_id TEXT NOT NULL,
    op TEXT NOT NULL,
    data TEXT NOT NULL,
    username TEXT,
    unit_id TEXT,
    PRIMARY KEY (node_id, seq)
);
CREATE INDEX changes_record ON changes(tbl, record_id);
CREATE TRIGGER changes_no_update BEFORE UPDATE ON changes
BEGIN SELECT RAISE(ABORT, 'change log is append-only'); END;
CREATE TRIGGER changes_no_delete BEFORE DELETE ON changes
BEGIN SELECT RAISE(ABORT, 'change log is append-only'); END;
"""


def apply(conn: sqlite3.Connection) -> None:
    run_script(conn, SCHEMA)
