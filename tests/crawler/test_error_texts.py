"""Error texts a person reads (fetch rows, logs): one line, rounded numbers, never an empty message (issue 15,
item 9: "took longer than 19.9935 s", an empty `DownloadCancelledError:`)."""

from __future__ import annotations

from scrapy.exceptions import DownloadCancelledError, DownloadTimeoutError
from scrapy.utils.test import get_crawler

from crawler.errors import one_line
from crawler.extensions.exchanges import ExchangeRecorder


def test_one_line_rounds_long_decimals_and_leaves_urls_and_versions_alone() -> None:
    exc = DownloadTimeoutError("Getting https://a.gov.cn/v1.25/P0.pdf took longer than 19.9935 seconds.\nmore")
    assert one_line(exc) == "Getting https://a.gov.cn/v1.25/P0.pdf took longer than 20 seconds."
    assert one_line(ValueError("2.25 MB from 127.0.0.1 over HTTP/1.1 in 0.5 s")) == \
        "2.2 MB from 127.0.0.1 over HTTP/1.1 in 0.5 s"


def test_an_exception_without_a_message_is_still_said() -> None:
    assert one_line(DownloadCancelledError()) == "Download cancelled error (no further detail)"


def test_a_body_past_the_size_limit_says_so_in_megabytes() -> None:
    recorder = ExchangeRecorder(get_crawler(settings_dict={"DOWNLOAD_MAXSIZE": 200 * 2**20}))
    assert recorder._failure_text(DownloadCancelledError()) == (
        "DownloadCancelledError: body larger than the download size limit (limit 200 MB, DOWNLOAD_MAXSIZE): "
        "not downloaded")
    announced = DownloadCancelledError("Expected to receive 1073741824 bytes which is larger than download max "
                                       "size (209715200) in request <GET https://a.gov.cn/x.pdf>.")
    assert recorder._failure_text(announced) == (
        "DownloadCancelledError: body larger than the download size limit (1024 MB announced, limit 200 MB, "
        "DOWNLOAD_MAXSIZE): not downloaded")
