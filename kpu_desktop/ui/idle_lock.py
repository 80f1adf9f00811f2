"""Notices when the user has been away: any key or mouse input in the application restarts the clock."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

INPUT_EVENTS = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel,
                          QEvent.Type.MouseMove, QEvent.Type.TouchBegin})


class IdleWatcher(QObject):
    """Emits `idle_timed_out` after `timeout_ms` without input; 0 switches the watch off."""

    idle_timed_out = Signal()

    def __init__(self, timeout_ms: int, parent: QObject | None = None):
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle_timed_out)
        self._armed = False
        self._timeout = 0
        self.set_timeout(timeout_ms)
        QCoreApplication.instance().installEventFilter(self)

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def set_timeout(self, timeout_ms: int) -> None:
        self._timeout = max(int(timeout_ms), 0)
        self._timer.setInterval(self._timeout)
        self.resume() if self._timeout else self.pause()

    def pause(self) -> None:
        """While locked there is nothing to time."""
        self._armed = False
        self._timer.stop()

    def resume(self) -> None:
        if self._timeout:
            self._armed = True
            self._timer.start()

    def stop(self) -> None:
        self.pause()
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        # Restarting a timer on every mouse move is cheap in Qt; no Python work beyond this test.
        if self._armed and event.type() in INPUT_EVENTS:
            self._timer.start()
        return False
