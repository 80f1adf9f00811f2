"""Composition root: arguments -> context -> QApplication -> main window (or the headless CLI)."""

from __future__ import annotations


import sys

from .logging_setup import configure_logging


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
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


