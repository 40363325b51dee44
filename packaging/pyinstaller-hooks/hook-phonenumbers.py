# Replaces the stock phonenumbers hook, which collects every submodule, ~45 MB of
# them. The desk only parses and formats numbers: it needs the per-region metadata
# (phonenumbers.data / .shortdata, imported by name on first use of a region), not
# the geocoder, carrier or time-zone tables.
from PyInstaller.utils.hooks import collect_submodules

UNUSED = ("geocoder", "geodata", "carrier", "carrierdata", "timezone", "tzdata")


def _wanted(name):
    parts = name.split(".")
    return len(parts) < 2 or parts[1] not in UNUSED


hiddenimports = collect_submodules("phonenumbers", filter=_wanted)
