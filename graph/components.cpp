// Weak components by concurrent union-find, strong components by iterative Pearce–Tarjan.
// Both renumber their components by smallest node id at the end (components.hpp).
#include "graph/components.hpp"

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <vector>

namespace ombak {
namespace {

// parent[x] <= x always holds: links go from the larger root to the smaller one, and path
// halving only replaces a parent by an ancestor. A non-root never becomes a root again, so
// the relaxed halving stores cannot undo a link.
NodeId Find(std::vector<NodeId>& parent, NodeId x) {
  while (true) {
    std::atomic_ref<NodeId> px(parent[x]);
    const NodeId p = px.load(std::memory_order_relaxed);
    if (p == x) return x;
    const NodeId gp = std::atomic_ref<NodeId>(parent[p]).load(std::memory_order_relaxed);
    if (gp != p) px.store(gp, std::memory_order_relaxed);
    x = gp;
  }
}

// Find without path halving, for the final pass: there every thread stores the root into its
// own nodes' slots, and a concurrent halving store could replace such a root by a non-root.
NodeId FindReadOnly(std::vector<NodeId>& parent, NodeId x) {
  while (true) {
    const NodeId p = std::atomic_ref<NodeId>(parent[x]).load(std::memory_order_relaxed);
    if (p == x) return x;
    x = p;
  }
}

void Unite(std::vector<NodeId>& parent, NodeId u, NodeId v) {
  while (true) {
    u = Find(parent, u);
    v = Find(parent, v);
    if (u == v) return;
    if (u < v) std::swap(u, v);  // u is the larger root: hang it under v
    NodeId expected = u;
    if (std::atomic_ref<NodeId>(parent[u]).compare_exchange_strong(expected, v,
                                                                   std::memory_order_acq_rel)) {
      return;
    }
  }
}

// Renumbers arbitrary labels (each in [0, n)) by the smallest node of each label and counts
// the sizes. Serial O(n).
Components Renumber(const std::vector<NodeId>& label) {
  Components result;
  const auto n = static_cast<NodeId>(label.size());
  std::vector<NodeId> new_id(n, kNoNode);
  result.component.resize(n);
  for (NodeId v = 0; v < n; ++v) {
    NodeId& id = new_id[label[v]];
    if (id == kNoNode) {
      id = static_cast<NodeId>(result.sizes.size());
      result.sizes.push_back(0);
    }
    result.component[v] = id;
    ++result.sizes[id];
  }
  return result;
}

}  // namespace

NodeId Components::largest() const {
  return sizes.empty() ? 0 : *std::max_element(sizes.begin(), sizes.end());
}

NodeId Components::largest_index() const {
  if (sizes.empty()) return kNoNode;
  return static_cast<NodeId>(std::max_element(sizes.begin(), sizes.end()) - sizes.begin());
}

Components WeakComponents(const Digraph& g) {
  const NodeId n = g.num_nodes();
  std::vector<NodeId> parent(n);
#pragma omp parallel for schedule(static)
  for (std::int64_t v = 0; v < static_cast<std::int64_t>(n); ++v) {
    parent[v] = static_cast<NodeId>(v);
  }
#pragma omp parallel for schedule(dynamic, 1024)
  for (std::int64_t u = 0; u < static_cast<std::int64_t>(n); ++u) {
    for (const NodeId v : g.out_neighbors(static_cast<NodeId>(u))) {
      Unite(parent, static_cast<NodeId>(u), v);
    }
  }
  // Every root is the smallest node of its component, so numbering roots in id order numbers
  // components by smallest node.
  const auto blocks = static_cast<std::int64_t>((n + 65535) / 65536);
  std::vector<NodeId> roots_before(static_cast<std::size_t>(blocks) + 1, 0);
#pragma omp parallel for schedule(static)
  for (std::int64_t b = 0; b < blocks; ++b) {
    const auto lo = static_cast<NodeId>(b * 65536);
    const auto hi = static_cast<NodeId>(std::min<std::int64_t>(n, (b + 1) * 65536));
    NodeId roots = 0;
    for (NodeId v = lo; v < hi; ++v) {
      const NodeId root = FindReadOnly(parent, v);
      std::atomic_ref<NodeId>(parent[v]).store(root, std::memory_order_relaxed);
      roots += root == v ? 1 : 0;
    }
    roots_before[b + 1] = roots;
  }
  for (std::int64_t b = 0; b < blocks; ++b) roots_before[b + 1] += roots_before[b];
  Components result;
  result.component.resize(n);
  result.sizes.assign(blocks > 0 ? roots_before[blocks] : 0, 0);
#pragma omp parallel for schedule(static)
  for (std::int64_t b = 0; b < blocks; ++b) {
    const auto lo = static_cast<NodeId>(b * 65536);
    const auto hi = static_cast<NodeId>(std::min<std::int64_t>(n, (b + 1) * 65536));
    NodeId next = roots_before[b];
    for (NodeId v = lo; v < hi; ++v) {
      if (parent[v] == v) result.component[v] = next++;
    }
  }
  // Roots precede their members (root <= member), and all roots are numbered above.
#pragma omp parallel for schedule(static)
  for (std::int64_t v = 0; v < static_cast<std::int64_t>(n); ++v) {
    result.component[v] = result.component[parent[v]];
  }
  for (NodeId v = 0; v < n; ++v) ++result.sizes[result.component[v]];
  return result;
}

Components StrongComponents(const Digraph& g) {
  const NodeId n = g.num_nodes();
  // rindex[v]: 0 = unvisited; while v is on the DFS path or the component stack, its DFS
  // index, lowered to the smallest index it reaches (Tarjan's lowlink); once its component is
  // complete, the component number, counted down from n - 1 so it exceeds every live index.
  std::vector<NodeId> rindex(n, 0);
  struct Frame {
    NodeId v;
    bool root;
    std::uint64_t next;  // position of the next out-arc to explore
  };
  std::vector<Frame> path;
  std::vector<NodeId> stack;  // visited nodes whose component is not complete yet
  NodeId index = 1;
  NodeId component = n - 1;
  const auto offsets = g.out_offsets();
  const auto targets = g.out_targets();
  for (NodeId start = 0; start < n; ++start) {
    if (rindex[start] != 0) continue;
    rindex[start] = index++;
    path.push_back({start, true, offsets[start]});
    while (!path.empty()) {
      Frame& f = path.back();
      const NodeId v = f.v;
      if (f.next < offsets[std::size_t{v} + 1]) {
        const NodeId w = targets[f.next];
        if (rindex[w] == 0) {  // descend; f.next advances when w returns
          rindex[w] = index++;
          path.push_back({w, true, offsets[w]});
          continue;
        }
        if (rindex[w] < rindex[v]) {
          rindex[v] = rindex[w];
          f.root = false;
        }
        ++f.next;
        continue;
      }
      // v is finished.
      if (f.root) {
        --index;
        while (!stack.empty() && rindex[v] <= rindex[stack.back()]) {
          rindex[stack.back()] = component;
          stack.pop_back();
          --index;
        }
        rindex[v] = component--;
      } else {
        stack.push_back(v);
      }
      path.pop_back();
      if (!path.empty()) {
        Frame& parent = path.back();
        if (rindex[v] < rindex[parent.v]) {
          rindex[parent.v] = rindex[v];
          parent.root = false;
        }
        ++parent.next;
      }
    }
  }
  // Component numbers run from n - 1 down; Renumber maps them to smallest-node order.
  for (NodeId& r : rindex) r = n - 1 - r;
  return Renumber(rindex);
}

}  // namespace ombak
