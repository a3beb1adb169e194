"""The one error type readers and extractors raise for bad input; its message is for users."""


class ReadError(Exception):
    """Input we cannot read: the message says why, in a few words ("binary file", "empty file")."""
