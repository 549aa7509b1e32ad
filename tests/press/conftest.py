import pytest

from tests.factories import make_staff_user


@pytest.fixture
def writer(db):
    return make_staff_user("Press writer", username="wendy")


@pytest.fixture
def editor(db):
    return make_staff_user("Press editor", username="eddie")


@pytest.fixture
def second_editor(db):
    return make_staff_user("Press editor", username="erin")
