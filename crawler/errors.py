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


def one_line(exc: BaseException | None) -> str:
    """What went wrong, for a person, on one line: the message's first line with long decimals rounded ("took
    longer than 19.9935 s" reads "took longer than 20 s"), or, for an exception that says nothing, its kind in
    words — never an empty text after a colon."""
    lines = [line.strip() for line in str(exc if exc is not None else "").splitlines() if line.strip()]
    if not lines:
        return f"{_words(type(exc).__name__) if exc is not None else 'A failure'} (no further detail)"
    return " ".join(_rounded(token) for token in lines[0].split(" "))


def _words(name: str) -> str:
    """`DownloadCancelledError` → "Download cancelled error"."""
    spaced = "".join(f" {ch.lower()}" if ch.isupper() else ch for ch in name).strip()
    return spaced[:1].upper() + spaced[1:]


def _rounded(token: str) -> str:
    """A decimal with more than one digit after the point, rounded to one (whole numbers lose ".0"); URLs, paths,
    versions and addresses are left alone."""
    if "/" in token or ":" in token or token.count(".") != 1:
        return token
    head = token.rstrip(".,;)")
    number, tail = head, token[len(head):]
    whole, _, fraction = number.partition(".")
    if len(fraction) < 2 or not whole.lstrip("-").isdigit() or not fraction.isdigit():
        return token
    return f"{float(number):.1f}".removesuffix(".0") + tail
