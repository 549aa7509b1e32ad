from django.contrib import admin
from modeltranslation.admin import TranslationAdmin

from .clocks import Clock
from .site_settings import SiteSettings

# The site name and clock labels are written in both languages: TranslationAdmin shows a field
# per language ("site name [en]", "site name [ru]") in place of the one.


@admin.register(SiteSettings)
class SiteSettingsAdmin(TranslationAdmin):
    list_display = ["site_name", "home_latest_count"]

    def has_add_permission(self, request):
        return not SiteSettings.objects.exists()

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Clock)
class ClockAdmin(TranslationAdmin):
    list_display = ["label", "time_zone", "order", "is_active"]
    list_editable = ["order", "is_active"]
    fields = ["label", "time_zone", "order", "is_active"]
