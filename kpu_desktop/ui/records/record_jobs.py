"""Background jobs of the record screens: plain functions of (ctx, progress) for the task runner."""

from __future__ import annotations

from pathlib import Path

from ...services.exporting import ExportService
from ...services.paging import ListQuery, export_filter


def export_job(query: ListQuery, path: Path):
    """Write the rows the list shows (same filters) to a spreadsheet; returns the row count."""
    def job(ctx, progress):
        progress.report(0, 0)
        count = ExportService(ctx).export(query.kind, path, export_filter(ctx, query))
        progress.check()
        return count
    return job
