"""Background work for the UI: one runner over a QThreadPool, results delivered by signals."""

from .runner import Progress, TaskCancelled, TaskHandle, TaskRunner

__all__ = ["Progress", "TaskCancelled", "TaskHandle", "TaskRunner"]
