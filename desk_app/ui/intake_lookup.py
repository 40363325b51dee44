"""Finding the customer and the equipment while the intake is typed: a
lookup as the name or the product is typed (debounced, off the GUI thread),
offered in a completer; a match chosen fills the customer's or the asset's
fields and is remembered by id."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QStringListModel, Qt, QTimer
from PySide6.QtWidgets import QCheckBox, QComboBox, QCompleter, QDialog, QLabel, QLineEdit

from desk_app.services.assets import AssetMatch, lookup_assets
from desk_app.services.intake import LOCATION_SEPARATOR
from desk_app.services.text import isolate
from desk_app.services.ticket_detail import CustomerMatch, lookup_customers
from desk_app.ui.desk import Desk

# A plain class at run time (see intake_saving), a dialog to the type checker.
# Words are translated in the dialog's context (self.tr would name this
# class at extraction and the dialog at run time).
if TYPE_CHECKING:
    _Dialog = QDialog
else:
    _Dialog = object


class IntakeLookup(_Dialog):
    """The intake dialog's lookups (IntakeDialog builds the fields)."""

    desk: Desk
    customer_id: str | None
    asset_id: str | None
    _matches: list[CustomerMatch]
    _asset_matches: list[AssetMatch]
    customer_name: QLineEdit
    phone: QLineEdit
    email: QLineEdit
    national_id: QLineEdit
    account_number: QLineEdit
    channel: QComboBox
    customer_state: QLabel
    product_ref: QLineEdit
    licence_ref: QLineEdit
    location_branch: QLineEdit
    location_site: QLineEdit
    location_room: QLineEdit
    new_asset: QCheckBox
    asset_state: QLabel
    _duplicate_timer: QTimer

    # -- customer lookup -----------------------------------------------------
    def _start_lookups(self) -> None:
        # Customer lookup as you type, off the GUI thread, debounced.
        self._lookup_model = QStringListModel(self)
        self.completer = QCompleter(self._lookup_model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.customer_name.setCompleter(self.completer)
        self.completer.activated.connect(self._customer_chosen)
        self._lookup_timer = QTimer(self, singleShot=True, interval=150)
        self._lookup_timer.timeout.connect(self._lookup)
        self.customer_name.textEdited.connect(self._name_edited)

        # Asset lookup the same way; with a customer chosen, their assets.
        self._asset_model = QStringListModel(self)
        self.asset_completer = QCompleter(self._asset_model, self)
        self.asset_completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.product_ref.setCompleter(self.asset_completer)
        self.asset_completer.activated.connect(self._asset_chosen)
        self._asset_timer = QTimer(self, singleShot=True, interval=150)
        self._asset_timer.timeout.connect(self._lookup_assets)
        self.product_ref.textEdited.connect(self._product_edited)
        self.product_ref.installEventFilter(self)

    def _name_edited(self, _text: str) -> None:
        if self.customer_id is not None:
            self._set_customer(None)
        self._lookup_timer.start()

    def _lookup(self) -> None:
        typed = self.customer_name.text()

        def done(matches: list[CustomerMatch]) -> None:
            if typed != self.customer_name.text():
                return  # the agent typed on; a newer lookup follows
            self._matches = matches
            self._lookup_model.setStringList([self._match_text(m) for m in matches])
            if matches and self.customer_name.hasFocus():
                self.completer.complete()

        self.desk.read(lambda s: lookup_customers(s, typed), done, owner=self)

    @staticmethod
    def _match_text(m: CustomerMatch) -> str:
        extra = " · ".join(x for x in (m.phone, m.email, m.account_number) if x)
        return f"{m.name} — {isolate(extra)}" if extra else m.name

    def _customer_chosen(self, text: str) -> None:
        for match in self._matches:
            if self._match_text(match) == text:
                self.choose_customer(match)
                return

    def choose_customer(self, match: CustomerMatch) -> None:
        self.customer_name.setText(match.name)
        self.phone.setText(match.phone)
        self.email.setText(match.email)
        self.national_id.setText(match.national_id)
        self.account_number.setText(match.account_number)
        self._set_customer(match.id)
        self.channel.setFocus()

    def _set_customer(self, customer_id: str | None) -> None:
        changed = customer_id != self.customer_id
        self.customer_id = customer_id
        self.customer_state.setText(
            QCoreApplication.translate("IntakeDialog", "Existing customer")
            if customer_id
            else QCoreApplication.translate("IntakeDialog", "New customer")
            if self.customer_name.text().strip()
            else ""
        )
        if changed:
            self._duplicate_timer.start()
            if customer_id is not None and not self.product_ref.text().strip():
                self._lookup_assets()  # their equipment, ready when the field is reached

    # -- asset lookup --------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.product_ref
            and event.type() == QEvent.Type.FocusIn
            and self._asset_matches
            and not self.product_ref.text()
        ):
            self.asset_completer.complete()
        return bool(super().eventFilter(watched, event))

    def _product_edited(self, _text: str) -> None:
        if self.asset_id is not None:
            self._set_asset(None)
        self._asset_timer.start()

    def _lookup_assets(self) -> None:
        typed = self.product_ref.text()
        customer_id = self.customer_id

        def done(matches: list[AssetMatch]) -> None:
            if typed != self.product_ref.text() or customer_id != self.customer_id:
                return
            self._asset_matches = matches
            self._asset_model.setStringList([self._asset_text(a) for a in matches])
            if matches and self.product_ref.hasFocus():
                self.asset_completer.complete()

        self.desk.read(lambda s: lookup_assets(s, typed, customer_id), done, owner=self)

    @staticmethod
    def _asset_text(a: AssetMatch) -> str:
        codes = " · ".join(x for x in (a.model_number, a.serial_number, a.licence) if x)
        owner = f" — {a.owner_name}" if a.owner_name else ""
        return f"{a.product} {isolate(codes)}{owner}" if codes else f"{a.product}{owner}"

    def _asset_chosen(self, text: str) -> None:
        for match in self._asset_matches:
            if self._asset_text(match) == text:
                self.choose_asset(match)
                return

    def choose_asset(self, match: AssetMatch) -> None:
        self.product_ref.setText(match.reference())
        if match.licence and not self.licence_ref.text().strip():
            self.licence_ref.setText(match.licence)
        places = (self.location_branch, self.location_site, self.location_room)
        if match.location and not any(p.text().strip() for p in places):
            parts = match.location.split(LOCATION_SEPARATOR.strip(), 2)
            for place, part in zip(places, parts, strict=False):
                place.setText(part.strip())
        self.new_asset.setChecked(False)
        self._set_asset(match.id, match)
        self.licence_ref.setFocus()

    def _set_asset(self, asset_id: str | None, match: AssetMatch | None = None) -> None:
        changed = asset_id != self.asset_id
        self.asset_id = asset_id
        if asset_id is None:
            self.asset_state.setText("")
        elif match is not None and match.serial_number:
            text = QCoreApplication.translate("IntakeDialog", "Registered asset, serial {serial}")
            self.asset_state.setText(text.format(serial=isolate(match.serial_number)))
        else:
            self.asset_state.setText(QCoreApplication.translate("IntakeDialog", "Registered asset"))
        self.new_asset.setVisible(asset_id is None)
        if changed:
            self._duplicate_timer.start()
