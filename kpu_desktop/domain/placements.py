"""Placements of people in secretariats for one election event, and staffing rules."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence

from kpu_desktop.domain.dates import parse_date
from kpu_desktop.domain.issues import Issue, make_issue, make_warning

POSTS = ("SEKRETARIS", "STAF_TEKNIS", "STAF_TU", "KPU_SEKRETARIAT")
PLACEMENT_STATUSES = ("ACTIVE", "ENDED")
END_REASONS = ("DIED", "UNABLE", "DISMISSED", "WITHDRAWN")
BODY_KINDS = ("ppk", "pps", "kpu-kab", "kpu-prov")
AD_HOC_BODIES = ("ppk", "pps")
AD_HOC_POSTS = ("SEKRETARIS", "STAF_TEKNIS", "STAF_TU")
ASN_STATUSES = ("PNS", "CPNS", "PPPK")

# Keputusan KPU 472/2022, monthly honorarium in rupiah.
_HONORARIUM = {
    ("ppk", "SEKRETARIS"): 1_850_000,
    ("ppk", "STAF_TEKNIS"): 1_300_000,
    ("ppk", "STAF_TU"): 1_300_000,
    ("pps", "SEKRETARIS"): 1_150_000,
    ("pps", "STAF_TEKNIS"): 1_050_000,
    ("pps", "STAF_TU"): 1_050_000,
}
# One of each post per PPK/PPS secretariat.
_STAFFING = (("SEKRETARIS", 1), ("STAF_TEKNIS", 1), ("STAF_TU", 1))


def parse_post(text) -> str | None:
    """`Sekretaris`, `Staf Teknis ...`, `Staf Tata Usaha, Keuangan dan Logistik` or a code -> code."""
    if text is None:
        return None
    words = " ".join(re.sub(r"[^\w]+", " ", str(text)).lower().split())
    if not words:
        return None
    code = words.upper().replace(" ", "_")
    if code in POSTS:
        return code
    if words.startswith("sekretaris") or words == "sekr":
        return "SEKRETARIS"
    if "teknis" in words or "penyelenggaraan" in words:
        return "STAF_TEKNIS"
    if "tata usaha" in words or re.search(r"\btu\b", words) or "keuangan" in words or "logistik" in words:
        return "STAF_TU"
    if "sekretariat kpu" in words or words.startswith("staf sekretariat"):
        return "KPU_SEKRETARIAT"
    return None


def default_honorarium(post, body_kind) -> int | None:
    """The standard monthly honorarium of a post, None where no standard applies."""
    return _HONORARIUM.get((body_kind, post))


def _allowed_posts(body_kind: str) -> tuple[str, ...]:
    if body_kind not in BODY_KINDS:
        raise ValueError(f"unknown body kind {body_kind!r}")
    return AD_HOC_POSTS if body_kind in AD_HOC_BODIES else ("KPU_SEKRETARIAT",)


def _blank(value) -> bool:
    return value is None or (isinstance(value, str) and value.strip() in ("", "-"))


def _dates(data: Mapping, issues: list[Issue]) -> dict[str, dt.date | None]:
    keys = ("proposing_decree_date", "kpu_decree_date", "integrity_pact_date", "start_date", "end_date")
    out = {}
    for key in keys:
        out[key], found = parse_date(data.get(key), field=key)
        issues += found
    return out


def _required_issues(data: Mapping) -> list[Issue]:
    keys = ("person_id", "event_id", "unit_id", "post", "start_date")
    return [make_issue(key, "field.required") for key in keys if _blank(data.get(key))]


def _post_issues(raw, body_kind: str) -> list[Issue]:
    if _blank(raw):
        return []
    post = parse_post(raw)
    if post is None:
        return [make_issue("post", "field.unknown_value", value=str(raw))]
    if post not in _allowed_posts(body_kind):
        return [make_issue("post", "placement.post_not_allowed", value=post, body=body_kind)]
    return []


def _date_order_issues(d: Mapping) -> list[Issue]:
    issues = []
    start, end, decree = d["start_date"], d["end_date"], d["kpu_decree_date"]
    if start and end and end < start:
        issues.append(make_issue("end_date", "date.end_before_start", value=end, start=start))
    # Decrees normally precede the start date; a later one means a retroactive decree: check it.
    for key in ("kpu_decree_date", "integrity_pact_date"):
        if start and d[key] and d[key] > start:
            issues.append(make_warning(key, "placement.decree_after_start", value=d[key], start=start))
    proposing = d["proposing_decree_date"]
    if proposing and decree and proposing > decree:
        issues.append(make_warning("proposing_decree_date", "placement.proposal_after_decree",
                                   value=proposing, decree=decree))
    return issues


MAX_HONORARIUM = 100_000_000  # rupiah a month: past any honorarium, a typing slip


def _honorarium_issues(value, post, body_kind: str) -> list[Issue]:
    if _blank(value):
        return []
    if isinstance(value, bool) or not isinstance(value, int):
        if not (isinstance(value, float) and value.is_integer()):
            return [make_issue("honorarium", "field.not_integer", value=str(value))]
        value = int(value)
    if value < 0:
        return [make_issue("honorarium", "field.negative", value=value)]
    if value > MAX_HONORARIUM:
        return [make_issue("honorarium", "field.too_large", value=value, max=MAX_HONORARIUM)]
    default = default_honorarium(parse_post(post), body_kind)
    if default is not None and value != default:
        return [make_warning("honorarium", "placement.honorarium_differs", value=value, default=default)]
    return []


def _status_issues(data: Mapping, end_date: dt.date | None) -> list[Issue]:
    status = data.get("status") or "ACTIVE"
    reason = data.get("end_reason")
    if status not in PLACEMENT_STATUSES:
        return [make_issue("status", "field.unknown_value", value=str(status))]
    issues = []
    if not _blank(reason) and reason not in END_REASONS:
        issues.append(make_issue("end_reason", "field.unknown_value", value=str(reason)))
    if status == "ENDED":
        if _blank(reason):
            issues.append(make_issue("end_reason", "placement.ended_requires"))
        if end_date is None and _blank(data.get("end_date")):
            issues.append(make_issue("end_date", "placement.ended_requires"))
    elif not _blank(reason):
        issues.append(make_issue("end_reason", "placement.end_reason_not_ended"))
    return issues


def _work_period_issues(d: Mapping, work_period) -> list[Issue]:
    if not work_period:
        return []
    first, last = work_period
    issues = []
    for key in ("start_date", "end_date"):
        day = d[key]
        if day is not None and (day < first or day > last):
            issues.append(make_warning(key, "placement.outside_work_period", value=day, start=first, end=last))
    return issues


def validate_placement(data: Mapping, *, body_kind: str,
                       work_period: tuple[dt.date, dt.date] | None) -> list[Issue]:
    """Every problem of a placement record (errors and warnings)."""
    _allowed_posts(body_kind)
    issues = _required_issues(data)
    issues += _post_issues(data.get("post"), body_kind)
    d = _dates(data, issues)
    issues += _date_order_issues(d)
    issues += _honorarium_issues(data.get("honorarium"), data.get("post"), body_kind)
    issues += _status_issues(data, d["end_date"])
    issues += _work_period_issues(d, work_period)
    return issues


def staffing_warnings(placements: Sequence[Mapping], *, body_kind: str, unit_label: str) -> list[Issue]:
    """Warnings about the composition of one PPK/PPS secretariat (the active placements of one event)."""
    if body_kind not in AD_HOC_BODIES:
        return []
    counts = {post: 0 for post, _ in _STAFFING}
    for placement in placements:
        post = parse_post(placement.get("post"))
        if post in counts:
            counts[post] += 1
    issues = []
    for post, expected in _STAFFING:
        if counts[post] < expected:
            issues.append(make_warning("post", "staffing.post_missing", post=post, unit=unit_label))
        elif counts[post] > expected:
            issues.append(make_warning("post", "staffing.post_too_many", post=post, unit=unit_label,
                                       count=counts[post], expected=expected))
    if body_kind == "ppk":
        for placement in placements:
            status = placement.get("employment_status")
            if parse_post(placement.get("post")) == "SEKRETARIS" and status not in ASN_STATUSES:
                issues.append(make_warning("post", "staffing.secretary_not_asn", unit=unit_label,
                                           status=status or "-"))
    return issues


def _period(placement: Mapping) -> tuple[dt.date | None, dt.date | None]:
    start, _ = parse_date(placement.get("start_date"), field="start_date")
    end, _ = parse_date(placement.get("end_date"), field="end_date")
    return start, end


def periods_overlap(a_start: dt.date, a_end: dt.date | None, b_start: dt.date, b_end: dt.date | None) -> bool:
    """Whether two inclusive periods share a day; a None end is open."""
    return (b_end is None or a_start <= b_end) and (a_end is None or b_start <= a_end)


def overlap_warnings(placement: Mapping, others: Sequence[Mapping]) -> list[Issue]:
    """Warnings for the person's other active placements in the same event that overlap this one."""
    start, end = _period(placement)
    if start is None:
        return []
    own_id = placement.get("id")
    issues = []
    for other in others:
        if own_id is not None and other.get("id") == own_id:
            continue
        o_start, o_end = _period(other)
        if o_start is not None and periods_overlap(start, end, o_start, o_end):
            issues.append(make_warning("start_date", "placement.overlap", unit=other.get("unit_label") or "-",
                                       start=o_start, end=o_end))
    return issues
