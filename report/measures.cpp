#include "report/measures.hpp"

#include <algorithm>
#include <numeric>

#include "algorithms/centrality/collective_influence.hpp"
#include "algorithms/centrality/degree.hpp"
#include "algorithms/centrality/kcore.hpp"
#include "algorithms/centrality/pagerank.hpp"
#include "graph/errors.hpp"

namespace ombak {
namespace {

MeasureValues Scores(std::vector<double> scores) { return {std::move(scores), {}, {}}; }

std::vector<MeasureDefinition> MakeCatalogue() {
  std::vector<MeasureDefinition> all;
  all.push_back({"in_degree", "Audience",
                 "Number of accounts pointing at the account: followers in the follow layer, "
                 "distinct retweeters/engagers in interaction layers.",
                 "Cha, Haddadi, Benevenuto & Gummadi, ICWSM 2010",
                 [](const Digraph& g, const MeasureContext&) {
                   return Scores(Degree(g, {.mode = DegreeMode::kIn}).scores);
                 }});
  all.push_back({"in_strength", "Engagement received",
                 "Sum of the weights of arcs pointing at the account: retweets, replies or "
                 "mentions received, counted with multiplicity.",
                 "Cha et al., ICWSM 2010; Barrat et al., PNAS 2004",
                 [](const Digraph& g, const MeasureContext&) {
                   return Scores(Strength(g, {.mode = DegreeMode::kIn}).scores);
                 }});
  all.push_back({"out_degree", "Attention given",
                 "Number of accounts the account points at (follows, retweets, mentions): "
                 "activity, not influence.",
                 "", [](const Digraph& g, const MeasureContext&) {
                   return Scores(Degree(g, {.mode = DegreeMode::kOut}).scores);
                 }});
  all.push_back(
      {"pagerank", "PageRank",
       "Share of time a random reader spends on the account when following attention "
       "arcs (weighted) and jumping anywhere with probability 0.15: attention from "
       "attended accounts counts more.",
       "Brin & Page 1998; Page, Brin, Motwani & Winograd 1999",
       [](const Digraph& g, const MeasureContext&) { return Scores(PageRank(g).scores); }});
  all.push_back(
      {"kshell", "k-shell",
       "Largest k such that the account belongs to the k-core of the undirected "
       "network: spreaders in the core reach more than hubs on the periphery.",
       "Kitsak et al., Nature Physics 2010; Batagelj & Zaversnik 2003",
       [](const Digraph& g, const MeasureContext&) { return Scores(Coreness(g).scores); }});
  all.push_back({"ci", "Collective influence",
                 "Order in which removing accounts fragments the network fastest (adaptive "
                 "CI_2 with reinsertion); the score is CI_2 = (k-1) times the sum of (k-1) on "
                 "the ball frontier of radius 2.",
                 "Morone & Makse, Nature 2015; Morone et al., Sci. Rep. 2016",
                 [](const Digraph& g, const MeasureContext& context) {
                   CollectiveInfluenceResult ci =
                       CollectiveInfluence(g, {.radius = 2, .progress = context.progress});
                   return MeasureValues{std::move(ci.scores), std::move(ci.removal_order),
                                        "dismantling set: " + std::to_string(ci.num_removed)};
                 }});
  return all;
}

}  // namespace

const std::vector<MeasureDefinition>& AllMeasures() {
  static const std::vector<MeasureDefinition> catalogue = MakeCatalogue();
  return catalogue;
}

const MeasureDefinition& FindMeasure(std::string_view name) {
  for (const auto& measure : AllMeasures()) {
    if (measure.name == name) return measure;
  }
  // Friendly aliases people type.
  if (name == "degree" || name == "followers") return FindMeasure("in_degree");
  if (name == "strength" || name == "retweets") return FindMeasure("in_strength");
  if (name == "kcore" || name == "coreness") return FindMeasure("kshell");
  std::string known;
  for (const auto& measure : AllMeasures()) known += (known.empty() ? "" : ", ") + measure.name;
  throw InvalidArgument("unknown measure '" + std::string(name) + "' (known: " + known + ")");
}

std::vector<const MeasureDefinition*> ParseMeasureList(std::string_view list) {
  std::vector<const MeasureDefinition*> out;
  if (list == "all") {
    for (const auto& measure : AllMeasures()) out.push_back(&measure);
    return out;
  }
  std::size_t start = 0;
  while (start <= list.size()) {
    const std::size_t comma = std::min(list.find(',', start), list.size());
    const MeasureDefinition* measure = &FindMeasure(list.substr(start, comma - start));
    if (std::find(out.begin(), out.end(), measure) == out.end()) out.push_back(measure);
    start = comma + 1;
  }
  return out;
}

std::vector<std::uint32_t> RanksOf(const MeasureValues& values) {
  const std::size_t n = values.scores.size();
  std::vector<std::uint32_t> ranks(n, 0);
  if (!values.order.empty()) {
    for (std::size_t i = 0; i < values.order.size(); ++i) {
      ranks[values.order[i]] = static_cast<std::uint32_t>(i + 1);
    }
    const auto next = static_cast<std::uint32_t>(values.order.size() + 1);
    for (auto& rank : ranks) {
      if (rank == 0) rank = next;
    }
    return ranks;
  }
  std::vector<NodeId> order(n);
  std::iota(order.begin(), order.end(), NodeId{0});
  std::stable_sort(order.begin(), order.end(),
                   [&](NodeId a, NodeId b) { return values.scores[a] > values.scores[b]; });
  for (std::size_t i = 0; i < n; ++i) {
    const bool tie = i > 0 && values.scores[order[i]] == values.scores[order[i - 1]];
    ranks[order[i]] = tie ? ranks[order[i - 1]] : static_cast<std::uint32_t>(i + 1);
  }
  return ranks;
}

}  // namespace ombak
