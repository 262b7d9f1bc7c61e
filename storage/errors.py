"""The archive's errors, each explained in one line a command can print as it is.

Storage knows nothing of the crawler, so these do not derive from `crawler.errors.NianbaoError`; the command lines
catch both (`crawler.commands.USER_ERRORS`).
"""


class StorageError(Exception):
    """The archive could not be read or written (missing database, read-only directory, disk full, ...)."""


class ArchiveMissingError(StorageError):
    """There is no archive where the configuration points (reading never creates one)."""
