"""Independent reference for carelens's headline metrics, straight from the raw export files.

It does not use carelens's loaders: it reads the raw JSON/CSV with Python and pandas and applies the
definitions of README "Metrics" (contact, response rate, first response time, SLA attainment):
  - a contact is a conversation whose earliest message (by time; ties in file order) is the customer's;
  - responded = the contact has a later agent message (any agent message after the opener);
  - FRT = first agent message after the opener - the opener, in seconds; a first reply with no known time
    counts as responded but is left out of FRT;
  - median and p90 by linear interpolation (numpy's default = R type 7);
  - SLA attainment = share of timed first replies with FRT <= 30 and <= 60 minutes;
  - customer turns (all conversations): runs of consecutive customer messages, answered when an agent
    message follows; reply time = that agent message - the run's first message;
  - messages before the first reply: customer messages before the first agent message, per answered contact.
IBM's final reply (agentURL) has no time: it is timed at conversationDateTime + duration, or unknown when
the duration is negative or unreadable, or when that time falls before the last dialogContent turn.

Run (Debian's python with pandas 1.5.3 / numpy):
  /usr/bin/python3 tests/metrics/reference/headline_reference.py ../shared/data
"""
import json
import re
import sys

import numpy as np
import pandas as pd

DATA = sys.argv[1] if len(sys.argv) > 1 else "../shared/data"


def ibm_duration_seconds(text):
    m = re.match(r"^(-)?(?:(\d{1,4})-)?(\d{1,3}):(\d{2}):(\d{2})(?:\.(\d*))?$", text.strip())
    if not m or m.group(1) or int(m.group(4)) > 59 or int(m.group(5)) > 59:
        return None
    fraction = float("0." + m.group(6)) if m.group(6) else 0.0
    return int(m.group(2) or 0) * 86400 + int(m.group(3)) * 3600 + int(m.group(4)) * 60 + int(m.group(5)) + fraction


def ibm_messages(path):
    """One row per message: conversation, order in file, role, time (NaT when unknown)."""
    rows = []
    for record in json.load(open(path, encoding="utf-8")):
        sid = record["dialogHeader"]["sessionID"]
        turns = record["dialogContent"]
        times = [pd.Timestamp(t["datetime"]) for t in turns]
        for i, (turn, time) in enumerate(zip(turns, times)):
            rows.append((sid, i, "agent" if "agent" in turn else "customer", time))
        if record.get("agentURL"):
            start = pd.Timestamp(record["dialogHeader"]["conversationDateTime"])
            seconds = ibm_duration_seconds(record["dialogHeader"]["duration"])
            time = pd.NaT if seconds is None else start + pd.Timedelta(seconds=seconds)
            if time is not pd.NaT and times and time < max(times):
                time = pd.NaT
            rows.append((sid, len(turns), "agent", time))
    return pd.DataFrame(rows, columns=["conversation", "order", "role", "time"])


def twcs_messages(path):
    """Threads rebuilt by union-find over tweet_id, response_tweet_id and in_response_to_tweet_id."""
    df = pd.read_csv(path, dtype=str, keep_default_na=False)
    parent = {}

    def find(x):
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a, b):
        parent[find(a)] = find(b)

    for _, row in df.iterrows():
        find(row.tweet_id)
        for other in [row.in_response_to_tweet_id] + row.response_tweet_id.split(","):
            if other.strip():
                union(row.tweet_id, other.strip())
    df["conversation"] = [find(t) for t in df.tweet_id]
    df["order"] = range(len(df))
    df["role"] = np.where(df.inbound == "True", "customer", "agent")
    df["time"] = pd.to_datetime(df.created_at, format="%a %b %d %H:%M:%S %z %Y")
    return df[["conversation", "order", "role", "time"]]


def headline(messages):
    contacts = responded = turns = turns_answered = 0
    frt, reply, before = [], [], []
    for _, conv in messages.groupby("conversation", sort=False):
        known = conv[conv.time.notna()].sort_values(["time", "order"], kind="stable")
        # Messages without a time stay after the message before them in file order.
        ordered = pd.concat([known, conv[conv.time.isna()]]) if conv.time.isna().any() else known
        # Customer turns (in every conversation): runs of customer messages; answered when an agent message follows.
        roles = "".join("c" if r == "customer" else "a" for r in ordered.role)
        runs = re.findall(r"c+a?", roles)
        turns += len(runs)
        turns_answered += sum(run.endswith("a") for run in runs)
        for run in re.finditer(r"c+a", roles):
            start, end = ordered.iloc[run.start()].time, ordered.iloc[run.end() - 1].time
            if not pd.isna(start) and not pd.isna(end):
                reply.append((end - start).total_seconds())
        if ordered.iloc[0].role != "customer":
            continue
        contacts += 1
        opener = ordered.iloc[0].time
        agents = ordered[ordered.role == "agent"]
        if len(agents) == 0:
            continue
        responded += 1
        before.append(roles.index("a"))
        first = agents.iloc[0].time
        if first is not pd.NaT and not pd.isna(first):
            frt.append((first - opener).total_seconds())
    frt = np.array(frt)
    return {
        "contacts": contacts,
        "responded": responded,
        "responseRate": responded / contacts,
        "timed": len(frt),
        "medianSeconds": float(np.quantile(frt, 0.5)),
        "p90Seconds": float(np.quantile(frt, 0.9)),
        "meanSeconds": float(frt.mean()),
        "within1800": float((frt <= 1800).mean()),
        "within3600": float((frt <= 3600).mean()),
        "turns": turns,
        "turnsAnswered": turns_answered,
        "replyTimed": len(reply),
        "replyMedianSeconds": float(np.quantile(reply, 0.5)),
        "replyP90Seconds": float(np.quantile(reply, 0.9)),
        "messagesBeforeFirstReply": {int(k): int(v) for k, v in sorted(pd.Series(before).value_counts().items())},
    }


for name, reader in [
    ("ibm-twitter-cdp/dev.json", ibm_messages),
    ("ibm-twitter-cdp/test.json", ibm_messages),
    ("twcs-sample/sample.csv", twcs_messages),
]:
    print(name, json.dumps(headline(reader(f"{DATA}/{name}"))))
