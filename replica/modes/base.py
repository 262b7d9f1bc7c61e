"""Modes' building blocks: the request a mode sees, the `Mode` base class and its registry, scopes and rules.

The package docstring (replica/modes/__init__.py) describes modes and their specs.
"""

from __future__ import annotations

import fnmatch
import random
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, ClassVar, Protocol

from replica.model import KINDS, ReplicaError, Resource, Site
from replica.wire import Reply


class SiteChanges(Protocol):
    """What a mode may change of the replica's state (replica.state.ReplicaState)."""

    def revise(self, url: str) -> int:
        """Serve the next revision of `url` from now on."""

    def gone(self, url: str) -> None:
        """`url` answers 404 from now on."""


@dataclass
class Request:
    """One request as the modes see it: the real URL it names, its headers and the resource it would get."""

    method: str
    host: str
    path: str
    query: str
    url: str  # the real URL (site scheme + host + path + query)
    headers: dict[str, str]  # lower-cased names
    site: Site | None
    resource: Resource | None
    state: SiteChanges

    @property
    def cookies(self) -> dict[str, str]:
        jar: dict[str, str] = {}
        for part in self.headers.get("cookie", "").split(";"):
            name, sep, value = part.strip().partition("=")
            if sep:
                jar[name] = value
        return jar


class Mode:
    """Base class: a mode that changes nothing.  Subclasses set `name` and `params` (name → default)."""

    name: ClassVar[str] = ""
    params: ClassVar[dict[str, Any]] = {}

    def __init__(self, params: dict[str, Any], rng: random.Random, secret: bytes) -> None:
        unknown = set(params) - set(self.params)
        if unknown:
            raise ReplicaError(f"mode {self.name}: unknown parameter(s) {sorted(unknown)}; "
                               f"known: {sorted(self.params) or 'none'}")
        self.settings: dict[str, Any] = {}
        for key, default in self.params.items():
            value = params.get(key, default)
            try:
                self.settings[key] = type(default)(value) if default is not None and value is not None else value
            except (TypeError, ValueError):
                raise ReplicaError(f"mode {self.name}: parameter {key}={value!r} is not a "
                                   f"{type(default).__name__}") from None
        self.rng, self.secret = rng, secret
        self.lock = threading.Lock()
        self.counts: dict[str, int] = {}  # per real URL: how often this rule has seen it

    def count(self, url: str) -> int:
        """Increment and return how many times this rule has seen `url` (1 for the first time)."""
        with self.lock:
            self.counts[url] = self.counts.get(url, 0) + 1
            return self.counts[url]

    def intercept(self, request: Request) -> Reply | None:
        return None

    def after(self, request: Request, reply: Reply) -> Reply:
        return reply


MODES: dict[str, type[Mode]] = {}


def register(cls: type[Mode]) -> type[Mode]:
    if not cls.name or cls.name in MODES:
        raise ValueError(f"mode name missing or taken: {cls.name!r}")
    MODES[cls.name] = cls
    return cls


@dataclass(frozen=True)
class Scope:
    site: str | None = None  # a site name ("haizhu") or host ("www.haizhu.gov.cn"); None: every site
    path: str | None = None  # an fnmatch glob over the path ("/zwgk/*"); None: every path
    kind: str | None = None  # a resource kind (model.KINDS); None: any, including unknown URLs

    def matches(self, request: Request) -> bool:
        if self.site and not (request.host == self.site or (request.site and request.site.name == self.site)):
            return False
        if self.path and not fnmatch.fnmatchcase(request.path, self.path):
            return False
        return not self.kind or (request.resource is not None and request.resource.kind == self.kind)


@dataclass
class Rule:
    mode: Mode
    scope: Scope
    spec: dict[str, Any] = field(default_factory=dict)  # as given, for listing the active rules


def parse_spec(spec: str | dict[str, Any]) -> dict[str, Any]:
    """A spec string or dict → the normalised dict form (see the module docstring)."""
    if isinstance(spec, dict):
        out = {k: v for k, v in spec.items() if v is not None}
        if "mode" not in out:
            raise ReplicaError(f"mode spec {spec!r} has no 'mode'")
        unknown = set(out) - {"mode", "params", "site", "host", "path", "kind"}
        if unknown:
            raise ReplicaError(f"mode spec {spec!r}: unknown key(s) {sorted(unknown)}")
        params = dict(out.get("params") or {})
        if "kind" in params:
            out["kind"] = params.pop("kind")
        out["params"] = params
        return out
    text = spec.strip()
    name_params, _, target = text.partition("@")
    name, _, param_text = name_params.partition(":")
    params: dict[str, Any] = {}
    for item in filter(None, (p.strip() for p in param_text.split(","))):
        key, sep, value = item.partition("=")
        if not sep:
            raise ReplicaError(f"mode spec {spec!r}: parameter {item!r} is not key=value")
        params[key.strip()] = value.strip()
    out: dict[str, Any] = {"mode": name.strip(), "params": params}
    if "kind" in params:
        out["kind"] = params.pop("kind")
    if target:
        site, slash, path = target.partition("/")
        out["site"] = site
        if slash:
            out["path"] = "/" + path
    return out


def make_rule(spec: str | dict[str, Any], rng: random.Random, secret: bytes) -> Rule:
    normal = parse_spec(spec)
    cls = MODES.get(normal["mode"])
    if cls is None:
        raise ReplicaError(f"unknown mode {normal['mode']!r}; known: {', '.join(sorted(MODES))}")
    kind = normal.get("kind")
    if kind and kind not in KINDS:
        raise ReplicaError(f"unknown resource kind {kind!r}; known: {', '.join(KINDS)}")
    path = normal.get("path")
    if path and not path.startswith("/"):
        raise ReplicaError(f"mode path glob must start with '/': {path!r}")
    scope = Scope(site=normal.get("site") or normal.get("host"), path=path, kind=kind)
    return Rule(cls(normal["params"], rng, secret), scope, normal)


def make_rules(specs: Iterable[str | dict[str, Any]], seed: int, secret: bytes,
               first_index: int = 0) -> list[Rule]:
    return [make_rule(spec, random.Random(f"{seed}:{first_index + i}"), secret)
            for i, spec in enumerate(specs)]



# The default: none.  No real site of the replica is known to stand behind a challenge (real-evidence.md: the five
# home pages answered plain requests); tests put one in front of a site when they need it, as a mode.
DEFAULT_MODES: tuple[str, ...] = ()
