"""The console's catalogue page in ar and en: names edited, a subcategory
and a conditional field added and saved as version 1 (audited, and the
intake offers the new category); every mistake refused with the catalogue
reader's own message beside its field and nothing typed lost; a bad file
imported changes nothing; an export reads back as the same catalogue; a
level-3 person never sees the page."""

from __future__ import annotations

import json
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from sqlalchemy import select

from desk_app.models import AuditEntry, Role
from desk_app.services.audit import AuditKind
from desk_app.services.catalogue import builtin_path, parse_catalogue
from desk_app.services.catalogue_edit import NodePath
from desk_app.services.catalogue_model import CatalogueError
from desk_app.services.catalogue_store import load_catalogue_document
from desk_app.services.config_store import ConfigDocument, keep_server_copy
from desk_app.sync.config_messages import ConfigDocumentOut, ConfigDocuments
from desk_app.sync.errors import ServerRefused
from desk_app.ui import labels
from desk_app.ui.admin_catalogue_page import CataloguePage
from desk_app.ui.admin_console import open_console
from desk_app.ui.field_errors import ERROR_STYLE
from desk_app.ui.intake_dialog import IntakeDialog
from tests.ui.conftest import expected_direction
from tests.ui.walk import set_role

HARDWARE: NodePath = ("categories", 0)
NEW_EQUIPMENT: NodePath = ("categories", 0, "children", 0)
DEVICE_TYPE: NodePath = ("categories", 0, "fields", 0)
QUANTITY: NodePath = ("categories", 0, "children", 0, "fields", 1)
NETWORK: NodePath = ("categories", 1)
_kept: list[Any] = []


@pytest.fixture(autouse=True)
def _close_consoles() -> Any:
    yield
    while _kept:
        _kept.pop()  # qtbot closes it


def _page(desk, qtbot, role: Role = Role.ADMIN) -> CataloguePage:  # type: ignore[no-untyped-def]
    set_role(desk, role)
    console = open_console(desk)
    _kept.append(console)  # the console lives while the test drives its page
    assert console is not None
    qtbot.addWidget(console)
    page = console.show_page("catalogue")
    assert isinstance(page, CataloguePage)
    qtbot.waitUntil(lambda: page.version_label.text() != "")
    return page


def _type(edit: QLineEdit, text: str) -> None:
    """What typing does: the text, and the signal a person's edit sends."""
    edit.setText(text)
    edit.textEdited.emit(text)


def _reader_says(page: CataloguePage) -> CatalogueError:
    with pytest.raises(CatalogueError) as caught:
        parse_catalogue(page.doc)
    return caught.value


def _refused_beside(page: CataloguePage, key: str) -> None:
    """The reader's message is beside ``key`` on the form shown, the part is
    marked in the tree, and nothing can be saved."""
    error = _reader_says(page)
    form = page.forms.currentWidget()
    label = form.errors[key]  # type: ignore[attr-defined]
    assert label.isVisibleTo(page) and label.text() == error.reason
    assert str(error) in page.status.text()
    assert not page.save_button.isEnabled()
    item = page.tree.items[page.tree.current_path()]
    assert item.toolTip(0) == str(error)


def test_edit_add_and_save_a_catalogue(desk, qtbot, lang):  # type: ignore[no-untyped-def]
    page = _page(desk, qtbot)
    assert page.layoutDirection() == expected_direction(lang)
    # The tree is on the start side: the right in Arabic.
    tree_x = page.tree.mapTo(page, page.tree.rect().center()).x()
    form_x = page.forms.mapTo(page, page.forms.rect().center()).x()
    assert (tree_x > form_x) is (lang == "ar")
    hardware = page.tree.items[HARDWARE].text(0)
    assert ("الأجهزة" in hardware) is (lang == "ar")

    page.tree.select_path(HARDWARE)
    form = page.category_form
    assert page.forms.currentWidget() is form
    _type(form.name_en, "Hardware")
    _type(form.name_ar, "الأجهزة")
    assert page.doc["categories"][0]["name"]["en"] == "Hardware"
    assert page.doc["categories"][0]["name"]["pl"] == "Sprzęt i urządzenia"  # kept

    page.add_child_button.click()
    assert page.tree.current_path() == ("categories", 0, "children", 2)
    _refused_beside(page, "code")  # a new category has no code yet
    _type(form.code, "hardware.scanner")
    _type(form.name_en, "Scanner repair")
    _type(form.name_ar, "إصلاح الماسح")
    assert page.problem is None and page.save_button.isEnabled()
    assert (
        page.tree.currentItem()
        .text(0)
        .endswith("إصلاح الماسح" if lang == "ar" else "Scanner repair")
    )

    page.add_field_button.click()
    fields = page.field_form
    assert page.forms.currentWidget() is fields
    _type(fields.key, "scanner_model")
    _type(fields.label_en, "Scanner model")
    _type(fields.label_ar, "طراز الماسح")
    # Shown only for a scanner: a condition on the inherited device type.
    assert fields.when_field.findText("device_type") >= 0
    fields.when_field.setCurrentText("device_type")
    _type(fields.when_values, "scanner")
    assert page.problem is None
    saved_field = page.doc["categories"][0]["children"][2]["fields"][0]
    assert saved_field["when"] == {"field": "device_type", "equals": "scanner"}

    page.save_button.click()
    qtbot.waitUntil(lambda: page.version == 1)
    desk.tasks.wait()
    with desk.db.reading() as session:
        document = load_catalogue_document(session)
        audited = session.scalars(
            select(AuditEntry).where(AuditEntry.kind == AuditKind.CONFIG_CHANGED.value)
        ).all()
    assert document is not None and document.version == 1
    assert document.body == page.doc
    assert len(audited) == 1 and json.loads(audited[0].detail)["after"] == page.doc
    assert "1" in page.version_label.text() or "١" in page.version_label.text()
    assert not page.save_button.isEnabled()

    intake = IntakeDialog(desk)
    qtbot.addWidget(intake)
    index = intake.category.findData("hardware.scanner")
    assert index > 0
    assert intake.category.itemText(index).endswith(
        "إصلاح الماسح" if lang == "ar" else "Scanner repair"
    )
    desk.tasks.wait()


def _choose(page: CataloguePage, path: NodePath) -> None:
    page.tree.select_path(path)
    assert page.tree.current_path() == path


def test_every_mistake_is_refused_with_the_readers_message(desk, qtbot, lang):  # type: ignore[no-untyped-def]
    page = _page(desk, qtbot)
    form, fields = page.category_form, page.field_form

    _choose(page, NETWORK)
    _type(form.code, "")
    _refused_beside(page, "code")
    _type(form.code, "hardware")
    _refused_beside(page, "code")
    assert 'code "hardware" is used twice' in page.status.text()
    assert form.code.text() == "hardware"  # what was typed stays
    _type(form.code, "network")
    assert page.problem is None

    _type(form.name_ar, "")
    _refused_beside(page, "name.ar")
    _type(form.name_ar, "الشبكة")
    _type(form.name_en, " ")
    _refused_beside(page, "name.en")
    _type(form.name_en, "Network")

    _choose(page, DEVICE_TYPE)
    # The field after it names it in its condition: rename it and that
    # condition names a field that is not there.
    _type(fields.key, "device")
    assert page.problem is not None
    assert '"device_type" is not a field defined before this one' in page.status.text()
    assert fields.key.text() == "device"
    _type(fields.key, "device_type")
    assert page.problem is None
    while fields.options.rowCount():
        fields.options.setCurrentCell(0, 0)
        fields.remove_option.click()
    _refused_beside(page, "options")

    page.revert_button.click()
    qtbot.waitUntil(lambda: page.problem is None and page.tree.current_path() == ())
    _choose(page, ("categories", 0, "fields", 1))  # the printer model, shown for printers
    fields.when_field.setCurrentText("nothing_here")
    _refused_beside(page, "when")
    assert fields.when_field.currentText() == "nothing_here"
    fields.when_field.setCurrentText("device_type")
    assert page.problem is None

    _choose(page, QUANTITY)
    _type(fields.minimum, "10")
    _type(fields.maximum, "5")
    _refused_beside(page, "min")
    assert (fields.minimum.text(), fields.maximum.text()) == ("10", "5")
    _type(fields.maximum, "٥٠")  # Arabic digits read as 50
    assert page.problem is None
    assert page.doc["categories"][0]["children"][0]["fields"][1]["max"] == 50

    # A type change puts the options aside and gives them back.
    _choose(page, DEVICE_TYPE)
    fields.type.setCurrentIndex(fields.type.findData("text"))
    fields.type.activated.emit(fields.type.currentIndex())
    assert "options" not in page.doc["categories"][0]["fields"][0]
    fields.type.setCurrentIndex(fields.type.findData("choice"))
    fields.type.activated.emit(fields.type.currentIndex())
    assert len(page.doc["categories"][0]["fields"][0]["options"]) == 6
    desk.tasks.wait()


@pytest.mark.parametrize(
    ("text", "reason"),
    [("{not json", "not valid JSON"), ('{"categories": {"code": "x"}}', "must be a list")],
)
def test_a_bad_file_is_not_imported(desk, qtbot, lang, tmp_path, text, reason):  # type: ignore[no-untyped-def]
    page = _page(desk, qtbot)
    before = json.dumps(page.doc)
    bad = tmp_path / "bad.json"
    bad.write_text(text, "utf-8")
    assert not page.import_file(bad)
    assert json.dumps(page.doc) == before
    assert reason in page.status.text() and "bad.json" in page.status.text()
    assert not page.import_file(tmp_path / "missing.json")
    assert json.dumps(page.doc) == before
    desk.tasks.wait()


def test_export_and_import_round_trip(desk, qtbot, lang, tmp_path):  # type: ignore[no-untyped-def]
    page = _page(desk, qtbot)
    _choose(page, HARDWARE)
    _type(page.category_form.name_en, "Devices")
    out = tmp_path / "exported.json"
    assert page.export_file(out)
    desk.tasks.wait()
    text = out.read_text("utf-8")
    assert "الأجهزة والمعدات" in text and text.startswith("{\n  ")
    assert parse_catalogue(json.loads(text)) == parse_catalogue(page.doc)
    with desk.db.reading() as session:
        exported = session.scalars(
            select(AuditEntry).where(AuditEntry.kind == AuditKind.EXPORTED.value)
        ).all()
    assert len(exported) == 1
    page.revert_button.click()
    qtbot.waitUntil(lambda: "Devices" not in json.dumps(page.doc))
    assert page.import_file(out)
    assert page.doc["categories"][0]["name"]["en"] == "Devices"
    assert page.save_button.isEnabled()
    desk.tasks.wait()


@pytest.mark.parametrize(
    ("role", "sees"),
    [(Role.SENIOR_AGENT, False), (Role.TEAM_LEAD, False), (Role.SUPERVISOR, True)],
)
def test_only_who_may_configure_the_catalogue_sees_it(desk, qtbot, lang, role, sees):  # type: ignore[no-untyped-def]
    set_role(desk, role)
    console = open_console(desk)
    if console is not None:
        qtbot.addWidget(console)
    keys: list[Any] = console.page_keys() if console is not None else []
    assert ("catalogue" in keys) is sees
    desk.tasks.wait()


def test_tab_reaches_the_tree_and_the_form(desk, qtbot, lang):  # type: ignore[no-untyped-def]
    page = _page(desk, qtbot)
    _choose(page, HARDWARE)
    page.tree.setFocus()
    qtbot.waitUntil(page.tree.hasFocus)
    reached = set()
    widget = page.tree
    for _ in range(400):
        widget = widget.nextInFocusChain()
        if widget is page.tree:
            break
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisibleTo(page):
            reached.add(widget.objectName())
    assert {"categoryCode", "categoryNameEn", "categoryNameAr", "saveCatalogue"} <= reached
    desk.tasks.wait()


class _Server:
    """A signed-in client whose server keeps the catalogue (what publish uses)."""

    signed_in = True

    def __init__(self, version: int = 0, stale: bool = False) -> None:
        self.version = version
        self.stale = stale
        self.puts: list[tuple[str, int, dict[str, Any]]] = []

    def put_config(self, key: str, version: int, body: dict[str, Any]) -> ConfigDocumentOut:
        self.puts.append((key, version, body))
        if self.stale:
            raise ServerRefused("stale_config", "someone saved")
        self.version += 1
        return ConfigDocumentOut(key=key, version=self.version, body=body)

    def config(self) -> ConfigDocuments:
        newer = {"version": 1, "categories": [{"code": "x", "name": {"en": "X", "ar": "س"}}]}
        served = [ConfigDocumentOut(key="catalogue", version=7, body=newer)] if self.stale else []
        return ConfigDocuments(documents=served)


def test_with_a_server_the_catalogue_is_saved_there_and_kept_here(desk, qtbot, lang):  # type: ignore[no-untyped-def]
    page = _page(desk, qtbot)
    server = _Server(version=4)
    desk.server_client = server
    page.version = 4  # the editor started from the server's version 4
    _choose(page, HARDWARE)
    _type(page.category_form.name_en, "Devices")
    page.save_button.click()
    qtbot.waitUntil(lambda: page.version == 5)
    desk.tasks.wait()
    assert [(key, version) for key, version, _body in server.puts] == [("catalogue", 4)]
    with desk.db.reading() as session:
        kept = load_catalogue_document(session)
    assert kept is not None and (kept.version, kept.body) == (5, page.doc)
    assert desk.catalogue().catalogue.get("hardware").name.en == "Devices"


def test_a_stale_server_save_is_said_and_the_newer_version_shown(desk, qtbot, lang):  # type: ignore[no-untyped-def]
    page = _page(desk, qtbot)
    desk.server_client = _Server(stale=True)
    _choose(page, HARDWARE)
    _type(page.category_form.name_en, "Devices")
    page.save_button.click()
    qtbot.waitUntil(lambda: page.version == 7)
    desk.tasks.wait()
    # The other person's version is shown, and the reason said.
    assert [c["code"] for c in page.doc["categories"]] == ["x"]
    assert "7" in page.status.text() or "٧" in page.status.text()
    assert page.status.styleSheet() == ERROR_STYLE


def test_a_synced_catalogue_reaches_the_open_windows(window, qtbot, lang):  # type: ignore[no-untyped-def]
    desk = window.desk
    body = _builtin_body()
    body["categories"].append({"code": "drones", "name": {"en": "Drones", "ar": "المسيّرات"}})
    with desk.db.writing() as session:
        keep_server_copy(session, ConfigDocument("catalogue", 3, body))
    with qtbot.waitSignal(desk.referenceChanged, timeout=10_000):
        window.sync.reload_reference()  # what a sync that brought configuration does
    assert desk.catalogue_document is not None and desk.catalogue_document.version == 3
    assert desk.catalogue().catalogue.get("drones") is not None
    assert labels.category_label("drones") == ("المسيّرات" if lang == "ar" else "Drones")
    # A stored catalogue that no longer reads is passed over: the file is used.
    with desk.db.writing() as session:
        keep_server_copy(session, ConfigDocument("catalogue", 4, {"categories": "none"}))
    with qtbot.waitSignal(desk.referenceChanged, timeout=10_000):
        window.sync.reload_reference()
    assert desk.catalogue().catalogue.get("hardware") is not None
    assert desk.catalogue().catalogue.get("drones") is None
    desk.tasks.wait()


def _builtin_body() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(builtin_path().read_text("utf-8"))
    return data
