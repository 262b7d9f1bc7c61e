"""Typed errors of the crawler and the document reader, shared by the library and the command line.

The CLI turns any `NianbaoError` (and the archive's `storage.errors.StorageError`) into one line on stderr and exit
status 2; library callers catch the subclass they care about.  Nothing here should ever surface as a traceback to
a user.  Kept free of imports: the document reader (crawler.extract, crawler.parse) raises these too.
"""


class NianbaoError(Exception):
    """Base class: a problem with the user's input or environment, explained in one line."""


class NotAReportError(NianbaoError):
    """The input is readable but is not a government information-disclosure annual report."""


class ExtractionError(NianbaoError):
    """A document could not be turned into text (broken, encrypted, unsupported or hostile file)."""


class UnsupportedFormatError(ExtractionError):
    """The bytes are of a type the extractor does not read (sniffed from content, not from the name)."""


class DocumentTooLargeError(ExtractionError):
    """The document (or what it would expand to: zip members, pages, pixels) exceeds a configured limit."""


class EncryptedDocumentError(ExtractionError):
    """The document is password-protected; nothing can be read without the password."""


class CorruptDocumentError(ExtractionError):
    """The bytes claim a format but are empty, truncated, damaged or deliberately malformed."""


class ExtractionTimeoutError(ExtractionError):
    """Extraction (a converter subprocess or the in-process reader) ran past its time limit."""
