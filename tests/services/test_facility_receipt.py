"""Facility support and logistics receipts through their services."""

import pytest

from kpu_desktop.domain.issues import ValidationFailed
from kpu_desktop.services.errors import ServiceError
from kpu_desktop.services.facility import FacilityService
from kpu_desktop.services.receipt import ReceiptService

from tests.conftest import database_snapshot

WAREHOUSE = {"unit_code": "62.01.01", "category": "Gudang", "description": "Gudang logistik Kumai", "quantity": "1",
             "condition": "Baik", "basis": "Pinjam Pakai", "agreement_no": "030/12/PP/2024",
             "agreement_date": "02/05/2024", "start_date": "02/05/2024", "end_date": "01/05/2026",
             "owner_name": "Kecamatan Kumai", "checklist": "listrik=ya;cctv=tidak;apar=ya"}
RECEIPT = {"number": "41/PL.02.1-BA/6201/2024", "received_at": "14/11/2024 09:30", "event_id": "PILKADA_2024",
           "giver_institution": "KPU Kabupaten Kotawaringin Barat", "receiver_institution": "PPK Kumai",
           "receiver_unit_code": "62.01.01", "transport_mode": "Sungai"}
LINES = [{"item_code": "Kotak suara", "election_type": "PILGUB", "expected": 63, "received": 63, "damaged": 1},
         {"item_code": "TINTA", "expected": 122, "received": 120}]


def test_warehouse_is_stored_with_parsed_words_and_checklist_warning(ctx):
    """Indonesian words become codes; missing checklist items are a stored warning, not an error."""
    facility_id, warnings = FacilityService(ctx).add(WAREHOUSE)
    record = FacilityService(ctx).show(facility_id)
    assert (record["category"], record["condition"], record["basis"]) == ("GUDANG", "BAIK", "PINJAM_PAKAI")
    assert record["checklist"]["cctv"] is False
    assert warnings and record["warnings"]


@pytest.mark.parametrize("changes,words", [
    ({"end_date": "03/05/2029"}, "5 tahun"),
    ({"quantity": "0"}, "Jumlah"),
    ({"agreement_no": ""}, "perjanjian"),
    ({"condition": "hilang"}, "Kondisi"),
])
def test_bad_facility_is_refused_and_changes_nothing(ctx, data_dir, changes, words):
    """Loans over five years, zero quantities, missing agreement numbers are refused whole."""
    before = database_snapshot(data_dir / "kpu-desktop.sqlite3")
    with pytest.raises(ValidationFailed) as info:
        FacilityService(ctx).add(dict(WAREHOUSE, **changes))
    assert any(words.lower() in m.lower() for m in info.value.messages()), info.value.messages()
    assert database_snapshot(data_dir / "kpu-desktop.sqlite3") == before


def test_receipt_is_stored_with_completed_lines_and_discrepancy_warnings(ctx):
    """Good, short and excess are completed; damage and shortage are warned about."""
    receipt_id, warnings = ReceiptService(ctx).add(RECEIPT, LINES)
    receipt = ReceiptService(ctx).show(receipt_id)
    boxes, ink = receipt["lines"]
    assert (boxes["item_code"], boxes["good"], boxes["damaged"]) == ("KOTAK_SUARA", 62, 1)
    assert (ink["short"], ink["excess"]) == (2, 0)
    assert receipt["transport_mode"] == "SUNGAI"
    assert {w.field for w in warnings} >= {"lines[0].damaged", "lines[1].received"}


@pytest.mark.parametrize("line,words", [
    ({"item_code": "TINTA", "expected": 10, "received": 10, "good": 8, "damaged": 1}, "baik"),
    ({"item_code": "TINTA", "expected": 10, "received": -1}, "negatif"),
    ({"item_code": "PAYUNG", "expected": 1, "received": 1}, "PAYUNG"),
    ({"item_code": "TINTA", "expected": 10, "received": 8, "short": 1}, "kurang"),
])
def test_bad_receipt_line_is_refused_naming_the_line(ctx, data_dir, line, words):
    """Inconsistent or negative quantities and unknown items refuse the whole receipt."""
    before = database_snapshot(data_dir / "kpu-desktop.sqlite3")
    with pytest.raises(ValidationFailed) as info:
        ReceiptService(ctx).add(RECEIPT, [line])
    messages = info.value.messages()
    assert any(words.lower() in m.lower() and "baris 1" in m for m in messages), messages
    assert database_snapshot(data_dir / "kpu-desktop.sqlite3") == before


def test_duplicate_bast_number_is_refused(ctx):
    """A BAST number is recorded once per event."""
    ReceiptService(ctx).add(RECEIPT, LINES)
    with pytest.raises(ServiceError, match="sudah tercatat"):
        ReceiptService(ctx).add(RECEIPT, LINES)


def test_receipts_found_many_at_once_as_one_by_one(ctx):
    """Live receipts by (event, number), past the 500 numbers of one query; deleted and unknown ones absent."""
    from kpu_desktop.storage.repos.records import ReceiptRepo

    kept, _ = ReceiptService(ctx).add(RECEIPT, LINES)
    gone, _ = ReceiptService(ctx).add(dict(RECEIPT, number="42/PL.02.1-BA/6201/2024"), LINES)
    ReceiptService(ctx).delete(gone, "salah nomor")
    asked = [("PILKADA_2024", f"{n}/X") for n in range(600)] + [("PILKADA_2024", RECEIPT["number"]),
                                                                 ("PILKADA_2024", "42/PL.02.1-BA/6201/2024"),
                                                                 ("PEMILU_2024", RECEIPT["number"])] * 2
    repo = ReceiptRepo(ctx.conn)
    found = repo.find_many(asked)
    assert list(found) == [("PILKADA_2024", RECEIPT["number"])]
    assert found[("PILKADA_2024", RECEIPT["number"])]["id"] == kept
    assert found == {key: row for key in set(asked) if (row := repo.find(*key))}


def test_editing_lines_updates_kept_adds_new_and_tombstones_removed(ctx):
    """Replacing the lines matches them by item and type."""
    receipt_id, _ = ReceiptService(ctx).add(RECEIPT, LINES)
    new_lines = [dict(LINES[0], damaged=0), {"item_code": "BILIK_SUARA", "expected": 244, "received": 244}]
    ReceiptService(ctx).edit(receipt_id, {"lines": new_lines})
    lines = ReceiptService(ctx).show(receipt_id)["lines"]
    assert [ln["item_code"] for ln in lines] == ["KOTAK_SUARA", "BILIK_SUARA"] and lines[0]["damaged"] == 0
    assert ctx.conn.execute("SELECT deleted FROM receipt_lines WHERE item_code = 'TINTA'").fetchone()[0] == 1


def test_deleting_a_receipt_tombstones_its_lines(ctx):
    """A deleted receipt hides its lines too, keeping both."""
    receipt_id, _ = ReceiptService(ctx).add(RECEIPT, LINES)
    ReceiptService(ctx).delete(receipt_id, "salah nomor")
    assert ctx.conn.execute("SELECT COUNT(*) FROM receipt_lines WHERE deleted = 1").fetchone()[0] == 2


def test_discrepancy_filter_lists_only_receipts_with_problems(demo_ctx):
    """The discrepancies-only list leaves out receipts whose lines all match."""
    from kpu_desktop.storage.repos.records import ListFilter
    every = ReceiptService(demo_ctx).list()
    flagged = ReceiptService(demo_ctx).list(ListFilter(discrepancies_only=True))
    assert 0 < len(flagged) < len(every)
    assert all(r["short"] or r["excess"] or r["damaged"] for r in flagged)
