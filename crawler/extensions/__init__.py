"""Extensions: the components of a crawl that write (docs/crawler.md: spiders yield, downloader middlewares
annotate or alter, pipelines transform, extensions write), each a set of signal handlers.

- runs.CrawlRunExtension         the crawl-run row (arguments, finish reason, stats); the zero-reports alarm
- exchanges.ExchangeRecorder     every HTTP exchange into the archive: fetch row, content-addressed blob, WARC record
- parses.ParseRequester         the parse of every new document a report item names: queued, parsed by a pool
                                 of processes, waited for
- progress.CrawlProgress         the progress line on a terminal (the crawl command's summary ends it)

(Discovery's site file is written by crawler/discovery/pinning.py, an extension its spider installs.)
"""
