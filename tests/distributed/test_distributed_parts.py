"""The distributed mode's parts against a real redis-server: the reliable queue and its reaper, the per-host gate,
a crawl's life in Redis (enqueue, join, leave, finish, cancel) and the `enqueue` command's errors."""

from __future__ import annotations

import asyncio
import json
import pickle
import time
from pathlib import Path

import pytest
import redis
from scrapy import Spider

from crawler.__main__ import main
from crawler.distributed import crawls, keys, liveness, seeding
from crawler.distributed.connection import CrawlBusyError, DistributedError
from crawler.distributed.keys import CrawlKeys
from crawler.distributed.politeness import POLL_SECONDS, HostGate
from crawler.distributed.queue import ReliableQueue
from crawler.distributed.settings import project_settings
from crawler.schedule import history
from storage.archive import Archive

pytestmark = pytest.mark.redis


def _spider(name: str = "haizhu", **arguments: str) -> Spider:
    settings = project_settings()
    return seeding.build_spider(crawls.load_spider_class(settings, name), settings, arguments)


def _alive(server: redis.Redis, worker: str) -> None:
    server.set(keys.heartbeat(worker), "{}", px=60_000)


def test_a_taken_request_stays_parked_under_its_worker_until_acknowledged(server: redis.Redis) -> None:
    spider = _spider()
    ck = CrawlKeys(spider.name)
    queue = ReliableQueue(server, spider, ck, "w1")
    first, second = seeding.start_requests(spider)[:2]
    queue.push(first)
    queue.push(second)
    request, field = queue.take()
    assert field.startswith("w1|")
    assert len(queue) == 1 and server.hlen(ck.inflight) == 1
    score, data = server.hget(ck.inflight, field).split(b"|", 1)
    assert pickle.loads(data)["url"] == request.url and float(score) == -request.priority
    queue.ack(field)
    assert server.hlen(ck.inflight) == 0 and len(queue) == 1


def test_a_dead_workers_requests_go_back_to_the_queue_with_their_priority(server: redis.Redis) -> None:
    spider = _spider()
    ck = CrawlKeys(spider.name)
    queue = ReliableQueue(server, spider, ck, "w1")
    queue.push(seeding.start_requests(spider)[0].replace(priority=7))
    server.sadd(ck.members, "w1")
    _alive(server, "w1")
    request, _field = queue.take()
    assert liveness.reap(server, ck) == {}, "a live worker's requests were taken from it"
    assert len(queue) == 0 and server.sismember(ck.members, "w1")
    server.delete(keys.heartbeat("w1"))  # what a SIGKILL amounts to, once the TTL has run out
    assert liveness.reap(server, ck) == {"w1": 1}
    assert server.hlen(ck.inflight) == 0 and not server.sismember(ck.members, "w1")
    [(data, score)] = server.zrange(ck.requests, 0, -1, withscores=True)
    assert pickle.loads(data)["url"] == request.url and score == -7
    assert int(server.hget(ck.stats, "distributed/requeued")) == 1
    other = ReliableQueue(server, spider, ck, "w2")
    again, _ = other.take()
    assert again.url == request.url and again.callback == request.callback


def test_the_host_gate_lets_one_request_at_a_time_and_the_delay_after(server: redis.Redis) -> None:
    delay = 0.3
    one, two = HostGate(server, "w1", delay), HostGate(server, "w2", delay)
    _alive(server, "w1")
    _alive(server, "w2")
    assert one.try_acquire("www.haizhu.gov.cn") == 0
    assert two.try_acquire("www.haizhu.gov.cn") == POLL_SECONDS, "a second request while one is in progress"
    assert two.try_acquire("www.panyu.gov.cn") == 0, "hosts are independent"
    one.release("www.haizhu.gov.cn")
    released = time.monotonic()
    wait = two.try_acquire("www.haizhu.gov.cn")
    assert 0 < wait <= delay
    while (wait := two.try_acquire("www.haizhu.gov.cn")) > 0:
        time.sleep(wait)
    assert time.monotonic() - released >= delay - 0.005  # (Redis counts whole milliseconds)
    assert one.try_acquire("www.haizhu.gov.cn") > 0, "the first worker got in while the second held the host"


def test_a_retry_after_holds_the_host_for_every_worker(server: redis.Redis) -> None:
    one, two = HostGate(server, "w1", 0.05), HostGate(server, "w2", 0.05)
    _alive(server, "w1")
    assert one.try_acquire("www.yindu.gov.cn") == 0
    one.release("www.yindu.gov.cn", pause=2.0)  # the answer said Retry-After: 2
    assert 1.9 < two.try_acquire("www.yindu.gov.cn") <= 2.0
    assert 1.9 < one.try_acquire("www.yindu.gov.cn") <= 2.0


def test_the_gate_middleware_holds_the_host_while_a_request_is_out_and_as_long_as_retry_after_says(
        server: redis.Redis, redis_db: str) -> None:
    from scrapy.crawler import Crawler
    from scrapy.http import Request, Response

    from crawler.distributed.politeness import HostGateMiddleware
    from crawler.distributed.settings import worker_settings

    _alive(server, "w1")
    middleware = HostGateMiddleware.from_crawler(Crawler(Spider, worker_settings("w1", redis_db)))
    other = HostGate(server, "w2", 0)
    request = Request("https://www.yindu.gov.cn/zfxxgk/")
    asyncio.run(middleware.process_request(request))
    assert other.try_acquire("www.yindu.gov.cn") == POLL_SECONDS, "the host was not held during the request"
    middleware.process_response(request, Response(request.url, status=429, headers={"Retry-After": "3"}))
    assert 2.9 < other.try_acquire("www.yindu.gov.cn") <= 3.0
    again = Request("https://www.yindu.gov.cn/zfxxgk/index_2.html")
    server.hset(keys.host_gate("www.yindu.gov.cn"), "free_at", 0)  # (not waiting the 3 s out)
    asyncio.run(middleware.process_request(again))  # the local lock was released with the token
    middleware.process_exception(again, TimeoutError())
    assert server.hget(keys.host_gate("www.yindu.gov.cn"), "holder") is None


def test_the_host_gate_is_taken_over_from_a_dead_holder(server: redis.Redis) -> None:
    one, two = HostGate(server, "w1", 0.0), HostGate(server, "w2", 0.0)
    _alive(server, "w1")
    assert one.try_acquire("www.yaodu.gov.cn") == 0
    assert two.try_acquire("www.yaodu.gov.cn") > 0
    server.delete(keys.heartbeat("w1"))
    assert two.try_acquire("www.yaodu.gov.cn") == 0
    one.release("www.yaodu.gov.cn")  # the late release of the dead holder changes nothing
    assert server.hget(keys.host_gate("www.yaodu.gov.cn"), "holder") == b"w2"


def test_enqueue_queues_the_start_once_and_opens_the_run(server: redis.Redis, archive: Archive) -> None:
    settings = project_settings()
    done = crawls.enqueue(server, archive, settings, "haizhu", {"years": "2021-"}, run_key="haizhu-test-1")
    start = seeding.start_requests(_spider(years="2021-"))
    assert done.queued == len(start) > 0 and not done.already
    assert sorted(pickle.loads(d)["url"] for d in server.zrange(CrawlKeys("haizhu").requests, 0, -1)) == \
        sorted(r.url for r in start)
    assert crawls.active(server) == [done.crawl]
    assert done.crawl.arguments == {"years": "2021-"} and done.crawl.spider == "haizhu"
    record = history.run_record(archive, "haizhu-test-1")
    assert record is not None and record.finished_at is None and record.spider == "haizhu"
    again = crawls.enqueue(server, archive, settings, "haizhu", {"years": "2021-"}, run_key="haizhu-test-1")
    assert again.already and again.queued == 0
    assert server.zcard(CrawlKeys("haizhu").requests) == len(start)
    with pytest.raises(CrawlBusyError, match="haizhu-test-1"):
        crawls.enqueue(server, archive, settings, "haizhu", run_key="haizhu-test-2")
    assert history.run_record(archive, "haizhu-test-2") is None


def test_the_last_worker_out_of_a_drained_crawl_finishes_it_with_everyones_stats(server: redis.Redis,
                                                                                   archive: Archive) -> None:
    crawl = crawls.enqueue(server, archive, project_settings(), "yaodu").crawl
    ck = crawl.keys
    for worker in ("w1", "w2"):
        _alive(server, worker)
        assert crawls.join(server, crawl, worker)
    queue = ReliableQueue(server, _spider("yaodu"), ck, "w1")
    _request, field = queue.take()
    assert crawls.leave(server, crawl, "w2", {"item_scraped_count": 2}).outcome == "left"
    assert not crawls.is_drained(server, crawl)
    assert crawls.join(server, crawl, "w2")
    queue.ack(field)
    assert crawls.is_drained(server, crawl)
    assert crawls.leave(server, crawl, "w2", {"item_scraped_count": 3, "x": 0.5}).outcome == "drained"
    last = crawls.leave(server, crawl, "w1", {"item_scraped_count": 4, "x": 0.25, "flag": True, "when": "now"})
    assert last.outcome == "finish"
    assert last.stats == {"item_scraped_count": 9, "x": 0.75, "distributed/workers": 3}
    assert not any(server.exists(k) for k in ck.all()) and crawls.active(server) == []
    assert crawls.leave(server, crawl, "w3", {}).outcome == "gone"
    assert not crawls.join(server, crawl, "w3"), "joined a finished crawl"


def test_a_worker_leaving_early_gives_back_what_it_had_parked(server: redis.Redis, archive: Archive) -> None:
    crawl = crawls.enqueue(server, archive, project_settings(), "haizhu").crawl
    queued = server.zcard(crawl.keys.requests)
    _alive(server, "w1")
    crawls.join(server, crawl, "w1")
    ReliableQueue(server, _spider(), crawl.keys, "w1").take()
    assert crawls.leave(server, crawl, "w1", {}).outcome == "left"
    assert server.zcard(crawl.keys.requests) == queued and server.hlen(crawl.keys.inflight) == 0
    assert crawls.active(server) == [crawl]


@pytest.fixture
def cli_env(monkeypatch: pytest.MonkeyPatch, redis_db: str, tmp_path: Path) -> str:
    monkeypatch.setenv("REDIS_URL", redis_db)
    monkeypatch.setenv("NIANBAO_DATA", str(tmp_path / "data"))
    monkeypatch.delenv("DATABASE_URL", raising=False)
    return redis_db


def test_enqueue_status_and_cancel_commands(cli_env: str, capsys: pytest.CaptureFixture[str],
                                            server: redis.Redis, tmp_path: Path) -> None:
    assert main(["enqueue", "yaodu", "panyu", "-a", "years=2023"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert [line.split(":")[0] for line in out] == ["yaodu", "panyu"] and all("enqueued (" in x for x in out)
    assert main(["enqueue", "--status", "--json"]) == 0
    status = json.loads(capsys.readouterr().out)
    assert [row["site"] for row in status] == ["yaodu", "panyu"]
    assert all(row["queued"] > 0 and row["arguments"] == {"years": "2023"} for row in status)
    assert main(["enqueue", "--cancel", "yaodu"]) == 0
    assert "cancelled" in capsys.readouterr().out
    assert [c.name for c in crawls.active(server)] == ["panyu"]
    assert not any(server.exists(k) for k in CrawlKeys("yaodu").all())
    with Archive.open(data_dir=tmp_path / "data") as archive:
        record = history.run_record(archive, status[0]["run_key"])
    assert record is not None and record.finish_reason == "cancelled"
    assert main(["enqueue", "--cancel", "yaodu"]) == 1


@pytest.mark.parametrize(("argv", "message"), [
    (["enqueue", "nosuchsite"], "no such spider: nosuchsite"),
    (["enqueue", "yaodu", "-a", "years"], "expected NAME=VALUE"),
    (["enqueue", "yaodu", "panyu", "--run-key", "k"], "exactly one spider"),
    (["enqueue", "yaodu", "-a", "sample=many"], "bad arguments"),
    (["enqueue", "discover", "-a", "start_url=https://www.haizhu.gov.cn/"], "crawl it with `scrapy crawl`"),
    (["worker", "--max-crawls", "0"], "at least 1"),
    (["worker", "--id", "a|b"], "no '|'"),
])
def test_command_errors_are_one_line(cli_env: str, capsys: pytest.CaptureFixture[str], server: redis.Redis,
                                     argv: list[str], message: str) -> None:
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1, err
    assert crawls.active(server) == [], "a failed enqueue left a crawl behind"


def test_without_redis_the_commands_say_so(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
                                           ) -> None:
    monkeypatch.delenv("REDIS_URL", raising=False)
    assert main(["enqueue", "yaodu"]) == 2
    assert "set REDIS_URL" in capsys.readouterr().err
    monkeypatch.setenv("REDIS_URL", "redis://127.0.0.1:1/0")  # nothing listens on port 1
    assert main(["worker"]) == 2
    assert "cannot reach Redis" in capsys.readouterr().err
    with pytest.raises(DistributedError):
        crawls.load_spider_class(project_settings(), "nosuchsite")


def test_a_worker_restarted_under_the_same_name_gives_back_what_its_previous_life_held(
        server: redis.Redis, archive: Archive, redis_db: str) -> None:
    from crawler.distributed.settings import worker_settings
    from crawler.distributed.worker import Worker, WorkerOptions

    crawl = crawls.enqueue(server, archive, project_settings(), "haizhu").crawl
    queued = server.zcard(crawl.keys.requests)
    crawls.join(server, crawl, "w1")
    ReliableQueue(server, _spider(), crawl.keys, "w1").take()
    _alive(server, "w1")  # the new process beats under the old name: no reaper would ever step in
    assert liveness.reap(server, crawl.keys) == {}
    Worker(server, worker_settings("w1", redis_db), WorkerOptions()).reclaim_previous_life()
    assert server.zcard(crawl.keys.requests) == queued and server.hlen(crawl.keys.inflight) == 0
    assert not server.sismember(crawl.keys.members, "w1")


def test_a_drained_crawl_whose_last_members_died_is_taken_up_again_to_be_finished(
        server: redis.Redis, archive: Archive, redis_db: str) -> None:
    """w1 leaves a drained crawl while w2, killed, still counts as a member (its heartbeat has not expired): the last
    member out finishes a crawl, so nobody would.  w1 watches the crawls it left; once w2 is reaped, it takes the
    crawl up again (its spider, idle at once, leaves last and finishes the run)."""
    from crawler.distributed.settings import worker_settings
    from crawler.distributed.worker import Worker, WorkerOptions

    crawl = crawls.enqueue(server, archive, project_settings(), "yaodu").crawl
    server.delete(crawl.keys.requests)  # nothing left to fetch: the crawl is drained once its members are gone
    for name in ("w1", "w2"):
        _alive(server, name)
        assert crawls.join(server, crawl, name)
    assert crawls.leave(server, crawl, "w1", {}).outcome == "drained"
    worker = Worker(server, worker_settings("w1", redis_db), WorkerOptions(drain=True))
    worker.left[crawl.name] = crawl
    worker.worked.add(crawl.run_key)
    assert worker.abandoned() == ([], True), "taken up while w2 still counts as alive"
    server.delete(keys.heartbeat("w2"))  # w2's heartbeat expires
    assert worker.abandoned() == ([crawl], False)
    assert crawl.run_key not in worker.worked and crawls.join(server, crawl, "w1")
    assert crawls.leave(server, crawl, "w1", {}).outcome == "finish"
