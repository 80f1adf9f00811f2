"""Local accounts: login, creation, roles."""

from __future__ import annotations

import re
from dataclasses import replace

from ..storage.db import transaction
from ..storage.records import utc_now
from ..storage.repos.users import UserRepo
from .common import officer_nip
from .context import AppContext, Session
from .errors import AuthenticationFailed, ServiceError
from .passwords import hash_password, verify_password
from .roles import ROLES, Permission
from .texts import t

USERNAME = re.compile(r"^[a-z0-9._-]{3,32}$")
MIN_PASSWORD = 8


def check_new_account(username: str, password: str, role: str, lang: str) -> None:
    if not USERNAME.match(username or ""):
        raise ServiceError(t("bad_username", lang))
    if len(password or "") < MIN_PASSWORD:
        raise ServiceError(t("password_short", lang, n=MIN_PASSWORD))
    if role not in ROLES:
        raise ServiceError(t("bad_role", lang, role=role))


class AuthService:
    def __init__(self, ctx: AppContext):
        self.ctx = ctx
        self.users = UserRepo(ctx.conn)

    def login(self, username: str, password: str) -> Session:
        user = self.users.get(username or "")
        # Hash even for unknown users so timing does not reveal which names exist.
        stored = user["password_hash"] if user else hash_password("x" * MIN_PASSWORD)
        if not verify_password(password or "", stored) or user is None:
            raise AuthenticationFailed(t("login_failed", self.ctx.lang))
        if not user["active"]:
            raise AuthenticationFailed(t("user_inactive", self.ctx.lang, user=username))
        self.ctx.session = Session(user["username"], user["role"], user["full_name"], user["nip"])
        return self.ctx.session

    def list_users(self) -> list[dict]:
        self.ctx.require(Permission.MANAGE_USERS)
        return self.users.all()

    def add_user(self, username: str, password: str, role: str, *, full_name: str | None = None,
                 nip: str | None = None) -> None:
        session = self.ctx.require(Permission.MANAGE_USERS)
        check_new_account(username, password, role, self.ctx.lang)
        nip = officer_nip(nip, self.ctx.lang)
        if self.users.get(username):
            raise ServiceError(t("user_exists", self.ctx.lang, user=username))
        with transaction(self.ctx.conn):
            self.users.add(username, hash_password(password), role, full_name=full_name, nip=nip,
                           created_at=utc_now(), created_by=session.username)
            self.ctx.writer().audit.append(utc_now(), session.username, "user_add", "users", username,
                                           {"role": [None, role]})

    def set_role(self, username: str, role: str) -> None:
        self._change(username, role=role)

    def set_active(self, username: str, active: bool) -> None:
        self._change(username, active=int(active))

    def change_password(self, username: str, password: str) -> None:
        session = self.ctx.session
        if session is None or session.username != username:
            self.ctx.require(Permission.MANAGE_USERS)
        if len(password or "") < MIN_PASSWORD:
            raise ServiceError(t("password_short", self.ctx.lang, n=MIN_PASSWORD))
        if not self.users.get(username):
            raise ServiceError(t("user_unknown", self.ctx.lang, user=username))
        with transaction(self.ctx.conn):
            self.users.set(username, password_hash=hash_password(password))
            self.ctx.writer().audit_entry("user_password", "users", username, {"password_hash": ["***", "***"]})

    def set_profile(self, username: str, *, full_name: str | None = None, nip: str | None = None) -> dict:
        """The name and NIP printed under an officer's signatures: anyone's by an admin, one's own by anyone.
        None keeps a value, blank clears it. Returns the account as stored."""
        session = self.ctx.session
        if session is None or session.username != username:
            self.ctx.require(Permission.MANAGE_USERS)
        user = self.users.get(username)
        if not user:
            raise ServiceError(t("user_unknown", self.ctx.lang, user=username))
        values = {}
        if full_name is not None:
            values["full_name"] = " ".join(full_name.split()) or None
        if nip is not None:
            values["nip"] = officer_nip(nip, self.ctx.lang)
        changed = {k: [user[k], v] for k, v in values.items() if user[k] != v}
        if changed:
            with transaction(self.ctx.conn):
                self.users.set(username, **values)
                self.ctx.writer().audit_entry("user_profile", "users", username, changed)
        stored = self.users.get(username)
        if session is not None and session.username == username:  # documents sign with the new name at once
            self.ctx.session = replace(session, full_name=stored["full_name"], nip=stored["nip"])
        return stored

    def _change(self, username: str, **values) -> None:
        self.ctx.require(Permission.MANAGE_USERS)
        user = self.users.get(username)
        if not user:
            raise ServiceError(t("user_unknown", self.ctx.lang, user=username))
        if "role" in values and values["role"] not in ROLES:
            raise ServiceError(t("bad_role", self.ctx.lang, role=values["role"]))
        demoting = values.get("role", "admin") != "admin" or values.get("active", 1) == 0
        if user["role"] == "admin" and demoting and self.users.count_admins() <= 1:
            raise ServiceError(t("last_admin", self.ctx.lang))
        with transaction(self.ctx.conn):
            self.users.set(username, **values)
            self.ctx.writer().audit_entry("user_change", "users", username,
                                          {k: [user[k], v] for k, v in values.items()})
