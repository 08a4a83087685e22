"""Command line: parse, dispatch, exit. Qt is imported only by the modes that need it."""

from __future__ import annotations

import argparse
import os
import re
import signal
import sys
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, NoReturn

from . import __version__
from .domain.errors import visible
from .domain.i18n import chinese, translate
from .ui.registry import TAB_KEYS

if TYPE_CHECKING:
    from .domain.loader import LoadedEvent
    from .exports import Export, Group

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2


class _Formatter(argparse.HelpFormatter):
    """argparse's help with its own words (usage:) in the reader's language too."""

    def add_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[argparse._MutuallyExclusiveGroup],
        prefix: str | None = None,
    ) -> None:
        said = translate("cli", "usage: ") if prefix is None else prefix
        super().add_usage(usage, actions, groups, said)

    def format_help(self) -> str:
        """argparse ends a section's heading with an ASCII colon: in Chinese, a full-width one."""
        text = super().format_help()
        return re.sub(r"^(\S[^\n]*):\n", "\\1：\n", text, flags=re.M) if chinese() else text


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="eventviewer",
        description=translate(
            "cli",
            "View reports of investment-matchmaking events. "
            "With no FILE, shows the bundled Yunnan 2023 event.",
        ),
        formatter_class=_Formatter,
        add_help=False,  # added below, in the reader's language
    )
    p._positionals.title = translate("cli", "positional arguments")
    p._optionals.title = translate("cli", "options")
    p.add_argument(
        "-h", "--help", action="help", help=translate("cli", "show this help message and exit")
    )
    p.add_argument(
        "file",
        nargs="?",
        metavar=translate("metavar", "FILE"),
        help=translate(
            "cli",
            "an event file (JSON), or the id of a bundled edition such as 2025-hunan (--list)",
        ),
    )
    mode = p.add_mutually_exclusive_group()
    _reading_modes(mode)
    _writing_modes(mode)
    _options(p)
    p.add_argument(
        "--version",
        action="version",
        version=f"eventviewer {__version__}",
        help=translate("cli", "show the version number and exit"),
    )
    return p


def _reading_modes(mode: argparse._MutuallyExclusiveGroup) -> None:
    """The modes that print to the terminal."""
    mode.add_argument(
        "--summary", action="store_true", help=translate("cli", "print a plain-text briefing")
    )
    mode.add_argument(
        "--validate",
        action="store_true",
        help=translate("cli", "check FILE; exit 0 if valid, 1 if not"),
    )
    mode.add_argument(
        "--schema",
        action="store_true",
        help=translate("cli", "print the JSON Schema of event files"),
    )
    mode.add_argument(
        "--list",
        nargs="?",
        const="",
        metavar=translate("metavar", "DIR"),
        help=translate(
            "cli", "list the bundled editions (or the event files in DIR), one line each, id first"
        ),
    )


def _writing_modes(mode: argparse._MutuallyExclusiveGroup) -> None:
    """The modes that write a file (its format from its extension)."""
    mode.add_argument(
        "--print-summary",
        metavar=translate("metavar", "OUT.pdf"),
        help=translate("cli", "write the summary as PDF (no window)"),
    )
    mode.add_argument(
        "--screenshot",
        metavar=translate("metavar", "OUT.png"),
        help=translate("cli", "render the window to a PNG and exit"),
    )
    mode.add_argument(
        "--print-compare",
        nargs="+",
        metavar=translate("metavar", "OUT.pdf ID|FILE"),
        help=translate("cli", "write the comparison of two or more editions as PDF (no window)"),
    )
    mode.add_argument(
        "--export-table",
        nargs=2,
        metavar=(translate("metavar", "KIND"), translate("metavar", "OUT.csv")),
        help=translate(
            "cli",
            "write a table as CSV: tiers, programme, categories, projects or organizations",
        ),
    )
    mode.add_argument(
        "--export-summary",
        metavar=translate("metavar", "OUT.md"),
        help=translate("cli", "write the summary as Markdown"),
    )
    mode.add_argument(
        "--export-chart",
        metavar=translate("metavar", "OUT.png|OUT.svg"),
        help=translate("cli", "write the tier chart as PNG or SVG (the format from the name)"),
    )
    mode.add_argument(
        "--install-desktop-entry",
        action="store_true",
        help=translate("cli", "install the launcher, icon and metainfo for this user (no window)"),
    )


def _options(p: argparse.ArgumentParser) -> None:
    """What the modes take besides (MODES says which takes which)."""
    p.add_argument(
        "--compare",
        nargs="+",
        metavar=translate("metavar", "ID|FILE"),
        help=translate(
            "cli", "open (or, with --screenshot, render) the comparison of two or more editions"
        ),
    )
    p.add_argument(
        "--tab", choices=TAB_KEYS, help=translate("cli", "the tab to start on (or to screenshot)")
    )
    p.add_argument(
        "--page-size",
        choices=("A4", "Letter"),
        default=None,
        help=translate("cli", "paper for --print-summary"),
    )
    p.add_argument(
        "--color-scheme",
        choices=("system", "light", "dark"),
        default=None,
        help=translate("cli", "window colours (default: follow the system)"),
    )
    p.add_argument(
        "--lang",
        choices=("zh", "en"),
        help=translate(
            "cli",
            "language of the window, --summary, --list, the exports and the printed pages: "
            "zh (中文) or en "
            "(default: View > Language for the window, else the system's)",
        ),
    )


# Which options each mode takes: the one table every combination is judged by, before any Qt
# object exists. A mode is its option's name ("window" when none is given); "+compare" is the
# mode given --compare. What is not here is a usage error.
_LOOKS = ("color_scheme", "lang")
MODES: dict[str, frozenset[str]] = {
    "window": frozenset({"file", "tab", *_LOOKS}),
    "window+compare": frozenset({"file", "tab", *_LOOKS}),
    "screenshot": frozenset({"file", "tab", *_LOOKS}),
    "screenshot+compare": frozenset(_LOOKS),
    "summary": frozenset({"file", "lang"}),
    "validate": frozenset({"file", "lang"}),
    "schema": frozenset(),
    "list": frozenset({"lang"}),
    "print_summary": frozenset({"file", "page_size", "lang"}),
    "print_compare": frozenset({"page_size", "lang"}),
    "export_table": frozenset({"file", "lang"}),
    "export_summary": frozenset({"file", "lang"}),
    "export_chart": frozenset({"file", "lang"}),
    "install_desktop_entry": frozenset(),
}
_ONE_SHOT = [m for m in MODES if "window" not in m and "+" not in m]
_OPTIONS = ("file", "compare", "tab", "page_size", "color_scheme", "lang")


# What each writing mode writes, by the extension of its output's name (the format is never
# guessed: a name without its extension, such as an id given where OUT was meant, is refused).
# The exports' come from their registry (eventviewer.exports).
OUTPUT_SUFFIXES: dict[str, tuple[str, ...]] = {
    "print_summary": (".pdf",),
    "print_compare": (".pdf",),
    "screenshot": (".png",),
}
EXPORT_MODES: dict[str, Group] = {
    "export_table": "table",
    "export_summary": "summary",
    "export_chart": "chart",
}


def suffixes_of(mode: str) -> tuple[str, ...]:
    """The extensions the writing ``mode`` takes (none: it writes no file)."""
    if mode in EXPORT_MODES:
        from .exports import suffixes

        return suffixes(EXPORT_MODES[mode])
    return OUTPUT_SUFFIXES.get(mode, ())


def output_of(args: argparse.Namespace, mode: str) -> str | None:
    """The output file a writing mode names, or None for a mode that writes none."""
    plain = mode.partition("+")[0]
    if plain not in OUTPUT_SUFFIXES and plain not in EXPORT_MODES:
        return None
    given = getattr(args, plain)
    out: str = (
        given[-1] if plain == "export_table" else given[0] if plain == "print_compare" else given
    )
    return out


class UsageError(Exception):
    """A combination of modes and options that makes no sense; the message says why."""


def mode_of(args: argparse.Namespace) -> str:
    """The row of :data:`MODES` that ``args`` ask for, or :class:`UsageError`."""
    if "" in (args.file, args.print_summary, args.screenshot, *(args.print_compare or [])[:1]):
        raise UsageError("an empty string is not a file name")
    given = [m for m in _ONE_SHOT if getattr(args, m) not in (None, False)]
    mode = given[0] if given else "window"  # argparse lets at most one through
    if args.compare is not None:
        mode += "+compare"
        if mode not in MODES:
            with_compare = [_flag(m.partition("+")[0]) for m in MODES if m.endswith("+compare")]
            raise UsageError(_words("--compare goes with {modes}", with_compare))
    for option in _OPTIONS[:1] + _OPTIONS[2:]:
        if getattr(args, option) is not None and option not in MODES[mode]:
            raise UsageError(_misplaced(option, mode))
    out = output_of(args, mode)
    wanted = suffixes_of(mode.partition("+")[0])
    if out is not None and os.path.splitext(out)[1].lower() not in wanted:
        flag = _flag(mode.partition("+")[0])
        said = f"{visible(out)}: the name must end in {{modes}}, the formats {flag} writes"
        raise UsageError(_words(said, list(wanted)))
    return mode


def _misplaced(option: str, mode: str) -> str:
    if option == "file":  # every mode that opens a window takes one
        return f"{_flag(mode.partition('+')[0])} takes no FILE"
    takers = [_flag(m.replace("+compare", "")) for m in MODES if option in MODES[m]]
    said = f"{_flag(option)} does not go with {_flag(mode)}; it goes with {{modes}}"
    return _words(said, list(dict.fromkeys(takers)))


def _flag(mode: str) -> str:
    """``--print-summary``; the window is what runs with no mode."""
    if mode == "window":
        return "the window"
    plain, _, extra = mode.partition("+")
    flag = "--" + plain.replace("_", "-")
    return f"{flag} --{extra}" if extra else flag


def _words(said: str, modes: list[str]) -> str:
    listed = ", ".join(modes[:-1]) + " or " + modes[-1] if len(modes) > 1 else modes[0]
    return said.format(modes=listed)


def entry() -> NoReturn:
    """The ``eventviewer`` command."""
    prefer_utf8_ctype()  # before Qt, which would warn
    args = _parse(sys.argv[1:])
    mode = _mode_or_usage(args)
    if mode is None:
        os._exit(EXIT_USAGE)
    window = mode.startswith("window")
    if not window:  # a file half-written when the command is stopped is removed
        signal.signal(signal.SIGTERM, _stop)
    code = _run(args, mode)
    if window:
        sys.exit(code)  # a normal end: destroying QApplication hands copied text to the desktop
    # A one-shot mode skips freeing the interpreter and Qt: see benchmarks/README.md.
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except OSError:
        code = code or 120  # what Python itself exits with when stdout cannot be flushed
    os._exit(code)


def prefer_utf8_ctype() -> None:
    """Qt needs a UTF-8 character type: in a locale without one (``LC_ALL=C``) it switches to
    C.UTF-8 itself, with a four-line warning on stderr. Make that switch before Qt starts,
    silently: LC_CTYPE becomes C.UTF-8 and every other category keeps what it had (LC_ALL,
    which would override LC_CTYPE, is spread onto the categories it set)."""
    import locale

    if locale.nl_langinfo(locale.CODESET).upper().replace("-", "") == "UTF8":
        return
    try:
        locale.setlocale(locale.LC_CTYPE, "C.UTF-8")
    except locale.Error:
        return  # no such locale here: Qt will say what it does
    every = os.environ.pop("LC_ALL", "")
    if every:
        for name in [n for n in os.environ if n.startswith("LC_")] + ["LANG"]:
            os.environ[name] = every
    os.environ["LC_CTYPE"] = "C.UTF-8"


def _stop(signum: int, _frame: object) -> NoReturn:
    raise SystemExit(128 + signum)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line as ``eventviewer`` does and return its exit code."""
    args = _parse(argv)
    mode = _mode_or_usage(args)
    return EXIT_USAGE if mode is None else _run(args, mode)


def _parse(argv: Sequence[str] | None) -> argparse.Namespace:
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    args = list(sys.argv[1:] if argv is None else argv)
    if "-h" in args or "--help" in args:  # the help in the reader's language
        from .app.language import for_one_shot

        asked = next((args[i + 1] for i, a in enumerate(args[:-1]) if a == "--lang"), None)
        asked = asked or next((a.split("=", 1)[1] for a in args if a.startswith("--lang=")), None)
        global _KEEP_LANGUAGE
        _KEEP_LANGUAGE = for_one_shot(asked, paints=False)
    return _parser().parse_args(argv)


_KEEP_LANGUAGE: object = None  # the translators of --help, alive until the process ends


def _mode_or_usage(args: argparse.Namespace) -> str | None:
    """The mode ``args`` ask for, or None once the usage error is said."""
    try:
        return mode_of(args)
    except UsageError as exc:
        print(f"eventviewer: {exc}", file=sys.stderr)
        return None


def _run(args: argparse.Namespace, mode: str) -> int:
    try:
        code = _dispatch(args, mode)
        sys.stdout.flush()  # here, so that a reader who left early is handled below
        return code
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except KeyboardInterrupt:
        return 130


def _dispatch(args: argparse.Namespace, mode: str) -> int:
    if mode in IN_A_LANGUAGE:  # words on the terminal or on paper, in the reader's language
        from .app.language import for_one_shot

        paints = mode in ("print_summary", "print_compare", "export_chart")
        args.keep_language = for_one_shot(args.lang, paints=paints)  # alive while it runs
    return HANDLERS[mode](args)


IN_A_LANGUAGE = (
    "summary",
    "list",
    "validate",
    "print_summary",
    "print_compare",
    "export_table",
    "export_summary",
    "export_chart",
)


def _schema(_args: argparse.Namespace) -> int:
    import json

    from .domain.schema import json_schema

    print(json.dumps(json_schema(), indent=2, ensure_ascii=False))
    return EXIT_OK


def _validate(args: argparse.Namespace) -> int:
    if args.file is None:
        print("eventviewer: --validate needs a FILE", file=sys.stderr)
        return EXIT_USAGE
    return _with_event(args.file, _report_valid)


def _screenshot(args: argparse.Namespace) -> int:
    from . import app

    def shoot(loaded: LoadedEvent) -> int:
        scheme = args.color_scheme or "system"
        return app.screenshot(
            args.screenshot, loaded, tab=args.tab, color_scheme=scheme, lang=args.lang
        )

    return _with_event(args.file, shoot)


def _window(args: argparse.Namespace) -> int:
    from . import app

    scheme = args.color_scheme or "system"
    return app.run(args.file, tab=args.tab, color_scheme=scheme, lang=args.lang)


def _install_desktop_entry() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # renders icons; needs no display
    from .app.desktop import install_desktop_entry
    from .saving import SaveError

    try:
        written = install_desktop_entry()
    except (SaveError, OSError) as exc:
        print(visible(f"eventviewer: {exc}"), file=sys.stderr)
        return EXIT_INVALID
    for path in written:
        print(visible(str(path)))
    return EXIT_OK


def _export(args: argparse.Namespace) -> int:
    """--export-table KIND OUT.csv, --export-summary OUT.md, --export-chart OUT.png|OUT.svg."""
    from .exports import find, table_kinds

    out = args.export_summary or args.export_chart or args.export_table[1]
    if args.export_table and args.export_table[0] not in table_kinds():
        kinds = ", ".join(table_kinds())
        print(f"eventviewer: --export-table takes one of {kinds}", file=sys.stderr)
        return EXIT_USAGE
    kind = (
        args.export_table[0] if args.export_table else "chart" if args.export_chart else "summary"
    )
    export = find(kind, os.path.splitext(out)[1])
    return _with_event(args.file, lambda loaded: _write_export(args, export, out, loaded))


def _write_export(args: argparse.Namespace, export: Export, out: str, loaded: LoadedEvent) -> int:
    from .domain.summary import build_summary
    from .exports.writers import NothingToExport
    from .saving import SaveError

    if export.group == "chart":  # the chart paints: a GUI application, offscreen without a display
        from .app.display import display_problem

        if display_problem() is not None:
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from PySide6.QtWidgets import QApplication

        args.keep_app = QApplication.instance() or QApplication(sys.argv[:1])
    try:
        written = export.write(out, loaded, build_summary(loaded))
    except (SaveError, NothingToExport) as exc:
        print(visible(f"eventviewer: {exc}"), file=sys.stderr)
        return EXIT_INVALID
    print(visible(str(written)))
    return EXIT_OK


def _compare(args: argparse.Namespace) -> int:
    """--compare (window or --screenshot) and --print-compare."""
    names = args.compare if args.compare is not None else (args.print_compare or [])[1:]
    if len(names) < 2 or "" in names:
        print("eventviewer: a comparison needs two or more editions (ID or FILE)", file=sys.stderr)
        return EXIT_USAGE
    if args.print_compare is not None:
        from .printing.headless import print_compare_to_pdf

        return print_compare_to_pdf(args.print_compare[0], names, args.page_size)
    from . import app

    if args.screenshot:
        return app.screenshot_comparison(
            args.screenshot, names, color_scheme=args.color_scheme or "system", lang=args.lang
        )
    return app.run(
        args.file,
        tab=args.tab,
        color_scheme=args.color_scheme or "system",
        compare=names,
        lang=args.lang,
    )


def _with_event(file: str | None, action: Callable[[LoadedEvent], int]) -> int:
    """Load FILE (or the bundled event) and act on it; a bad file is reported, exit 1."""
    from .domain.bundled import bundled_event_path, resolve
    from .domain.errors import EventFileError
    from .domain.loader import load_event

    try:
        loaded = load_event(resolve(file) if file is not None else bundled_event_path())
    except EventFileError as exc:
        print(exc.describe(), file=sys.stderr)
        return EXIT_INVALID
    return action(loaded)


def _list(folder: str) -> int:
    """Every bundled edition, or every ``*.json`` in ``folder``: exit 1 if any fails to load."""
    from pathlib import Path

    from .domain.library import bundled_entries, folder_entries
    from .domain.listing import table

    if folder:
        where = Path(folder)
        if not where.is_dir():
            print(f"eventviewer: {visible(folder)} is not a folder", file=sys.stderr)
            return EXIT_USAGE
        entries = folder_entries(where)
    else:
        entries = bundled_entries()
    rows = [
        (e.name, e.year, e.province, e.city, e.opened, e.projects, e.amount)
        for e in entries
        if not e.error
    ]
    sys.stdout.write(table(rows))
    errors = [e.error for e in entries if e.error]
    for error in errors:
        print(error, file=sys.stderr)
    return EXIT_INVALID if errors else EXIT_OK


def _report_valid(loaded: LoadedEvent) -> int:
    for problem in loaded.findings:
        print(problem.format(loaded.file), file=sys.stderr)
    n = len(loaded.findings)
    print(
        f"{visible(loaded.file)}: valid (schema version {loaded.written_version}, "
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


# What each row of MODES runs.
HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {
    "window": _window,
    "window+compare": _compare,
    "screenshot": _screenshot,
    "screenshot+compare": _compare,
    "summary": lambda args: _with_event(args.file, _print_summary),
    "validate": _validate,
    "schema": _schema,
    "list": lambda args: _list(args.list),
    "print_summary": lambda args: _with_event(args.file, lambda ev: _write_pdf(args, ev)),
    "print_compare": _compare,
    "export_table": _export,
    "export_summary": _export,
    "export_chart": _export,
    "install_desktop_entry": lambda _args: _install_desktop_entry(),
}
assert set(HANDLERS) == set(MODES)
