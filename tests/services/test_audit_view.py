"""The audit trail as people read it: days are theirs (WIB in Kalimantan Tengah), entries are stamped in UTC."""

from __future__ import annotations

import datetime as dt

from kpu_desktop.services.audit_view import AuditFilter, AuditService
from kpu_desktop.storage.audit import AuditLog
from kpu_desktop.storage.db import transaction

WIB = dt.timezone(dt.timedelta(hours=7))


def test_a_day_filter_takes_the_users_day_not_the_utc_one(ctx):
    """18:30 UTC on 13 November is 01:30 WIB on 14 November: it belongs to the 14th for a user in WIB."""
    with transaction(ctx.conn):
        log = AuditLog(ctx.conn)
        for at, record in (("2024-11-13T16:59:59+00:00", "malam-13"), ("2024-11-13T18:30:00+00:00", "dini-14"),
                           ("2024-11-14T16:59:59+00:00", "malam-14"), ("2024-11-14T17:00:00+00:00", "dini-15")):
            log.append(at, "admin", "test_day", "facilities", record, {"x": [None, 1]})
    day = dt.date(2024, 11, 14)
    found = AuditService(ctx).entries(AuditFilter(action="test_day", date_from=day, date_to=day, zone=WIB))
    assert sorted(e.record_id for e in found) == ["dini-14", "malam-14"]
    utc = AuditService(ctx).entries(AuditFilter(action="test_day", date_from=day, date_to=day,
                                                zone=dt.timezone.utc))
    assert sorted(e.record_id for e in utc) == ["dini-15", "malam-14"]
