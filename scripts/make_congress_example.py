#!/usr/bin/env python3
"""Derives ombak's bundled Congress example from the original SNAP files.

The SNAP congress-twitter edge list `i j p` points the way INFLUENCE goes: p is the empirical
probability that member j engages (retweet, quote, reply, mention) with a tweet of member i
(Fink et al., Data in Brief 50:109521, 2023). ombak's convention points arcs the way ATTENTION
goes (engager -> author), so the derived file swaps the columns and names accounts by handle.

Writes, next to the originals' folder:
  interactions.csv  source,target,weight   (engager handle, author handle, probability)
  accounts.csv      handle,party,node      (party D/R as given by ianw2560; node = SNAP index)
Usage: scripts/make_congress_example.py examples/data/congress
"""
import csv
import json
import sys
from pathlib import Path


def main(folder: Path) -> None:
    original = folder / "original"
    meta = json.loads((original / "congress_network_data.with_party_ianw2560.json").read_text())[0]
    handles = meta["usernameList"]
    parties = meta["partyList"]
    with open(folder / "accounts.csv", "w", newline="") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["handle", "party", "node"])
        for node, (handle, party) in enumerate(zip(handles, parties)):
            writer.writerow([handle, party, node])
    with open(original / "congress.edgelist") as src, \
            open(folder / "interactions.csv", "w", newline="") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["source", "target", "weight"])
        for line in src:
            fields = line.split()
            if not fields:
                continue
            author, engager, probability = int(fields[0]), int(fields[1]), fields[2]
            writer.writerow([handles[engager], handles[author], probability])


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "examples/data/congress"))
