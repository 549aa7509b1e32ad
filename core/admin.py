from django.contrib import admin

from .clocks import Clock
from .site_settings import SiteSettings


@admin.register(SiteSettings)
class SiteSettingsAdmin(admin.ModelAdmin):
    list_display = ["site_name", "home_latest_count"]

    def has_add_permission(self, request):
        return not SiteSettings.objects.exists()

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Clock)
class ClockAdmin(admin.ModelAdmin):
    list_display = ["label", "time_zone", "order", "is_active"]
    list_editable = ["order", "is_active"]
    fields = ["label", "time_zone", "order", "is_active"]
