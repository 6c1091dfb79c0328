#include "report/analysis.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>

#include "algorithms/centrality/degree.hpp"
#include "algorithms/common/rank_agreement.hpp"
#include "algorithms/common/top_k.hpp"
#include "algorithms/community/polarization.hpp"
#include "algorithms/diffusion/edge_probabilities.hpp"
#include "algorithms/diffusion/independent_cascade.hpp"
#include "algorithms/diffusion/linear_threshold.hpp"
#include "algorithms/influence/celf.hpp"
#include "algorithms/influence/heuristics.hpp"
#include "algorithms/influence/imm.hpp"
#include "graph/errors.hpp"
#include "graph/random.hpp"
#include "report/community_map.hpp"
#include "report/community_methods.hpp"

namespace ombak {
namespace {

class Stopwatch {
 public:
  double Lap() {
    const auto now = std::chrono::steady_clock::now();
    const double seconds = std::chrono::duration<double>(now - last_).count();
    last_ = now;
    return seconds;
  }

 private:
  std::chrono::steady_clock::time_point last_ = std::chrono::steady_clock::now();
};

std::vector<Ranking> ComputeRankings(const Digraph& g, const AnalysisOptions& options,
                                     const StageProgress& progress) {
  const auto measures = ParseMeasureList(options.measures);
  std::vector<Ranking> rankings;
  for (std::size_t i = 0; i < measures.size(); ++i) {
    const double base = static_cast<double>(i) / static_cast<double>(measures.size());
    const double width = 1.0 / static_cast<double>(measures.size());
    MeasureContext context{.seed = options.seed, .progress = [&](double f) {
                             if (progress) progress("rankings", base + width * f);
                           }};
    Ranking ranking;
    ranking.measure = measures[i];
    ranking.values = measures[i]->compute(g, context);
    ranking.ranks = RanksOf(ranking.values);
    rankings.push_back(std::move(ranking));
    if (progress) progress("rankings", base + width);
  }
  return rankings;
}

// Scores that order accounts exactly as the ranks do (for orderings such as CI removal).
std::vector<double> RankScores(const Ranking& ranking) {
  std::vector<double> scores(ranking.ranks.size());
  for (std::size_t v = 0; v < scores.size(); ++v)
    scores[v] = -static_cast<double>(ranking.ranks[v]);
  return scores;
}

void ComputeAgreement(AnalysisResult& result) {
  const std::size_t m = result.rankings.size();
  const auto square = [m] {
    return std::vector<std::vector<double>>(m, std::vector<double>(m, 1.0));
  };
  result.spearman = square();
  result.kendall = square();
  result.top_overlap = square();
  std::vector<std::vector<double>> scores;
  for (const Ranking& r : result.rankings) scores.push_back(RankScores(r));
  for (std::size_t i = 0; i < m; ++i) {
    for (std::size_t j = i + 1; j < m; ++j) {
      const RankAgreement agreement = CompareRankings(scores[i], scores[j]);
      result.spearman[i][j] = result.spearman[j][i] = agreement.all.spearman;
      result.kendall[i][j] = result.kendall[j][i] = agreement.all.kendall_tau_b;
      result.top_overlap[i][j] = result.top_overlap[j][i] = agreement.top10.top_k_overlap;
    }
  }
}

CommunityReport ComputeCommunities(const Digraph& g, const AnalysisResult& result,
                                   const AnalysisOptions& options, const StageProgress& progress) {
  CommunityReport report;
  report.method = options.community_method;
  report.quality_name = QualityName(options.community_method);
  const CommunityResult found = DetectCommunities(g, {.method = options.community_method,
                                                      .resolution = options.resolution,
                                                      .seed = options.seed,
                                                      .restarts = options.restarts,
                                                      .progress = [&](double f) {
                                                        if (progress)
                                                          progress("communities", 0.7 * f);
                                                      }});
  report.quality = found.quality;
  report.partition = found.partition;
  const Partition& p = report.partition;
  const std::vector<double> leader_scores = RankScores(result.rankings.front());
  report.summaries = SummarizeCommunities(g, p, leader_scores, 5);
  const NodeRoles roles = ComputeNodeRoles(g, p);
  report.participation = roles.participation;
  report.bridges.resize(p.count);
  {
    const auto members = Members(p);
    for (std::uint32_t c = 0; c < p.count; ++c) {
      std::vector<NodeId> candidates = members[c];
      std::stable_sort(candidates.begin(), candidates.end(), [&](NodeId a, NodeId b) {
        return roles.participation[a] > roles.participation[b];
      });
      for (const NodeId v : candidates) {
        if (report.bridges[c].size() == 5 || roles.participation[v] <= 0) break;
        report.bridges[c].push_back(v);
      }
    }
  }
  // The community-to-community matrix of the (up to) ten largest communities.
  std::vector<std::uint32_t> order(p.count);
  for (std::uint32_t c = 0; c < p.count; ++c) order[c] = c;
  std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
    return report.summaries[a].size > report.summaries[b].size;
  });
  order.resize(std::min<std::size_t>(order.size(), 10));
  report.matrix_ids = order;
  report.matrix.assign(order.size(), std::vector<std::uint64_t>(order.size(), 0));
  std::vector<int> slot(p.count, -1);
  for (std::size_t i = 0; i < order.size(); ++i) slot[order[i]] = static_cast<int>(i);
  for (NodeId u = 0; u < g.num_nodes(); ++u) {
    for (const NodeId v : g.out_neighbors(u)) {
      const int a = slot[p.membership[u]];
      const int b = slot[p.membership[v]];
      if (a >= 0 && b >= 0) ++report.matrix[a][b];
    }
  }
  if (progress) progress("communities", 0.8);
  report.ei_index = EiIndex(g, p).overall;
  report.assortativity = NominalAssortativity(g, p);
  report.rwc = std::numeric_limits<double>::quiet_NaN();
  if (order.size() >= 2) {
    report.rwc =
        RandomWalkControversy(g, p, order[0], order[1], {.walks = 2000, .seed = options.seed}).rwc;
  }
  if (progress) progress("communities", 1.0);
  return report;
}

struct CascadeSetup {
  InfluenceModel model;
  EdgeProbabilities p;
  std::string description;
};

CascadeSetup MakeCascadeSetup(const Digraph& g, const AnalysisOptions& options) {
  if (options.model == "lt") {
    return {InfluenceModel::kLinearThreshold,
            LinearThresholdWeights(g, g.has_weights() ? LinearThresholdWeighting::kNormalizedWeight
                                                      : LinearThresholdWeighting::kUniform),
            g.has_weights() ? "Linear Threshold, arc weights normalized per account"
                            : "Linear Threshold, uniform weights (1 / accounts followed)"};
  }
  if (options.model != "ic") {
    throw InvalidArgument("--model must be ic or lt, got '" + options.model + "'");
  }
  const std::string& spec = options.probabilities;
  if (spec == "wc") {
    return {InfluenceModel::kIndependentCascade, WeightedCascadeProbabilities(g),
            "Independent Cascade, weighted cascade (p = 1 / accounts the receiver listens to)"};
  }
  if (spec == "tri") {
    return {InfluenceModel::kIndependentCascade, TrivalencyProbabilities(g, options.seed),
            "Independent Cascade, trivalency (p drawn from 0.1, 0.01, 0.001)"};
  }
  if (spec == "weight") {
    return {InfluenceModel::kIndependentCascade, WeightProbabilities(g),
            "Independent Cascade, p = arc weight"};
  }
  double p = 0;
  try {
    std::size_t used = 0;
    p = std::stod(spec, &used);
    if (used != spec.size()) throw std::invalid_argument(spec);
  } catch (const std::exception&) {
    throw InvalidArgument("--probability must be wc, tri, weight or a number in [0, 1], got '" +
                          spec + "'");
  }
  return {InfluenceModel::kIndependentCascade, UniformProbabilities(g, p),
          "Independent Cascade, uniform p = " + spec};
}

std::vector<NodeId> SelectSeeds(const Digraph& g, const CascadeSetup& setup, std::uint32_t k,
                                const AnalysisResult& result, const AnalysisOptions& options,
                                std::vector<double>* marginal_gain) {
  if (options.method == "imm") {
    ImmOptions imm;
    imm.model = setup.model;
    imm.epsilon = options.epsilon;
    imm.seed = options.seed;
    SeedSelection s = Imm(g, setup.p, k, imm);
    *marginal_gain = std::move(s.marginal_gain);
    return std::move(s.seeds);
  }
  if (options.method == "celf") {
    CelfOptions celf;
    celf.model = setup.model;
    celf.seed = options.seed;
    SeedSelection s = CelfGreedy(g, setup.p, k, celf);
    *marginal_gain = std::move(s.marginal_gain);
    return std::move(s.seeds);
  }
  if (options.method == "degree-discount") {
    if (options.model != "ic" || !std::isfinite(std::atof(options.probabilities.c_str()))) {
      throw InvalidArgument("--method degree-discount needs --model ic with a uniform probability");
    }
    return DegreeDiscount(g, k, std::atof(options.probabilities.c_str()));
  }
  for (const Ranking& r : result.rankings) {
    if (r.measure->name == options.method) return TopK(RankScores(r), k);
  }
  const MeasureDefinition& measure = FindMeasure(options.method);
  MeasureContext context;
  context.seed = options.seed;
  Ranking r{&measure, measure.compute(g, context), {}};
  r.ranks = RanksOf(r.values);
  return TopK(RankScores(r), k);
}

// Points of the reach curve: 1, 2, 3, 5, 7, 10, 15, 20, 30, ... up to k.
std::vector<std::uint32_t> CurvePoints(std::uint32_t k) {
  std::vector<std::uint32_t> points;
  for (std::uint32_t step : {1u, 2u, 3u, 5u, 7u}) {
    if (step < k) points.push_back(step);
  }
  for (std::uint32_t x = 10; x < k; x = x < 20 ? x + 5 : x + 10) points.push_back(x);
  points.push_back(k);
  return points;
}

std::vector<ReachPoint> ReachCurve(const Digraph& g, const CascadeSetup& setup,
                                   const std::vector<NodeId>& seeds, const AnalysisOptions& options,
                                   std::uint64_t stream) {
  std::vector<ReachPoint> curve;
  for (const std::uint32_t k : CurvePoints(static_cast<std::uint32_t>(seeds.size()))) {
    const std::span<const NodeId> prefix(seeds.data(), k);
    // Runs independent of the selection: their own seed, derived from the point and stream.
    MonteCarloOptions mc;
    mc.runs = options.runs;
    mc.seed = MixBits(options.seed ^ (stream << 32) ^ k);
    const MonteCarloResult r = setup.model == InfluenceModel::kLinearThreshold
                                   ? SimulateLinearThreshold(g, setup.p, prefix, {}, mc)
                                   : SimulateIndependentCascade(g, setup.p, prefix, mc);
    curve.push_back({k, r.mean_spread, r.ci_low, r.ci_high});
  }
  return curve;
}

}  // namespace

AnalysisResult RunAnalysis(const Network& network, const Digraph& g, const std::string& description,
                           const AnalysisOptions& options, const StageProgress& progress) {
  if (g.num_nodes() == 0) throw InvalidArgument("the network has no accounts");
  AnalysisResult result;
  result.graph_description = description;
  Stopwatch clock;

  for (const Layer layer : network.present_layers()) {
    result.layers.emplace_back(layer, Summarize(network.layer(layer)));
  }
  if (progress) progress("summary", 1.0);
  result.timings.push_back({"summary", clock.Lap()});

  result.rankings = ComputeRankings(g, options, progress);
  ComputeAgreement(result);
  result.timings.push_back({"rankings", clock.Lap()});

  result.communities = ComputeCommunities(g, result, options, progress);
  result.timings.push_back({"communities", clock.Lap()});

  const CascadeSetup setup = MakeCascadeSetup(g, options);
  result.probability_description = setup.description;
  const std::uint32_t k = std::min<std::uint32_t>(options.k, g.num_nodes());
  if (k == 0) throw InvalidArgument("--k must be at least 1");
  result.recommended.method = options.method;
  result.recommended.seeds =
      SelectSeeds(g, setup, k, result, options, &result.recommended.marginal_gain);
  if (progress) progress("seeds", 0.3);
  result.recommended.curve = ReachCurve(g, setup, result.recommended.seeds, options, 1);
  if (progress) progress("seeds", 0.7);
  result.baseline.method = "in_degree";
  result.baseline.seeds = TopK(Degree(g, {.mode = DegreeMode::kIn}).scores, k);
  result.baseline.curve = ReachCurve(g, setup, result.baseline.seeds, options, 2);
  if (progress) progress("seeds", 1.0);
  result.timings.push_back({"seeds", clock.Lap()});

  const MapResult map = DrawCommunityMap(network.nodes(), g, result, options.map_accounts);
  result.map_svg = map.svg;
  result.map_accounts = map.accounts;
  if (progress) progress("map", 1.0);
  result.timings.push_back({"map", clock.Lap()});
  return result;
}

std::vector<NodeId> KeyAccounts(const AnalysisResult& result, std::size_t top) {
  std::vector<NodeId> accounts;
  std::vector<std::uint8_t> taken;
  for (const Ranking& r : result.rankings) {
    taken.resize(r.ranks.size(), 0);
    for (const NodeId v :
         TopK(RankScores(r), static_cast<std::uint32_t>(std::min(top, r.ranks.size())))) {
      if (!taken[v]) {
        taken[v] = 1;
        accounts.push_back(v);
      }
    }
  }
  const auto& first = result.rankings.front().ranks;
  std::stable_sort(accounts.begin(), accounts.end(),
                   [&](NodeId a, NodeId b) { return first[a] < first[b]; });
  return accounts;
}

}  // namespace ombak
