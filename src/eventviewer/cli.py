"""Command line: parse, dispatch, exit. Qt is imported only by the modes that open a window."""

from __future__ import annotations

import argparse
import contextlib
import gc
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, NoReturn, overload

from . import __version__

if TYPE_CHECKING:
    from .domain.loader import LoadedEvent, ValidEvent

TABS = ("overview", "tiers", "activities", "participants")
EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="eventviewer",
        description="View reports of investment-matchmaking events. "
        "With no FILE, shows the bundled Yunnan 2023 event.",
    )
    p.add_argument("file", nargs="?", metavar="FILE", help="an event file (JSON)")
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--summary", action="store_true", help="print a plain-text briefing")
    mode.add_argument(
        "--validate", action="store_true", help="check FILE; exit 0 if valid, 1 if not"
    )
    mode.add_argument("--schema", action="store_true", help="print the JSON Schema of event files")
    mode.add_argument(
        "--print-summary", metavar="OUT.pdf", help="write the one-page summary as PDF (no window)"
    )
    mode.add_argument("--screenshot", metavar="OUT.png", help="render the window to a PNG and exit")
    p.add_argument("--tab", choices=TABS, help="the tab to start on (or to screenshot)")
    p.add_argument(
        "--page-size", choices=("A4", "Letter"), default=None, help="paper for --print-summary"
    )
    p.add_argument(
        "--color-scheme",
        choices=("system", "light", "dark"),
        default="system",
        help="window colours (default: follow the system)",
    )
    p.add_argument("--version", action="version", version=f"eventviewer {__version__}")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    # Start-up allocates thousands of long-lived objects and frees almost none, so cyclic
    # collections during it only cost time (9 ms of the overview's start). The window turns
    # collection back on before its event loop (app.run); one-shot modes end first.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _main(argv)
    finally:
        if collecting:
            gc.enable()


def _main(argv: Sequence[str] | None) -> int:
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    args = _parser().parse_args(argv)
    try:
        return _dispatch(args)
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except KeyboardInterrupt:
        return 130


# A list while entry() will end the process with os._exit: what the one-shot modes loaded is
# kept here rather than freed record by record first (16 ms for 100k projects + organizations).
# None when the process ends normally: library use of main(), and the window (see entry()).
_kept_until_exit: list[object] | None = None


def entry() -> NoReturn:
    """The ``eventviewer`` command: run, flush, and exit without tearing the interpreter down.

    After a one-shot mode, teardown would only free every module, Qt object and PySide wrapper
    one by one: about 20 ms once the output is written and its files are closed. The window's
    session ends the normal way instead: only destroying QApplication hands what the user copied
    to the desktop's clipboard manager, and a closing window has time to spare.
    """
    global _kept_until_exit
    _kept_until_exit = []
    code = main()
    if _kept_until_exit is None:
        sys.exit(code)
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        pass  # the reader left early: not an error, as in main()
    except OSError:
        code = code or 120  # what Python itself exits with when stdout cannot be flushed
    with contextlib.suppress(OSError):
        sys.stderr.flush()
    os._exit(code)


def _dispatch(args: argparse.Namespace) -> int:
    if args.schema:
        import json

        from .domain.schema import json_schema

        print(json.dumps(json_schema(), indent=2, ensure_ascii=False))
        return EXIT_OK
    if args.validate:
        if args.file is None:
            print("eventviewer: --validate needs a FILE", file=sys.stderr)
            return EXIT_USAGE
        return _with_event(args.file, _report_valid, digest=False)
    if args.summary:
        return _with_event(args.file, _print_summary)
    from . import app

    if args.print_summary or args.tab == "tiers":
        app.import_chart_stack_first()
    if args.print_summary:
        return _with_event(args.file, lambda loaded: _write_pdf(args, loaded))
    if args.screenshot:
        return _with_event(
            args.file,
            lambda loaded: app.screenshot(
                args.screenshot, loaded, tab=args.tab, color_scheme=args.color_scheme
            ),
        )
    global _kept_until_exit
    _kept_until_exit = None  # the window's process ends normally: see entry()
    return app.run(args.file, tab=args.tab, color_scheme=args.color_scheme)


@overload
def _with_event(file: str | None, action: Callable[[LoadedEvent], int]) -> int: ...
@overload
def _with_event(
    file: str | None, action: Callable[[ValidEvent], int], *, digest: Literal[False]
) -> int: ...
def _with_event(file: str | None, action: Callable[[Any], int], *, digest: bool = True) -> int:
    """Load FILE (or the bundled event) and act on it; the file is read while the validator is
    imported (at 100k projects the read is 12 ms, the imports 30 ms). Without ``digest`` the
    action gets a ValidEvent: no SHA-256."""
    from .domain.bundled import bundled_event_path
    from .domain.files import ReadAhead

    path = Path(file) if file is not None else bundled_event_path()
    read_ahead = ReadAhead(path)
    from .domain.errors import EventFileError
    from .domain.loader import load_event, validate_event

    try:
        load = load_event if digest else validate_event
        loaded = load(path, read_ahead=read_ahead)
    except EventFileError as exc:
        print(exc.describe(), file=sys.stderr)
        return EXIT_INVALID
    if _kept_until_exit is not None:
        _kept_until_exit.append(loaded)
    return action(loaded)


def _report_valid(loaded: ValidEvent) -> int:
    for problem in loaded.findings:
        print(problem.format(loaded.file), file=sys.stderr)
    n = len(loaded.findings)
    print(
        f"{loaded.file}: valid (schema version {loaded.event.schema_version}, "
        f"{n} warning{'s' if n != 1 else ''})"
    )
    return EXIT_OK


def _write_pdf(args: argparse.Namespace, loaded: LoadedEvent) -> int:
    from .printing.headless import print_summary_to_pdf

    return print_summary_to_pdf(args.print_summary, loaded, args.page_size)


def _print_summary(loaded: LoadedEvent) -> int:
    from .domain.summary import build_summary
    from .domain.text import render_text

    sys.stdout.write(render_text(build_summary(loaded)))
    return EXIT_OK
