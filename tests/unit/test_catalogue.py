"""The category catalogue: the shipped one is complete and bilingual; a file an
administrator breaks is reported and the built-in one is used; extra field
values are checked as the catalogue says, conditions included; queue rules
route a category at a location."""

from __future__ import annotations

import copy
import json
import logging
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desk_app import config
from desk_app.services import catalogue as cat
from desk_app.services import messages as m
from desk_app.services.catalogue import (
    Catalogue,
    CatalogueError,
    FieldType,
    clean_extra,
    default_catalogue,
    extra_lines,
    load_catalogue,
    match_queue,
    parse_catalogue,
    validate_extra,
    visible_fields,
)
from desk_app.services.messages import FieldError
from desk_app.services.setup import DEFAULT_GROUPS
from desk_app.services.ticket_detail import Named

# A small catalogue in the file's own form; tests copy and break it.
SMALL: dict[str, Any] = {
    "version": 1,
    "default_queue": "Service Desk",
    "categories": [
        {
            "code": "hardware",
            "name": {"en": "Hardware", "ar": "الأجهزة"},
            "queue": "Technical Support",
            "fields": [
                {
                    "key": "device_type",
                    "type": "choice",
                    "required": True,
                    "label": {"en": "Device type", "ar": "نوع الجهاز"},
                    "options": [
                        {"value": "printer", "label": {"en": "Printer", "ar": "طابعة"}},
                        {"value": "laptop", "label": {"en": "Laptop", "ar": "حاسوب محمول"}},
                    ],
                },
                {
                    "key": "model",
                    "type": "text",
                    "required": True,
                    "max_length": 20,
                    "label": {"en": "Model", "ar": "الطراز"},
                    "when": {"field": "device_type", "equals": "printer"},
                },
                {
                    "key": "tray",
                    "type": "number",
                    "integer": True,
                    "min": 1,
                    "max": 4,
                    "label": {"en": "Tray", "ar": "الدرج"},
                    "when": {"field": "model", "equals": ["M404", "M506"]},
                },
            ],
            "children": [
                {
                    "code": "hardware.warranty",
                    "name": {"en": "Warranty", "ar": "الضمان"},
                    "fields": [
                        {
                            "key": "bought",
                            "type": "date",
                            "required": True,
                            "label": {"en": "Bought on", "ar": "تاريخ الشراء"},
                        }
                    ],
                }
            ],
        },
        {
            "code": "billing",
            "name": {"en": "Billing", "ar": "الفواتير", "pl": "Rozliczenia"},
            "queue": "Billing and Accounts",
            "priority": 3,
            "allowed_priorities": [2, 3],
            "fields": [
                {
                    "key": "amount",
                    "type": "number",
                    "min": 0,
                    "max": 5000.5,
                    "label": {"en": "Amount", "ar": "المبلغ"},
                }
            ],
        },
        {"code": "other", "name": {"en": "Other", "ar": "أخرى"}},
    ],
    "queue_rules": [
        {"category": "hardware", "location": ["Jeddah", "جدة"], "queue": "Service Desk"},
        {"category": "hardware.warranty", "location": "Jeddah", "queue": "Never reached"},
        {"category": "billing", "location": "Cairo HQ", "queue": "Specialist Investigations"},
    ],
}


@pytest.fixture
def small() -> Catalogue:
    return parse_catalogue(copy.deepcopy(SMALL), "small.json")


def write(path: Path, content: object) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    text = content if isinstance(content, str) else json.dumps(content, ensure_ascii=False)
    path.write_text(text, "utf-8")
    return path


def errors_of(small: Catalogue, code: str, values: dict[str, object]) -> dict[str, str]:
    category = small.get(code)
    assert category is not None
    return {e.field: e.message for e in validate_extra(category, values)}


# -- the shipped catalogue -----------------------------------------------------------


def test_the_shipped_catalogue_is_valid_and_routes_to_the_default_queues() -> None:
    shipped = default_catalogue()
    queues = {name for name, _ar, _tier in DEFAULT_GROUPS}
    assert len(shipped.categories) >= 10
    assert shipped.default_queue in queues
    for category in shipped.categories:
        assert category.queue in queues, category.code
        assert category.name.en and category.name.ar and category.name.get("pl"), category.code
        for extra in category.fields:
            assert extra.label.ar and extra.label.en, (category.code, extra.key)
            for option in extra.options:
                assert option.label.ar and option.label.en
    for rule in shipped.rules:
        assert rule.queue in queues
    # The SOP's kinds of request are all there, in Arabic too.
    codes = {c.code for c in shipped.categories}
    assert {"hardware", "network", "access", "billing", "complaint"} <= codes
    hardware = shipped.get("hardware")
    assert hardware is not None and hardware.name.ar == "الأجهزة والمعدات"


def test_the_shipped_printer_fields_follow_the_device_type() -> None:
    hardware = default_catalogue().get("hardware")
    assert hardware is not None
    keys = [f.key for f in visible_fields(hardware, {"device_type": "laptop"})]
    assert "model" not in keys and "printer_fault" not in keys
    keys = [f.key for f in visible_fields(hardware, {"device_type": "printer"})]
    assert "model" in keys and "printer_fault" in keys and "error_code" not in keys
    shown = visible_fields(hardware, {"device_type": "printer", "printer_fault": "error_code"})
    assert "error_code" in [f.key for f in shown]


# -- the tree ------------------------------------------------------------------------


def test_children_inherit_queue_priorities_and_fields(small: Catalogue) -> None:
    warranty = small.get("hardware.warranty")
    assert warranty is not None
    assert warranty.parent == "hardware" and warranty.depth == 1
    assert warranty.queue == "Technical Support"
    assert [f.key for f in warranty.fields] == ["device_type", "model", "tray", "bought"]
    assert warranty.label("en") == "Hardware › Warranty"
    assert warranty.label("ar") == "الأجهزة › الضمان"
    assert small.ancestors("hardware.warranty") == ("hardware.warranty", "hardware")
    billing = small.get("billing")
    assert billing is not None
    assert billing.name.get("pl") == "Rozliczenia"
    other = small.get("other")
    assert other is not None and other.name.get("pl") == "Other"  # English when not given
    assert [c.code for c in small.categories] == [
        "hardware",
        "hardware.warranty",
        "billing",
        "other",
    ]


def test_priority_defaults_and_allowed_levels(small: Catalogue) -> None:
    assert small.priority_for("billing") == 3
    assert small.allowed_priorities("billing") == frozenset({2, 3})
    assert small.allowed_priorities("hardware") is None
    assert small.priority_for("no-such-code") == small.default_priority == 3


# -- queue rules ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "location", "queue"),
    [
        ("hardware", "Jeddah – Tahlia St, floor 2", "Service Desk"),
        ("hardware", "جدة – شارع التحلية", "Service Desk"),
        ("hardware", "JEDDAH", "Service Desk"),
        # A rule for a category also covers its children; the first match wins.
        ("hardware.warranty", "Jeddah", "Service Desk"),
        ("hardware", "Riyadh", "Technical Support"),  # no rule: the category's queue
        ("hardware", "", "Technical Support"),
        ("hardware", "Jeddahville", "Technical Support"),  # whole words only
        ("billing", "Cairo HQ, floor 3", "Specialist Investigations"),
        ("billing", "Cairo", "Billing and Accounts"),  # the whole place name
        ("other", "Jeddah", "Service Desk"),  # no queue of its own: the default
        ("unknown", "Jeddah", "Service Desk"),
    ],
)
def test_queue_suggestion(small: Catalogue, code: str, location: str, queue: str) -> None:
    assert small.suggest_queue(code, location) == queue


def test_queue_names_match_desk_groups_in_either_language() -> None:
    groups = [
        Named(f"g{i}", name, name_ar, tier)
        for i, (name, name_ar, tier) in enumerate(DEFAULT_GROUPS)
    ]
    assert match_queue("Technical Support", groups) == "g1"
    assert match_queue("technical  support", groups) == "g1"
    assert match_queue("الدعم الفني", groups) == "g1"
    assert match_queue("الفواتير والحسابات", groups) == "g2"
    assert match_queue("Nowhere", groups) is None
    assert match_queue("", groups) is None


def test_known_locations_are_offered(small: Catalogue) -> None:
    assert small.locations() == ("Jeddah", "جدة", "Cairo HQ")


# -- extra field values --------------------------------------------------------------


def test_required_field_missing(small: Catalogue) -> None:
    assert errors_of(small, "hardware", {}) == {"extra.device_type": m.REQUIRED}
    assert errors_of(small, "hardware", {"device_type": "   "}) == {"extra.device_type": m.REQUIRED}


def test_hidden_fields_are_ignored(small: Catalogue) -> None:
    # "model" is required only while it is shown (for printers).
    assert errors_of(small, "hardware", {"device_type": "laptop", "tray": "99"}) == {}
    category = small.get("hardware")
    assert category is not None
    assert clean_extra(category, {"device_type": "laptop", "model": "M404", "tray": 2}) == {
        "device_type": "laptop"
    }


def test_conditions_chain(small: Catalogue) -> None:
    assert errors_of(small, "hardware", {"device_type": "printer"}) == {"extra.model": m.REQUIRED}
    # tray is shown only for two models, and only while model itself is shown.
    assert (
        errors_of(small, "hardware", {"device_type": "printer", "model": "X1", "tray": "9"}) == {}
    )
    assert errors_of(
        small, "hardware", {"device_type": "printer", "model": "M404", "tray": "9"}
    ) == {"extra.tray": cat.NUMBER_BETWEEN}


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"device_type": "scanner"}, m.BAD_CHOICE),  # not offered
        ({"device_type": 3}, cat.WRONG_TYPE),
        ({"device_type": ["printer"]}, cat.WRONG_TYPE),
    ],
)
def test_bad_choice(small: Catalogue, values: dict[str, object], message: str) -> None:
    assert errors_of(small, "hardware", values) == {"extra.device_type": message}


def test_text_too_long_or_with_control_characters(small: Catalogue) -> None:
    too_long = errors_of(small, "hardware", {"device_type": "printer", "model": "x" * 21})
    assert too_long == {"extra.model": m.TOO_LONG}
    bad = errors_of(small, "hardware", {"device_type": "printer", "model": "M\x00404"})
    assert bad == {"extra.model": m.CONTROL_CHARACTERS}


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("abc", cat.NOT_A_NUMBER),
        ("1e5", cat.NOT_A_NUMBER),
        ("NaN", cat.NOT_A_NUMBER),
        ("-1", cat.NUMBER_BETWEEN),
        ("5000.6", cat.NUMBER_BETWEEN),
        (True, cat.WRONG_TYPE),
        ({"a": 1}, cat.WRONG_TYPE),
    ],
)
def test_bad_numbers(small: Catalogue, value: object, message: str) -> None:
    assert errors_of(small, "billing", {"amount": value}) == {"extra.amount": message}


@pytest.mark.parametrize(
    ("value", "stored"),
    [
        ("12", 12),
        ("١٢٫٥", 12.5),  # Arabic-Indic digits and decimal separator
        ("12,5", 12.5),  # decimal comma
        (" 5000.5 ", 5000.5),
        (0, 0),
        (7.25, 7.25),
        ("", None),  # optional and empty: not stored
    ],
)
def test_numbers_are_stored_as_numbers(small: Catalogue, value: object, stored: object) -> None:
    category = small.get("billing")
    assert category is not None
    assert validate_extra(category, {"amount": value}) == []
    assert clean_extra(category, {"amount": value}).get("amount") == stored


def test_whole_number_and_range_messages_carry_the_limits(small: Catalogue) -> None:
    category = small.get("hardware")
    assert category is not None
    values = {"device_type": "printer", "model": "M404"}
    [error] = validate_extra(category, {**values, "tray": "2.5"})
    assert error == FieldError("extra.tray", cat.NOT_WHOLE)
    [error] = validate_extra(category, {**values, "tray": "7"})
    assert error.params == {"low": "1", "high": "4"}
    assert error.english() == "Enter a number from 1 to 4."
    billing = small.get("billing")
    assert billing is not None
    [error] = validate_extra(billing, {"amount": "9999"})
    assert error.english() == "Enter a number from 0 to 5000.5."


@pytest.mark.parametrize("value", ["2024-02-30", "2024-13-01", "yesterday", "20240101", "1/2/2024"])
def test_bad_dates(small: Catalogue, value: str) -> None:
    errors = errors_of(small, "hardware.warranty", {"device_type": "laptop", "bought": value})
    assert errors == {"extra.bought": cat.BAD_DATE}


def test_dates_in_arabic_digits_are_stored_as_iso(small: Catalogue) -> None:
    category = small.get("hardware.warranty")
    assert category is not None
    values = {"device_type": "laptop", "bought": "٢٠٢٤-٠٢-٢٩"}
    assert validate_extra(category, values) == []
    assert clean_extra(category, values) == {"device_type": "laptop", "bought": "2024-02-29"}


def test_keys_the_category_does_not_have_are_ignored(small: Catalogue) -> None:
    category = small.get("other")
    assert category is not None
    assert validate_extra(category, {"device_type": 5, "whatever": object()}) == []
    assert clean_extra(category, {"device_type": "printer"}) == {}


def test_every_error_names_its_field(small: Catalogue) -> None:
    category = small.get("hardware.warranty")
    assert category is not None
    errors = validate_extra(category, {"device_type": "printer", "model": "", "bought": "soon"})
    assert {e.field for e in errors} == {"extra.model", "extra.bought"}


_ANY_VALUE = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True),
    st.sampled_from(["printer", "laptop", "M404", "2", "٣", "2024-02-29", "1,5", " "]),
    st.text(max_size=12),
    st.lists(st.integers(), max_size=2),
)


# Generation is slow on a loaded machine; that is not what is tested here.
@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.dictionaries(
        st.sampled_from(["device_type", "model", "tray", "bought", "amount", "x"]), _ANY_VALUE
    ),
    st.sampled_from(["hardware", "hardware.warranty", "billing", "other"]),
)
def test_any_values_give_errors_or_clean_json_never_an_exception(
    values: dict[str, object], code: str
) -> None:
    small = parse_catalogue(copy.deepcopy(SMALL))
    category = small.get(code)
    assert category is not None
    errors = validate_extra(category, values)
    clean = clean_extra(category, values)
    shown = {f.key for f in visible_fields(category, values)}
    assert {e.field.removeprefix("extra.") for e in errors} <= shown
    if not errors:
        json.dumps(clean)  # storable
        assert set(clean) <= shown


# -- broken catalogue files -----------------------------------------------------------


def broken(change: Any) -> dict[str, Any]:
    data = copy.deepcopy(SMALL)
    change(data)
    return data


def _set(path: list[Any], value: Any) -> Any:
    def change(data: dict[str, Any]) -> None:
        target: Any = data
        for step in path[:-1]:
            target = target[step]
        target[path[-1]] = value

    return change


FIELD0 = ["categories", 0, "fields", 0]


@pytest.mark.parametrize(
    ("change", "says"),
    [
        (_set(["categories"], {}), '"categories" must be a list'),
        (_set(["categories", 0, "code"], "Hard Ware"), "must be lower-case"),
        (_set(["categories", 2, "code"], "hardware"), "used twice"),
        (_set(["categories", 0, "name"], {"en": "Hardware"}), 'the "ar" name is missing'),
        (_set(["categories", 0, "colour"], "red"), 'unknown key "colour"'),
        (_set([*FIELD0, "type"], "colour"), "unknown type 'colour'"),
        (_set([*FIELD0, "requred"], True), 'unknown key "requred"'),
        (_set([*FIELD0, "options"], []), 'needs "options"'),
        (_set([*FIELD0, "min"], 3), '"min" does not apply to a choice field'),
        (_set([*FIELD0, "key"], "impact"), "reserved"),
        (_set(["categories", 0, "fields", 1, "when", "field"], "nothing"), "not a field defined"),
        (_set(["categories", 0, "fields", 1, "when", "equals"], "fax"), "does not offer"),
        (_set(["categories", 0, "fields", 2, "min"], 9), '"min" is greater than "max"'),
        (_set(["categories", 1, "priority"], 7), "priority 1-4"),
        (_set(["categories", 1, "allowed_priorities"], [1]), "not among the allowed"),
        (_set(["queue_rules", 0, "category"], "nothing"), 'no category has the code "nothing"'),
        (_set(["queue_rules", 0, "location"], []), '"location" must be'),
        (_set(["priority_matrix"], {"high": {}}), "priority_matrix"),
        (_set(["version"], 2), "version 2 is not supported"),
    ],
)
def test_mistakes_are_named_with_their_place(change: Any, says: str) -> None:
    with pytest.raises(CatalogueError, match=None) as raised:
        parse_catalogue(broken(change))
    assert says in str(raised.value)


def test_the_place_of_a_mistake_is_given_as_a_path() -> None:
    change = _set(["categories", 0, "children", 0, "fields", 0, "type"], "calendar")
    with pytest.raises(CatalogueError) as raised:
        parse_catalogue(broken(change))
    assert str(raised.value).startswith(
        "categories[0] (hardware) / children[0] (hardware.warranty) / fields[0] (bought): "
    )


@pytest.mark.parametrize(
    ("content", "says"),
    [
        ("{not json", "not valid JSON at line 1"),
        ("", "not valid JSON"),
        ("[1, 2]", "expected an object"),
        ('{"categories": "all"}', '"categories" must be a list'),
    ],
)
def test_a_malformed_file_gives_the_builtin_catalogue_and_a_message(
    tmp_path: Path, content: str, says: str, caplog: pytest.LogCaptureFixture
) -> None:
    path = write(tmp_path / "catalogue.json", content)
    with caplog.at_level(logging.WARNING, logger="desk_app.services.catalogue"):
        loaded = load_catalogue(path)
    assert loaded.catalogue == default_catalogue()
    assert loaded.problem is not None
    assert loaded.problem.message == cat.CATALOGUE_UNUSABLE
    assert loaded.problem.params["path"] == str(path)
    assert says in str(loaded.problem.params["reason"])
    assert "built-in catalogue is used instead" in loaded.problem.english()
    assert any("catalogue" in r.getMessage() for r in caplog.records)


def test_a_missing_or_unreadable_file_gives_the_builtin_catalogue(tmp_path: Path) -> None:
    loaded = load_catalogue(tmp_path / "nowhere.json")
    assert loaded.catalogue == default_catalogue()
    assert loaded.problem is not None and "No such file" in str(loaded.problem.params["reason"])
    directory = load_catalogue(tmp_path)
    assert directory.problem is not None


def test_a_file_in_another_encoding_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "catalogue.json"
    path.write_bytes(json.dumps(SMALL, ensure_ascii=False).encode("cp1256", "replace"))
    loaded = load_catalogue(path)
    assert loaded.problem is not None
    assert "not UTF-8" in str(loaded.problem.params["reason"])


def test_a_good_file_replaces_the_builtin_and_is_reread_when_it_changes(tmp_path: Path) -> None:
    path = write(tmp_path / "catalogue.json", SMALL)
    first = load_catalogue(path)
    assert first.problem is None
    assert first.catalogue.categories[0].code == "hardware"
    assert load_catalogue(path) is first  # unchanged file: not read again
    changed = copy.deepcopy(SMALL)
    changed["categories"].append({"code": "new", "name": {"en": "New", "ar": "جديد"}})
    write(path, changed)
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    again = load_catalogue(path)
    assert again.catalogue.get("new") is not None


def test_a_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "catalogue.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(SMALL).encode())
    assert load_catalogue(path).problem is None


def test_no_setting_is_the_builtin_catalogue() -> None:
    assert load_catalogue(None).catalogue is default_catalogue()
    assert load_catalogue("  ").problem is None


def test_a_broken_installation_still_allows_intake(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cat, "builtin_path", lambda: tmp_path / "missing.json")
    cat.default_catalogue.cache_clear()
    try:
        loaded = load_catalogue(None)
    finally:
        monkeypatch.undo()
        cat.default_catalogue.cache_clear()
    assert loaded.catalogue.categories == ()
    assert loaded.problem is not None and loaded.problem.message == cat.BUILTIN_UNUSABLE


def test_the_setting_comes_from_the_site_profile_or_the_user(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MAKTAB_SITE_CONFIG", str(tmp_path / "site" / "profile.json"))
    monkeypatch.setenv("MAKTAB_CONFIG_DIR", str(tmp_path / "user"))
    write(tmp_path / "site" / "profile.json", {"catalogue": "/etc/maktab/catalogue.json"})
    settings = config.load_settings()
    assert settings.catalogue_path == Path("/etc/maktab/catalogue.json")
    write(tmp_path / "user" / "settings.json", {"catalogue": "~/my-catalogue.json"})
    assert config.load_settings().catalogue_path == Path.home() / "my-catalogue.json"
    write(tmp_path / "user" / "settings.json", {"catalogue": ""})
    assert config.load_settings().catalogue_path is None


def test_field_types_are_the_four_documented() -> None:
    assert {t.value for t in FieldType} == {"text", "choice", "date", "number"}


def test_the_readme_example_is_a_valid_catalogue() -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text("utf-8")
    section = readme.split("### Category catalogue", 1)[1]
    example = section.split("```json", 1)[1].split("```", 1)[0]
    catalogue = parse_catalogue(json.loads(example))
    printer = catalogue.get("printer")
    assert printer is not None and printer.name.ar == "الطابعات"
    assert catalogue.suggest_queue("printer", "Jeddah, Tahlia St") == "Service Desk"
    assert [f.key for f in visible_fields(printer, {"fault": "code"})] == [
        "fault",
        "error_code",
        "pages",
    ]


def test_extra_values_read_in_the_users_language() -> None:
    catalogue = default_catalogue()
    values = {
        "device_type": "printer",
        "printer_fault": "paper_jam",
        "asset_tag": "  AT-77 ",
        "gone_field": 12,  # the catalogue dropped it: still shown, under its key
        "model": "",
    }
    english = dict(extra_lines(catalogue, "hardware", values, "en"))
    assert english["What the printer does"] == "Paper jam"
    assert english["Asset tag on the device"] == "AT-77"
    assert english["gone_field"] == "12"
    assert "Printer or scanner model" not in english  # empty values are not lines
    arabic = dict(extra_lines(catalogue, "hardware", values, "ar"))
    assert arabic["ما تفعله الطابعة"] == "انحشار الورق"
    assert extra_lines(catalogue, "no.such.category", {"x": "y"}, "en") == (("x", "y"),)
