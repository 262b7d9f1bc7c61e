"""The recrawl season, unattended: `scheduler.py` and its parts (docs/scheduler.md).

    config   the plan and limits from one TOML file, with command-line overrides
    plan     per-site timetables (cron triggers in Asia/Shanghai); a run's identity is its key (crawler/run_keys.py)
    runner   one crawl = one `scrapy crawl` subprocess: per-site lock, parallel limit, time limit, clean stop
    distributed_runner   with REDIS_URL: crawls enqueued for the workers (crawler/distributed) instead
    history  what the archive's crawl_runs table says: finishing a run, last runs, missing reports
    service  APScheduler 3 with its job store in the archive database; recovery of runs a restart would lose
    cli      `python scheduler.py [--once [SPIDER…] | --plan | --status]`
"""
