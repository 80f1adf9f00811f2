"""The application context: paths, the open database, the signed-in user and language."""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass

from ..paths import AppPaths
from ..storage import meta
from ..storage.db import open_connection, require_database
from ..storage.records import RecordWriter
from ..storage.repos.units import UnitRepo
from .errors import PermissionDenied, ServiceError
from .roles import Permission, allows
from .texts import t

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Session:
    username: str
    role: str
    full_name: str | None = None
    nip: str | None = None


class AppContext:
    """One per process (or per worker thread: each opens its own connection)."""

    def __init__(self, paths: AppPaths, *, lang: str = "id"):
        self.paths = paths
        self.lang = lang
        self.session: Session | None = None
        self._conn: sqlite3.Connection | None = None

    # -- database -------------------------------------------------------------------------
    @property
    def conn(self) -> sqlite3.Connection:
        if self._conn is None:
            require_database(self.paths.database)
            self._conn = open_connection(self.paths.database)
        return self._conn

    def attach(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def is_initialised(self) -> bool:
        return self.paths.database.exists() and meta.get(self.conn, "unit_id") is not None

    # -- who and where ----------------------------------------------------------------------
    @property
    def unit_id(self) -> str:
        value = meta.get(self.conn, "unit_id")
        if value is None:
            raise ServiceError(t("not_initialised", self.lang, folder=self.paths.data_dir))
        return value

    @property
    def unit(self) -> dict:
        return UnitRepo(self.conn).get(self.unit_id)

    def may(self, permission: Permission) -> bool:
        """Whether the signed-in user's role allows this (no one signed in: nothing); screens ask before
        offering an action, services `require` it."""
        return self.session is not None and allows(self.session.role, permission)

    def require(self, permission: Permission) -> Session:
        if self.session is None:
            raise PermissionDenied(t("login_required", self.lang))
        if not allows(self.session.role, permission):
            raise PermissionDenied(t("permission_denied", self.lang, role=self.session.role,
                                     action=t(f"perm.{permission.value}", self.lang)))
        return self.session

    def writer(self) -> RecordWriter:
        if self.session is None:
            raise PermissionDenied(t("login_required", self.lang))
        return RecordWriter(self.conn, username=self.session.username, unit_id=meta.get(self.conn, "unit_id"))

    def scope_unit_ids(self) -> list[str]:
        """The user's unit and everything below it: what this installation looks after."""
        return UnitRepo(self.conn).subtree_ids(self.unit_id)
