"""The synthetic national replica: a few hundred generated county, prefecture and province sites (docs/registry.md).

Every site is named after a real registry row (its code, name and portal host from `sites/registry.csv`) and served
through the same relay transport as the five-site replica; its pages are generated, not copied from anywhere.
`plan` decides per site the layout, the behaviour (normal, no reports, broken, slow) and what is published when;
`layouts` writes the HTML; `build` turns a plan into routes and ground truth; `NationalReplica` serves it.
"""

from replica.national.build import NationalReplica, build_national
from replica.national.plan import plan_national

__all__ = ["NationalReplica", "build_national", "plan_national"]
