"""Countries by name in the user's language, for the list of countries whose
national holidays a branch can start from.

Qt names a country in English, or in a language only where a locale of that
language and country exists (Arabic names for Arab countries, "Polska" for
Poland), so the same list would mix scripts. The countries offered are named
here, translated like every other word; a country added to the list later
and not named here still gets Qt's name.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale


def _names() -> dict[str, str]:
    return {
        "AE": QCoreApplication.translate("CountryNames", "United Arab Emirates"),
        "BH": QCoreApplication.translate("CountryNames", "Bahrain"),
        "DJ": QCoreApplication.translate("CountryNames", "Djibouti"),
        "DZ": QCoreApplication.translate("CountryNames", "Algeria"),
        "EG": QCoreApplication.translate("CountryNames", "Egypt"),
        "IQ": QCoreApplication.translate("CountryNames", "Iraq"),
        "JO": QCoreApplication.translate("CountryNames", "Jordan"),
        "KM": QCoreApplication.translate("CountryNames", "Comoros"),
        "KW": QCoreApplication.translate("CountryNames", "Kuwait"),
        "LB": QCoreApplication.translate("CountryNames", "Lebanon"),
        "LY": QCoreApplication.translate("CountryNames", "Libya"),
        "MA": QCoreApplication.translate("CountryNames", "Morocco"),
        "MR": QCoreApplication.translate("CountryNames", "Mauritania"),
        "OM": QCoreApplication.translate("CountryNames", "Oman"),
        "PS": QCoreApplication.translate("CountryNames", "Palestine"),
        "QA": QCoreApplication.translate("CountryNames", "Qatar"),
        "SA": QCoreApplication.translate("CountryNames", "Saudi Arabia"),
        "SD": QCoreApplication.translate("CountryNames", "Sudan"),
        "SO": QCoreApplication.translate("CountryNames", "Somalia"),
        "SY": QCoreApplication.translate("CountryNames", "Syria"),
        "TN": QCoreApplication.translate("CountryNames", "Tunisia"),
        "YE": QCoreApplication.translate("CountryNames", "Yemen"),
        "TR": QCoreApplication.translate("CountryNames", "Türkiye"),
        "PK": QCoreApplication.translate("CountryNames", "Pakistan"),
        "ID": QCoreApplication.translate("CountryNames", "Indonesia"),
        "MY": QCoreApplication.translate("CountryNames", "Malaysia"),
        "GB": QCoreApplication.translate("CountryNames", "United Kingdom"),
        "FR": QCoreApplication.translate("CountryNames", "France"),
        "DE": QCoreApplication.translate("CountryNames", "Germany"),
        "PL": QCoreApplication.translate("CountryNames", "Poland"),
        "US": QCoreApplication.translate("CountryNames", "United States"),
    }


def country_name(code: str) -> str:
    """``code`` (ISO 3166 alpha-2) as the user reads it."""
    named = _names().get(code)
    if named is not None:
        return named
    territory = QLocale.codeToTerritory(code)
    if territory == QLocale.Country.AnyTerritory:
        return code
    language = QLocale().language()
    local = QLocale(language, territory)
    if local.language() == language and local.territory() == territory:
        return local.nativeTerritoryName()
    return QLocale.territoryToString(territory)
