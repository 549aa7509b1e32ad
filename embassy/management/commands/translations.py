from django.core.management.base import BaseCommand, CommandError

from ... import catalogue


class Command(BaseCommand):
    help = (
        "The Russian catalogue (locale/ru/): 'update' merges our code's translatable strings "
        "into it and compiles it; 'check' fails if a string has no translation or the "
        "catalogue is stale (see embassy/catalogue.py)."
    )

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["update", "check"])

    def handle(self, *args, action, **options):
        code = catalogue.extracted()
        for language in catalogue.LANGUAGES:
            if action == "update":
                catalogue.update(language)
            findings = catalogue.check(language, code)
            if findings:
                self.stdout.write(f"locale/{language}: " + findings.report())
                if action == "check":
                    raise CommandError(
                        f"The {language} catalogue is incomplete or stale: translate the strings "
                        f"above in {catalogue.catalogue_path(language)} and run "
                        "`manage.py translations update`."
                    )
            else:
                self.stdout.write(f"locale/{language}: complete, {len(code)} strings.")
