"""An offline replica of the five district sites, for tests and demos (docs/replica.md).

    from replica import Replica

    with Replica() as r:                        # builds (cached) and serves on 127.0.0.1:<OS port>
        os.environ["REPLICA_URL"] = r.url       # the crawler relays every request there
        ...crawl...
        assert not r.misses()                   # strict playback: nothing unknown was requested
        truth = r.manifest()                    # every report published, every look-alike, off-site links

Requests name the real URL: `GET /www.haizhu.gov.cn/zwgk/zfxxgknb/bm/` (or a bare path with a `Host:` header).
Pages, redirects and links use real URLs only.  Modes (challenges, rate limits, flaky answers, revisions,
removals) switch on per site, path or resource kind (replica.modes).

Layout: model (resources, ground truth) · build (site builder, memoised build) · content (report texts) ·
documents (real attachments, cached) · platforms/ (CMS markup) · sites/ (one module per site) · routes · wire
(HTTP replies) · modes/ (pluggable behaviour) · state (request pipeline, logs) · server (HTTP) · api (Replica).
"""

from replica.api import Replica
from replica.build import DEFAULT_CONTENT_SEED, build, site_names
from replica.model import ReplicaError
from replica.modes import DEFAULT_MODES, MODES

__all__ = ["DEFAULT_CONTENT_SEED", "DEFAULT_MODES", "MODES", "Replica", "ReplicaError", "build", "site_names"]
