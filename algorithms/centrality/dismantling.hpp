// Dismantling curve: how fast removing nodes in a ranking's order breaks the network, the
// common yardstick for comparing influencer rankings (Morone & Makse 2015; Braunstein et al.,
// PNAS 113, 2016).
//
// Design choice: the curve is computed backwards, adding nodes in reverse removal order into a
// union-find over weak connectivity, so the whole curve costs O(m alpha(n)) instead of one
// component search per removal.
//
// Usage:
//   DismantlingCurve curve = Dismantle(g, ci.removal_order);
//   curve.giant_fraction[k]   // largest weak component / n after removing order[0..k)
#pragma once

#include <vector>

#include "graph/digraph.hpp"

namespace ombak {

struct DismantlingCurve {
  // giant_fraction[k] = size of the largest weakly connected component, divided by n, after
  // removing the first k nodes of the order; k = 0 .. order.size().
  std::vector<double> giant_fraction;
  // Schneider et al. (PNAS 108, 2011) robustness: the mean of giant_fraction[1..order.size()].
  double robustness = 0.0;
};

// `order` lists distinct nodes (a prefix of a full ranking is fine: unlisted nodes are never
// removed). Self-loops and parallel arcs do not matter. O((n + m) alpha(n)), serial,
// deterministic. Throws InvalidArgument if a listed node is not in the graph or is repeated.
DismantlingCurve Dismantle(const Digraph& g, const std::vector<NodeId>& order);

}  // namespace ombak
