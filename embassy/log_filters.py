"""Logging filters named in settings.LOGGING."""

import logging


class WithoutTraceback(logging.Filter):
    """Keep the record's message, drop its traceback: for errors that are the request's fault
    (an unknown Host header), where the traceback only shows where Django noticed it."""

    def filter(self, record):
        record.exc_info = None
        record.exc_text = None
        return True
