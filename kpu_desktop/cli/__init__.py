"""The headless entry: the same services the desktop application uses."""

from __future__ import annotations

import getpass
import logging
import os
import sys

from ..domain.issues import ValidationFailed
from ..instance import AlreadyRunning
from ..paths import AppPaths
from ..services.auth import AuthService
from ..services.context import AppContext
from ..services.errors import ServiceError
from ..storage.errors import StorageError
from .commands import NO_LOGIN, run_command
from .parser import build_parser
from .startup import prepare, report_problem

log = logging.getLogger(__name__)
PASSWORD_ENV = "KPU_DESKTOP_PASSWORD"
USER_ENV = "KPU_DESKTOP_USER"


def resolve_lang(args) -> str:
    return args.lang or os.environ.get("KPU_DESKTOP_LANG", "id")


def read_password(prompt: str, env: str = PASSWORD_ENV, *, lang: str = "id") -> str:
    value = os.environ.get(env)
    if value:
        return value
    if not sys.stdin or not sys.stdin.isatty():
        raise ServiceError(f"no password: set {env} or run in a terminal" if lang == "en"
                           else f"kata sandi tidak ada: isi {env} atau jalankan di terminal")
    return getpass.getpass(prompt)


def login(ctx: AppContext, username: str | None) -> None:
    auth = AuthService(ctx)
    username = username or os.environ.get(USER_ENV)
    if not username:
        users = [u for u in auth.users.all() if u["active"]]
        if len(users) != 1:
            raise ServiceError("give the acting user with --user NAME" if ctx.lang == "en"
                               else "sebutkan pengguna dengan --user NAMA")
        username = users[0]["username"]
    auth.login(username, read_password(f"Password for {username}: ", lang=ctx.lang))


def run_cli(argv: list[str]) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    lang = resolve_lang(args)
    ctx = AppContext(AppPaths.resolve(args.data_dir), lang=lang)
    lock = None
    try:
        lock = prepare(args, ctx)
        if args.command not in NO_LOGIN:
            login(ctx, args.user)
        return run_command(args, ctx)
    except ValidationFailed as exc:
        for message in exc.messages(lang):
            sys.stderr.write(f"error: {message}\n" if lang == "en" else f"galat: {message}\n")
        return 1
    except (ServiceError, StorageError, AlreadyRunning) as exc:
        report_problem(exc, lang)
        return 1
    finally:
        ctx.close()
        if lock is not None:
            lock.release()
