from django import forms


class SearchInput(forms.TextInput):
    """A search box that never echoes a NUL byte back into the page.

    A search with a NUL is refused by the form (PostgreSQL cannot store or compare one); the
    page then shows what was typed, without the NUL, which is not valid in HTML.
    """

    input_type = "search"

    def format_value(self, value):
        if isinstance(value, str):
            value = value.replace("\x00", "")
        return super().format_value(value)
