"""Keyset-paged lists, undo of the last change, and the look-ups the record forms use."""

from __future__ import annotations

import random

import pytest

from kpu_desktop.services.errors import ServiceError
from kpu_desktop.services.facility import FacilityService
from kpu_desktop.services.lookup import expected_lines, find_persons
from kpu_desktop.services.paging import ListQuery, RecordPager
from kpu_desktop.services.undo import UndoService


@pytest.mark.parametrize("sort,descending", [("rowid", False), ("rowid", True), ("post", False), ("status", True)])
def test_pages_read_in_any_order_give_the_same_list(demo_ctx, sort, descending):
    """Reading rows forwards, backwards or at random through small pages yields one consistent order."""
    def ids(order):
        pager = RecordPager(demo_ctx, ListQuery("asn", sort=sort, descending=descending), page_size=7)
        found = {i: pager.row(i)["id"] for i in order}
        return [found[i] for i in range(pager.count())]
    count = RecordPager(demo_ctx, ListQuery("asn")).count()
    shuffled = list(range(count))
    random.Random(4).shuffle(shuffled)
    forwards = ids(range(count))
    assert forwards == ids(reversed(range(count))) == ids(shuffled)
    assert len(set(forwards)) == count == 214


def test_sorted_pages_follow_the_sort_column(demo_ctx):
    """A receipt list sorted by number descending comes out in that order across pages."""
    pager = RecordPager(demo_ctx, ListQuery("receipt", sort="number", descending=True), page_size=5)
    numbers = [pager.row(i)["number"] for i in range(pager.count())]
    assert numbers == sorted(numbers, reverse=True)


def test_page_cache_stays_small(demo_ctx):
    """However far the list is read, only a few pages are kept."""
    pager = RecordPager(demo_ctx, ListQuery("asn"), page_size=5, cache_pages=3)
    for i in range(pager.count()):
        pager.row(i)
    assert len(pager.cached_pages()) == 3


def test_search_is_a_prefix_search(demo_ctx):
    """Search words match the start of name words: the first letters of a NIP find that person."""
    person = find_persons(demo_ctx, "yus")[0]
    pager = RecordPager(demo_ctx, ListQuery("asn", search=person["nip"][:8]))
    assert any(pager.row(i)["nip"] == person["nip"] for i in range(pager.count()))


def test_facility_status_filters_by_category_or_condition(demo_ctx):
    """The facility status filter accepts a category code (GUDANG) as the dashboard passes it."""
    pager = RecordPager(demo_ctx, ListQuery("facility", status="GUDANG"))
    assert pager.count() > 0 and all(pager.row(i)["category"] == "GUDANG" for i in range(pager.count()))


def test_expected_lines_of_a_pps_follow_the_norms(demo_ctx):
    """A PPS gets one line per item and type; ballot lines carry its dapil, per-TPS items scale with TPS."""
    lines = expected_lines(demo_ctx, "PEMILU_2024", "62.01.01.2001")
    by_key = {(ln["item_code"], ln["election_type"]): ln for ln in lines}
    assert by_key[("SURAT_SUARA", "DPRD_KABKOTA")]["dapil"] == "KOTAWARINGIN BARAT 1"
    assert by_key[("BILIK_SUARA", None)]["expected"] == 2 * by_key[("TINTA", None)]["expected"]
    assert ("ALAT_BANTU_TUNANETRA", "DPR") not in by_key and ("ALAT_BANTU_TUNANETRA", "DPD") in by_key


def test_find_persons_by_exact_nip(demo_ctx):
    """An 18-digit NIP typed with spaces finds its person first."""
    person = find_persons(demo_ctx, "yus")[0]
    nip = person["nip"]
    spaced = f"{nip[:8]} {nip[8:14]} {nip[14]} {nip[15:]}"
    assert find_persons(demo_ctx, spaced.replace(" ", ""))[0]["id"] == person["id"]


def test_undo_of_a_delete_is_audited(demo_ctx):
    """Undoing a delete restores the record and writes restore and undo entries to the audit log."""
    service = FacilityService(demo_ctx)
    record_id = service.list()[0]["id"]
    undo = UndoService(demo_ctx)
    service.delete(record_id, "test")
    undo.deleted("facility", record_id)
    audit_before = demo_ctx.conn.execute("SELECT COUNT(*) FROM audit_log").fetchone()[0]
    undo.undo()
    assert service.show(record_id)["deleted"] == 0
    actions = [r[0] for r in demo_ctx.conn.execute(
        "SELECT action FROM audit_log ORDER BY seq DESC LIMIT 2")]
    assert set(actions) == {"restore", "undo"}
    assert demo_ctx.conn.execute("SELECT COUNT(*) FROM audit_log").fetchone()[0] == audit_before + 2


def test_undo_twice_is_refused(demo_ctx):
    """After one undo there is nothing left to undo (undo is not redo)."""
    service = FacilityService(demo_ctx)
    record_id = service.list()[0]["id"]
    undo = UndoService(demo_ctx)
    before = undo.before_edit("facility", record_id)
    service.edit(record_id, {"note": "x"})
    undo.edited("facility", record_id, before)
    undo.undo()
    with pytest.raises(ServiceError):
        undo.undo()
