#include "report/measures.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <numeric>

#include "algorithms/centrality/betweenness.hpp"
#include "algorithms/centrality/betweenness_approx.hpp"
#include "algorithms/centrality/closeness.hpp"
#include "algorithms/centrality/closeness_sampled.hpp"
#include "algorithms/centrality/collective_influence.hpp"
#include "algorithms/centrality/constraint.hpp"
#include "algorithms/centrality/degree.hpp"
#include "algorithms/centrality/eigenvector.hpp"
#include "algorithms/centrality/hindex.hpp"
#include "algorithms/centrality/hits.hpp"
#include "algorithms/centrality/kcore.hpp"
#include "algorithms/centrality/leaderrank.hpp"
#include "algorithms/centrality/pagerank.hpp"
#include "algorithms/centrality/voterank.hpp"
#include "graph/errors.hpp"

namespace ombak {
namespace {

MeasureValues Scores(std::vector<double> scores) { return {std::move(scores), {}, {}}; }

std::string Grouped(std::uint64_t x) {
  const std::string digits = std::to_string(x);
  std::string out;  // appended, not inserted: GCC 12 reports a false -Wrestrict for insert
  for (std::size_t k = 0; k < digits.size(); ++k) {
    if (k > 0 && (digits.size() - k) % 3 == 0) out += ',';
    out += digits[k];
  }
  return out;
}

// True when `searches` searches of the whole graph fit the context's work budget.
bool ExactFits(const Digraph& g, std::uint64_t searches, const MeasureContext& context) {
  return searches * (g.num_nodes() + g.num_edges()) <= context.exact_work;
}

// Betweenness: exact (Brandes) within the context's work budget, else Riondato-Kornaropoulos
// sampling with an additive error of 0.01 on the normalized scores.
MeasureValues BetweennessScores(const Digraph& g, const MeasureContext& context) {
  if (ExactFits(g, BetweennessSearchCount(g), context)) {
    return Scores(Betweenness(g, {.normalized = true}).scores);
  }
  ApproxBetweennessResult approx =
      ApproxBetweenness(g, {.epsilon = 0.01, .delta = 0.1, .seed = context.seed});
  return {std::move(approx.scores),
          {},
          "sampled: " + Grouped(approx.num_samples) + " paths, additive error <= 0.01 (p >= 0.9)"};
}

MeasureValues HarmonicScores(const Digraph& g, const MeasureContext& context) {
  if (ExactFits(g, g.num_nodes(), context)) {
    return Scores(HarmonicCentrality(g, {.normalized = true}).scores);
  }
  SampledClosenessResult sampled = SampledCloseness(
      g, {.measure = SampledMeasure::kHarmonic, .normalized = true, .seed = context.seed});
  char note[96];
  std::snprintf(note, sizeof note, "sampled: %s pivots, error <= %.3f",
                Grouped(sampled.num_pivots).c_str(), sampled.error_bound);
  return {std::move(sampled.scores), {}, note};
}

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
  all.push_back({"betweenness", "Betweenness",
                 "Share of shortest attention paths between other accounts that pass through "
                 "the account (normalized): brokers between parts of the network.",
                 "Freeman 1977; Brandes 2001; Riondato & Kornaropoulos 2016 for the sampled "
                 "version",
                 BetweennessScores});
  all.push_back({"harmonic", "Harmonic centrality",
                 "Mean of 1/distance from every other account along attention arcs "
                 "(normalized): how close the account is to everyone who could hear it.",
                 "Marchiori & Latora 2000; Boldi & Vigna 2014; Eppstein & Wang 2004 (sampled)",
                 HarmonicScores});
  all.push_back({"authority", "HITS authority",
                 "Principal authority score: pointed at by good hubs (accounts that attend to "
                 "many authorities).",
                 "Kleinberg, J. ACM 1999", [](const Digraph& g, const MeasureContext&) {
                   return Scores(Hits(g).authorities);
                 }});
  all.push_back({"eigenvector", "Eigenvector centrality",
                 "Principal eigenvector of the attention arcs: attention from central accounts "
                 "counts more (max-scaled).",
                 "Bonacich 1972", [](const Digraph& g, const MeasureContext&) {
                   return Scores(EigenvectorCentrality(g).scores);
                 }});
  all.push_back(
      {"leaderrank", "LeaderRank",
       "PageRank-like walk with a ground node linked both ways to every account and no "
       "damping parameter; robust to spam and noisy arcs.",
       "Lü, Zhang, Yeung & Zhou, PLoS ONE 2011",
       [](const Digraph& g, const MeasureContext&) { return Scores(LeaderRank(g).scores); }});
  all.push_back({"voterank", "VoteRank",
                 "Spreaders elected one by one by their audience's votes; neighbours of an "
                 "elected spreader lose voting power, so the set is spread out.",
                 "Zhang et al., Sci. Rep. 2016", [](const Digraph& g, const MeasureContext&) {
                   VoteRankResult vote = VoteRank(g);
                   std::vector<double> scores(g.num_nodes(), 0.0);
                   for (std::size_t i = 0; i < vote.spreaders.size(); ++i) {
                     scores[vote.spreaders[i]] = vote.votes[i];
                   }
                   return MeasureValues{std::move(scores), std::move(vote.spreaders),
                                        "elected spreaders ranked first"};
                 }});
  all.push_back({"hindex", "h-index",
                 "Largest h such that the account has h neighbours of degree at least h: a "
                 "local proxy for the k-shell.",
                 "Lü, Zhou, Zhang & Stanley, Nature Communications 2016",
                 [](const Digraph& g, const MeasureContext&) { return Scores(HIndex(g).scores); }});
  all.push_back({"brokerage", "Brokerage (1 - constraint)",
                 "One minus Burt's constraint: high when the account's ties reach contacts "
                 "that are not tied to each other (structural holes).",
                 "Burt, Structural Holes, 1992", [](const Digraph& g, const MeasureContext&) {
                   std::vector<double> scores = Constraint(g).scores;
                   for (double& x : scores) x = std::isnan(x) ? 0.0 : 1.0 - x;
                   return Scores(std::move(scores));
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
  // NaN (an undefined score) ranks last.
  auto key = [&](NodeId v) {
    const double x = values.scores[v];
    return std::isnan(x) ? -std::numeric_limits<double>::infinity() : x;
  };
  std::stable_sort(order.begin(), order.end(), [&](NodeId a, NodeId b) { return key(a) > key(b); });
  for (std::size_t i = 0; i < n; ++i) {
    const bool tie = i > 0 && key(order[i]) == key(order[i - 1]);
    ranks[order[i]] = tie ? ranks[order[i - 1]] : static_cast<std::uint32_t>(i + 1);
  }
  return ranks;
}

}  // namespace ombak
