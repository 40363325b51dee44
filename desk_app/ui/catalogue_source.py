"""The category catalogue this desk uses: the administrator's file named in the
settings, or the built-in one. Read when a window needs it (the file is tiny
and re-read only when it changes), and handed to the labels so that category
names show in the user's language everywhere."""

from __future__ import annotations

from desk_app.config import Settings
from desk_app.services.catalogue import LoadedCatalogue, load_catalogue
from desk_app.ui import labels


def current_catalogue(settings: Settings) -> LoadedCatalogue:
    loaded = load_catalogue(settings.catalogue_path)
    labels.use_catalogue(loaded.catalogue)
    return loaded
