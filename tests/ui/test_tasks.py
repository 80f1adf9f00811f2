"""The task runner: results, errors, progress and cancellation come back by signals."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QObject

from kpu_desktop.services.errors import ServiceError
from kpu_desktop.tasks import Progress, TaskCancelled


def test_result_arrives_on_succeeded(qtbot, ctx, make_runner):
    """A job's return value is delivered by `succeeded`."""
    runner = make_runner(ctx)
    handle = runner.submit("answer", lambda c, p: 42)
    with qtbot.waitSignal(handle.succeeded, timeout=5000) as blocker:
        pass
    assert blocker.args == [42]


def test_job_runs_with_its_own_connection_and_session(qtbot, ctx, make_runner):
    """The worker has its own SQLite connection, the signed-in session and runs off the UI thread."""
    runner = make_runner(ctx)
    main_thread = threading.get_ident()
    handle = runner.submit("who", lambda c, p: (c.conn is not ctx.conn, c.session, threading.get_ident()))
    with qtbot.waitSignal(handle.succeeded, timeout=5000) as blocker:
        pass
    own_connection, session, thread = blocker.args[0]
    assert own_connection and session == ctx.session and thread != main_thread


def test_service_error_arrives_on_failed(qtbot, ctx, make_runner):
    """A ServiceError's message is delivered by `failed`, for the user to read."""
    runner = make_runner(ctx)

    def job(c, p):
        raise ServiceError("tidak bisa")

    handle = runner.submit("fails", job)
    with qtbot.waitSignal(handle.failed, timeout=5000) as blocker:
        pass
    assert blocker.args == ["tidak bisa"]


def test_cancelled_job_reports_cancelled(qtbot, ctx, make_runner):
    """Cancelling makes the next progress report stop the job, and `cancelled` is emitted."""
    runner = make_runner(ctx)
    started = threading.Event()

    def job(c, progress):
        started.set()
        while True:
            progress.report(1, 2)

    handle = runner.submit("endless", job)
    assert started.wait(5)
    with qtbot.waitSignal(handle.cancelled, timeout=5000):
        handle.cancel()


def test_progress_reports_arrive(qtbot, ctx, make_runner):
    """Progress reported by the job reaches `progressed` with done, total and text."""
    runner = make_runner(ctx)

    def job(c, progress):
        progress.report(3, 7, "baris")
        return None

    handle = runner.submit("progress", job)
    with qtbot.waitSignal(handle.progressed, timeout=5000) as blocker:
        pass
    assert blocker.args == [3, 7, "baris"]


def test_results_are_dropped_after_the_owner_is_gone(qtbot, ctx, make_runner):
    """A result arriving after the asking object was deleted is never delivered to it."""
    runner = make_runner(ctx)
    owner = QObject()
    gate = threading.Event()
    received = []
    handle = runner.submit("late", lambda c, p: gate.wait(5), owner=owner)
    handle.succeeded.connect(received.append)
    owner.deleteLater()
    qtbot.waitUntil(lambda: handle.cancel_flag.is_set(), timeout=5000)
    gate.set()
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)
    assert received == []


def test_progress_check_raises_once_cancelled():
    """A job can be run synchronously with a Progress; `check` raises after cancellation."""
    flag = threading.Event()
    progress = Progress(handle=None, cancel_flag=flag)
    progress.check()
    flag.set()
    with pytest.raises(TaskCancelled):
        progress.check()
