from django.utils.text import slugify


def unique_slug(instance, source, max_length=200):
    """A slug for `source` that no other row of the instance's model already uses.

    "statement", "statement-2", "statement-3"… Staff may type their own slug; this is only
    called when they leave it empty.
    """
    base = slugify(source, allow_unicode=False)[:max_length].strip("-") or "item"
    manager = type(instance)._base_manager
    taken = set(
        manager.filter(slug__startswith=base).exclude(pk=instance.pk).values_list("slug", flat=True)
    )
    candidate, number = base, 2
    while candidate in taken:
        suffix = f"-{number}"
        candidate = f"{base[: max_length - len(suffix)]}{suffix}"
        number += 1
    return candidate
