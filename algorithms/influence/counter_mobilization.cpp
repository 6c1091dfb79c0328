// Blocking by sampled dominator trees; competitive IC and greedy protector seeding.
#include "algorithms/influence/counter_mobilization.hpp"

#include <algorithm>
#include <memory>
#include <numeric>
#include <queue>
#include <string>

#include "algorithms/diffusion/independent_cascade.hpp"
#include "algorithms/diffusion/linear_threshold.hpp"
#include "algorithms/diffusion/validate.hpp"
#include "graph/errors.hpp"
#include "graph/parallel.hpp"
#include "graph/random.hpp"

namespace ombak {

using diffusion_detail::CheckNodeList;

namespace {

void CheckSeeds(std::span<const NodeId> seeds, NodeId n, const char* name) {
  if (seeds.empty()) throw InvalidArgument(std::string(name) + " must not be empty");
  CheckNodeList(seeds, n, name);
}

// Per-thread scratch for one live-edge sample and its dominator tree. Local index 0 is the
// virtual root; local ids follow discovery order.
struct DominatorScratch {
  explicit DominatorScratch(NodeId n)
      : local(n, 0), stamp(n, 0), choice(n, kNoNode), choice_stamp(n, 0) {}
  std::vector<std::uint32_t> local;
  std::vector<std::uint32_t> stamp;         // reached in this sample
  std::vector<NodeId> choice;               // LT: the influencer each met account keeps
  std::vector<std::uint32_t> choice_stamp;  // choice drawn in this sample
  std::uint32_t epoch = 0;
  std::vector<NodeId> nodes;                                  // local -> node
  std::vector<std::pair<std::uint32_t, std::uint32_t>> arcs;  // live arcs, local ids
};

// Samples a live-edge graph restricted to what the seeds reach (blocked accounts removed),
// computes its dominator tree and adds each non-seed account's subtree size to score.
void ScoreSample(const Digraph& g, const EdgeProbabilities& p, InfluenceModel model,
                 std::span<const NodeId> seeds, const std::vector<char>& blocked, RandomStream& rng,
                 DominatorScratch& s, std::vector<std::uint64_t>& score) {
  if (++s.epoch == 0) {
    std::fill(s.stamp.begin(), s.stamp.end(), 0);
    std::fill(s.choice_stamp.begin(), s.choice_stamp.end(), 0);
    s.epoch = 1;
  }
  s.nodes.assign(1, kNoNode);
  s.arcs.clear();
  auto reach = [&](NodeId v) {
    if (s.stamp[v] != s.epoch) {
      s.stamp[v] = s.epoch;
      s.local[v] = static_cast<std::uint32_t>(s.nodes.size());
      s.nodes.push_back(v);
    }
    return s.local[v];
  };
  for (NodeId x : seeds) s.arcs.push_back({0, reach(x)});
  const std::size_t num_seeds = s.nodes.size() - 1;
  const auto offsets = g.in_offsets();
  const auto sources = g.in_sources();
  const auto prob = p.by_in_position();
  for (std::uint32_t i = 1; i < s.nodes.size(); ++i) {
    const NodeId u = s.nodes[i];
    for (std::uint64_t pos = offsets[u]; pos < offsets[u + 1]; ++pos) {
      const NodeId v = sources[pos];
      if (blocked[v]) continue;
      const bool known = s.stamp[v] == s.epoch;
      if (known && s.local[v] <= num_seeds) continue;  // arcs into seeds never matter
      bool live;
      if (model == InfluenceModel::kIndependentCascade) {
        live = rng.Uniform() < prob[pos];
      } else {
        if (s.choice_stamp[v] != s.epoch) {
          // v keeps one influencer arc, drawn the first time v is met in this sample.
          s.choice_stamp[v] = s.epoch;
          double r = rng.Uniform();
          NodeId kept = kNoNode;  // none of its arcs
          for (EdgeId e = g.out_edge_begin(v); e < g.out_edge_begin(v) + g.out_degree(v); ++e) {
            r -= p[e];
            if (r < 0) {
              kept = g.target(e);
              break;
            }
          }
          s.choice[v] = kept;
        }
        live = s.choice[v] == u;
      }
      if (live) s.arcs.push_back({i, reach(v)});
    }
  }
  const auto size = static_cast<std::uint32_t>(s.nodes.size());
  std::vector<std::uint32_t> succ_offsets(size + 1, 0);
  std::vector<std::uint32_t> pred_offsets(size + 1, 0);
  for (auto [a, b] : s.arcs) {
    ++succ_offsets[a + 1];
    ++pred_offsets[b + 1];
  }
  for (std::uint32_t i = 0; i < size; ++i) {
    succ_offsets[i + 1] += succ_offsets[i];
    pred_offsets[i + 1] += pred_offsets[i];
  }
  std::vector<std::uint32_t> succ(s.arcs.size());
  std::vector<std::uint32_t> pred(s.arcs.size());
  {
    std::vector<std::uint32_t> sc(succ_offsets.begin(), succ_offsets.end() - 1);
    std::vector<std::uint32_t> pc(pred_offsets.begin(), pred_offsets.end() - 1);
    for (auto [a, b] : s.arcs) {
      succ[sc[a]++] = b;
      pred[pc[b]++] = a;
    }
  }
  // Iterative DFS postorder from the root.
  constexpr std::uint32_t kUnset = ~std::uint32_t{0};
  std::vector<std::uint32_t> post(size, kUnset);
  std::vector<std::uint32_t> order;  // nodes by increasing postorder
  std::vector<char> seen(size, 0);
  std::vector<std::pair<std::uint32_t, std::uint32_t>> stack = {{0, succ_offsets[0]}};
  seen[0] = 1;
  while (!stack.empty()) {
    auto& [x, next] = stack.back();
    if (next < succ_offsets[x + 1]) {
      const std::uint32_t y = succ[next++];
      if (!seen[y]) {
        seen[y] = 1;
        stack.push_back({y, succ_offsets[y]});
      }
    } else {
      post[x] = static_cast<std::uint32_t>(order.size());
      order.push_back(x);
      stack.pop_back();
    }
  }
  // Cooper-Harvey-Kennedy: iterate idom over reverse postorder until stable.
  std::vector<std::uint32_t> idom(size, kUnset);
  idom[0] = 0;
  auto intersect = [&](std::uint32_t a, std::uint32_t b) {
    while (a != b) {
      while (post[a] < post[b]) a = idom[a];
      while (post[b] < post[a]) b = idom[b];
    }
    return a;
  };
  for (bool changed = true; changed;) {
    changed = false;
    for (auto it = order.rbegin(); it != order.rend(); ++it) {
      const std::uint32_t x = *it;
      if (x == 0) continue;
      std::uint32_t best = kUnset;
      for (std::uint32_t j = pred_offsets[x]; j < pred_offsets[x + 1]; ++j) {
        const std::uint32_t q = pred[j];
        if (idom[q] == kUnset) continue;
        best = best == kUnset ? q : intersect(q, best);
      }
      if (best != idom[x]) {
        idom[x] = best;
        changed = true;
      }
    }
  }
  // Subtree sizes: a dominator comes after everything it dominates in postorder.
  std::vector<std::uint64_t> subtree(size, 1);
  for (std::uint32_t x : order) {
    if (x != 0) subtree[idom[x]] += subtree[x];
  }
  for (std::uint32_t x : order) {
    if (x > num_seeds) score[s.nodes[x]] += subtree[x];
  }
}

std::unique_ptr<CascadeModel> MakeModel(const Digraph& g, const EdgeProbabilities& p,
                                        InfluenceModel model, const LinearThresholdOptions& lt) {
  if (model == InfluenceModel::kIndependentCascade) {
    return std::make_unique<IndependentCascadeModel>(g, p);
  }
  return std::make_unique<LinearThresholdModel>(g, p, lt);
}

}  // namespace

BlockingResult ChooseBlockers(const Digraph& g, const EdgeProbabilities& p,
                              std::span<const NodeId> opponent_seeds, std::uint32_t k,
                              const BlockingOptions& options) {
  const NodeId n = g.num_nodes();
  CheckSeeds(opponent_seeds, n, "opponent_seeds");
  if (k == 0) throw InvalidArgument("k must be >= 1, got 0");
  if (options.samples == 0) throw InvalidArgument("samples must be >= 1, got 0");
  if (options.evaluation_runs == 0) {
    throw InvalidArgument("evaluation_runs must be >= 1, got 0");
  }
  const LinearThresholdOptions lt;
  const std::unique_ptr<CascadeModel> model = MakeModel(g, p, options.model, lt);
  std::vector<char> blocked(n, 0);
  std::vector<char> is_seed(n, 0);
  for (NodeId x : opponent_seeds) is_seed[x] = 1;
  BlockingResult result;
  const int num_threads = MaxThreads();
  std::vector<std::vector<std::uint64_t>> scores(num_threads);
  for (std::uint32_t pick = 0; pick < k; ++pick) {
#pragma omp parallel num_threads(num_threads)
    {
      const int t = ThreadIndex();
      scores[t].assign(n, 0);
      DominatorScratch scratch(n);
#pragma omp for schedule(dynamic, 16)
      for (std::int64_t j = 0; j < static_cast<std::int64_t>(options.samples); ++j) {
        RandomStream rng(options.seed, pick * options.samples + static_cast<std::uint64_t>(j));
        ScoreSample(g, p, options.model, opponent_seeds, blocked, rng, scratch, scores[t]);
      }
    }
    NodeId best = kNoNode;
    std::uint64_t best_score = 0;
    for (NodeId v = 0; v < n; ++v) {
      if (is_seed[v] || blocked[v]) continue;
      std::uint64_t total = 0;
      for (const auto& s : scores) total += s[v];
      if (total > best_score) {
        best_score = total;
        best = v;
      }
    }
    if (best == kNoNode) break;  // nothing the opponent reaches is left to block
    blocked[best] = 1;
    result.blocked.push_back(best);
    result.estimated_reduction.push_back(static_cast<double>(best_score) / options.samples);
  }
  MonteCarloOptions mc;
  mc.runs = options.evaluation_runs;
  mc.seed = options.seed;
  result.before = RunMonteCarlo(*model, opponent_seeds, mc);
  mc.blocked = result.blocked;
  result.after = RunMonteCarlo(*model, opponent_seeds, mc);
  return result;
}

namespace {

// Competitive IC: our campaign's accounts are "blocked" for the opponent; within a step ours
// spread first, so ties go to us.
class CompetingCascadeModel : public CascadeModel {
 public:
  CompetingCascadeModel(const Digraph& g, const EdgeProbabilities& p, std::span<const NodeId> ours)
      : g_(g), p_(p), ours_(ours.begin(), ours.end()) {
    p_.CheckMatches(g_, "edge probabilities");
  }
  NodeId num_nodes() const override { return g_.num_nodes(); }
  void Spread(RandomStream& rng, CascadeWorkspace& ws) const override {
    const auto offsets = g_.in_offsets();
    const auto sources = g_.in_sources();
    const auto prob = p_.by_in_position();
    std::vector<NodeId>& our_frontier = ws.frontier;
    our_frontier.clear();
    for (NodeId x : ours_) {
      ws.Block(x);
      our_frontier.push_back(x);
    }
    std::vector<NodeId> our_next;
    std::size_t head = 0;
    std::uint64_t visits = 0;
    for (std::uint32_t step = 0; head < ws.activated.size() || !our_frontier.empty(); ++step) {
      our_next.clear();
      for (NodeId u : our_frontier) {
        visits += offsets[u + 1] - offsets[u];
        for (std::uint64_t pos = offsets[u]; pos < offsets[u + 1]; ++pos) {
          const NodeId v = sources[pos];
          if (!ws.IsActive(v) && rng.Uniform() < prob[pos]) {
            ws.Block(v);
            our_next.push_back(v);
          }
        }
      }
      our_frontier.swap(our_next);
      for (; head < ws.activated.size() && ws.steps[head] == step; ++head) {
        const NodeId u = ws.activated[head];
        visits += offsets[u + 1] - offsets[u];
        for (std::uint64_t pos = offsets[u]; pos < offsets[u + 1]; ++pos) {
          const NodeId v = sources[pos];
          if (!ws.IsActive(v) && rng.Uniform() < prob[pos]) ws.Activate(v, step + 1, u);
        }
      }
    }
    ws.edge_visits += visits;
  }

 private:
  const Digraph& g_;
  const EdgeProbabilities& p_;
  std::vector<NodeId> ours_;
};

}  // namespace

MonteCarloResult SimulateCompetingCascades(const Digraph& g, const EdgeProbabilities& p,
                                           std::span<const NodeId> opponent_seeds,
                                           std::span<const NodeId> our_seeds,
                                           const MonteCarloOptions& options) {
  CheckSeeds(opponent_seeds, g.num_nodes(), "opponent_seeds");
  CheckNodeList(our_seeds, g.num_nodes(), "our_seeds");
  for (NodeId x : our_seeds) {
    if (std::find(opponent_seeds.begin(), opponent_seeds.end(), x) != opponent_seeds.end()) {
      throw InvalidArgument("account " + std::to_string(x) + " is in both seed lists");
    }
  }
  const CompetingCascadeModel model(g, p, our_seeds);
  return RunMonteCarlo(model, opponent_seeds, options);
}

ProtectorResult ChooseProtectors(const Digraph& g, const EdgeProbabilities& p,
                                 std::span<const NodeId> opponent_seeds, std::uint32_t k,
                                 const ProtectorOptions& options) {
  const NodeId n = g.num_nodes();
  CheckSeeds(opponent_seeds, n, "opponent_seeds");
  std::vector<char> is_seed(n, 0);
  for (NodeId x : opponent_seeds) is_seed[x] = 1;
  std::vector<NodeId> candidates = options.candidates;
  CheckNodeList(candidates, n, "candidates");
  for (NodeId c : candidates) {
    if (is_seed[c]) {
      throw InvalidArgument("candidate " + std::to_string(c) + " is an opponent seed");
    }
  }
  if (candidates.empty()) {
    for (NodeId v = 0; v < n; ++v) {
      if (!is_seed[v]) candidates.push_back(v);
    }
    const std::size_t keep = std::min<std::size_t>(200, candidates.size());
    std::partial_sort(
        candidates.begin(), candidates.begin() + keep, candidates.end(), [&](NodeId a, NodeId b) {
          return g.in_degree(a) != g.in_degree(b) ? g.in_degree(a) > g.in_degree(b) : a < b;
        });
    candidates.resize(keep);
  }
  std::sort(candidates.begin(), candidates.end());
  candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
  if (k == 0) throw InvalidArgument("k must be >= 1, got 0");
  if (k > candidates.size()) {
    throw InvalidArgument("k must be <= the number of candidates (" +
                          std::to_string(candidates.size()) + "), got " + std::to_string(k));
  }
  MonteCarloOptions mc;
  mc.runs = options.runs;
  mc.seed = options.seed;
  std::vector<NodeId> ours;
  auto opponent_spread = [&](NodeId extra) {
    ours.push_back(extra);
    const double s = SimulateCompetingCascades(g, p, opponent_seeds, ours, mc).mean_spread;
    ours.pop_back();
    return s;
  };
  struct Entry {
    double saved;  // reduction of the opponent's spread
    NodeId node;
    std::uint32_t round;
    bool operator<(const Entry& o) const {
      return saved != o.saved ? saved < o.saved : node > o.node;
    }
  };
  const double alone = SimulateCompetingCascades(g, p, opponent_seeds, {}, mc).mean_spread;
  std::priority_queue<Entry> heap;
  for (NodeId c : candidates) heap.push({alone - opponent_spread(c), c, 0});
  double current = alone;
  while (ours.size() < k && !heap.empty()) {
    Entry top = heap.top();
    heap.pop();
    if (top.round != ours.size()) {
      top.saved = current - opponent_spread(top.node);
      top.round = static_cast<std::uint32_t>(ours.size());
      heap.push(top);
      continue;
    }
    ours.push_back(top.node);
    current -= top.saved;
  }
  ProtectorResult result;
  result.seeds = ours;
  MonteCarloOptions eval;
  eval.runs = options.evaluation_runs;
  eval.seed = options.seed;
  result.before = SimulateCompetingCascades(g, p, opponent_seeds, {}, eval);
  result.after = SimulateCompetingCascades(g, p, opponent_seeds, ours, eval);
  return result;
}

}  // namespace ombak
