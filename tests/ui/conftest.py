"""Fixtures of the desktop UI tests: real widgets over a real temporary database.

Factories close what they open; `no_dangling_work` fails any test that leaves a QTimer, QThread or
thread-pool task running (as napari's test suite does).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QThread, QThreadPool, QTimer
from shiboken6 import isValid



@pytest.fixture(autouse=True)
def no_dangling_work(monkeypatch, qapp):
    """Record every timer, thread and pool started in the test; fail if one still runs at the end."""
    timers, threads, pools = [], [], []
    timer_start, thread_start, pool_start = QTimer.start, QThread.start, QThreadPool.start

    def start_timer(self, *args):
        timers.append(self)
        return timer_start(self, *args)

    def start_thread(self, *args):
        threads.append(self)
        return thread_start(self, *args)

    def start_pool(self, *args):
        pools.append(self)
        return pool_start(self, *args)

    monkeypatch.setattr(QTimer, "start", start_timer)
    monkeypatch.setattr(QThread, "start", start_thread)
    monkeypatch.setattr(QThreadPool, "start", start_pool)
    yield
    running = [f"QTimer {t.objectName() or t.interval()} ms" for t in timers if isValid(t) and t.isActive()]
    running += ["QThread" for t in threads if isValid(t) and t.isRunning()]
    running += [f"{p.activeThreadCount()} pool task(s)" for p in pools if isValid(p) and p.activeThreadCount()]
    assert not running, f"left running after the test: {', '.join(running)}"


@pytest.fixture
def indonesian(qapp):
    """The interface in Bahasa Indonesia for one test (the others run in the source English)."""
    from kpu_desktop.ui import i18n

    assert i18n.install_language("id")
    yield
    i18n.install_language("en")


@pytest.fixture(autouse=True)
def dialogs(monkeypatch):
    """Message boxes and file dialogs of the shell never open; tests set answers and read what was said."""
    from kpu_desktop.ui import messages

    said = {"confirm": [], "inform": [], "warn": [], "open_file": "", "save_file": "", "answer": True}

    def confirm(parent, title, text, **kwargs):
        said["confirm"].append(text)
        return said["answer"]

    monkeypatch.setattr(messages, "confirm", confirm)
    monkeypatch.setattr(messages, "inform", lambda parent, title, text: said["inform"].append(text))
    monkeypatch.setattr(messages, "warn", lambda parent, title, text: said["warn"].append(text))
    monkeypatch.setattr(messages, "open_file", lambda parent, title, filters: said["open_file"])
    monkeypatch.setattr(messages, "save_file", lambda parent, title, suggested, filters: said["save_file"])
    return said


@pytest.fixture
def make_runner(qtbot):
    """Task runners that are shut down (and their results delivered) after the test."""
    from kpu_desktop.tasks import TaskRunner

    made = []

    def build(ctx, **kwargs):
        runner = TaskRunner(ctx.paths, lambda: ctx.session, lambda: ctx.lang, **kwargs)
        made.append(runner)
        return runner

    yield build
    for runner in made:
        assert runner.shutdown(), "a task did not finish"
        qtbot.waitUntil(lambda r=runner: not r.busy, timeout=5000)


@pytest.fixture
def make_widget(qtbot):
    """Build any widget, show it, and close it after the test (running its `shutdown` if it has one)."""
    made = []

    def build(cls, *args, show: bool = True, **kwargs):
        widget = cls(*args, **kwargs)
        qtbot.addWidget(widget)
        if show:
            widget.show()
        made.append(widget)
        return widget

    yield build
    for widget in reversed(made):
        if isValid(widget):
            closing = getattr(widget, "shutdown", None)
            if callable(closing):
                closing()
            widget.close()


@pytest.fixture
def make_window(qtbot):
    """The main window over a context; closed (tasks cancelled and waited for) after the test."""
    from kpu_desktop.services.settings import load_settings
    from kpu_desktop.ui.main_window import MainWindow

    made = []

    def build(ctx, settings=None):
        window = MainWindow(ctx, settings or load_settings(ctx.paths))
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        made.append(window)
        return window

    yield build
    for window in made:
        if isValid(window):
            window.close()
