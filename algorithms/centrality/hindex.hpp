// The h-index of a node (Lü, Zhou, Zhang, Stanley, "The H-index of a network node and its
// relation to degree and coreness", Nature Communications 7, 10168, 2016): the largest h such
// that the node has at least h neighbours of degree at least h.
//
// Design choice: the operator H applied `order` times to the degree sequence on the undirected
// simple view (see simple_adjacency.hpp). order 1 is the h-index; repeating H converges to the
// coreness (the paper's theorem), which the tests use as an invariant.
//
// Usage:
//   HIndexResult h = HIndex(g);                  // h^(1)
//   HIndexResult c = HIndex(g, {.order = 0});    // iterate to the fixed point = coreness
#pragma once

#include <vector>

#include "graph/digraph.hpp"

namespace ombak {

struct HIndexOptions {
  int order = 1;  // how many times H is applied; 0 = until nothing changes
};

struct HIndexResult {
  std::vector<double> scores;  // by NodeId
  int iterations = 0;          // applications of H performed
};

// O(order * (n + m)) with a counting pass per node, parallel (Jacobi: each round reads the
// previous round only), deterministic. Throws InvalidArgument for a negative order.
HIndexResult HIndex(const Digraph& g, const HIndexOptions& options = {});

}  // namespace ombak
