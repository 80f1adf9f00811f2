"""Snapshots of the records database, to assert that a refused action changed nothing."""

from __future__ import annotations


def snapshot_of(ctx) -> dict:
    from tests.conftest import database_snapshot
    return database_snapshot(ctx.paths.database)
