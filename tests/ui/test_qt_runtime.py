"""The Qt binding itself must survive a working day: the desk emits signals for
every page, keystroke and background result. PySide6 6.12.0 lost a reference
to True on each Signal.emit and aborted the process after about a thousand."""

from __future__ import annotations

import subprocess
import sys

PROGRAM = """
import sys
from PySide6.QtCore import QCoreApplication, QObject, Signal
app = QCoreApplication(sys.argv)
class Source(QObject):
    changed = Signal(object)
source = Source()
seen = []
source.changed.connect(seen.append)
for i in range(20_000):
    source.changed.emit(i)
print(len(seen))
"""


def test_many_signal_emits_do_not_crash_the_process() -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROGRAM], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "20000"
