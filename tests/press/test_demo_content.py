import pytest
from django.core.management import call_command

from press.models import Message

pytestmark = pytest.mark.django_db

FEATURED_TITLE = (
    "Foreign Minister Sergey Lavrov’s remarks at a meeting of the of the United Russia "
    "Commission on International Cooperation and Support for Compatriots Living Abroad, "
    "Moscow, December 28, 2021"
)
# The ten dated items of the reference home page, word for word and in its order.
REFERENCE_ITEMS = [
    "23.01.2022 - Embassy comment on the recent Foreign Office statements regarding Russia and "
    "Ukraine",
    "09.01.2022 - Press release on the situation in the Republic of Kazakhstan, January 8, 2022",
    "06.01.2022 - Foreign Ministry statement on the CSTO Collective Security Council’s decision "
    "to send CSTO Collective Peacekeeping Forces to the Republic of Kazakhstan",
    "20.12.2021 - Deputy Foreign Minister Alexander Grushko’s interview published in Rossiyskaya "
    "Gazeta on December 20, 2021",
    "20.12.2021 - Deputy Foreign Minister Sergey Ryabkov’s interview with Interfax News Agency, "
    "December 18, 2021",
    "18.12.2021 - Press release on the outcome of the seventh round of negotiations to restore "
    "the Joint Comprehensive Plan of Action (JCPOA)",
    "18.12.2021 - Foreign Ministry statement on the withdrawal of the Russian Federation from the "
    "Treaty on Open Skies",
    "17.12.2021 - Comment by Foreign Ministry Spokeswoman Maria Zakharova on Russia’s reciprocal "
    "list of British citizens denied entry to the Russian Federation",
    "17.12.2021 - Press release on Russian draft documents on legal security guarantees from the "
    "United States and NATO",
    "16.12.2021 - Foreign Ministry Statement",
]


def snapshot():
    return list(Message.objects.values_list("slug", "version", "updated_at"))


def test_load_demo_loads_exactly_the_reference_items_and_is_idempotent():
    call_command("load_demo", stdout=None)
    first = snapshot()
    call_command("load_demo")
    assert snapshot() == first

    featured = Message.objects.get(featured=True, language="en")
    assert featured.title == FEATURED_TITLE
    assert featured.body.startswith("Friends, colleagues,")
    assert featured.body.rstrip().endswith("set for our team.")
    assert [str(person) for person in featured.people.all()] == ["Sergey Lavrov, Foreign Minister"]

    from django.utils import timezone

    with timezone.override("Europe/Moscow"):
        items = [
            f"{timezone.localtime(message.published_at):%d.%m.%Y} - {message.title}"
            for message in Message.objects.published().filter(featured=False, language="en")
        ]
    assert items == REFERENCE_ITEMS
    assert Message.objects.filter(language="en").count() == 11


def test_demo_interviews_record_their_outlet_and_speaker():
    call_command("load_demo")
    grushko = Message.objects.get(title__startswith="Deputy Foreign Minister Alexander Grushko")
    assert grushko.kind == Message.Kind.INTERVIEW
    assert grushko.outlet == "Rossiyskaya Gazeta"
    assert grushko.people.get().name == "Alexander Grushko"
    assert grushko.categories.exists()


def test_the_demo_speaks_russian_too():
    from django.utils import translation

    from core.clocks import Clock
    from core.site_settings import SiteSettings
    from counters.models import Incident
    from press.models import Category, Person

    call_command("load_demo")

    russian = Message.objects.published().filter(language="ru")
    assert russian.count() >= 5
    for message in russian:
        original = message.translation_of
        assert original.language == "en" and original.state == Message.State.PUBLIC
        assert set(message.categories.all()) == set(original.categories.all())
        assert set(message.people.all()) == set(original.people.all())
        assert message.title != original.title and message.lead != original.lead
    assert russian.filter(featured=True).count() == 1
    with translation.override("ru"):
        assert SiteSettings.objects.get().site_name == "Посольство Российской Федерации"
        assert [clock.label for clock in Clock.objects.all()] == ["Москва", "Лондон"]
        assert Incident.objects.get(name_en="the Salisbury incident").name == "инцидента в Солсбери"
        categories = Category.objects.all()
        assert all(category.name_ru and category.description_ru for category in categories)
        assert all(person.name_ru and person.position_ru for person in Person.objects.all())
