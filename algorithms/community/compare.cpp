// NMI, (adjusted) Rand index and VI with igraph_compare_communities' arithmetic (compare.hpp).
#include "algorithms/community/compare.hpp"

#include <algorithm>
#include <cmath>
#include <string>
#include <utility>
#include <vector>

#include "graph/errors.hpp"

namespace ombak {
namespace {

struct Table {
  std::vector<double> rows, cols;  // cluster sizes
  std::vector<double> cells;       // nonzero contingency counts, sorted by (row, column)
  std::vector<std::uint32_t> cell_row, cell_col;
  double n = 0.0;
};

Table Contingency(const Partition& a, const Partition& b) {
  if (a.membership.size() != b.membership.size()) {
    throw InvalidArgument(
        "partitions have different lengths: " + std::to_string(a.membership.size()) + " and " +
        std::to_string(b.membership.size()));
  }
  CheckPartition(a, static_cast<NodeId>(a.membership.size()), "first partition");
  CheckPartition(b, static_cast<NodeId>(b.membership.size()), "second partition");
  Table t;
  t.n = static_cast<double>(a.membership.size());
  t.rows.assign(a.count, 0.0);
  t.cols.assign(b.count, 0.0);
  std::vector<std::uint64_t> pairs(a.membership.size());
  for (std::size_t v = 0; v < pairs.size(); ++v) {
    t.rows[a.membership[v]] += 1.0;
    t.cols[b.membership[v]] += 1.0;
    pairs[v] = (static_cast<std::uint64_t>(a.membership[v]) << 32) | b.membership[v];
  }
  std::sort(pairs.begin(), pairs.end());
  for (std::size_t i = 0; i < pairs.size();) {
    std::size_t j = i;
    while (j < pairs.size() && pairs[j] == pairs[i]) ++j;
    t.cells.push_back(static_cast<double>(j - i));
    t.cell_row.push_back(static_cast<std::uint32_t>(pairs[i] >> 32));
    t.cell_col.push_back(static_cast<std::uint32_t>(pairs[i] & 0xffffffffu));
    i = j;
  }
  return t;
}

struct Entropies {
  double h1 = 0.0, h2 = 0.0, mutual = 0.0;
};

Entropies Entropy(const Partition& a, const Partition& b) {
  Entropies e;
  if (a.membership.empty() && b.membership.empty()) return e;
  const Table t = Contingency(a, b);
  std::vector<double> log_p1(t.rows.size()), log_p2(t.cols.size());
  for (std::size_t i = 0; i < t.rows.size(); ++i) {
    const double p = t.rows[i] / t.n;
    e.h1 -= p * std::log(p);
    log_p1[i] = std::log(p);
  }
  for (std::size_t i = 0; i < t.cols.size(); ++i) {
    const double p = t.cols[i] / t.n;
    e.h2 -= p * std::log(p);
    log_p2[i] = std::log(p);
  }
  for (std::size_t i = 0; i < t.cells.size(); ++i) {
    const double p = t.cells[i] / t.n;
    e.mutual += p * (std::log(p) - log_p1[t.cell_row[i]] - log_p2[t.cell_col[i]]);
  }
  return e;
}

std::pair<double, double> RandIndices(const Partition& a, const Partition& b) {
  if (a.membership.size() <= 1) {
    throw InvalidArgument("Rand indices need at least 2 nodes, got " +
                          std::to_string(a.membership.size()));
  }
  const Table t = Contingency(a, b);
  const double n = t.n;
  double rand = 0.0;
  for (double value : t.cells) rand += (value / n) * (value - 1) / (n - 1);
  double in1 = 0.0, in2 = 0.0;
  for (double value : t.rows) in1 += (value / n) * (value - 1) / (n - 1);
  for (double value : t.cols) in2 += (value / n) * (value - 1) / (n - 1);
  rand = 1.0 + 2 * rand - in1 - in2;
  const double expected = in1 * in2 + (1 - in1) * (1 - in2);
  return {rand, (rand - expected) / (1 - expected)};
}

}  // namespace

double NormalizedMutualInformation(const Partition& a, const Partition& b) {
  const Entropies e = Entropy(a, b);
  if (e.h1 == 0 && e.h2 == 0) return 1.0;
  return 2 * e.mutual / (e.h1 + e.h2);
}

double VariationOfInformation(const Partition& a, const Partition& b) {
  const Entropies e = Entropy(a, b);
  return e.h1 + e.h2 - 2 * e.mutual;
}

double AdjustedRandIndex(const Partition& a, const Partition& b) {
  return RandIndices(a, b).second;
}

PartitionComparison ComparePartitions(const Partition& a, const Partition& b) {
  PartitionComparison c;
  c.nmi = NormalizedMutualInformation(a, b);
  c.variation_of_information = VariationOfInformation(a, b);
  const auto [rand, adjusted] = RandIndices(a, b);
  c.rand = rand;
  c.adjusted_rand = adjusted;
  return c;
}

}  // namespace ombak
