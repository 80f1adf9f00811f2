"""Composition root: arguments -> context -> QApplication -> main window (or the headless CLI)."""

from __future__ import annotations


import sys

from .logging_setup import configure_logging


OPTIONS_WITH_VALUE = {"--data-dir", "--lang", "--user"}
# Optional accelerators sqlite-utils imports only to map their column types; the desktop never hands it
# numpy or pandas values, and importing them costs ~0.2 s of a start budgeted at 1 s.
UNUSED_IN_GUI = ("numpy", "pandas")


def gui_requested(argv: list[str]) -> bool:
    """True when the arguments name no subcommand other than `gui` (that is, the desktop opens)."""
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg in OPTIONS_WITH_VALUE:
            skip = True
        elif not arg.startswith("-"):
            return arg == "gui"
        elif arg in ("-h", "--help", "--version"):
            return False
    return True


def trim_gui_imports() -> None:
    for name in UNUSED_IN_GUI:
        if name not in sys.modules:
            sys.modules[name] = None  # an ImportError for whoever tries: optional imports fall back


def main(argv: list[str] | None = None) -> int:
    from_process = argv is None  # the console script; tests call main() in-process with their arguments
    argv = list(sys.argv[1:] if argv is None else argv)
    if from_process and gui_requested(argv):
        trim_gui_imports()
    from .cli import run_cli
    from .cli.parser import build_parser

    args, _ = build_parser().parse_known_args(argv)
    configure_logging(args.data_dir)
    if args.command is None:
        argv = argv + ["gui"]
    try:
        return run_cli(argv)
    except BrokenPipeError:
        # Output piped into `head` and the like: stop quietly, as command-line tools do.
        sys.stderr.close()
        return 0


def run_gui(ctx) -> int:
    from .ui.application import run_application
    return run_application(ctx)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())


