import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

USERNAME = "admin"


class Command(BaseCommand):
    help = "Create (or reset) the local development admin account and print its password."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("create_local_admin is for development only (DJANGO_DEBUG is off).")
        password = secrets.token_urlsafe(12)
        user, _ = get_user_model().objects.get_or_create(username=USERNAME)
        user.is_staff = user.is_superuser = True
        user.set_password(password)
        user.save()
        self.stdout.write(
            self.style.SUCCESS(
                "Admin at http://127.0.0.1:8000/admin/ — "
                f"user name: {USERNAME}  password: {password}"
            )
        )
