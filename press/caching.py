from django.conf import settings
from django.views.decorators.cache import cache_control

# Public pages may be reused by browsers and proxies for the page cache's lifetime. The site's
# page-cache middleware shortens it when something on a page expires sooner (a scheduled
# message, the header's date at midnight). embassy.freshness.public_page is this same
# decorator; press keeps its own because press does not import embassy.
public_page = cache_control(public=True, max_age=settings.CACHE_MIDDLEWARE_SECONDS)
