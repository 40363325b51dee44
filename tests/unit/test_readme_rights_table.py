"""The README's table of rights is the code's: written by
scripts/rights_table.py from permissions.table_rows, and checked here."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_readme_shows_the_rights_the_code_grants() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "rights_table.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert (
        "| set priority 1 (enterprise failure) (`set_priority_1`) |  |  |  | ✓ | ✓ | ✓ |" in readme
    )
