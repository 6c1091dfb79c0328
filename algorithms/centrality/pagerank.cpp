// Pull-based Jacobi PageRank (see pagerank.hpp).
//
// Per iteration each node v gathers contribution[u] = x[u] / out_strength(u) over its
// in-neighbours, writes x[v] and contribution_next[v] (owner writes), and adds |x_new - x_old|
// and, if v is dangling, x_new to its block's partial sums. The two contribution arrays are
// double-buffered so that a node's new value never leaks into another node's gather in the same
// sweep. The kernel is a template over (weighted, uniform teleport, dangling policy) so the
// common unweighted uniform case reads nothing but in_offsets, in_sources and the gathered
// contributions.
#include "algorithms/centrality/pagerank.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>

#include "algorithms/centrality/centrality_checks.hpp"
#include "algorithms/centrality/node_blocks.hpp"
#include "graph/errors.hpp"

namespace ombak {
namespace {

using centrality_internal::FormatNumber;

void Validate(const Digraph& g, const PageRankOptions& o) {
  if (!(o.damping >= 0.0 && o.damping < 1.0)) {
    throw InvalidArgument("damping must be in [0, 1), got " + FormatNumber(o.damping));
  }
  if (!(o.tolerance > 0.0)) {
    throw InvalidArgument("tolerance must be positive, got " + FormatNumber(o.tolerance));
  }
  if (o.max_iterations <= 0) {
    throw InvalidArgument("max_iterations must be positive, got " +
                          std::to_string(o.max_iterations));
  }
  if (!o.seeds.empty() && !o.personalization.empty()) {
    throw InvalidArgument("give either seeds or personalization, not both");
  }
  centrality_internal::CheckNodes(o.seeds, g.num_nodes(), "seeds");
  if (!o.personalization.empty()) {
    if (o.personalization.size() != g.num_nodes()) {
      throw InvalidArgument("personalization has " + std::to_string(o.personalization.size()) +
                            " entries, expected one per node (" + std::to_string(g.num_nodes()) +
                            ")");
    }
    double sum = 0.0;
    for (std::size_t i = 0; i < o.personalization.size(); ++i) {
      const double p = o.personalization[i];
      if (!(std::isfinite(p) && p >= 0.0)) {
        throw InvalidArgument("personalization[" + std::to_string(i) +
                              "] must be finite and nonnegative, got " + FormatNumber(p));
      }
      sum += p;
    }
    if (!(sum > 0.0)) throw InvalidArgument("personalization must have a positive sum");
  }
  if (o.weighted) centrality_internal::CheckNonnegativeWeights(g);
}

// The teleport distribution, or an empty vector for uniform.
std::vector<double> Teleport(const Digraph& g, const PageRankOptions& o) {
  std::vector<double> p;
  if (!o.seeds.empty()) {
    p.assign(g.num_nodes(), 0.0);
    for (const NodeId s : o.seeds) p[s] = 1.0;
  } else if (!o.personalization.empty()) {
    p = o.personalization;
  } else {
    return p;
  }
  double sum = 0.0;
  for (const double v : p) sum += v;
  for (double& v : p) v /= sum;
  return p;
}

struct Problem {
  const Digraph& g;
  double damping;
  std::vector<double> teleport;    // empty: uniform 1/n
  std::vector<double> inv_out;     // 1 / out_strength, 0 for dangling nodes
  std::vector<Weight> in_weights;  // weight of in-arc i (in-CSR order); empty when unweighted
  bool uniform_dangling;           // dangling mass goes uniformly (else to the teleport)
};

// Iteration state shared by the float and double phases.
struct State {
  centrality_internal::NodeBlocks blocks;
  std::vector<double> diff_parts;
  std::vector<double> dangling_parts;
  double dangling = 0.0;  // score mass on dangling nodes in the current iterate
};

// One Jacobi sweep: reads contributions `cur`, updates x in place, writes `next`; returns the L1
// change and leaves the new dangling mass in st.dangling.
template <typename Contribution, bool kWeighted, bool kUniformTeleport, bool kSelfDangling>
double Sweep(const Problem& pb, State& st, const Contribution* cur, Contribution* next, double* x) {
  const NodeId n = pb.g.num_nodes();
  const double d = pb.damping;
  const double inv_n = 1.0 / n;
  const std::uint64_t* offsets = pb.g.in_offsets().data();
  const NodeId* sources = pb.g.in_sources().data();
  const Weight* in_w = pb.in_weights.data();
  const double* inv_out = pb.inv_out.data();
  const double* teleport = pb.teleport.data();
  // Mass leaving dangling nodes goes uniformly, or along the teleport vector, or stays (kSelf).
  const bool uniform_dangling = pb.uniform_dangling || kUniformTeleport;
  const double dangling_uniform =
      !kSelfDangling && uniform_dangling ? d * st.dangling * inv_n : 0.0;
  const double dangling_teleport = !kSelfDangling && !uniform_dangling ? d * st.dangling : 0.0;
  const double uniform_base = (kUniformTeleport ? (1.0 - d) * inv_n : 0.0) + dangling_uniform;
  const double teleport_scale = (1.0 - d) + dangling_teleport;
  const int nb = st.blocks.count();
#pragma omp parallel for schedule(dynamic, 1) if (n > 4096)
  for (int b = 0; b < nb; ++b) {
    double diff = 0.0;
    double dsum = 0.0;
    for (NodeId v = st.blocks.bounds[b]; v < st.blocks.bounds[b + 1]; ++v) {
      // Four independent partial sums: one chain of dependent additions would bound the sweep
      // by the floating-point add latency rather than by memory. The order is fixed by the
      // row, so the sum does not depend on the thread count.
      auto term = [&](std::uint64_t i) {
        if constexpr (kWeighted) {
          return static_cast<double>(cur[sources[i]]) * in_w[i];
        } else {
          return static_cast<double>(cur[sources[i]]);
        }
      };
      double s0 = 0.0, s1 = 0.0, s2 = 0.0, s3 = 0.0;
      std::uint64_t i = offsets[v];
      const std::uint64_t end = offsets[v + 1];
      for (; i + 4 <= end; i += 4) {
        s0 += term(i);
        s1 += term(i + 1);
        s2 += term(i + 2);
        s3 += term(i + 3);
      }
      for (; i < end; ++i) s0 += term(i);
      const double s = (s0 + s1) + (s2 + s3);
      double value = d * s + uniform_base;
      if constexpr (!kUniformTeleport) value += teleport_scale * teleport[v];
      const double old = x[v];
      if constexpr (kSelfDangling) {
        if (inv_out[v] == 0.0) value += d * old;
      }
      diff += std::abs(value - old);
      x[v] = value;
      next[v] = static_cast<Contribution>(value * inv_out[v]);
      if (inv_out[v] == 0.0) dsum += value;
    }
    st.diff_parts[b] = diff;
    st.dangling_parts[b] = dsum;
  }
  st.dangling = centrality_internal::OrderedSum(st.dangling_parts);
  return centrality_internal::OrderedSum(st.diff_parts);
}

// Runs sweeps with Contribution-typed buffers while `keep_going(residual, previous)` holds.
template <typename Contribution, bool kW, bool kU, bool kS, typename Predicate>
void Phase(const Problem& pb, State& st, PageRankResult& r, int max_iterations,
           Predicate keep_going) {
  const NodeId n = pb.g.num_nodes();
  std::vector<Contribution> a(n), b(n);
  for (NodeId v = 0; v < n; ++v) a[v] = static_cast<Contribution>(r.scores[v] * pb.inv_out[v]);
  Contribution* cur = a.data();
  Contribution* next = b.data();
  double previous = std::numeric_limits<double>::infinity();
  while (r.iterations < max_iterations) {
    r.residual = Sweep<Contribution, kW, kU, kS>(pb, st, cur, next, r.scores.data());
    ++r.iterations;
    std::swap(cur, next);
    if (!keep_going(r.residual, previous)) break;
    previous = r.residual;
  }
}

// Mixed precision: while the iterate is far from the fixed point, contributions are gathered as
// floats (half the bytes of the random gather, the bandwidth-bound part of the sweep); once the
// L1 change falls below kFloatPhaseEnd, or stops shrinking because float rounding (relative
// 6e-8) dominates, the sweeps continue with double contributions, which remove the float
// rounding error, until the tolerance is met. Converged values are those of an all-double
// iteration to within the tolerance.
constexpr double kFloatPhaseEnd = 1e-6;

template <bool kW, bool kU, bool kS>
PageRankResult Iterate(const Problem& pb, const PageRankOptions& o) {
  const NodeId n = pb.g.num_nodes();
  State st;
  st.blocks = centrality_internal::BalancedBlocks(pb.g.in_offsets());
  st.diff_parts.assign(st.blocks.count(), 0.0);
  st.dangling_parts.assign(st.blocks.count(), 0.0);
  PageRankResult r;
  r.scores.assign(n, 1.0 / n);
  for (NodeId v = 0; v < n; ++v) {
    if (pb.inv_out[v] == 0.0) st.dangling += r.scores[v];
  }
  const double float_end = std::max(kFloatPhaseEnd, o.tolerance);
  Phase<float, kW, kU, kS>(pb, st, r, o.max_iterations, [&](double res, double previous) {
    return res >= float_end && res < previous;
  });
  if (r.residual >= o.tolerance) {
    Phase<double, kW, kU, kS>(pb, st, r, o.max_iterations,
                              [&](double res, double) { return res >= o.tolerance; });
  }
  r.converged = r.residual < o.tolerance;
  // The iteration preserves the total mass up to rounding; normalise what rounding left.
  double total = 0.0;
  for (NodeId v = 0; v < n; ++v) total += r.scores[v];
  for (NodeId v = 0; v < n; ++v) r.scores[v] /= total;
  return r;
}

}  // namespace

PageRankResult PageRank(const Digraph& g, const PageRankOptions& options) {
  Validate(g, options);
  const NodeId n = g.num_nodes();
  if (n == 0) return PageRankResult{{}, 0, true, 0.0};
  const bool weighted = options.weighted && g.has_weights();
  Problem pb{g,
             options.damping,
             Teleport(g, options),
             std::vector<double>(n),
             {},
             options.dangling == DanglingPolicy::kUniform};
#pragma omp parallel for schedule(static)
  for (NodeId u = 0; u < n; ++u) {
    double strength = 0.0;
    if (weighted) {
      const EdgeId begin = g.out_edge_begin(u);
      for (EdgeId e = begin; e < begin + g.out_degree(u); ++e) strength += g.weight(e);
    } else {
      strength = static_cast<double>(g.out_degree(u));
    }
    pb.inv_out[u] = strength > 0.0 ? 1.0 / strength : 0.0;
  }
  if (weighted) {
    pb.in_weights.resize(g.num_edges());
#pragma omp parallel for schedule(static)
    for (NodeId v = 0; v < n; ++v) {
      const auto ids = g.in_edge_ids(v);
      const std::uint64_t base = g.in_offsets()[v];
      for (std::size_t i = 0; i < ids.size(); ++i) pb.in_weights[base + i] = g.weight(ids[i]);
    }
  }
  const bool uniform = pb.teleport.empty();
  const bool self = options.dangling == DanglingPolicy::kSelf;
  if (weighted) {
    if (uniform)
      return self ? Iterate<true, true, true>(pb, options)
                  : Iterate<true, true, false>(pb, options);
    return self ? Iterate<true, false, true>(pb, options)
                : Iterate<true, false, false>(pb, options);
  }
  if (uniform)
    return self ? Iterate<false, true, true>(pb, options)
                : Iterate<false, true, false>(pb, options);
  return self ? Iterate<false, false, true>(pb, options)
              : Iterate<false, false, false>(pb, options);
}

}  // namespace ombak
