// Balanced bidirectional path sampling (see shortest_path_sampler.hpp).
//
// Why the meeting level is exact: the balls are disjoint until an expansion makes them touch. If
// the forward side grows from depth a to a + 1 and touches the backward ball of depth b, every
// touched node y has backward level exactly b (a smaller one would put y's forward predecessor
// in the backward ball already), so d(s, t) = a + 1 + b, every shortest path crosses level a + 1
// at one touched node, and the paths through y number sigma_f(y) sigma_b(y).
#include "algorithms/centrality/shortest_path_sampler.hpp"

#include <algorithm>

namespace ombak {
namespace {

constexpr std::uint32_t kUnseen = ~std::uint32_t{0};

}  // namespace

ShortestPathSampler::ShortestPathSampler(NodeId num_nodes) {
  for (Side* side : {&forward_, &backward_}) {
    side->level.assign(num_nodes, kUnseen);
    side->sigma.assign(num_nodes, 0.0);
  }
}

void ShortestPathSampler::Side::Start(NodeId root, std::uint64_t root_arcs) {
  Clear();
  level[root] = 0;
  sigma[root] = 1.0;
  visited.push_back(root);
  frontier_arcs = root_arcs;
}

void ShortestPathSampler::Side::Clear() {
  for (NodeId v : visited) level[v] = kUnseen;
  visited.clear();
  frontier_start = 0;
  depth = 0;
}

void ShortestPathSampler::Expand(const Digraph& g, bool forward) {
  Side& side = forward ? forward_ : backward_;
  const Side& other = forward ? backward_ : forward_;
  const std::size_t end = side.visited.size();
  const std::uint32_t next = side.depth + 1;
  std::uint64_t next_arcs = 0;
  for (std::size_t k = side.frontier_start; k < end; ++k) {
    const NodeId x = side.visited[k];
    const double paths = side.sigma[x];
    for (NodeId y : forward ? g.out_neighbors(x) : g.in_neighbors(x)) {
      if (side.level[y] == kUnseen) {
        side.level[y] = next;
        side.sigma[y] = paths;
        side.visited.push_back(y);
        next_arcs += forward ? g.out_degree(y) : g.in_degree(y);
        if (other.level[y] != kUnseen) meeting_.push_back(y);
      } else if (side.level[y] == next) {
        side.sigma[y] += paths;
      }
    }
  }
  arcs_scanned_ += side.frontier_arcs;
  side.frontier_start = end;
  side.depth = next;
  side.frontier_arcs = next_arcs;
}

void ShortestPathSampler::WalkToRoot(const Digraph& g, bool forward, NodeId from, RandomStream& rng,
                                     std::vector<NodeId>& interior) const {
  const Side& side = forward ? forward_ : backward_;
  NodeId w = from;
  while (side.level[w] > 0) {
    // Previous nodes on the side's paths: in-neighbours for the forward ball, out-neighbours
    // for the backward one, one level closer to the root.
    const auto previous = forward ? g.in_neighbors(w) : g.out_neighbors(w);
    const std::uint32_t wanted = side.level[w] - 1;
    const double pick = rng.Uniform() * side.sigma[w];
    double cumulative = 0.0;
    NodeId chosen = kNoNode;
    for (NodeId p : previous) {
      if (side.level[p] != wanted) continue;
      chosen = p;  // the last candidate absorbs rounding in the cumulative sum
      cumulative += side.sigma[p];
      if (cumulative > pick) break;
    }
    if (side.level[chosen] > 0) interior.push_back(chosen);
    w = chosen;
  }
}

bool ShortestPathSampler::Sample(const Digraph& g, NodeId s, NodeId t, RandomStream& rng,
                                 std::vector<NodeId>& interior) {
  interior.clear();
  meeting_.clear();
  arcs_scanned_ = 0;
  forward_.Start(s, g.out_degree(s));
  backward_.Start(t, g.in_degree(t));
  while (meeting_.empty()) {
    const bool forward_done = forward_.frontier_start == forward_.visited.size();
    const bool backward_done = backward_.frontier_start == backward_.visited.size();
    if (forward_done || backward_done) return false;
    Expand(g, forward_.frontier_arcs <= backward_.frontier_arcs);
  }

  // Choose the crossing node y with probability sigma_f(y) sigma_b(y) / sigma(s, t).
  double total = 0.0;
  for (NodeId y : meeting_) total += forward_.sigma[y] * backward_.sigma[y];
  const double pick = rng.Uniform() * total;
  double cumulative = 0.0;
  NodeId crossing = meeting_.back();
  for (NodeId y : meeting_) {
    cumulative += forward_.sigma[y] * backward_.sigma[y];
    if (cumulative > pick) {
      crossing = y;
      break;
    }
  }
  WalkToRoot(g, true, crossing, rng, interior);
  std::reverse(interior.begin(), interior.end());
  if (crossing != s && crossing != t) interior.push_back(crossing);
  WalkToRoot(g, false, crossing, rng, interior);
  return true;
}

}  // namespace ombak
