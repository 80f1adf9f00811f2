"""Schema 2: FTS5 indexes for search-as-you-type over persons, facilities and receipts."""

import sqlite3

from .sqlscript import run_script

# The searched columns of each table (schema 7 builds the indexes anew over the same columns).
SEARCHED = {"persons": ("name", "nip", "nik", "origin_agency"),
            "facilities": ("description", "owner_name", "registration_no", "agreement_no"),
            "receipts": ("number", "giver_name", "receiver_name", "place")}

SCHEMA = """
CREATE VIRTUAL TABLE persons_fts USING fts5(
    name, nip, nik, origin_agency, content='persons', content_rowid='rowid', tokenize='unicode61'
);
CREATE TRIGGER persons_fts_ai AFTER INSERT ON persons BEGIN
    INSERT INTO persons_fts(rowid, name, nip, nik, origin_agency)
    VALUES (new.rowid, new.name, new.nip, new.nik, new.origin_agency);
END;
CREATE TRIGGER persons_fts_ad AFTER DELETE ON persons BEGIN
    INSERT INTO persons_fts(persons_fts, rowid, name, nip, nik, origin_agency)
    VALUES ('delete', old.rowid, old.name, old.nip, old.nik, old.origin_agency);
END;
CREATE TRIGGER persons_fts_au AFTER UPDATE OF name, nip, nik, origin_agency ON persons BEGIN
    INSERT INTO persons_fts(persons_fts, rowid, name, nip, nik, origin_agency)
    VALUES ('delete', old.rowid, old.name, old.nip, old.nik, old.origin_agency);
    INSERT INTO persons_fts(rowid, name, nip, nik, origin_agency)
    VALUES (new.rowid, new.name, new.nip, new.nik, new.origin_agency);
END;

CREATE VIRTUAL TABLE facilities_fts USING fts5(
    description, owner_name, registration_no, agreement_no,
    content='facilities', content_rowid='rowid', tokenize='unicode61'
);
CREATE TRIGGER facilities_fts_ai AFTER INSERT ON facilities BEGIN
    INSERT INTO facilities_fts(rowid, description, owner_name, registration_no, agreement_no)
    VALUES (new.rowid, new.description, new.owner_name, new.registration_no, new.agreement_no);
END;
CREATE TRIGGER facilities_fts_ad AFTER DELETE ON facilities BEGIN
    INSERT INTO facilities_fts(facilities_fts, rowid, description, owner_name, registration_no, agreement_no)
    VALUES ('delete', old.rowid, old.description, old.owner_name, old.registration_no, old.agreement_no);
END;
CREATE TRIGGER facilities_fts_au AFTER UPDATE OF description, owner_name, registration_no, agreement_no
ON facilities BEGIN
    INSERT INTO facilities_fts(facilities_fts, rowid, description, owner_name, registration_no, agreement_no)
    VALUES ('delete', old.rowid, old.description, old.owner_name, old.registration_no, old.agreement_no);
    INSERT INTO facilities_fts(rowid, description, owner_name, registration_no, agreement_no)
    VALUES (new.rowid, new.description, new.owner_name, new.registration_no, new.agreement_no);
END;

CREATE VIRTUAL TABLE receipts_fts USING fts5(
    number, giver_name, receiver_name, place, content='receipts', content_rowid='rowid', tokenize='unicode61'
);
CREATE TRIGGER receipts_fts_ai AFTER INSERT ON receipts BEGIN
    INSERT INTO receipts_fts(rowid, number, giver_name, receiver_name, place)
    VALUES (new.rowid, new.number, new.giver_name, new.receiver_name, new.place);
END;
CREATE TRIGGER receipts_fts_ad AFTER DELETE ON receipts BEGIN
    INSERT INTO receipts_fts(receipts_fts, rowid, number, giver_name, receiver_name, place)
    VALUES ('delete', old.rowid, old.number, old.giver_name, old.receiver_name, old.place);
END;
CREATE TRIGGER receipts_fts_au AFTER UPDATE OF number, giver_name, receiver_name, place ON receipts BEGIN
    INSERT INTO receipts_fts(receipts_fts, rowid, number, giver_name, receiver_name, place)
    VALUES ('delete', old.rowid, old.number, old.giver_name, old.receiver_name, old.place);
    INSERT INTO receipts_fts(rowid, number, giver_name, receiver_name, place)
    VALUES (new.rowid, new.number, new.giver_name, new.receiver_name, new.place);
END;
"""


def apply(conn: sqlite3.Connection) -> None:
    run_script(conn, SCHEMA)
    for table in SEARCHED:
        conn.execute(f"INSERT INTO {table}_fts({table}_fts) VALUES ('rebuild')")
