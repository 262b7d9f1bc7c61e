"""What the download signal cannot tell the exchange recorder (crawler/extensions/exchanges.py), outermost (950).

- process_exception: a request that got no response at all (timeout, reset, DNS, a request refused on its way out)
  is sent as the `exchange_failed` signal, so the recorder files it as an observation;
- process_response: a response goes on only once the recorder's writing of it is done (the task it left in the
  request's meta; the reactor serves other requests meanwhile): a response the recorder could not archive fails
  the request with the archive's error before any other middleware or the spider reads it.
"""

from __future__ import annotations

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.http import Response

RECORD_ERROR_META = "nianbao_record_error"  # request.meta: why the recorder could not archive the response
RECORDING_META = "nianbao_recording"  # request.meta: the recorder's task archiving the response
# Signal: a request that got no response (arguments: request, exception); the recorder files it.
exchange_failed = object()


class ExchangeMiddleware:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ExchangeMiddleware:
        return cls(crawler)

    def process_exception(self, request: Request, exception: BaseException) -> None:
        self.crawler.signals.send_catch_log(signal=exchange_failed, request=request, exception=exception,
                                            spider=self.crawler.spider)

    async def process_response(self, request: Request, response: Response) -> Response:
        error = request.meta.pop(RECORD_ERROR_META, None)
        if error is not None:
            raise error
        recording = request.meta.pop(RECORDING_META, None)
        if recording is not None:
            await recording  # (raises what kept the response out of the archive)
        return response
