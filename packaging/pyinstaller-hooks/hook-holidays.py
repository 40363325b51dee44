# The holidays library finds a country's module by name at run time, so
# PyInstaller sees none of them. The desk offers public holidays as a starting
# list (services.holiday_sources): the country modules and their calendars,
# and the holiday names in Arabic and English only (the other languages'
# catalogues are most of the package's size). Financial markets are unused.
from PyInstaller.utils.hooks import collect_data_files, collect_submodules

hiddenimports = collect_submodules("holidays", filter=lambda name: ".financial" not in name)
datas = collect_data_files(
    "holidays", includes=["locale/ar/**/*.mo", "locale/ar_*/**/*.mo", "locale/en_*/**/*.mo"]
)
