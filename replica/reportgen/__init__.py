"""Random but consistent annual reports, rendered into every layout real reports reach us in.

    import random
    from replica.reportgen import random_report, broken_report, render, LAYOUTS

    rng = random.Random(7)
    report = random_report(rng)              # canonical dict + title, published, generator{blanks, omitted, broken}
    text = render(report, "tabs", rng)       # or any of LAYOUTS; "html" gives a whole CMS page
    page = page_bytes(render(report, "html", rng))  # bytes as the page's <meta> declares

`report["tables"]` is exactly what a correct parser returns for every rendering. `python -m replica.reportgen`
prints a sample.
"""

from replica.reportgen.html import page_bytes
from replica.reportgen.model import BLANK_MODES, BREAKABLE_RULES, OMISSIONS, broken_report, random_report
from replica.reportgen.render import CUT_BASES, LAYOUTS, TEXT_LAYOUTS, render, render_cut, render_expected
from replica.reportgen.rendering import Rendering
from replica.reportgen.rules import violations

__all__ = ["BLANK_MODES", "BREAKABLE_RULES", "CUT_BASES", "LAYOUTS", "OMISSIONS", "TEXT_LAYOUTS", "Rendering",
           "broken_report", "page_bytes", "random_report", "render", "render_cut", "render_expected", "violations"]
