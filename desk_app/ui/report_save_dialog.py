"""Save this report… : the dashboard's report kept by name, to run again
from the Saved reports menu. The person names it and says which period it
means ("last month" is re-read each time it runs; custom dates stay) and in
which language it prints. The branch and the team are the dashboard's."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desk_app.services.messages import ValidationFailed
from desk_app.services.saved_reports import (
    NAME_MAX,
    PeriodKind,
    ReportDefinition,
    SavedReports,
)
from desk_app.ui.field_errors import FieldErrors
from desk_app.ui.labels import ui_language
from desk_app.ui.levels_editors import DayEdit
from desk_app.ui.screen_fit import fit_to_screen
from desk_app.ui.shortcuts import save_keys


class SaveReportDialog(QDialog):
    """Asks for a name, a period and a language; ``saved`` is the definition
    kept once Save succeeded (the caller writes the file)."""

    def __init__(
        self,
        reports: SavedReports,
        like: ReportDefinition,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("saveReportDialog")
        self.setWindowTitle(self.tr("Save this report"))
        self.reports = reports
        self.like = like
        self.saved: ReportDefinition | None = None

        form = QFormLayout()
        self.errors = FieldErrors(self)
        self.name = QLineEdit(self)
        self.name.setObjectName("reportName")
        self.name.setMaxLength(NAME_MAX * 2)  # a longer name is refused in words
        self.period = QComboBox(self)
        self.period.setObjectName("reportPeriod")
        for kind, text in self.period_names().items():
            self.period.addItem(text, kind.value)
        self.period.setCurrentIndex(self.period.findData(like.period.value))
        # Days typed in the locale's order, sections in order in Arabic too.
        self.first_day = DayEdit(self)
        self.first_day.setObjectName("reportFirstDay")
        self.last_day = DayEdit(self)
        self.last_day.setObjectName("reportLastDay")
        today = date.today()
        self.first_day.set_value(like.first_day or today.replace(day=1))
        self.last_day.set_value(like.last_day or today)
        self.language = QComboBox(self)
        self.language.setObjectName("reportLanguage")
        # Each language named in itself, as a person looking for theirs reads it.
        for code, text in (("ar", "العربية"), ("en", "English"), ("pl", "Polski")):
            self.language.addItem(text, code)
        self.language.setCurrentIndex(self.language.findData(like.language or ui_language()))

        rows: tuple[tuple[str, QWidget, str], ...] = (
            (self.tr("&Name:"), self.name, "name"),
            (self.tr("&Period:"), self.period, "period"),
            (self.tr("&First day:"), self.first_day, "first_day"),
            (self.tr("&Last day:"), self.last_day, "last_day"),
            (self.tr("Lan&guage:"), self.language, "language"),
        )
        self.captions: dict[str, QLabel] = {}
        for text, editor, key in rows:
            caption = QLabel(text, self)
            caption.setBuddy(editor)
            self.captions[key] = caption
            form.addRow(caption, editor)
            self.errors.add_row(form, key, editor)
        form.addRow(self.errors.message)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        save_keys(self, self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.period.currentIndexChanged.connect(self._show_days)
        self._show_days()
        fit_to_screen(self, QSize(460, 300))

    def period_names(self) -> dict[PeriodKind, str]:
        return {
            PeriodKind.TODAY: self.tr("Today"),
            PeriodKind.THIS_WEEK: self.tr("This week"),
            PeriodKind.LAST_WEEK: self.tr("Last week"),
            PeriodKind.THIS_MONTH: self.tr("This month"),
            PeriodKind.LAST_MONTH: self.tr("Last month"),
            PeriodKind.THIS_YEAR: self.tr("This year"),
            PeriodKind.CUSTOM: self.tr("These days"),
        }

    def kind(self) -> PeriodKind:
        return PeriodKind(str(self.period.currentData()))

    def _show_days(self) -> None:
        custom = self.kind() is PeriodKind.CUSTOM
        for key in ("first_day", "last_day"):
            self.captions[key].setVisible(custom)
        self.first_day.setVisible(custom)
        self.last_day.setVisible(custom)

    def definition(self) -> ReportDefinition:
        custom = self.kind() is PeriodKind.CUSTOM
        return ReportDefinition(
            key="",
            name=self.name.text(),
            period=self.kind(),
            first_day=self.first_day.value() if custom else None,
            last_day=self.last_day.value() if custom else None,
            branch_ids=self.like.branch_ids,
            queue_ids=self.like.queue_ids,
            language=str(self.language.currentData()),
        )

    def save(self) -> None:
        self.errors.clear()
        definition = self.definition()
        try:
            self.saved = self.reports.save(definition.name, definition)
        except ValidationFailed as error:
            self.errors.show(error.errors)
            return
        self.accept()
