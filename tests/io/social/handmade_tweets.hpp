// What the hand-made tweet fixtures (tests/data/tweets/handmade, make_fixtures.py) contain, and
// helpers that list a Network's arcs and events by external id, shared by the tweet reader's
// tests and the LoadNetwork ingestion tests.
#pragma once

#include <cstdint>
#include <set>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "graph/network.hpp"

namespace ombak::testing {

// (source, target) with external ids.
using ArcSet = std::set<std::pair<std::string, std::string>>;

inline ArcSet Arcs(const Network& net, Layer layer) {
  ArcSet arcs;
  const Digraph& g = net.layer(layer);
  for (NodeId u = 0; u < g.num_nodes(); ++u) {
    for (const NodeId v : g.out_neighbors(u)) {
      arcs.insert({net.nodes().ExternalId(u), net.nodes().ExternalId(v)});
    }
  }
  return arcs;
}

// (actor, target, layer, tweet id, root id, time) with external ids.
using EventRow = std::tuple<std::string, std::string, Layer, std::int64_t, std::int64_t, Timestamp>;

inline std::vector<EventRow> Events(const Network& net) {
  std::vector<EventRow> rows;
  for (std::size_t i = 0; i < net.events().size(); ++i) {
    const Event e = net.events().at(i);
    rows.emplace_back(net.nodes().ExternalId(e.actor), net.nodes().ExternalId(e.target), e.type,
                      e.tweet_id, e.root_id, e.time);
  }
  return rows;
}

inline constexpr Timestamp kT0 = 1539202764;  // 2018-10-10T20:19:24Z, tweet 100

// The accounts: ani=1, budi=2, citra=3, dewi=4, eko=5, fajar=6. Line by line
// (v11_kinds.jsonl; v2_kinds.jsonl says the same in API v2):
//   100 ani: plain                       -> nothing
//   107 ani: plain, a day later, newest profile (followers 200)
//   101 budi: "@ani @citra @fajar @ani"  -> mention budi->ani, budi->citra, budi->fajar (once)
//   102 citra: RT of 100                 -> retweet citra->ani (root 100), no mention of ani
//   103 dewi: quotes 101                 -> quote dewi->budi (root 101); 101 not counted again
//   104 eko: reply to 103, "@dewi @ani"  -> reply eko->dewi (root 103), mention eko->ani only
//   105 ani: RT of 106, which quotes 100 -> quote eko->ani (tweet 106, root 100) first, then
//                                           retweet ani->eko (root 106)
inline const ArcSet kMentions = {{"2", "1"}, {"2", "3"}, {"2", "6"}, {"5", "1"}};
inline const ArcSet kRetweets = {{"3", "1"}, {"1", "5"}};
inline const ArcSet kQuotes = {{"4", "2"}, {"5", "1"}};
inline const ArcSet kReplies = {{"5", "4"}};
inline const std::vector<EventRow> kEvents = {
    {"2", "1", Layer::kMention, 101, -1, kT0 + 60},
    {"2", "3", Layer::kMention, 101, -1, kT0 + 60},
    {"2", "6", Layer::kMention, 101, -1, kT0 + 60},
    {"3", "1", Layer::kRetweet, 102, 100, kT0 + 120},
    {"4", "2", Layer::kQuote, 103, 101, kT0 + 180},
    {"5", "4", Layer::kReply, 104, 103, kT0 + 240},
    {"5", "1", Layer::kMention, 104, -1, kT0 + 240},
    {"5", "1", Layer::kQuote, 106, 100, kT0 + 300},
    {"1", "5", Layer::kRetweet, 105, 106, kT0 + 360},
};

}  // namespace ombak::testing
