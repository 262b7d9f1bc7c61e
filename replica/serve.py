"""`python -m replica serve`: serve the offline replica of the five sites in the foreground.

The first line of stdout is `REPLICA_URL=http://127.0.0.1:<port>`, so scripts can read it and export it for a
crawl; the process serves until interrupted (Ctrl-C or SIGTERM).  `--build-only` builds the replica (making and
caching its documents) and exits: run it once to warm the cache before tests.
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
import threading
from pathlib import Path
from types import FrameType

from replica import DEFAULT_CONTENT_SEED, DEFAULT_MODES, MODES, Replica, ReplicaError, site_names

HELP = "serve the offline replica of the five sites on 127.0.0.1 (prints REPLICA_URL=… first)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--port", type=int, default=0, help="port on 127.0.0.1 (default 0: the OS picks one)")
    parser.add_argument("--mode", action="append", default=None, metavar="SPEC",
                        help="switch a mode on: NAME[:param=value,...][@SITE-OR-HOST[/PATH-GLOB]] (repeatable); "
                             f"modes: {', '.join(sorted(MODES))}; `none` switches every mode off, including the "
                             f"defaults ({', '.join(DEFAULT_MODES) or 'none'})")
    parser.add_argument("--redesign", action="store_true",
                        help="the redesign mode: every site has moved its annual-report columns (new paths, another "
                             "CMS template; the old URLs answer 404 or send to the home page)")
    parser.add_argument("--seed", type=int, default=0, help="seed of random modes (default 0)")
    parser.add_argument("--content-seed", type=int, default=DEFAULT_CONTENT_SEED,
                        help=f"seed of the site content (default {DEFAULT_CONTENT_SEED})")
    parser.add_argument("--sites", help=f"comma-separated subset of {','.join(site_names())}, or `all` (default: "
                                        "every site but the fictitious ones made for discovery)")
    parser.add_argument("--manifest", type=Path, help="also write the ground truth (JSON) to this file")
    parser.add_argument("--build-only", action="store_true", help="build (and cache) the replica, then exit")
    parser.add_argument("--national", type=int, metavar="N",
                        help="serve the synthetic national replica instead: N generated sites named after "
                             "sites/registry.csv rows (docs/registry.md); --seed picks them and their content")


def modes_from(values: list[str] | None) -> list[str] | None:
    """--mode values → Replica(modes=...): None keeps the defaults; `none` clears them; others replace them."""
    if values is None:
        return None
    return [value for value in values if value.strip().lower() != "none"]


def run(args: argparse.Namespace) -> int:
    sites = tuple(s.strip() for s in args.sites.split(",") if s.strip()) if args.sites else None
    if sites == ("all",):
        sites = site_names()
    if args.national is not None:
        from replica.national import NationalReplica

        replica: Replica = NationalReplica(args.national, args.seed, modes=modes_from(args.mode), port=args.port)
    else:
        replica = Replica(modes=modes_from(args.mode), seed=args.seed, content_seed=args.content_seed,
                          port=args.port, sites=sites, redesign=args.redesign)
    build = replica.build
    if args.manifest:
        try:
            args.manifest.write_text(json.dumps(replica.manifest(), ensure_ascii=False, indent=1), encoding="utf-8")
        except OSError as exc:
            raise ReplicaError(f"cannot write {args.manifest}: {exc.strerror or exc}") from None
    summary = (f"replica: {len(build.sites)} sites, {len(build.routes)} URLs, {len(build.manifest.reports)} reports, "
               f"{len(build.manifest.non_reports)} non-reports; built in {build.seconds:.2f} s "
               f"({build.documents_built} documents made)")
    if args.build_only:
        print(summary)
        return 0
    stop = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    with replica:
        print(f"REPLICA_URL={replica.url}", flush=True)
        print(summary, file=sys.stderr, flush=True)
        print(f"modes: {json.dumps(replica.modes(), ensure_ascii=False)}", file=sys.stderr, flush=True)
        while not stop.wait(0.5):
            pass
        misses = replica.misses()
    print(f"replica stopped; {len(replica.requests())} requests, {len(misses)} misses", file=sys.stderr)
    return 0
