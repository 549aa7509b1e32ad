"""Links that dial a phone number or write an email, from contact details as people write them."""

from functools import lru_cache
from urllib.parse import quote

import phonenumbers


@lru_cache(maxsize=256)
def tel_uri(phone):
    """A tel: link that dials `phone` as written for people, e.g. "+44 (0) 203 668 7474".

    The "(0)" is dialled only from inside the country, so the digits alone would be wrong;
    libphonenumber knows each country's rules. Parsing a number is a twentieth of the consular
    lookup's work, and staff write a handful: each one's link is kept.
    """
    if not phone:
        return None
    try:
        return phonenumbers.format_number(
            phonenumbers.parse(phone, None), phonenumbers.PhoneNumberFormat.RFC3966
        )
    except phonenumbers.NumberParseException:
        # No country code: a local number, dialled as its digits.
        digits = "".join(character for character in phone if character.isdigit())
        return f"tel:{digits}" if digits else None


def mailto_uri(email):
    return f"mailto:{quote(email, safe='@')}" if email else None
