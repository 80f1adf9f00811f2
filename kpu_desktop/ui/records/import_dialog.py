"""Spreadsheet import: read and check every row off the UI thread, show the problems, then write."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QPushButton, QTableWidget,
                               QTableWidgetItem, QWidget)

from ...services.importing import ImportPlan, ImportReport, ImportService, problem_report_path, write_problem_list
from ...tasks import TaskRunner
from ..forms.ui_records_import import Ui_RecordsImportDialog
from . import prompts

PREVIEW_ROWS = 500


def preview_job(path: Path, kind: str):
    """Background job: read and validate the file; nothing is written."""
    def job(ctx, progress):
        return ImportService(ctx).preview(path, kind, progress=lambda done, total: progress.report(done, total))
    return job


def apply_job(plan: ImportPlan):
    """Background job: write a checked plan in one transaction (all rows or none)."""
    def job(ctx, progress):
        return ImportService(ctx).apply(plan, progress=lambda done, total: progress.report(done, total))
    return job


def problems_job(target: Path, plan: ImportPlan):
    """Background job: write the plan's problems to a spreadsheet the user chose."""
    def job(ctx, _progress):
        return write_problem_list(target, plan.problems, ctx.lang)
    return job


def _table(headers: list[str], rows: list[list[Any]]) -> QTableWidget:
    table = QTableWidget(len(rows), len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.setItem(r, c, QTableWidgetItem("" if value is None else str(value)))
    table.resizeColumnsToContents()
    return table


class ImportDialog(QDialog):
    """Preview first (rows, problems, warnings); Import writes only a plan without problems."""

    imported = Signal(object)      # the ImportReport

    def __init__(self, runner: TaskRunner, path: Path, kind: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner, self.path, self.kind = runner, Path(path), kind
        self.plan: ImportPlan | None = None
        self.report: ImportReport | None = None
        self.plan_summary = ""  # what the preview found, kept under later messages
        self.handle = None
        self.form = Ui_RecordsImportDialog()
        self.form.setupUi(self)
        self.setWindowTitle(self.tr("Import a spreadsheet"))
        self.form.source.setText(self.tr("File: {path}").format(path=self.path))
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setEnabled(False)
        self.form.buttonBox.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button.clicked.connect(self.start_import)
        self.save_problems_button = QPushButton(self.tr("&Save the problem list..."))
        self.save_problems_button.setToolTip(self.tr("A spreadsheet of every bad row and column, to fix the file "
                                                     "with"))
        self.save_problems_button.setVisible(False)
        self.form.buttonBox.addButton(self.save_problems_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.save_problems_button.clicked.connect(self.save_problems)
        self.form.buttonBox.rejected.connect(self.reject)
        self.form.cancelTaskButton.clicked.connect(self.cancel_task)
        self._run(preview_job(self.path, kind), self._previewed, self.tr("Reading and checking the rows..."))

    # -- background work --------------------------------------------------------------------
    def _run(self, job, on_success, text: str, on_failure=None) -> None:
        self.form.summary.setText(text)
        self.form.progress.setRange(0, 0)
        self.form.progress.setVisible(True)
        self.form.cancelTaskButton.setVisible(True)
        self.handle = handle = self.runner.submit(f"import-{self.kind}", job)
        handle.progressed.connect(self._progressed)
        handle.succeeded.connect(lambda result: self._succeeded(handle, on_success, result))
        handle.failed.connect(on_failure or self._failed)
        handle.cancelled.connect(self._cancelled)
        handle.finished.connect(lambda: self._finished(handle))

    def _progressed(self, done: int, total: int, _text: str) -> None:
        self.form.progress.setRange(0, max(total, 1))
        self.form.progress.setValue(done)

    def _succeeded(self, handle, on_success, result) -> None:
        # Done as soon as the result is shown: Import, enabled by the preview's result, must work at once
        # (the job's `finished` comes a moment later).
        self._finished(handle)
        on_success(result)

    def _finished(self, handle) -> None:
        if self.handle is not handle:
            return  # a later job runs already
        self.handle = None
        self.form.progress.setVisible(False)
        self.form.cancelTaskButton.setVisible(False)

    def _failed(self, message: str) -> None:
        self.form.summary.setText(self.tr("The file could not be read: {error}").format(error=message))

    def _cancelled(self) -> None:
        self.form.summary.setText(self.tr("Stopped. Nothing was written."))

    def cancel_task(self) -> None:
        if self.handle is not None:
            self.handle.cancel()

    @property
    def busy(self) -> bool:
        return self.handle is not None

    # -- preview and import -----------------------------------------------------------------
    def _previewed(self, plan: ImportPlan) -> None:
        self.plan = plan
        self._show_plan(plan)
        self.import_button.setEnabled(plan.ok and bool(plan.rows))
        self.save_problems_button.setVisible(not plan.ok)
        if plan.ok:
            self.form.summary.setText(self.tr("{rows} rows are ready to import; {warnings} warnings.").format(
                rows=len(plan.rows), warnings=len(plan.warnings)))
        else:
            self.form.summary.setText(self.tr("{problems} problems must be fixed in the file before anything "
                                              "is imported. Nothing was written.").format(problems=len(plan.problems)))
        self.plan_summary = self.form.summary.text()

    def _show_plan(self, plan: ImportPlan) -> None:
        tabs = self.form.tabs
        tabs.clear()
        problem_headers = [self.tr("Row"), self.tr("Column"), self.tr("Value"), self.tr("Problem")]
        as_rows = lambda found: [[p.row, p.column, p.value, p.message] for p in found]  # noqa: E731
        if plan.problems:
            tabs.addTab(_table(problem_headers, as_rows(plan.problems)),
                        self.tr("Problems ({n})").format(n=len(plan.problems)))
        if plan.warnings:
            tabs.addTab(_table(problem_headers, as_rows(plan.warnings)),
                        self.tr("Warnings ({n})").format(n=len(plan.warnings)))
        fields = list(plan.rows[0].headers) if plan.rows else []
        headers = [self.tr("Row")] + [plan.rows[0].headers[f] for f in fields] if plan.rows else []
        rows = [[row.number] + [row.values.get(f) for f in fields] for row in plan.rows[:PREVIEW_ROWS]]
        tabs.addTab(_table(headers, rows), self.tr("Rows ({n})").format(n=len(plan.rows)))

    def save_problems(self) -> None:
        if self.plan is None or self.plan.ok or self.busy:
            return
        path = prompts.save_path(self, self.tr("Save the problem list"), str(problem_report_path(self.path)),
                                 prompts.SHEETS)
        if not path:
            return
        summary = self.plan_summary
        self._run(problems_job(Path(path), self.plan),
                  lambda saved: self.form.summary.setText(
                      self.tr("{summary} The problem list is saved in {path}.").format(summary=summary, path=saved)),
                  self.tr("Saving the problem list..."),
                  lambda message: self.form.summary.setText(
                      self.tr("{summary} The problem list could not be saved: {error}").format(summary=summary,
                                                                                              error=message)))

    def start_import(self) -> None:
        if self.plan is None or not self.plan.ok or self.busy:
            return
        self.import_button.setEnabled(False)
        self._run(apply_job(self.plan), self._imported, self.tr("Writing the records..."))

    def _imported(self, report: ImportReport) -> None:
        self.report = report
        self.form.summary.setText(self.tr("Imported: {created} new, {updated} updated, {unchanged} unchanged.")
                                  .format(created=report.created, updated=report.updated,
                                          unchanged=report.unchanged))
        self.imported.emit(report)

    def reject(self) -> None:
        self.cancel_task()
        super().reject()
