#!/usr/bin/env python3
"""Writes the hand-made tweet fixtures whose expected arcs and events tests/io/social checks.

Accounts: ani=1, budi=2, citra=3, dewi=4, eko=5, fajar=6 (fajar is only ever mentioned).
Tweets 100..107; see tweet_json_test.cpp for the expected result of every line.
Usage: python3 make_fixtures.py  (writes v11_kinds.jsonl, v2_kinds.jsonl, v2_flat.jsonl here)
"""
import json
import os
from datetime import datetime, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
T0 = 1539202764  # 2018-10-10T20:19:24Z
NAMES = {1: "ani", 2: "budi", 3: "citra", 4: "dewi", 5: "eko", 6: "fajar"}


def v1_time(t):
    return datetime.fromtimestamp(t, timezone.utc).strftime("%a %b %d %H:%M:%S +0000 %Y")


def v2_time(t):
    return datetime.fromtimestamp(t, timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def v1_user(uid, followers=100):
    return {"id": uid, "id_str": str(uid), "screen_name": NAMES[uid], "name": NAMES[uid].title(),
            "followers_count": followers, "friends_count": 10 + uid, "statuses_count": 1000 + uid,
            "created_at": "Mon Aug 03 17:52:07 +0000 2009", "verified": uid == 1,
            "location": "Jakarta" if uid == 1 else ""}


def v1_mention(uid):
    return {"id": uid, "id_str": str(uid), "screen_name": NAMES[uid], "indices": [0, 1]}


def v1_tweet(tid, uid, t, text, mentions=(), followers=100, **extra):
    tweet = {"created_at": v1_time(t), "id": tid, "id_str": str(tid), "text": text,
             "user": v1_user(uid, followers),
             "entities": {"hashtags": [], "urls": [],
                          "user_mentions": [v1_mention(m) for m in mentions]},
             "in_reply_to_status_id_str": None, "in_reply_to_user_id_str": None,
             "in_reply_to_screen_name": None, "is_quote_status": False}
    tweet.update(extra)
    return tweet


def write_v11():
    t100 = v1_tweet(100, 1, T0, "halo semua")
    t101 = v1_tweet(101, 2, T0 + 60, "@ani @citra @fajar @ani rapat jam 3", [1, 3, 6, 1])
    t106 = v1_tweet(106, 5, T0 + 300, "setuju https://t.co/x", is_quote_status=True,
                    quoted_status_id_str="100", quoted_status=t100)
    lines = [
        t100,
        v1_tweet(107, 1, T0 + 86400, "besok pagi", followers=200),
        t101,
        v1_tweet(102, 3, T0 + 120, "RT @ani: halo semua", [1], retweeted_status=t100),
        v1_tweet(103, 4, T0 + 180, "penting https://t.co/y", is_quote_status=True,
                 quoted_status_id_str="101", quoted_status=t101),
        v1_tweet(104, 5, T0 + 240, "@dewi @ani benar", [4, 1], in_reply_to_status_id_str="103",
                 in_reply_to_user_id_str="4", in_reply_to_screen_name="dewi"),
        v1_tweet(105, 1, T0 + 360, "RT @eko: setuju https://t.co/x", [5],
                 retweeted_status=t106, quoted_status=t100, is_quote_status=True),
    ]
    with open(os.path.join(HERE, "v11_kinds.jsonl"), "w") as out:
        for line in lines:
            out.write(json.dumps(line) + "\n")


def v2_user(uid, followers=100):
    return {"id": str(uid), "username": NAMES[uid], "name": NAMES[uid].title(),
            "created_at": "2009-08-03T17:52:07.000Z", "verified": uid == 1,
            "public_metrics": {"followers_count": followers, "following_count": 10 + uid,
                               "tweet_count": 1000 + uid, "listed_count": 0}}


def v2_tweet(tid, uid, t, text, mentions=(), refs=(), **extra):
    tweet = {"id": str(tid), "author_id": str(uid), "created_at": v2_time(t), "text": text,
             "entities": {"mentions": [{"start": 0, "end": 1, "username": NAMES[m], "id": str(m)}
                                       for m in mentions]}}
    if refs:
        tweet["referenced_tweets"] = [{"type": kind, "id": str(ref)} for kind, ref in refs]
    tweet.update(extra)
    return tweet


def write_v2():
    t100 = v2_tweet(100, 1, T0, "halo semua")
    t101 = v2_tweet(101, 2, T0 + 60, "@ani @citra @fajar @ani rapat jam 3", [1, 3, 6, 1])
    t106 = v2_tweet(106, 5, T0 + 300, "setuju", refs=[("quoted", 100)])
    users = {uid: v2_user(uid) for uid in NAMES}
    pages = [
        # page 1: plain tweet 100, newest ani profile (tweet 107), the mention tweet 101
        {"data": [t100, v2_tweet(107, 1, T0 + 86400, "besok pagi"), t101],
         "includes": {"users": [v2_user(1, followers=200), users[2], users[3], users[6]]}},
        # page 2: retweet 102 of 100, quote 103 of 101, reply 104 to 103, retweet 105 of
        # the quote 106; mention ids left out in 104 to exercise resolution by username
        {"data": [
            v2_tweet(102, 3, T0 + 120, "RT @ani: halo semua", [1], [("retweeted", 100)]),
            v2_tweet(103, 4, T0 + 180, "penting", refs=[("quoted", 101)]),
            {"id": "104", "author_id": "5", "created_at": v2_time(T0 + 240),
             "text": "@dewi @ani benar", "in_reply_to_user_id": "4",
             "referenced_tweets": [{"type": "replied_to", "id": "103"}],
             "entities": {"mentions": [{"start": 0, "end": 5, "username": "dewi"},
                                       {"start": 6, "end": 10, "username": "ANI"}]}},
            v2_tweet(105, 1, T0 + 360, "RT @eko: setuju", [5], [("retweeted", 106)])],
         "includes": {"users": [users[1], users[3], users[4], users[5], users[2]],
                      "tweets": [t100, t101, t106,
                                 v2_tweet(103, 4, T0 + 180, "penting", refs=[("quoted", 101)])]}},
        # page 3: a quote of a tweet missing from includes (kept, counted)
        {"data": [v2_tweet(108, 6, T0 + 400, "lihat ini", refs=[("quoted", 999)])],
         "includes": {"users": [v2_user(6)]}},
        # an error-only page, as twarc2 writes when a request fails
        {"errors": [{"title": "Not Found Error", "resource_id": "999"}]},
    ]
    with open(os.path.join(HERE, "v2_kinds.jsonl"), "w") as out:
        for page in pages:
            out.write(json.dumps(page) + "\n")
    # twarc-csv flattening: author and referenced tweets embedded, one tweet per line
    quote = v2_tweet(103, 4, T0 + 180, "penting", refs=[("quoted", 101)])
    quote["author"] = v2_user(4)
    quote["referenced_tweets"][0].update(t101)
    quote["referenced_tweets"][0]["type"] = "quoted"
    quote["referenced_tweets"][0]["author"] = v2_user(2)
    with open(os.path.join(HERE, "v2_flat.jsonl"), "w") as out:
        out.write(json.dumps(quote) + "\n")


if __name__ == "__main__":
    write_v11()
    write_v2()
