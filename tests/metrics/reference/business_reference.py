"""Independent reference for business-hours first response times, with Python's zoneinfo (not Intl).

Schedule: tests/fixtures/metrics/business-hours.json. For each timed first reply (as in
headline_reference.py), the business seconds are the overlap of [opener, reply) with each local day's
open intervals (breaks removed, holidays skipped), every local time turned into an instant by zoneinfo
(fold=0: a repeated time is its first occurrence; a skipped time moves forward by the gap).

Run: cd tests/metrics/reference && /usr/bin/python3 business_reference.py ../../../../shared/data
"""
import json
import sys
from datetime import datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import numpy as np
import pandas as pd

from headline_reference import ibm_messages, twcs_messages  # noqa: E402  (prints the headline figures first)

DATA = sys.argv[1]
schedule = json.load(open("../../fixtures/metrics/business-hours.json"))
zone = ZoneInfo(schedule["timeZone"])
names = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]


def minutes(text):
    return int(text[:2]) * 60 + int(text[3:])


def open_ranges(weekday):
    ranges = [(minutes(a), minutes(b)) for a, b in schedule["week"].get(names[weekday], [])]
    for b0, b1 in [(minutes(a), minutes(b)) for a, b in schedule["breaks"]]:
        ranges = [piece for a, b in ranges for piece in ((a, min(b, b0)), (max(a, b1), b)) if piece[1] > piece[0]] if ranges else []
    return ranges


def instant(day, minute):
    local = datetime.combine(day, time()) + timedelta(minutes=minute)
    naive = local.replace(tzinfo=zone, fold=0)
    # fold=0: a repeated wall time is its first occurrence; a skipped one is read with the offset before the
    # change, which lands after the gap (as Temporal's "compatible").
    return naive.astimezone(timezone.utc)


def business_seconds(start, end):
    total = 0.0
    day = start.astimezone(zone).date()
    while day <= end.astimezone(zone).date():
        if day.isoformat() not in schedule["holidays"]:
            for a, b in open_ranges(day.weekday()):
                lo, hi = max(start, instant(day, a)), min(end, instant(day, b))
                total += max(0.0, (hi - lo).total_seconds())
        day += timedelta(days=1)
    return total


def business_frt(messages):
    values = []
    for _, conv in messages.groupby("conversation", sort=False):
        known = conv[conv.time.notna()].sort_values(["time", "order"], kind="stable")
        ordered = pd.concat([known, conv[conv.time.isna()]]) if conv.time.isna().any() else known
        if ordered.iloc[0].role != "customer":
            continue
        agents = ordered[ordered.role == "agent"]
        if len(agents) and not pd.isna(agents.iloc[0].time):
            values.append(business_seconds(ordered.iloc[0].time.to_pydatetime(), agents.iloc[0].time.to_pydatetime()))
    values = np.array(values)
    return {"n": len(values), "medianSeconds": float(np.quantile(values, 0.5)), "p90Seconds": float(np.quantile(values, 0.9)),
            "within1800": float((values <= 1800).mean()), "within3600": float((values <= 3600).mean())}


for name, reader in [("ibm-twitter-cdp/dev.json", ibm_messages), ("twcs-sample/sample.csv", twcs_messages)]:
    print("business", name, json.dumps(business_frt(reader(f"{DATA}/{name}"))))
