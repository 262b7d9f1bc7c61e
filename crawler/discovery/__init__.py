"""Discovery: finding a site's annual reports from its home page without a spider written for it.

The `discover` spider (spiders/discover.py) searches best-first under a request budget (`budget`, `frontier`,
`ranking` on the `evidence` of links and the `trail` of pages), reads pages the way discovery needs (`pages`,
`scripts`, `datalists`, `pagers`, `probing`, `render` in Chromium when a list is drawn by JavaScript), stays on
the site's government hosts (`domains`), and pins what it found as a site file (`pin`, `sitefile`).
docs/discovery.md.
"""
