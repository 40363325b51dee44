"""The category catalogue this desk uses, first that applies: the stored
"catalogue" configuration document (an administrator's edit, or the server's
copy after a sync), the administrator's file named in the settings, the
built-in one. A stored document that no longer reads is passed over (the
reason logged) rather than leaving the desk without categories.

What is read is handed to the labels, so that category names show in the
user's language everywhere."""

from __future__ import annotations

from desk_app.config import Settings
from desk_app.services.catalogue import LoadedCatalogue, load_catalogue
from desk_app.services.catalogue_model import Catalogue
from desk_app.services.catalogue_store import stored_catalogue
from desk_app.services.config_store import ConfigDocument
from desk_app.ui import labels

# The last stored document read and its catalogue: windows ask often (each
# intake, each ticket shown), the document changes seldom.
_parsed: tuple[ConfigDocument, Catalogue | None] | None = None


def current_catalogue(settings: Settings, stored: ConfigDocument | None = None) -> LoadedCatalogue:
    catalogue = _from_document(stored) if stored is not None else None
    loaded = LoadedCatalogue(catalogue) if catalogue is not None else None
    if loaded is None:
        loaded = load_catalogue(settings.catalogue_path)
    labels.use_catalogue(loaded.catalogue)
    return loaded


def _from_document(document: ConfigDocument) -> Catalogue | None:
    global _parsed
    if _parsed is None or _parsed[0] is not document:
        _parsed = (document, stored_catalogue(document))
    return _parsed[1]
