# English on this site is British English: dates read and typed day first (25/01/2022), as in
# Django's en_GB locale, rather than the American defaults of plain "en".
from django.conf.locale.en_GB.formats import *  # noqa: F403
