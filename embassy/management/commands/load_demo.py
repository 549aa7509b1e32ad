from django.core.management.base import BaseCommand

import core.demo as site_demo
import counters.demo
import press.demo

from ...consular import demo as consular_demo

# Each app loads its own demo content; the embassy app, which may import the others, runs them.
LOADERS = [
    ("site settings", site_demo.load),
    ("clocks", site_demo.load_clocks),
    ("press content", press.demo.load),
    ("incident counters", counters.demo.load),
    ("consular offices", consular_demo.load),
]


class Command(BaseCommand):
    help = "Load the demo content (the reference home page). Running it again changes nothing."

    def handle(self, *args, **options):
        for name, load in LOADERS:
            created = load()
            self.stdout.write(f"{name}: {created} created")
