// Pull-based Jacobi PageRank (see pagerank.hpp).
//
// Per iteration each node v gathers float entries over its in-neighbours (x / out_strength of
// each source), writes its own next entry (owner writes), and adds |x_new - x_old| and its new
// mass to its block's dangling or delivered partial sums. The entry arrays are double-buffered
// so that a node's new value never leaks into another node's gather in the same sweep. Design
// choice: iterative refinement in mixed precision (see State and Iterate) so that every sweep
// gathers 4-byte floats and keeps nothing else per node, yet the result is that of a double
// iteration. The kernel is a template over (weighted, uniform teleport, dangling policy) so the
// common unweighted uniform case reads nothing but in_offsets, in_sources and the gathered
// entries per arc. The sweeps run on the nodes renumbered by out-degree, so that the entries
// gathered most often share cache lines (degree_renumbering.hpp); scores return in g's
// numbering. Isolated nodes are solved in closed form and skipped by the sweeps (see
// RestrictToConnected). Every pass over the nodes, setup and final normalisation included, runs
// in parallel over fixed blocks with block-ordered sums.
#include "algorithms/centrality/pagerank.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>

#include "algorithms/centrality/centrality_checks.hpp"
#include "algorithms/centrality/degree_renumbering.hpp"
#include "algorithms/centrality/node_blocks.hpp"
#include "graph/big_array.hpp"
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

// The iteration runs on the nodes renumbered by out-degree (see degree_renumbering.hpp): every
// per-node array below is indexed by the new numbers. Arrays of n entries that are written in
// full by a parallel loop are BigArrays (uninitialised, huge pages): see graph/big_array.hpp.
struct Problem {
  NodeId n;
  centrality_internal::RenumberedInArcs arcs;
  double damping;
  std::vector<double> teleport;            // empty: uniform 1/n
  BigArray<double> strength;               // out-strength (out-degree if unweighted)
  std::vector<Weight> in_weights;          // weight of in-arc i (arcs order); empty: unweighted
  bool uniform_dangling;                   // dangling mass goes uniformly (else to the teleport)
  centrality_internal::NodeBlocks blocks;  // every loop over nodes runs over these blocks
  // Isolated nodes left out of the iteration (see RestrictToConnected); uniform teleport and
  // dangling mass then go to the other nodes only.
  NodeId isolated;
};

// No arc in, nothing out.
bool Isolated(const Problem& pb, NodeId v) {
  return pb.strength[v] == 0.0 && pb.arcs.offsets[v] == pb.arcs.offsets[v + 1];
}

// Share of the uniform teleport of each node that takes part in the iteration.
double UniformShare(const Problem& pb) { return 1.0 / static_cast<double>(pb.n - pb.isolated); }

// The iterate is x = hi + lo, with hi in double and lo held only by one float per node: its
// contribution lo / out_strength, or lo itself on a dangling node (a dangling node is the source
// of no arc, or only of zero-weight ones, so its entry is never gathered, or gathered times 0).
// Until the first refinement hi = 0 and lo = x: a plain float iteration. A refinement moves lo
// into hi, exactly (it is what the float entries stand for), and records in `fixed` the lo that
// hi alone leads to: d P hi - hi plus the teleport and redistributed mass of that sweep
// (`fixed_uniform`, `fixed_scale`); later sweeps add only the change of those. lo and fixed then
// are about as small as the L1 change at the refinement, so their float rounding (relative 6e-8)
// stays far below the tolerance.
struct State {
  std::vector<double> diff_parts;
  std::vector<double> dangling_parts;
  std::vector<double> delivered_parts;
  std::vector<double> hi;  // zero until the first refinement (refined); becomes the result
  BigArray<float> fixed;   // allocated at the first refinement
  bool refined = false;
  double fixed_uniform = 0.0;  // uniform_base folded into fixed
  double fixed_scale = 0.0;    // teleport_scale folded into fixed
  double dangling_hi = 0.0;    // score mass of hi on dangling nodes
  double delivered_hi = 0.0;   // mass the contributions of hi deliver along arcs
  double dangling_lo = 0.0;    // the same two for lo after the last sweep
  double delivered_lo = 0.0;
  // Mass the next sweep spreads along the teleport (or uniformly): 1 minus what the
  // contributions deliver along arcs and what self-dangling nodes keep. In exact arithmetic
  // this is the dangling mass (0 for kSelf); computed this way it also returns the mass that
  // rounding the contributions to float lost, so the total stays 1 and the rounding does not
  // excite the slowest mode of the iteration (the total, which decays only by `damping`).
  double redistributed = 0.0;
};

// Sum over the in-arcs of v of cur[source] (times the arc weight), in double. Four independent
// partial sums: one chain of dependent additions would bound the sweep by the floating-point
// add latency rather than by memory. The order is fixed by the row, so the sum does not depend
// on the thread count. Forced inline: GCC 12 kept it out of line, a call per node (21 -> 16.6
// ms per rmat20 sweep).
template <bool kWeighted>
[[gnu::always_inline]] inline double Gather(std::uint64_t i, std::uint64_t end,
                                            const NodeId* sources, const Weight* in_w,
                                            const float* cur) {
  auto term = [&](std::uint64_t k) {
    if constexpr (kWeighted) {
      return static_cast<double>(cur[sources[k]]) * in_w[k];
    } else {
      return static_cast<double>(cur[sources[k]]);
    }
  };
  double s0 = 0.0, s1 = 0.0, s2 = 0.0, s3 = 0.0;
  for (; i + 4 <= end; i += 4) {
    s0 += term(i);
    s1 += term(i + 1);
    s2 += term(i + 2);
    s3 += term(i + 3);
  }
  for (; i < end; ++i) s0 += term(i);
  return (s0 + s1) + (s2 + s3);
}

// The lo a node's float entry stands for (see State).
[[gnu::always_inline]] inline double LoOf(float entry, double strength) {
  return strength == 0.0 ? static_cast<double>(entry) : static_cast<double>(entry) * strength;
}

// The float entry that holds lo (see State). A division per node and sweep; multiplying by a
// stored 1 / strength instead was no faster (rmat20), and rounding that factor to float, the same
// for a node in every sweep, biases the float iteration by 6e-8 and costs a sweep.
[[gnu::always_inline]] inline float EntryOf(double lo, double strength) {
  return static_cast<float>(strength == 0.0 ? lo : lo / strength);
}

template <bool kSelfDangling>
void Redistribute(State& st) {
  st.redistributed = 1.0 - (st.delivered_hi + st.delivered_lo) -
                     (kSelfDangling ? st.dangling_hi + st.dangling_lo : 0.0);
}

// One Jacobi sweep: gathers the float entries `cur` of lo, writes the entries `next` of the new
// lo, returns the L1 change and leaves the mass to redistribute in st.redistributed. kRefine:
// also moves the lo of `cur` into hi first (see State).
template <bool kRefine, bool kWeighted, bool kUniformTeleport, bool kSelfDangling>
double Sweep(const Problem& pb, State& st, const float* cur, float* next) {
  const NodeId n = pb.n;
  const double d = pb.damping;
  const double inv_n = UniformShare(pb);
  const bool skip_isolated = pb.isolated > 0;
  const std::uint64_t* offsets = pb.arcs.offsets.get();
  const NodeId* sources = pb.arcs.sources.get();
  const Weight* in_w = pb.in_weights.data();
  const double* strength = pb.strength.get();
  const double* teleport = pb.teleport.data();
  // Mass leaving dangling nodes goes uniformly or along the teleport vector (for kSelf, where
  // it stays, only the rounding correction is redistributed, along the teleport vector).
  const bool uniform_dangling = kUniformTeleport || (pb.uniform_dangling && !kSelfDangling);
  const double dangling_uniform = uniform_dangling ? d * st.redistributed * inv_n : 0.0;
  const double dangling_teleport = !uniform_dangling ? d * st.redistributed : 0.0;
  const double uniform_base = (kUniformTeleport ? (1.0 - d) * inv_n : 0.0) + dangling_uniform;
  const double teleport_scale = (1.0 - d) + dangling_teleport;
  const bool has_fixed = st.refined;
  if constexpr (kRefine) {
    if (!has_fixed) st.fixed = MakeBigArray<float>(n);
    st.delivered_hi += st.delivered_lo;
    st.dangling_hi += st.dangling_lo;
  }
  double* hi = st.hi.data();
  float* fixed = st.fixed.get();
  const double uniform_add = has_fixed ? uniform_base - st.fixed_uniform : uniform_base;
  const double scale_add = has_fixed ? teleport_scale - st.fixed_scale : teleport_scale;
  const int nb = pb.blocks.count();
#pragma omp parallel for schedule(dynamic, 1) if (n > 4096)
  for (int b = 0; b < nb; ++b) {
    double diff = 0.0;
    double dsum = 0.0;
    double delivered = 0.0;
    for (NodeId v = pb.blocks.bounds[b]; v < pb.blocks.bounds[b + 1]; ++v) {
      const double s = strength[v];
      // An isolated node left out keeps the entry 0 (so its lo, change and mass stay 0). Masked
      // rather than skipped: isolated ids interleave with the others, and a branch on them
      // mispredicts (2-3% of the sweep on rmat20).
      const bool isolated = skip_isolated && offsets[v] == offsets[v + 1] && s == 0.0;
      double value =
          uniform_add + d * Gather<kWeighted>(offsets[v], offsets[v + 1], sources, in_w, cur);
      if constexpr (!kUniformTeleport) value += scale_add * teleport[v];
      if (has_fixed) value += fixed[v];
      double old = LoOf(cur[v], s);
      if constexpr (kSelfDangling) {
        if (s == 0.0) value += d * old;
      }
      if constexpr (kRefine) {
        hi[v] += old;
        value -= old;
        old = 0.0;
        fixed[v] = static_cast<float>(value);
      }
      next[v] = isolated ? 0.0f : EntryOf(value, s);
      const double stored = LoOf(next[v], s);
      diff += std::abs(stored - old);
      if (s == 0.0) {
        dsum += stored;
      } else {
        delivered += stored;
      }
    }
    st.diff_parts[b] = diff;
    st.dangling_parts[b] = dsum;
    st.delivered_parts[b] = delivered;
  }
  if constexpr (kRefine) {
    st.refined = true;
    st.fixed_uniform = uniform_base;
    st.fixed_scale = teleport_scale;
  }
  st.delivered_lo = centrality_internal::OrderedSum(st.delivered_parts);
  st.dangling_lo = centrality_internal::OrderedSum(st.dangling_parts);
  Redistribute<kSelfDangling>(st);
  return centrality_internal::OrderedSum(st.diff_parts);
}

// Mixed precision by iterative refinement. Every sweep gathers float contributions (half the
// bytes of the random gather, the bandwidth-bound part of the sweep) of lo = x - hi only, so
// float rounding (relative 6e-8) is relative to the size of lo, not of x. While hi = 0 this is
// a plain float iteration; once the L1 change falls below kFirstRefinement, or stops shrinking
// because rounding dominates (in exact arithmetic it shrinks by the factor damping every sweep),
// the next sweep refines: hi takes over lo exactly, so the refinement costs no gather in double.
// After that, lo is about as small as the change, so float rounding stays kRefine times below
// it; a further refinement comes when the change falls kRefine below the last one or stalls.
// Converged values are those of an all-double iteration to within the tolerance.
constexpr double kFirstRefinement = 1e-6;
constexpr double kRefine = 1e-4;

template <bool kW, bool kU, bool kS>
PageRankResult Iterate(const Problem& pb, const PageRankOptions& o) {
  const NodeId n = pb.n;
  const int nb = pb.blocks.count();
  State st;
  st.diff_parts.assign(nb, 0.0);
  st.dangling_parts.assign(nb, 0.0);
  st.delivered_parts.assign(nb, 0.0);
  st.hi = MakeZeroedVector<double>(n);
  BigArray<float> a = MakeBigArray<float>(n);
  BigArray<float> b = MakeBigArray<float>(n);
  const double share = UniformShare(pb);
#pragma omp parallel for schedule(static) if (n > 4096)
  for (int block = 0; block < nb; ++block) {
    double dangling = 0.0;
    double delivered = 0.0;
    for (NodeId v = pb.blocks.bounds[block]; v < pb.blocks.bounds[block + 1]; ++v) {
      const double s = pb.strength[v];
      a[v] = pb.isolated > 0 && Isolated(pb, v) ? 0.0f : EntryOf(share, s);
      b[v] = 0.0f;
      (s == 0.0 ? dangling : delivered) += LoOf(a[v], s);
    }
    st.dangling_parts[block] = dangling;
    st.delivered_parts[block] = delivered;
  }
  st.dangling_lo = centrality_internal::OrderedSum(st.dangling_parts);
  st.delivered_lo = centrality_internal::OrderedSum(st.delivered_parts);
  Redistribute<kS>(st);
  float* cur = a.get();
  float* next = b.get();
  PageRankResult r;
  double refine_below = kFirstRefinement;
  double previous = std::numeric_limits<double>::infinity();
  bool refine = false;
  while (r.iterations < o.max_iterations) {
    r.residual = refine ? Sweep<true, kW, kU, kS>(pb, st, cur, next)
                        : Sweep<false, kW, kU, kS>(pb, st, cur, next);
    ++r.iterations;
    std::swap(cur, next);
    if (r.residual < o.tolerance) break;
    refine = r.residual < refine_below || r.residual >= previous;
    if (refine) refine_below = r.residual * kRefine;
    previous = r.residual;
  }
  r.converged = r.residual < o.tolerance;
  // The iteration preserves the total mass up to rounding; normalise what rounding left.
  r.scores = std::move(st.hi);
#pragma omp parallel for schedule(static) if (n > 4096)
  for (int block = 0; block < nb; ++block) {
    double total = 0.0;
    for (NodeId v = pb.blocks.bounds[block]; v < pb.blocks.bounds[block + 1]; ++v) {
      r.scores[v] += LoOf(cur[v], pb.strength[v]);
      total += r.scores[v];
    }
    st.diff_parts[block] = total;
  }
  const double total = centrality_internal::OrderedSum(st.diff_parts);
#pragma omp parallel for schedule(static) if (n > 4096)
  for (NodeId v = 0; v < n; ++v) r.scores[v] /= total;
  return r;
}

PageRankResult Dispatch(const Problem& pb, const PageRankOptions& options, bool weighted,
                        bool self) {
  const bool uniform = pb.teleport.empty();
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

// Isolated nodes (no arc in, nothing out) with uniform teleport and dangling mass: they only
// take uniform mass and hand all of it back uniformly, so their share s of the nodes feeds the
// dangling mass back to itself (the slowest mode of the sweep when s is large: rmat20 read with
// its 400,000 unused ids needs 26 sweeps instead of 13). Watched only on the other nodes A (the
// stochastic complement, Meyer, SIAM Review 31(2), 1989) the walk is PageRank on A alone with
// teleport and dangling mass uniform over A: mass sent to the isolated nodes comes back
// uniformly. So the iteration runs on A alone (sweeps skip the isolated nodes, which stay at 0)
// and SpreadOverIsolated rescales its result y exactly: every isolated node holds
// c = ((1 - d) + d D_A(x)) / n, where D_A is the dangling mass on A. Sets pb.isolated when
// there are isolated nodes and other nodes.
void RestrictToConnected(Problem& pb) {
  const NodeId n = pb.n;
  NodeId isolated = 0;
#pragma omp parallel for schedule(static) reduction(+ : isolated) if (n > 4096)
  for (NodeId v = 0; v < n; ++v) isolated += Isolated(pb, v);
  if (isolated == 0 || isolated == n) return;
  pb.isolated = isolated;
}

// With y the PageRank on A (sum 1, zero on isolated nodes), the full vector is x_A = a y and
// x_i = a b on each isolated node, where b = ((1 - d) + d D_A(y)) / |A| and a = 1 / (1 + k b)
// for k isolated nodes (so that x sums to 1).
void SpreadOverIsolated(const Problem& pb, std::vector<double>& scores) {
  const NodeId n = pb.n;
  const int nb = pb.blocks.count();
  std::vector<double> parts(nb, 0.0);
#pragma omp parallel for schedule(static) if (n > 4096)
  for (int block = 0; block < nb; ++block) {
    double dangling = 0.0;
    for (NodeId v = pb.blocks.bounds[block]; v < pb.blocks.bounds[block + 1]; ++v) {
      if (pb.strength[v] == 0.0 && !Isolated(pb, v)) dangling += scores[v];
    }
    parts[block] = dangling;
  }
  const double d = pb.damping;
  const double dangling = centrality_internal::OrderedSum(parts);
  const double b = ((1.0 - d) + d * dangling) / static_cast<double>(n - pb.isolated);
  const double a = 1.0 / (1.0 + static_cast<double>(pb.isolated) * b);
#pragma omp parallel for schedule(static) if (n > 4096)
  for (NodeId v = 0; v < n; ++v) scores[v] = Isolated(pb, v) ? a * b : a * scores[v];
}

}  // namespace

PageRankResult PageRank(const Digraph& g, const PageRankOptions& options) {
  Validate(g, options);
  const NodeId n = g.num_nodes();
  if (n == 0) return PageRankResult{{}, 0, true, 0.0};
  const bool weighted = options.weighted && g.has_weights();
  Problem pb{n,
             centrality_internal::RenumberByOutDegree(g),
             options.damping,
             {},
             MakeBigArray<double>(n),
             {},
             options.dangling == DanglingPolicy::kUniform,
             {},
             0};
  const NodeId* position = pb.arcs.position.get();
  pb.blocks = centrality_internal::BalancedBlocks(pb.arcs.Offsets());
  const std::vector<double> teleport = Teleport(g, options);
  if (!teleport.empty()) {
    pb.teleport.resize(n);
    for (NodeId u = 0; u < n; ++u) pb.teleport[position[u]] = teleport[u];
  }
#pragma omp parallel for schedule(static)
  for (NodeId u = 0; u < n; ++u) {
    double strength = 0.0;
    if (weighted) {
      const EdgeId begin = g.out_edge_begin(u);
      for (EdgeId e = begin; e < begin + g.out_degree(u); ++e) strength += g.weight(e);
    } else {
      strength = static_cast<double>(g.out_degree(u));
    }
    pb.strength[position[u]] = strength;
  }
  if (weighted) {
    pb.in_weights.resize(g.num_edges());
#pragma omp parallel for schedule(static)
    for (NodeId v = 0; v < n; ++v) {
      const auto ids = g.in_edge_ids(v);
      const std::uint64_t base = pb.arcs.RowBegin(v);
      for (std::size_t i = 0; i < ids.size(); ++i) pb.in_weights[base + i] = g.weight(ids[i]);
    }
  }
  const bool self = options.dangling == DanglingPolicy::kSelf;
  if (pb.teleport.empty() && !self) RestrictToConnected(pb);
  PageRankResult r;
  if (pb.isolated > 0) {
    r = Dispatch(pb, options, weighted, false);
    SpreadOverIsolated(pb, r.scores);
  } else {
    r = Dispatch(pb, options, weighted, self);
  }
  // Back to g's numbering.
  std::vector<double> scores = MakeZeroedVector<double>(n);
#pragma omp parallel for schedule(static)
  for (NodeId u = 0; u < n; ++u) scores[u] = r.scores[position[u]];
  r.scores.swap(scores);
  return r;
}

}  // namespace ombak
