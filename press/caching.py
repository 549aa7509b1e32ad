from django.conf import settings
from django.views.decorators.cache import cache_control

# How long browsers and proxies may reuse a public page. The same setting and default as
# embassy.freshness.public_page, read here because press does not import embassy; the site's
# FreshnessMiddleware still shortens it when something on a page expires sooner.
PUBLIC_PAGE_MAX_AGE = getattr(settings, "PUBLIC_PAGE_MAX_AGE", 300)

public_page = cache_control(public=True, max_age=PUBLIC_PAGE_MAX_AGE)
