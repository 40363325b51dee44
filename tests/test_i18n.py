"""Every user-visible string is translated in ar, en and pl: lupdate run on the
current code into copies of the .ts files must leave nothing unfinished."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

import i18n_check  # noqa: E402


def test_lupdate_leaves_no_unfinished_string(tmp_path: Path) -> None:
    for lang in i18n_check.LANGUAGES:
        shutil.copy(ROOT / "i18n" / f"desk_app_{lang}.ts", tmp_path)
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    sources = sorted(str(p) for p in (ROOT / "desk_app").rglob("*.py"))
    targets = [str(tmp_path / f"desk_app_{lang}.ts") for lang in i18n_check.LANGUAGES]
    subprocess.run(
        [str(lupdate), "-no-obsolete", "-silent", *sources, "-ts", *targets],
        check=True,
        capture_output=True,
    )
    i18n_check.fill_source(tmp_path / "desk_app_en.ts")
    problems = [
        p
        for lang in i18n_check.LANGUAGES
        for p in i18n_check.problems(tmp_path / f"desk_app_{lang}.ts")
    ]
    assert problems == [], "run `make lupdate` and translate:\n" + "\n".join(problems)


def test_arabic_and_polish_plurals_have_all_their_forms() -> None:
    import xml.etree.ElementTree as ET

    for lang, forms in (("ar", 6), ("pl", 3)):
        tree = ET.parse(ROOT / "i18n" / f"desk_app_{lang}.ts")
        for message in tree.iter("message"):
            if message.get("numerus") == "yes":
                found = message.find("translation").findall("numerusform")  # type: ignore[union-attr]
                assert len(found) == forms and all(f.text for f in found)


def test_every_count_placeholder_is_a_plural() -> None:
    """A "%n" text recorded as a plain message shows the English fallback in
    Arabic and Polish (pyside6-lupdate records a plural only for tr(text, "", n))."""
    import xml.etree.ElementTree as ET

    tree = ET.parse(ROOT / "i18n" / "desk_app_ar.ts")
    plain = [
        m.findtext("source")
        for m in tree.iter("message")
        if "%n" in (m.findtext("source") or "").replace("%Ln", "%n") and m.get("numerus") != "yes"
    ]
    assert plain == []
