"""embassy/wsgi.py: what the process made while starting is kept out of the cyclic garbage
collector's walks, and the application it serves is the page front over Django's."""

import gc
import importlib

from embassy.page_front import CachedPageFront


def test_starting_the_application_freezes_what_starting_made():
    gc.unfreeze()
    wsgi = importlib.import_module("embassy.wsgi")
    importlib.reload(wsgi)

    assert gc.get_freeze_count() > 0
    assert isinstance(wsgi.application, CachedPageFront)
