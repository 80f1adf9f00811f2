"""Errors services raise; each carries a message fit for the user."""

from __future__ import annotations

from ..domain.issues import Issue, ValidationFailed  # noqa: F401  (re-exported for callers)


class ServiceError(Exception):
    """Rejected input or a refused action, with a message for the user."""


class PermissionDenied(ServiceError):
    pass


class AuthenticationFailed(ServiceError):
    pass


class RecordNotFound(ServiceError):
    pass
