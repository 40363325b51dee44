"""python -m desk_app [--self-test] [--screenshot PATH] [--lang ar|en|pl] [--db PATH]
[--view KEY] [--size WxH]
[--dialog intake|suggestions|contact|resolve|escalate|admin[:PAGE]|keys|knowledge|report
|report-save]"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from desk_app.config import LANGUAGES, data_dir, load_settings

NO_DISPLAY = """Maktab needs a graphical display, and none was found (DISPLAY and
WAYLAND_DISPLAY are not set). On a machine without a screen you can:
  xvfb-run -a python -m desk_app          run it on a virtual display
  python -m desk_app --screenshot out.png render the main window to a picture
  python -m desk_app --self-test          check that the app works
"""


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="desk-app", description="Maktab service desk")
    parser.add_argument("--self-test", action="store_true", help="check the app and exit")
    parser.add_argument("--screenshot", metavar="PATH", type=Path, help="render to a PNG")
    parser.add_argument("--lang", choices=LANGUAGES, help="language for this run")
    parser.add_argument("--db", metavar="PATH", type=Path, help="database file for this run")
    parser.add_argument(
        "--view",
        metavar="KEY",
        help="open on this saved view (open, mine, my_queues, unassigned, breaching, overdue,"
        " follow_ups, waiting, complaints, all)",
    )
    parser.add_argument(
        "--size",
        metavar="WxH",
        type=_size,
        help="with --screenshot: the screen's size, e.g. 1366x768 (the window is"
        " drawn maximised on it, a 40 px task bar left free)",
    )
    parser.add_argument(
        "--dialog",
        type=_dialog,
        help="with --screenshot: picture this dialog (intake, suggestions, contact, resolve,"
        " escalate, admin, keys, knowledge; suggestions: the intake with a printer problem"
        " typed and its articles beside it; contact, resolve and escalate on the list's"
        " first ticket; admin: the administration console, admin:PAGE on one of its pages,"
        " e.g. admin:levels (admin:levels:rules: its escalation rules); keys: the keyboard"
        " help; knowledge: the knowledge window on a printer search; dashboard: the"
        " supervisor's dashboard, breakdowns and allocation: its pages, drill: the tickets of"
        " its first tile; report: this month's printed report, its first pages; report-save:"
        " saving a report to run again; write-letter: a letter from the first ticket;"
        " letter-register: the letter register; letter-pdf-ar, letter-pdf-en: page one of a"
        " letter in that language as printed) instead of the main window",
    )
    return parser.parse_args(argv)


DIALOGS = (
    "intake",
    "suggestions",
    "contact",
    "resolve",
    "escalate",
    "admin",
    "keys",
    "knowledge",
    "dashboard",
    "breakdowns",
    "allocation",
    "drill",
    "report",
    "report-save",
    "write-letter",
    "letter-register",
    "letter-pdf-ar",
    "letter-pdf-en",
)


def _dialog(text: str) -> str:
    name, _, page = text.partition(":")
    if name not in DIALOGS or (page and name != "admin"):
        raise argparse.ArgumentTypeError(
            f"not a dialog ({', '.join(DIALOGS)}, or admin:PAGE): {text!r}"
        )
    return text


def _size(text: str) -> tuple[int, int]:
    width, _, height = text.lower().replace("×", "x").partition("x")
    if not (width.isdigit() and height.isdigit()) or int(width) < 320 or int(height) < 240:
        raise argparse.ArgumentTypeError(f"not a screen size (WIDTHxHEIGHT): {text!r}")
    return int(width), int(height)


def _has_display() -> bool:
    if sys.platform != "linux" or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if not _has_display():
        if args.self_test or args.screenshot:
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        else:
            print(NO_DISPLAY, file=sys.stderr)
            return 2

    # Qt is imported only now, so --help and the no-display message stay fast.
    from desk_app.app import apply_language, create_application, resolve_language
    from desk_app.ui import crash
    from desk_app.ui.checks import SelfTestFailed, screenshot, self_test
    from desk_app.ui.startup import open_desk

    settings = load_settings()
    if args.db:
        settings.database = str(args.db)
    app = create_application([sys.argv[0]])
    apply_language(app, resolve_language(args.lang or settings.language))
    crash.install(data_dir() / "crash-reports", show_dialog=not args.self_test)

    if args.self_test:
        try:
            print(self_test(settings))
        except (SelfTestFailed, Exception) as error:  # any failure is the answer
            print(f"self-test FAILED: {error}", file=sys.stderr)
            return 1
        return 0

    desk = open_desk(settings, interactive=args.screenshot is None)
    if desk is None:
        return 3
    from PySide6.QtCore import QSize

    from desk_app.ui.main_window import MainWindow
    from desk_app.ui.screen_fit import pretend_screen
    from desk_app.ui.window_state import remember_layout

    if args.screenshot:
        # The defaults on the screen asked for, whatever this user left.
        pretend_screen(QSize(*args.size) if args.size else None)
        remember_layout(False)
    window = MainWindow(desk)
    if args.view:
        window.show_view(args.view)
    if args.screenshot:
        size = QSize(*args.size) if args.size else None
        screenshot(window, args.screenshot, size, args.dialog)
        print(f"screenshot written to {args.screenshot}")
        window.close()
        desk.close()
        return 0
    window.window_state.show()  # as the agent left it; maximised the first time
    window.offer_draft()
    code = app.exec()
    desk.close()
    return code


if __name__ == "__main__":
    sys.exit(main())
