"""Independent reference for carelens's coverage grid on twcs-sample/sample.csv, with pandas's time zones.

Threads are rebuilt as in headline_reference.py; a contact's time is its earliest tweet (when a customer's).
Prints contacts per (weekday, hour) in America/New_York, and the out-of-hours shares of contacts and agent
replies against Monday-Friday 09:00-17:00 New York time.

Run: /usr/bin/python3 tests/metrics/reference/coverage_reference.py ../shared/data
"""
import json
import sys

import pandas as pd

sys.argv += [] if len(sys.argv) > 1 else ["../shared/data"]
from headline_reference import twcs_messages  # noqa: E402  (prints the headline figures first)

messages = twcs_messages(f"{sys.argv[1]}/twcs-sample/sample.csv")
messages["local"] = messages.time.dt.tz_convert("America/New_York")
openers = messages.sort_values(["time", "order"]).groupby("conversation").head(1)
contacts = openers[openers.role == "customer"]
replies = messages[messages.role == "agent"]


def office(local):
    return (local.dt.dayofweek < 5) & (local.dt.hour >= 9) & (local.dt.hour < 17)


grid = contacts.groupby([contacts.local.dt.day_name().str[:3], contacts.local.dt.hour]).size()
print("coverage", json.dumps({
    "contacts": {f"{day} {hour}": int(n) for (day, hour), n in grid.items()},
    "contactsOutOfHours": float((~office(contacts.local)).mean()),
    "repliesOutOfHours": float((~office(replies.local)).mean()),
    "replies": int(len(replies)),
}))
