"""Settings the agent may change: language (applies on restart), agent name."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from desk_app.config import Settings, save_settings
from desk_app.ui.shortcuts import save_keys

# Each language named in itself, so anyone can find their own.
LANGUAGE_NAMES = (("", None), ("ar", "العربية"), ("en", "English"), ("pl", "Polski"))


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.settings = settings
        self.language = QComboBox(self)
        self.language.setObjectName("languageCombo")
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name or self.tr("Same as the system"), code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.display_name = QLineEdit(settings.display_name, self)
        self.display_name.setObjectName("displayNameEdit")
        self.display_name.setPlaceholderText(settings.agent_username)
        self.lock_minutes = QSpinBox(self)
        self.lock_minutes.setObjectName("lockMinutesSpin")
        self.lock_minutes.setRange(0, 24 * 60)
        self.lock_minutes.setValue(settings.lock_after_minutes)
        self.lock_minutes.setSuffix(self.tr(" min"))
        self.lock_minutes.setSpecialValueText(self.tr("Never"))
        self.lock_minutes.setToolTip(
            self.tr("Minutes without a key or a click before Maktab locks; 0 never locks.")
        )
        note = QLabel(self.tr("A new language is used from the next start of Maktab."), self)
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Language"), self.language)
        form.addRow(self.tr("Your &name"), self.display_name)
        form.addRow(self.tr("Loc&k when idle for"), self.lock_minutes)
        form.addRow(note)
        form.addRow(buttons)
        save_keys(self, self.accept)

    def accept(self) -> None:
        self.settings.language = self.language.currentData()
        self.settings.display_name = self.display_name.text().strip()
        self.settings.lock_after_minutes = self.lock_minutes.value()
        save_settings(self.settings)
        super().accept()
