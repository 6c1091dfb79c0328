// The catalogue of ranking measures shared by `ombak rank` and `ombak analyze`: each entry
// names a measure, says in a sentence what it means and where it comes from, and computes it
// on a Digraph with the library's defaults. The command line and the report only ever look
// measures up here, so a new measure is one entry.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/digraph.hpp"

namespace ombak {

struct MeasureContext {
  std::uint64_t seed = 42;
  // Exact path-based measures (one search per node, n (n + m) arc visits; betweenness skips
  // the searches others carry, see BetweennessSearchCount) switch to their sampled versions
  // above this much work: about 10 s on two cores.
  std::uint64_t exact_work = 1'000'000'000;
  std::function<void(double)> progress;
};

struct MeasureValues {
  std::vector<double> scores;  // by NodeId; higher = more influential
  // When the measure is an ordering (adaptive removal, VoteRank), the accounts in rank order;
  // empty when ranks follow the scores.
  std::vector<NodeId> order;
  std::string note;  // e.g. "sampled: 2,000 pivots, error <= 0.01"
};

struct MeasureDefinition {
  std::string name;        // command-line name: "pagerank"
  std::string title;       // for tables: "PageRank"
  std::string definition;  // one or two sentences for people
  std::string reference;   // the paper
  std::function<MeasureValues(const Digraph&, const MeasureContext&)> compute;
};

const std::vector<MeasureDefinition>& AllMeasures();
// Throws InvalidArgument listing the known names.
const MeasureDefinition& FindMeasure(std::string_view name);
// "pagerank,kshell" -> definitions; "all" -> every measure.
std::vector<const MeasureDefinition*> ParseMeasureList(std::string_view list);

// Rank (1 = most influential) of every node: by `order` when given (nodes missing from it share
// the next rank), else by score descending with ties sharing the best rank ("competition"
// ranking, 1-2-2-4).
std::vector<std::uint32_t> RanksOf(const MeasureValues& values);

}  // namespace ombak
