"""Settings: the administrator's site profile, overlaid by the user's own file;
a broken or odd file never stops the app, it falls back to defaults."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from desk_app import config
from desk_app.config import Settings, load_settings, save_settings
from desk_app.services.setup import BranchProfile


@pytest.fixture
def dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    paths = {
        "config": tmp_path / "user-config",
        "site": tmp_path / "site" / "profile.json",
        "data": tmp_path / "data",
    }
    monkeypatch.setenv("MAKTAB_CONFIG_DIR", str(paths["config"]))
    monkeypatch.setenv("MAKTAB_SITE_CONFIG", str(paths["site"]))
    monkeypatch.setenv("MAKTAB_DATA_DIR", str(paths["data"]))
    return paths


def write(path: Path, content: object) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    text = content if isinstance(content, str) else json.dumps(content, ensure_ascii=False)
    path.write_text(text, "utf-8")


def user_file(dirs: dict[str, Path]) -> Path:
    return dirs["config"] / "settings.json"


def test_no_files_gives_defaults(dirs: dict[str, Path]) -> None:
    settings = load_settings()
    assert settings == Settings()
    assert settings.database_path == dirs["data"] / "maktab.sqlite3"
    assert settings.branch == BranchProfile()


def test_user_file_overlays_the_site_profile(dirs: dict[str, Path]) -> None:
    write(
        dirs["site"],
        {
            "language": "ar",
            "database": "/srv/maktab/desk.sqlite3",
            "branch": {"code": "RYD", "name": "Riyadh", "station": "2", "time_zone": "Asia/Riyadh"},
        },
    )
    write(user_file(dirs), {"language": "en", "display_name": "سارة", "branch": {"station": "3"}})
    settings = load_settings()
    assert settings.language == "en"  # the user's choice wins
    assert settings.database == "/srv/maktab/desk.sqlite3"  # from the site profile
    assert settings.database_path == Path("/srv/maktab/desk.sqlite3")
    assert settings.display_name == "سارة"
    # branch keys merge one by one, they do not replace the whole profile
    assert settings.branch.code == "RYD"
    assert settings.branch.name == "Riyadh"
    assert settings.branch.station == "3"
    assert settings.branch.number_prefix == "RYD3"
    assert settings.branch.phone_region == BranchProfile().phone_region


@pytest.mark.parametrize("broken", ["{not json", "", "\x00\x01", "[1, 2, 3]", '"text"', "null"])
def test_broken_user_file_is_ignored(
    dirs: dict[str, Path], broken: str, caplog: pytest.LogCaptureFixture
) -> None:
    write(dirs["site"], {"language": "pl", "branch": {"code": "WAW"}})
    write(user_file(dirs), broken)
    with caplog.at_level(logging.WARNING):
        settings = load_settings()
    assert settings.language == "pl"
    assert settings.branch.code == "WAW"


def test_broken_site_profile_is_ignored(dirs: dict[str, Path]) -> None:
    write(dirs["site"], "{{{")
    write(user_file(dirs), {"language": "ar"})
    settings = load_settings()
    assert settings.language == "ar"
    assert settings.branch == BranchProfile()


def test_file_in_another_encoding_is_ignored(dirs: dict[str, Path]) -> None:
    user_file(dirs).parent.mkdir(parents=True)
    user_file(dirs).write_bytes('{"display_name": "عربي"}'.encode("cp1256"))
    assert load_settings() == Settings()


@pytest.mark.parametrize("language", ["xx", "fr", "AR", "ar_SA", "english"])
def test_unknown_language_is_ignored(
    dirs: dict[str, Path], language: str, caplog: pytest.LogCaptureFixture
) -> None:
    write(user_file(dirs), {"language": language, "display_name": "Ali"})
    with caplog.at_level(logging.WARNING, logger="desk_app.config"):
        settings = load_settings()
    assert settings.language == ""  # follow the system locale
    assert settings.display_name == "Ali"  # the rest of the file still counts
    assert any("language" in r.getMessage() for r in caplog.records)


@pytest.mark.parametrize("language", ["ar", "en", "pl", ""])
def test_known_languages_are_kept(dirs: dict[str, Path], language: str) -> None:
    write(user_file(dirs), {"language": language})
    assert load_settings().language == language


def test_values_of_the_wrong_type_and_unknown_keys_are_ignored(dirs: dict[str, Path]) -> None:
    write(
        user_file(dirs),
        {
            "language": 5,
            "username": ["a"],
            "database": None,
            "display_name": "Ali",
            "future_option": True,
            "branch": {"code": 12, "name": "Jeddah", "colour": "blue"},
        },
    )
    settings = load_settings()
    assert settings.language == ""
    assert settings.username == ""
    assert settings.database == ""
    assert settings.display_name == "Ali"
    assert settings.branch.code == BranchProfile().code
    assert settings.branch.name == "Jeddah"


@pytest.mark.parametrize("branch", ["HQ", None, 3, ["HQ"]])
def test_branch_that_is_not_an_object_is_ignored(dirs: dict[str, Path], branch: object) -> None:
    write(user_file(dirs), {"branch": branch, "language": "ar"})
    settings = load_settings()
    assert settings.branch == BranchProfile()
    assert settings.language == "ar"


def test_save_then_load_round_trips(dirs: dict[str, Path]) -> None:
    settings = Settings(
        language="ar",
        display_name="أحمد",
        branch=BranchProfile(code="JED", name="Jeddah", station="B"),
    )
    save_settings(settings)
    assert load_settings() == settings
    saved = json.loads(user_file(dirs).read_text("utf-8"))
    assert saved["display_name"] == "أحمد"  # written as text, not \\u escapes
    assert "أحمد" in user_file(dirs).read_text("utf-8")
    assert not list(dirs["config"].glob("*.tmp"))


def test_agent_name_falls_back_to_the_login(
    dirs: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("USER", "khalid")
    settings = load_settings()
    assert settings.agent_username == "khalid"
    assert settings.agent_display_name == "khalid"
    write(user_file(dirs), {"username": "k.omar", "display_name": "Khalid Omar"})
    settings = load_settings()
    assert (settings.agent_username, settings.agent_display_name) == ("k.omar", "Khalid Omar")


def test_default_locations_without_overrides(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("MAKTAB_CONFIG_DIR", "MAKTAB_SITE_CONFIG", "MAKTAB_DATA_DIR"):
        monkeypatch.delenv(var, raising=False)
    assert config.site_config_file().name == "profile.json"
    assert "maktab" in str(config.config_dir()).lower()
    assert "maktab" in str(config.data_dir()).lower()


def test_profile_saved_with_a_byte_order_mark_is_read(dirs: dict[str, Path]) -> None:
    user_file(dirs).parent.mkdir(parents=True, exist_ok=True)
    user_file(dirs).write_bytes(b"\xef\xbb\xbf" + json.dumps({"language": "pl"}).encode())
    assert load_settings().language == "pl"


def test_service_levels_come_from_the_profile_and_are_not_copied_to_the_user_file(
    dirs: dict[str, Path], caplog: pytest.LogCaptureFixture
) -> None:
    levels = {"hours": ["07:30-14:30"], "targets": {"1": {"resolution": "2h"}}}
    write(dirs["site"], {"service_levels": levels})
    settings = load_settings()
    assert settings.service_levels == levels
    save_settings(settings)
    assert "service_levels" not in json.loads(user_file(dirs).read_text("utf-8"))
    assert load_settings().service_levels == levels  # still the administrator's

    write(dirs["site"], {"service_levels": ["not", "an", "object"]})
    with caplog.at_level(logging.WARNING):
        assert load_settings().service_levels == {}
    assert "service_levels" in caplog.text


def test_a_branch_named_in_one_language_is_named_so_in_both(dirs: dict[str, Path]) -> None:
    write(dirs["site"], {"branch": {"code": "RUH", "name": "Riyadh"}})
    branch = load_settings().branch
    assert (branch.name, branch.name_ar) == ("Riyadh", "Riyadh")
    write(dirs["site"], {"branch": {"code": "JED", "name_ar": "جدة"}})
    branch = load_settings().branch
    assert (branch.name, branch.name_ar) == ("جدة", "جدة")
    write(dirs["site"], {"branch": {"name": "Dammam", "name_ar": "الدمام"}})
    branch = load_settings().branch
    assert (branch.name, branch.name_ar) == ("Dammam", "الدمام")
    write(dirs["site"], {})
    assert load_settings().branch == BranchProfile()  # no name given: the built-in pair


@pytest.mark.parametrize(("given", "kept"), [(0, 0), (25, 25), (-1, 10), ("5", 10), (True, 10)])
def test_lock_after_idle_takes_whole_minutes(
    dirs: dict[str, Path], given: object, kept: int
) -> None:
    write(dirs["site"], {"lock_after_minutes": given})
    assert load_settings().lock_after_minutes == kept


@pytest.mark.parametrize(
    ("given", "kept"), [(5, 5), (100, 100), (0, 20), (2000, 20), ("5", 20), (True, 20)]
)
def test_the_attachment_limit_takes_whole_megabytes(
    dirs: dict[str, Path], given: object, kept: int
) -> None:
    write(dirs["site"], {"attachment_max_mb": given})
    settings = load_settings()
    assert settings.attachment_max_mb == kept
    assert settings.attachment_max_bytes == kept * 1024 * 1024
