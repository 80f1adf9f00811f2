"""ASN placements through the service: validation, warnings, edits, deletion."""

import pytest

from kpu_desktop.domain.issues import ValidationFailed
from kpu_desktop.services.asn import AsnService
from kpu_desktop.services.errors import ServiceError

from tests.conftest import database_snapshot

GOOD = {"name": "Yusuf Hidayat, S.Sos.", "nip": "19910328 201501 1 012", "employment_status": "PNS",
        "golongan": "III/a", "pangkat": "Penata Muda", "event_id": "PILKADA_2024", "unit_code": "62.01.01",
        "post": "Sekretaris", "proposing_decree_no": "100.3.3.2/180/PEM/2024", "proposing_decree_date": "10 Mei 2024",
        "kpu_decree_no": "21/PP.04.2-Kpt/6201/2024", "kpu_decree_date": "16/05/2024", "start_date": "16/05/2024"}


def test_valid_placement_is_stored_with_derived_fields(ctx):
    """A placement is saved; birth date and sex come from the NIP; the honorarium from the post."""
    placement_id, _ = AsnService(ctx).add(GOOD)
    record = AsnService(ctx).show(placement_id)
    assert record["nip"] == "199103282015011012" and record["birth_date"] == "1991-03-28" and record["sex"] == "L"
    assert record["honorarium"] == 1_850_000 and record["post"] == "SEKRETARIS"


@pytest.mark.parametrize("field,value,words", [
    ("nip", "19910328 201501 1 01", "NIP"),
    ("nip", "19911328 201501 1 012", "NIP"),
    ("pangkat", "Penata", "pangkat"),
    ("unit_code", "62.99.01", "unit"),
    ("start_date", "31/02/2024", "TMT"),
    ("post", "Bendahara", "Jabatan"),
])
def test_bad_field_is_refused_naming_it_and_nothing_changes(ctx, data_dir, field, value, words):
    """A hard error refuses the write; the message names the field; the database is untouched."""
    before = database_snapshot(data_dir / "kpu-desktop.sqlite3")
    with pytest.raises(ValidationFailed) as info:
        AsnService(ctx).add(dict(GOOD, **{field: value}))
    assert any(words.lower() in m.lower() for m in info.value.messages("id")), info.value.messages("id")
    assert database_snapshot(data_dir / "kpu-desktop.sqlite3") == before


def test_messages_follow_the_language(ctx):
    """In English the same error is worded in English."""
    ctx.lang = "en"
    with pytest.raises(ValidationFailed) as info:
        AsnService(ctx).add(dict(GOOD, nip="123"))
    assert any("NIP" in m and "digits" in m for m in info.value.messages("en"))


def test_staffing_warnings_are_returned_not_blocking(ctx):
    """A lone Sekretaris saves, with warnings that the two staff posts are empty."""
    _, warnings = AsnService(ctx).add(GOOD)
    codes = {w.code for w in warnings}
    assert "staffing.post_missing" in codes


def test_placement_outside_work_period_is_stored_with_a_warning(ctx):
    """A TMT before the PPS work period is kept, and the warning stays with the record."""
    placement_id, warnings = AsnService(ctx).add(dict(GOOD, start_date="01/01/2024"))
    assert any(w.code == "placement.outside_work_period" for w in warnings)
    assert AsnService(ctx).show(placement_id)["warnings"]


def test_same_person_same_post_twice_is_refused(ctx):
    """The same person cannot be placed twice in one post of one unit and event."""
    AsnService(ctx).add(GOOD)
    with pytest.raises(ServiceError, match="sudah ditempatkan"):
        AsnService(ctx).add(GOOD)


def test_edit_changes_the_field_and_is_audited(ctx):
    """Editing a field writes it and records old and new values."""
    placement_id, _ = AsnService(ctx).add(GOOD)
    AsnService(ctx).edit(placement_id[:8], {"kpu_decree_no": "99/PP.04.2-Kpt/6201/2024"})
    assert AsnService(ctx).show(placement_id)["kpu_decree_no"] == "99/PP.04.2-Kpt/6201/2024"
    changes = ctx.conn.execute("SELECT changes FROM audit_log WHERE record_id = ? AND action = 'update'",
                               (placement_id,)).fetchone()[0]
    assert "21/PP.04.2-Kpt/6201/2024" in changes and "99/PP.04.2-Kpt/6201/2024" in changes


def test_edit_with_bad_value_changes_nothing(ctx):
    """An edit that breaks validation is refused whole."""
    placement_id, _ = AsnService(ctx).add(GOOD)
    with pytest.raises(ValidationFailed):
        AsnService(ctx).edit(placement_id, {"end_date": "01/01/2020"})
    assert AsnService(ctx).show(placement_id)["end_date"] is None


def test_edit_of_unknown_field_is_refused(ctx):
    """Unknown field names are named in the refusal."""
    placement_id, _ = AsnService(ctx).add(GOOD)
    with pytest.raises(ServiceError, match="warna"):
        AsnService(ctx).edit(placement_id, {"warna": "merah"})


def test_delete_needs_a_reason_and_keeps_a_tombstone(ctx):
    """Deletion without a reason is refused; with one, the record is hidden but kept."""
    placement_id, _ = AsnService(ctx).add(GOOD)
    with pytest.raises(ServiceError, match="Alasan"):
        AsnService(ctx).delete(placement_id, "  ")
    AsnService(ctx).delete(placement_id, "dobel")
    assert AsnService(ctx).list() == []
    row = ctx.conn.execute("SELECT deleted, deleted_reason FROM placements WHERE id = ?", (placement_id,)).fetchone()
    assert row == (1, "dobel")


def test_unknown_or_short_id_is_refused(ctx):
    """Showing a record by an unknown or too short id gives a clear message."""
    with pytest.raises(ServiceError, match="tidak ditemukan"):
        AsnService(ctx).show("abc")


def test_search_finds_a_person_by_name_prefix(demo_ctx):
    """Prefix search over the FTS index finds placements by the start of a name."""
    from kpu_desktop.storage.repos.records import ListFilter
    every = AsnService(demo_ctx).list()
    name = every[0]["person_name"].split()[0]
    found = AsnService(demo_ctx).list(ListFilter(search=name[:3]))
    assert found and all(name[:3].lower() in r["person_name"].lower() for r in found)
