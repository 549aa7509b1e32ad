"""Turning a phone number as people write it into a `tel:` link a phone can dial."""

import re


def tel_uri(number):
    """'+44 (0) 203 668 7474' -> 'tel:+442036687474'.

    In international notation the bracketed trunk zero is not dialled from abroad, so it is
    dropped rather than kept (keeping it gives a number that does not connect).
    """
    if not number:
        return ""
    dialled = re.sub(r"\(0\)", "", number) if number.lstrip().startswith("+") else number
    digits = re.sub(r"[^\d+]", "", dialled)
    return f"tel:{digits}"
