from .site_settings import SiteSettings


class SettingsForRender:
    """The site's settings as one render reads them: loaded at the first read (from the cache,
    once warm; the pages that show none never load them), each field read once.

    A page names the site half a dozen times, and each read of a field staff write in both
    languages asks django-modeltranslation, which finds the active language and its fallbacks
    again: about 34,000 CPU instructions a read. A render is in one language, so the first
    read's answer stands for the rest of it.
    """

    def __getattr__(self, name):
        # Only for a field not read yet: it is then set on this object, read as it is.
        if name == "_row":
            self._row = SiteSettings.load()
            return self._row
        if name.startswith("_"):
            raise AttributeError(name)
        value = getattr(self._row, name)
        setattr(self, name, value)
        return value


def site_settings(request):
    return {"site_settings": SettingsForRender()}
