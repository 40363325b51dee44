"""Print report… (Ctrl+P), Export… (Ctrl+Shift+X) and Saved reports
(Ctrl+Shift+J) for a window that shows a supervisor's figures.

The dashboard calls ``add_report_actions`` with a place for the actions (a
menu, a tool bar, or its own ``add_action``) and a way to get the figures on
screen. The file dialogs open in the folder used last. Words and charts are
made on the GUI thread; the file is written on a background job. When a file
cannot be written (the folder is gone, no permission, a full disk) the
person is told why in their language and offered another place: the report
is kept and written there, nothing is made again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QToolBar, QWidget
from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.config import config_dir
from desk_app.models import Branch
from desk_app.services import metrics
from desk_app.services.export_files import file_part, write_csv_files, write_xlsx
from desk_app.services.metrics_types import Dashboard, Period, Scope
from desk_app.services.saved_reports import (
    PeriodKind,
    ReportDefinition,
    load_saved_reports,
    period_for,
    save_saved_reports,
)
from desk_app.ui.desk import Desk
from desk_app.ui.errors import describe
from desk_app.ui.labels import ui_language
from desk_app.ui.report_content import Directory, Named, ReportContent, period_days
from desk_app.ui.report_pdf import write_pdf
from desk_app.ui.report_save_dialog import SaveReportDialog

log = logging.getLogger(__name__)

PRINT_KEYS = "Ctrl+P"
EXPORT_KEYS = "Ctrl+Shift+X"
SAVED_KEYS = "Ctrl+Shift+J"

Compute = Callable[[Session, Period, Scope, datetime], Dashboard]
Job = Callable[[], list[Path]]


def metrics_dashboard(session: Session, period: Period, scope: Scope, now: datetime) -> Dashboard:
    """The desk's figures for a period and scope (services.metrics)."""
    return metrics.dashboard(session, period, scope, now)


def branch_directory(session: Session) -> dict[str, Named]:
    rows = session.execute(
        select(Branch.id, Branch.name, Branch.name_ar).where(Branch.deleted_at.is_(None))
    ).all()
    return {r.id: Named(r.name, r.name_ar) for r in rows}


def choose_path(parent: QWidget, title: str, suggested: str, filters: list[str]) -> tuple[str, str]:
    """Where to write, and the filter chosen ("" when cancelled; tests replace this)."""
    path, chosen = QFileDialog.getSaveFileName(parent, title, suggested, ";;".join(filters))
    return path, chosen


def offer_another_place(parent: QWidget, title: str, text: str) -> bool:
    """Tell why the file was not written; True to choose another place (tests replace this)."""
    box = QMessageBox(
        QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Cancel, parent
    )
    retry = box.addButton(
        QCoreApplication.translate("ReportActions", "Choose another place…"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.setDefaultButton(retry)
    box.exec()
    return box.clickedButton() is retry


class ReportActions(QObject):
    """The actions, and the work behind them, for one window."""

    written = Signal(list)  # the files written
    said = Signal(str)  # a line for the window's status

    def __init__(
        self,
        parent: QWidget,
        get_dashboard: Callable[[], Dashboard | None],
        desk: Desk,
        compute: Compute = metrics_dashboard,
    ) -> None:
        super().__init__(parent)
        self.window = parent
        self.get_dashboard = get_dashboard
        self.desk = desk
        self.compute = compute
        self.content = ReportContent(self)
        self.reports = load_saved_reports(self.reports_path)
        self.last_error = ""
        self.print_action = QAction(self.tr("&Print report…"), parent)
        self.print_action.setObjectName("printReport")
        self.print_action.setShortcut(QKeySequence(PRINT_KEYS))
        self.print_action.triggered.connect(self.print_report)
        self.export_action = QAction(self.tr("E&xport…"), parent)
        self.export_action.setObjectName("exportReport")
        self.export_action.setShortcut(QKeySequence(EXPORT_KEYS))
        self.export_action.triggered.connect(self.export)
        self.saved_menu = QMenu(parent)
        self.saved_menu.setObjectName("savedReportsMenu")
        self.saved_menu.aboutToShow.connect(self.fill_saved_menu)
        self.saved_action = QAction(self.tr("Sa&ved reports"), parent)
        self.saved_action.setObjectName("savedReports")
        self.saved_action.setShortcut(QKeySequence(SAVED_KEYS))
        self.saved_action.setMenu(self.saved_menu)
        self.saved_action.triggered.connect(self.show_saved_menu)
        self.fill_saved_menu()

    @property
    def actions(self) -> tuple[QAction, ...]:
        return (self.print_action, self.export_action, self.saved_action)

    @property
    def reports_path(self) -> Path:
        return config_dir() / "reports.json"

    # -- printing and exporting what is on screen ------------------------------
    def _shown(self) -> Dashboard | None:
        dashboard = self.get_dashboard()
        if dashboard is None:
            self.said.emit(self.tr("The figures are still being counted; try again in a moment."))
        return dashboard

    def print_report(self) -> None:
        dashboard = self._shown()
        if dashboard is not None:
            self.print_dashboard(dashboard, ui_language(), self.tr("Customer service report"))

    def print_dashboard(self, dashboard: Dashboard, language: str, name: str) -> None:
        path = self._ask(
            self.tr("Print the report to a PDF file"),
            self._suggested(name, dashboard, ".pdf"),
            [self.tr("PDF documents (*.pdf)")],
        )
        if path is None:
            return

        def build(directory: Directory) -> Callable[[Path], Job]:
            pages = self.content.pages(dashboard, directory, language, self.desk.ctx.now())
            return lambda target: lambda: [write_pdf(target, pages)]

        self._with_directory(lambda directory: self._write(path, build(directory)))

    def export(self) -> None:
        dashboard = self._shown()
        if dashboard is None:
            return
        xlsx_filter = self.tr("Excel workbooks (*.xlsx)")
        csv_filter = self.tr("CSV files, one per table (*.csv)")
        answer = self._ask_with_filter(
            self.tr("Export the figures"),
            self._suggested(self.tr("Customer service figures"), dashboard, ".xlsx"),
            [xlsx_filter, csv_filter],
        )
        if answer is None:
            return
        path, chosen = answer
        as_csv = path.suffix.lower() == ".csv" or (chosen == csv_filter and path.suffix == "")
        path = path.with_suffix(".csv" if as_csv else ".xlsx")
        language = ui_language()

        def build(directory: Directory) -> Callable[[Path], Job]:
            sheets = self.content.sheets(dashboard, directory, language)
            if as_csv:
                return lambda target: lambda: write_csv_files(target, sheets)
            rtl = language == "ar"
            return lambda target: lambda: [write_xlsx(target, sheets, rtl)]

        self._with_directory(lambda directory: self._write(path, build(directory)))

    # -- saved reports -----------------------------------------------------------
    def fill_saved_menu(self) -> None:
        menu = self.saved_menu
        menu.clear()
        save = menu.addAction(self.tr("&Save this report…"))
        save.setObjectName("saveReport")
        save.triggered.connect(self.save_report)
        if self.reports.reports:
            menu.addSeparator()
        for report in self.reports.reports:
            run = menu.addAction(report.name)
            run.setObjectName(f"run:{report.key}")
            run.triggered.connect(lambda _=False, key=report.key: self.run_saved(key))
        if self.reports.reports:
            forget = menu.addMenu(self.tr("&Delete a saved report"))
            for report in self.reports.reports:
                gone = forget.addAction(report.name)
                gone.triggered.connect(lambda _=False, key=report.key: self.delete_saved(key))

    def show_saved_menu(self) -> None:
        self.fill_saved_menu()
        self.saved_menu.popup(self.window.mapToGlobal(self.window.rect().center()))

    def current_definition(self) -> ReportDefinition:
        """What the dashboard shows, as a definition: the named period it is
        ("this month") when it is one, else its days."""
        dashboard = self.get_dashboard()
        language = ui_language()
        if dashboard is None:
            return ReportDefinition(key="", name="", language=language)
        now, zone = self.desk.ctx.now(), dashboard.period.zone
        scope = dashboard.scope
        like = ReportDefinition(
            key="",
            name="",
            branch_ids=tuple(sorted(scope.branch_ids)),
            queue_ids=tuple(sorted(scope.queue_ids)),
            language=language,
        )
        for kind in PeriodKind:
            if kind is PeriodKind.CUSTOM:
                continue
            named = period_for(ReportDefinition(key="", name="", period=kind), now, zone)
            if (named.start, named.end) == (dashboard.period.start, dashboard.period.end):
                return replace(like, period=kind)
        first, last = period_days(dashboard.period)
        return replace(like, period=PeriodKind.CUSTOM, first_day=first, last_day=last)

    def save_report(self) -> SaveReportDialog:
        dialog = SaveReportDialog(self.reports, self.current_definition(), self.window)
        dialog.accepted.connect(self._store)
        dialog.open()
        return dialog

    def _store(self) -> None:
        try:
            save_saved_reports(self.reports_path, self.reports)
        except OSError as error:
            # Kept for this session; the reason logged (as views do).
            log.warning("saved reports not written: %s", error)
        self.fill_saved_menu()

    def delete_saved(self, key: str) -> None:
        if self.reports.get(key) is not None:
            self.reports.delete(key)
            self._store()

    def run_saved(self, key: str) -> None:
        """Count the saved report's period as of now and print it."""
        report = self.reports.get(key)
        if report is None:
            return
        now = self.desk.ctx.now()
        period = period_for(report, now, self.desk.settings.branch.time_zone)
        scope, compute = report.scope(), self.compute
        self.said.emit(self.tr("Counting…"))
        self.desk.read(
            lambda session: compute(session, period, scope, now),
            lambda dashboard: self.print_dashboard(dashboard, report.language, report.name),
            self._failed_reading,
            owner=self.window,
        )

    # -- the work ------------------------------------------------------------------
    def _suggested(self, name: str, dashboard: Dashboard, suffix: str) -> str:
        first, _last = period_days(dashboard.period)
        file = f"{file_part(name)} {first.isoformat()}{suffix}"
        folder = Path(self.reports.folder) if self.reports.folder else Path.home()
        return str(folder / file)

    def _ask_with_filter(
        self, title: str, suggested: str, filters: list[str]
    ) -> tuple[Path, str] | None:
        path, chosen = choose_path(self.window, title, suggested, filters)
        return (Path(path), chosen) if path else None

    def _ask(self, title: str, suggested: str, filters: list[str]) -> Path | None:
        answer = self._ask_with_filter(title, suggested, filters)
        if answer is None:
            return None
        path = answer[0]
        return path if path.suffix else path.with_suffix(suggested[suggested.rfind(".") :])

    def _with_directory(self, then: Callable[[Directory], None]) -> None:
        reference = self.desk.reference

        def done(branches: dict[str, Named]) -> None:
            own = reference.branch
            then(
                Directory(
                    branch=Named(own.name, own.name_ar),
                    branches=branches,
                    queues={g.id: Named(g.name, g.name_ar) for g in reference.groups},
                    people={u.id: Named(u.name, u.name_ar) for u in reference.users},
                )
            )

        self.desk.read(branch_directory, done, self._failed_reading, owner=self.window)

    def _write(self, path: Path, make: Callable[[Path], Job]) -> None:
        self.said.emit(self.tr("Writing {file}…").format(file=path.name))

        def done(paths: list[Path]) -> None:
            self.reports.folder = str(path.parent)
            self._store()
            self.last_error = ""
            self.said.emit(self.tr("Saved {file}.").format(file=paths[0].name if paths else ""))
            self.written.emit(paths)

        def failed(error: Exception) -> None:
            self.last_error = write_problem(error, path)
            self.said.emit(self.last_error)
            if not offer_another_place(
                self.window, self.tr("The file was not written"), self.last_error
            ):
                return
            again = self._ask(self.tr("Choose another place"), str(path), [f"*{path.suffix}"])
            if again is not None:
                self._write(again, make)

        self.desk.tasks.read(make(path), done, failed, owner=self.window)

    def _failed_reading(self, error: Exception) -> None:
        self.last_error = describe(error)
        self.said.emit(self.last_error)


def write_problem(error: Exception, path: Path) -> str:
    """Why a report could not be written, in words."""
    folder = str(path.parent)
    if isinstance(error, FileNotFoundError):
        return _words().folder_gone(folder)
    if isinstance(error, PermissionError):
        return _words().no_permission(folder)
    return _words().not_written(path.name)


class ReportProblems(QObject):
    def folder_gone(self, folder: str) -> str:
        return self.tr(
            "The folder {folder} no longer exists. Choose another place: the report is kept."
        ).format(folder=folder)

    def no_permission(self, folder: str) -> str:
        return self.tr(
            "Maktab may not write in {folder}. Choose another place: the report is kept."
        ).format(folder=folder)

    def not_written(self, file: str) -> str:
        return self.tr(
            "{file} could not be written (the disk may be full). Choose another place:"
            " the report is kept."
        ).format(file=file)


_problems: ReportProblems | None = None


def _words() -> ReportProblems:
    global _problems
    if _problems is None:
        _problems = ReportProblems()
    return _problems


def add_report_actions(
    parent: QWidget,
    target: QMenu | QToolBar | Callable[[QAction], object],
    get_dashboard: Callable[[], Dashboard | None],
    desk: Desk,
    say: Callable[[str], None] | None = None,
) -> ReportActions:
    """Put Print report…, Export… and Saved reports on ``target`` (a menu, a
    tool bar, or a window's ``add_action``); their shortcuts work anywhere in
    ``parent``. ``say`` shows a line of progress (the window's status)."""
    actions = ReportActions(parent, get_dashboard, desk)
    for action in actions.actions:
        if isinstance(target, QMenu | QToolBar):
            target.addAction(action)
            parent.addAction(action)
        else:
            target(action)
    if say is not None:
        actions.said.connect(say)
    return actions
