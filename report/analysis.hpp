// The analysis behind `ombak analyze`: from one graph to everything the report shows.
//
// Stages (each timed for the run manifest, each reporting progress):
//   1. summary    per-layer statistics of the network (graph/statistics.hpp)
//   2. rankings   every chosen measure of the catalogue (report/measures.hpp) and the rank
//                 agreement between each pair (Spearman, Kendall tau-b, top-10% overlap)
//   3. communities  the chosen method, per-community summary, leaders, bridge accounts
//                 (highest participation coefficient, Guimerà & Amaral 2005) and polarization
//                 (E-I index, community assortativity, random-walk controversy between the two
//                 largest communities)
//   4. seeds      recommended seeds (IMM by default) and the reach curve — expected spread
//                 against the number of seeds with its 95% interval, from Monte Carlo runs
//                 independent of the selection — for them and for the top-audience baseline
//   5. map        a Graphviz drawing of the leading accounts coloured by community
// Design choice: the analysis returns plain structs; turning them into report.json, CSV files,
// GEXF and HTML is report_files.cpp's job, so the numbers are computed once.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "algorithms/community/partition.hpp"
#include "algorithms/community/roles.hpp"
#include "graph/network.hpp"
#include "graph/statistics.hpp"
#include "report/measures.hpp"

namespace ombak {

struct AnalysisOptions {
  std::string measures = "in_degree,in_strength,pagerank,kshell,betweenness,ci";
  std::size_t top = 20;  // accounts per measure in the report's key-accounts table
  std::string community_method = "leiden";
  double resolution = 1.0;
  int restarts = 0;      // Leiden/Louvain independent runs, 0 = their default (3 on small graphs)
  std::uint32_t k = 20;  // seeds
  std::string model = "ic";    // ic or lt
  std::string method = "imm";  // imm, celf, degree-discount, or a catalogue measure
  double epsilon = 0.1;        // IMM's approximation slack
  // IC arc probabilities: "wc" (weighted cascade), "tri" (trivalency), "weight" (the arcs'
  // weights), or a number p.
  std::string probabilities = "wc";
  std::uint64_t runs = 1000;  // Monte Carlo runs per point of the reach curves
  std::size_t map_accounts = 120;
  std::uint64_t seed = 42;
};

// stage name and fraction done of that stage.
using StageProgress = std::function<void(const std::string& stage, double fraction)>;

struct StageTiming {
  std::string stage;
  double seconds = 0;
};

struct Ranking {
  const MeasureDefinition* measure = nullptr;
  MeasureValues values;
  std::vector<std::uint32_t> ranks;
};

struct CommunityReport {
  std::string method;
  std::string quality_name;
  double quality = 0;
  Partition partition;
  std::vector<CommunitySummary> summaries;         // leaders by the first ranking
  std::vector<std::vector<NodeId>> bridges;        // per community, highest participation first
  std::vector<double> participation;               // per account
  std::vector<std::vector<std::uint64_t>> matrix;  // edges between the largest communities
  std::vector<std::uint32_t> matrix_ids;           // which communities the matrix shows
  double ei_index = 0;
  double assortativity = 0;
  double rwc = 0;  // NaN with fewer than two communities
};

struct ReachPoint {
  std::uint32_t k = 0;
  double spread = 0, low = 0, high = 0;
};

struct SeedPlan {
  std::string method;
  std::vector<NodeId> seeds;
  std::vector<double> marginal_gain;  // empty for heuristics
  std::vector<ReachPoint> curve;
};

struct AnalysisResult {
  std::string graph_description;  // which layer(s) the analysis ran on
  std::vector<std::pair<Layer, LayerSummary>> layers;
  std::vector<Ranking> rankings;
  // agreement[i][j] between rankings i and j over all accounts.
  std::vector<std::vector<double>> spearman, kendall, top_overlap;
  CommunityReport communities;
  std::string probability_description;
  SeedPlan recommended;
  SeedPlan baseline;
  std::string map_svg;
  std::size_t map_accounts = 0;
  std::vector<StageTiming> timings;
};

// Runs every stage on g (one of network's layers or a merge, described by description).
// Throws InvalidArgument for a bad option (unknown measure, method, model, probability),
// BackendError when igraph or Graphviz fail.
AnalysisResult RunAnalysis(const Network& network, const Digraph& g, const std::string& description,
                           const AnalysisOptions& options, const StageProgress& progress = {});

// Accounts worth showing: the union of every ranking's top `top`, in order of the first ranking.
std::vector<NodeId> KeyAccounts(const AnalysisResult& result, std::size_t top);

}  // namespace ombak
