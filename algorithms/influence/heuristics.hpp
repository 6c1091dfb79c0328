// Baseline seed heuristics: degree discount, top-k of any score vector, and k-shell-dispersed
// spreaders. They cost O(m) or O(n log n) and serve as the yardsticks IMM must beat.
//
// Direction: an account's reach is its audience, in_neighbors(u); "degree" below is therefore
// the in-degree (audience size) unless the graph is undirected, where both are equal.
//
// Usage:
//   std::vector<NodeId> dd = DegreeDiscount(g, 50, 0.01);
//   std::vector<NodeId> pr = TopKByScore(PageRank(g).scores, 50);
//   std::vector<NodeId> ks = KShellDispersed(g, 50);
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "graph/digraph.hpp"

namespace ombak {

// DegreeDiscountIC (Chen, Wang & Yang, KDD 2009, "Efficient influence maximization in social
// networks", Algorithm 4): repeatedly take the account with the largest discounted degree
// dd_v = d_v − 2 t_v − (d_v − t_v) t_v p, where d_v = in_degree(v) (audience size) and t_v is the
// number of chosen seeds among the accounts v listens to (out_neighbors(v)), i.e. seeds whose
// audience includes v. Ties: smaller id. O(k log n + sum of chosen seeds' audiences · log n).
// Deterministic. Throws InvalidArgument when k is 0 or exceeds n, or p is not in [0, 1].
std::vector<NodeId> DegreeDiscount(const Digraph& g, std::uint32_t k, double p);

// The k accounts with the largest scores (ties: smaller id), e.g. PageRank or any centrality.
// O(n log k). Throws InvalidArgument when k is 0 or exceeds scores.size(), or a score is NaN.
std::vector<NodeId> TopKByScore(std::span<const double> scores, std::uint32_t k);

// k-shell-dispersed spreaders (after Kitsak et al., Nature Physics 2010: the most efficient
// spreaders sit in the innermost k-shell, but seeds packed into one dense core overlap). Accounts
// are taken in decreasing coreness (undirected view; ties: larger total degree, then smaller
// id), skipping any account adjacent (either direction) to one already taken; if fewer than k
// remain non-adjacent, the skipped accounts fill the rest in the same order. O(m + n log n).
// Deterministic. Throws InvalidArgument when k is 0 or exceeds n.
std::vector<NodeId> KShellDispersed(const Digraph& g, std::uint32_t k);

}  // namespace ombak
