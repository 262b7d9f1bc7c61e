"""A reliable request queue: a request taken by a worker is parked under its name until the worker completes it.

scrapy-redis' PriorityQueue pops a request (ZRANGE + ZREM) and forgets it: a worker killed with requests in
memory loses them.  Here the pop moves the request, in one Lua script, from the crawl's queue to its `inflight`
hash under `<worker>|<token>`; completing it deletes that field (`ack`), and `requeue` puts a worker's parked
requests back in the queue, with their priority, when that worker is dead (its heartbeat expired) or leaves.
Encoding is scrapy-redis' own, so the queue stays readable by its tools.
"""

from __future__ import annotations

import uuid

import redis
from scrapy import Request, Spider
from scrapy_redis.queue import PriorityQueue

from crawler.distributed.keys import CrawlKeys

# Queue → inflight, atomically (a worker killed between the two steps would otherwise lose the request).
_TAKE = """
local item = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
if #item == 0 then return false end
redis.call('ZREM', KEYS[1], item[1])
redis.call('HSET', KEYS[2], ARGV[1], item[2] .. '|' .. item[1])
return item[1]
"""

# Inflight → queue for every field of one worker.  KEYS: queue, inflight, [heartbeat]; ARGV: '<worker>|'.
# With a heartbeat key, nothing happens while that worker is alive (two reapers may race: the script is atomic).
_REQUEUE = """
if KEYS[3] and redis.call('EXISTS', KEYS[3]) == 1 then return -1 end
local fields = redis.call('HKEYS', KEYS[2])
local moved = 0
for _, field in ipairs(fields) do
  if string.sub(field, 1, #ARGV[1]) == ARGV[1] then
    local value = redis.call('HGET', KEYS[2], field)
    local bar = string.find(value, '|', 1, true)
    redis.call('ZADD', KEYS[1], tonumber(string.sub(value, 1, bar - 1)), string.sub(value, bar + 1))
    redis.call('HDEL', KEYS[2], field)
    moved = moved + 1
  end
end
return moved
"""


class ReliableQueue(PriorityQueue):
    def __init__(self, server: redis.Redis, spider: Spider, keys: CrawlKeys, worker: str) -> None:
        super().__init__(server, spider, keys.requests)
        self.keys = keys
        self.worker = worker
        self._take = server.register_script(_TAKE)

    def take(self) -> tuple[Request, str] | None:
        """The next request and the inflight field that parks it, or None when the queue is empty."""
        field = f"{self.worker}|{uuid.uuid4().hex}"
        data = self._take(keys=[self.key, self.keys.inflight], args=[field])
        if data is None:
            return None
        try:
            return self._decode_request(data), field
        except Exception:  # a request this code can no longer read (spider changed): drop it, loudly
            self.ack(field)
            raise

    def ack(self, field: str) -> None:
        self.server.hdel(self.keys.inflight, field)


def requeue(server: redis.Redis, keys: CrawlKeys, worker: str, *, unless_alive: str | None = None) -> int:
    """Put `worker`'s parked requests back in the crawl's queue; returns how many (-1: the worker is alive).

    `unless_alive`: the worker's heartbeat key; the requests stay parked while it exists."""
    script = server.register_script(_REQUEUE)
    key_list = [keys.requests, keys.inflight] + ([unless_alive] if unless_alive else [])
    return int(script(keys=key_list, args=[f"{worker}|"]))
