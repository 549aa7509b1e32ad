"""The press office's admin: a section per kind of message, "All messages", the recycle bin."""

from . import messages, recycle_bin, taxonomy  # noqa: F401  (each registers its admins)
