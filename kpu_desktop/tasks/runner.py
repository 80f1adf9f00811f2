"""Run service calls off the UI thread.

A job is a plain function `job(ctx, progress) -> result`. It runs on a pool thread with its *own*
AppContext (own SQLite connection, a copy of the signed-in session), so services behave exactly as on
the UI thread. Jobs must never touch widgets: they report through `progress` and return a value; the
handle's signals carry progress, the result, an error message or the cancellation back to the UI thread.
"""

from __future__ import annotations

import logging
import threading
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from shiboken6 import isValid

from ..domain.issues import ValidationFailed
from ..paths import AppPaths
from ..services.context import AppContext, Session
from ..services.errors import ServiceError
from ..storage.errors import StorageError

log = logging.getLogger(__name__)

Job = Callable[[AppContext, "Progress"], Any]


class TaskCancelled(Exception):
    """Raised inside a job (by `Progress.check`) when the user cancelled it."""


class Progress:
    """Handed to a job: report progress, ask whether the user cancelled."""

    def __init__(self, handle: "TaskHandle", cancel_flag: threading.Event):
        self._handle = handle
        self._cancel = cancel_flag

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise TaskCancelled()

    def report(self, done: int, total: int = 0, text: str = "") -> None:
        self.check()
        self._handle._progressed.emit(int(done), int(total), str(text))


class TaskHandle(QObject):
    """The UI side of one job. Exactly one of succeeded/failed/cancelled is emitted, then finished.

    The worker emits the private `_...` signals; they arrive queued on the UI thread, where they are
    passed on only while the owner (the screen that asked) still exists, so a closed screen never
    receives a late result.
    """

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    finished = Signal()

    _progressed = Signal(int, int, str)
    _succeeded = Signal(object)
    _failed = Signal(str)
    _cancelled = Signal()
    _finished = Signal()

    def __init__(self, name: str, owner: QObject | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.name = name
        self.owner = owner
        self.cancel_flag = threading.Event()
        self.done = False
        self._progressed.connect(self._relay_progress)
        self._succeeded.connect(self._relay_success)
        self._failed.connect(self._relay_failure)
        self._cancelled.connect(self._relay_cancel)
        if owner is not None:
            owner.destroyed.connect(self.cancel)

    def cancel(self) -> None:
        self.cancel_flag.set()

    def _owner_alive(self) -> bool:
        return self.owner is None or isValid(self.owner)

    def _relay_progress(self, done: int, total: int, text: str) -> None:
        if self._owner_alive():
            self.progressed.emit(done, total, text)

    def _relay_success(self, result: object) -> None:
        if self._owner_alive():
            self.succeeded.emit(result)

    def _relay_failure(self, message: str) -> None:
        if self._owner_alive():
            self.failed.emit(message)

    def _relay_cancel(self) -> None:
        if self._owner_alive():
            self.cancelled.emit()


class _Runnable(QRunnable):
    def __init__(self, job: Job, handle: TaskHandle, paths: AppPaths, session: Session | None, lang: str):
        super().__init__()
        self.setAutoDelete(True)
        self.job, self.handle, self.paths, self.session, self.lang = job, handle, paths, session, lang

    def run(self) -> None:  # pool thread: no widgets here
        handle = self.handle
        ctx = AppContext(self.paths, lang=self.lang)
        ctx.session = self.session
        try:
            result = self.job(ctx, Progress(handle, handle.cancel_flag))
            if handle.cancel_flag.is_set():
                raise TaskCancelled()
        except TaskCancelled:
            handle._cancelled.emit()
        except ValidationFailed as exc:
            handle._failed.emit("\n".join(exc.messages(self.lang)))
        except (ServiceError, StorageError) as exc:
            handle._failed.emit(str(exc))
        except Exception as exc:  # noqa: BLE001 - a bug must reach the user, not kill the thread silently
            log.exception("task %s failed", handle.name)
            handle._failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            handle._succeeded.emit(result)
        finally:
            ctx.close()
            handle._finished.emit()


class TaskRunner(QObject):
    """One per window: owns a thread pool; `submit` starts a job and returns its handle."""

    task_started = Signal(str)
    all_finished = Signal()

    def __init__(self, paths: AppPaths, session_of: Callable[[], Session | None], lang_of: Callable[[], str],
                 parent: QObject | None = None, *, max_threads: int = 2):
        super().__init__(parent)
        self._paths, self._session_of, self._lang_of = paths, session_of, lang_of
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._handles: set[TaskHandle] = set()

    def submit(self, name: str, job: Job, *, owner: QObject | None = None) -> TaskHandle:
        """Start `job`; its results reach the UI only while `owner` (usually the asking screen) exists."""
        handle = TaskHandle(name, owner, self)
        handle._finished.connect(self._forget)
        self._handles.add(handle)
        self._pool.start(_Runnable(job, handle, self._paths, self._session_of(), self._lang_of()))
        self.task_started.emit(name)
        return handle

    def _forget(self) -> None:
        handle = self.sender()
        if isinstance(handle, TaskHandle):
            handle.done = True
            self._handles.discard(handle)
            if handle._owner_alive():
                handle.finished.emit()
            handle.deleteLater()
        if not self._handles:
            self.all_finished.emit()

    @property
    def busy(self) -> bool:
        return bool(self._handles)

    def cancel_all(self) -> None:
        for handle in list(self._handles):
            handle.cancel()

    def shutdown(self, msecs: int = 10_000) -> bool:
        """Cancel everything and wait for the pool threads; called when the window closes."""
        self.cancel_all()
        return self._pool.waitForDone(msecs)
