// HITS hub and authority scores (Kleinberg, "Authoritative sources in a hyperlinked
// environment", J. ACM 46(5), 1999). On follower -> followee arcs an authority is an account
// many good hubs point at (an influencer); a hub is an account that points at many authorities
// (a curator).
//
// Design choice: power iteration on A^T A for the authorities (pull over in-arcs, then over
// out-arcs), scaled to a maximum of 1 each step, as igraph_hub_and_authority_scores with
// scale = true; see spectral_iteration.hpp for why not Eigen or ARPACK.
//
// Usage:
//   HitsResult h = Hits(g);   // h.authorities[v], h.hubs[v]
#pragma once

#include <vector>

#include "graph/digraph.hpp"

namespace ombak {

struct HitsOptions {
  bool weighted = true;      // use arc weights when present
  double tolerance = 1e-12;  // stop when max |a_new - a_old| (max-scaled) is below this
  int max_iterations = 10000;
};

struct HitsResult {
  std::vector<double> hubs;         // h_u = sum over u->v of w_uv a_v, max-scaled to 1
  std::vector<double> authorities;  // a_v = sum over u->v of w_uv h_u, max-scaled to 1
  double value = 0.0;               // dominant eigenvalue of A^T A
  int iterations = 0;
  bool converged = false;
  double residual = 0.0;
};

// Hubs and authorities by power iteration from the all-ones vector. A graph without arcs gives
// all-zero scores (converged). When the dominant eigenvalue is repeated the scores depend on the
// start vector (as in every power method). O((n + m) * iterations), parallel, deterministic.
// Throws InvalidArgument for a non-positive tolerance or iteration cap or a negative or
// non-finite weight.
HitsResult Hits(const Digraph& g, const HitsOptions& options = {});

}  // namespace ombak
