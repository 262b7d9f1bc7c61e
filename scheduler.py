"""Keep the archive current through the January–March recrawl season, unattended (docs/scheduler.md).

    python scheduler.py                    foreground service (logs to stdout; SIGTERM/SIGINT stop it cleanly)
    python scheduler.py --once [SPIDER…]   crawl now and exit
    python scheduler.py --plan             the next runs of each site
    python scheduler.py --status           last run per site, sites with no report for last year
"""

import sys

from crawler.schedule.cli import main

if __name__ == "__main__":
    sys.exit(main())
