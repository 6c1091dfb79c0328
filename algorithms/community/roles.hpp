// Describing communities and the accounts between them: per-community summaries, the sparse
// community-to-community edge matrix, within-community degree z-scores and participation
// coefficients with Guimera & Amaral's roles (Nature 433:895, 2005), and bridge accounts
// between two chosen communities.
//
// Design choice: roles and bridges are computed on the undirected view S = A + A^T (for an
// undirected graph S = A), so a follower and a followee are linked either way and a
// reciprocated pair of arcs weighs twice; summaries and the edge matrix count edges as stored
// (arcs of a directed graph, edges once for an undirected one). Everything is O(n + m) except
// sorting (top accounts, the matrix), and deterministic.
//
// Usage:
//   auto summary = SummarizeCommunities(g, p, pagerank.scores, 5);
//   auto links = CommunityEdgeMatrix(g, p);
//   NodeRoles roles = ComputeNodeRoles(g, p);
//   auto bridges = BridgeAccounts(g, p, 0, 1, 10);
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "algorithms/community/partition.hpp"
#include "graph/digraph.hpp"

namespace ombak {

struct CommunitySummary {
  std::uint64_t size = 0;
  std::uint64_t internal_edges = 0;  // both ends inside (self-loops included)
  std::uint64_t external_edges = 0;  // exactly one end inside
  double internal_weight = 0.0;
  double external_weight = 0.0;
  // internal_edges / possible pairs: s(s-1)/2 undirected, s(s-1) directed; 0 when size < 2.
  double density = 0.0;
  std::vector<NodeId> top_accounts;  // highest score first (ties: smaller node id)
};

// One summary per community. scores: empty (no top accounts) or one value per node.
// Throws InvalidArgument for a bad partition or a score vector of the wrong length.
std::vector<CommunitySummary> SummarizeCommunities(const Digraph& g, const Partition& p,
                                                   std::span<const double> scores = {},
                                                   std::size_t top_k = 10);

struct CommunityLink {
  std::uint32_t from = 0;  // community of the source (undirected: from <= to)
  std::uint32_t to = 0;
  std::uint64_t edges = 0;
  double weight = 0.0;
};

// The nonzero entries of the community-to-community edge matrix, sorted by (from, to), the
// diagonal included. O(m log m). Throws InvalidArgument for a bad partition.
std::vector<CommunityLink> CommunityEdgeMatrix(const Digraph& g, const Partition& p);

enum class NodeRole {
  kUltraPeripheral,  // R1: z < 2.5, P <= 0.05
  kPeripheral,       // R2: z < 2.5, P in (0.05, 0.62]
  kConnector,        // R3: z < 2.5, P in (0.62, 0.80]
  kKinless,          // R4: z < 2.5, P > 0.80
  kProvincialHub,    // R5: z >= 2.5, P <= 0.30
  kConnectorHub,     // R6: z >= 2.5, P in (0.30, 0.75]
  kKinlessHub,       // R7: z >= 2.5, P > 0.75
};

struct NodeRoles {
  std::vector<double> within_z;       // z-score of the weight to the own community
  std::vector<double> participation;  // 1 - sum_s (k_is / k_i)^2; 0 for an isolated node
  std::vector<NodeRole> role;
};

// Guimera & Amaral's within-module degree z-score (0 when the community's spread is 0) and
// participation coefficient, with weights when `weighted`. O(n + m). Throws InvalidArgument
// for a bad partition.
NodeRoles ComputeNodeRoles(const Digraph& g, const Partition& p, bool weighted = true);

struct BridgeAccount {
  NodeId node = 0;
  std::uint32_t community = 0;  // a or b
  double to_other = 0.0;        // weight of its edges to the other community
  double to_own = 0.0;          // weight of its edges inside its own community
  // Participation restricted to the two communities: 1 - f^2 - (1 - f)^2 with
  // f = to_other / (to_own + to_other); 0.5 = evenly split between the camps.
  double participation = 0.0;
};

// Bridge accounts between communities a and b: members of a or b with at least one edge to
// the other, ranked by to_other (then participation, then node id), at most top_k. On the
// undirected view. Throws InvalidArgument for a bad partition or a community id >= count.
std::vector<BridgeAccount> BridgeAccounts(const Digraph& g, const Partition& p, std::uint32_t a,
                                          std::uint32_t b, std::size_t top_k = 10,
                                          bool weighted = true);

}  // namespace ombak
