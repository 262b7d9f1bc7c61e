"""Distributed mode: many worker processes, on many machines, working the same crawls (docs/scaling.md).

Built on scrapy-redis: one shared Redis holds each crawl's request queue and duplicate filter; every worker writes
to the one archive (PostgreSQL via DATABASE_URL, blobs and WARCs in a shared NIANBAO_DATA).  What scrapy-redis
does not do, and this package adds:

- keys         every Redis key, in one place
- connection   REDIS_URL, and the mode's typed errors
- crawls       a crawl's life: enqueue, join, drain, leave, finish (one crawl_runs row per enqueued crawl)
- seeding      start requests queued once, at enqueue time
- queue        reliable pop: a taken request stays parked under its worker until completed
- scheduler    the workers' Scrapy scheduler (shared queue + filter, acknowledgement of completed requests)
- liveness     heartbeats, and the reaper that gives a dead worker's requests to the others
- politeness   one request at a time per host, and a delay between requests, across all workers
- robots       robots.txt fetched once per crawl and host, shared through Redis
- extension    the crawl run in a worker (kept open until the crawl drains, finished by the last worker)
- settings     a worker's Scrapy settings
- worker       the worker process (`python -m crawler worker`)

`python scheduler.py` enqueues instead of launching subprocesses when REDIS_URL is set
(crawler/schedule/distributed_runner.py).

Single-machine mode (`scrapy crawl`, `scheduler.py` without REDIS_URL) uses none of this and needs no Redis.
"""
