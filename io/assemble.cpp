#include "io/assemble.hpp"

#include <algorithm>
#include <atomic>
#include <limits>
#include <optional>
#include <span>
#include <string>

#include "graph/errors.hpp"
#include "graph/parallel.hpp"

namespace ombak {
namespace {

constexpr std::int64_t kParallelIds = 1 << 16;  // smaller arrays are mapped serially

// Dense ids for integer external ids: the NodeTable (ids in increasing order) and a mapper.
class IntegerIdMap {
 public:
  explicit IntegerIdMap(const std::vector<const std::vector<std::int64_t>*>& columns) {
    std::int64_t lo = std::numeric_limits<std::int64_t>::max();
    std::int64_t hi = std::numeric_limits<std::int64_t>::min();
    std::size_t total = 0;
    for (const auto* column : columns) {
      const auto& ids = *column;
      const auto n = static_cast<std::int64_t>(ids.size());
      total += ids.size();
#pragma omp parallel for reduction(min : lo) reduction(max : hi) if (n > kParallelIds)
      for (std::int64_t i = 0; i < n; ++i) {
        lo = std::min(lo, ids[i]);
        hi = std::max(hi, ids[i]);
      }
    }
    if (total == 0) return;
    min_ = lo;
    const auto range = static_cast<std::uint64_t>(hi) - static_cast<std::uint64_t>(lo);
    dense_ = range < 4 * static_cast<std::uint64_t>(total) + (1u << 16) && range < (1ull << 32);
    if (dense_) {
      // Mark present ids, then number them in increasing order.
      direct_.assign(range + 1, 0);
      for (const auto* column : columns) {
        const auto& ids = *column;
        const auto n = static_cast<std::int64_t>(ids.size());
#pragma omp parallel for if (n > kParallelIds)
        for (std::int64_t i = 0; i < n; ++i) {
          std::atomic_ref<NodeId>(direct_[static_cast<std::uint64_t>(ids[i] - lo)])
              .store(1, std::memory_order_relaxed);
        }
      }
      NodeId next = 0;
      for (std::uint64_t i = 0; i <= range; ++i) {
        if (direct_[i] != 0) {
          sorted_.push_back(lo + static_cast<std::int64_t>(i));
          direct_[i] = next++;
        }
      }
    } else {
      sorted_.reserve(total);
      for (const auto* column : columns)
        sorted_.insert(sorted_.end(), column->begin(), column->end());
      std::sort(sorted_.begin(), sorted_.end());
      sorted_.erase(std::unique(sorted_.begin(), sorted_.end()), sorted_.end());
    }
    if (sorted_.size() >= kMaxNodes)
      throw InvalidArgument("the input has more than 2^32 - 1 nodes");
  }

  NodeId operator()(std::int64_t id) const {
    if (dense_) return direct_[static_cast<std::uint64_t>(id - min_)];
    return static_cast<NodeId>(std::lower_bound(sorted_.begin(), sorted_.end(), id) -
                               sorted_.begin());
  }

  std::vector<NodeId> Map(const std::vector<std::int64_t>& ids) const {
    std::vector<NodeId> out(ids.size());
    const auto n = static_cast<std::int64_t>(ids.size());
#pragma omp parallel for if (n > kParallelIds)
    for (std::int64_t i = 0; i < n; ++i) out[i] = (*this)(ids[i]);
    return out;
  }

  std::vector<std::int64_t> TakeSortedIds() { return std::move(sorted_); }
  // The direct map (when dense()): node of id x = direct()[x - min()].
  bool dense() const { return dense_; }
  std::span<const NodeId> direct() const { return direct_; }
  std::int64_t min() const { return min_; }

 private:
  bool dense_ = false;
  std::int64_t min_ = 0;
  std::vector<NodeId> direct_;
  std::vector<std::int64_t> sorted_;
};

// An edge list in the common form: one layer, no weights, times or declared nodes.
bool IsPlainEdgeList(const RawFile& f) {
  return f.has_edges && !f.local() && f.layers.empty() && f.weights.empty() && f.times.empty() &&
         !f.undirected && f.node_ids.size() == 0;
}

// Copies row r of `from` (a column indexed by file row) to node v of the table's column.
void MergeColumn(const RawFile& file, const AttributeColumn& from,
                 const std::vector<NodeId>& node_of_row, NodeTable* nodes) {
  AttributeColumn* existing = nodes->FindColumn(from.name());
  if (existing != nullptr && existing->type() != from.type()) {
    throw InvalidArgument(file.path + ": attribute '" + from.name() + "' holds " +
                          std::string(AttributeTypeName(from.type())) +
                          " values, but an earlier input gave it " +
                          std::string(AttributeTypeName(existing->type())) + " values");
  }
  AttributeColumn& to = nodes->Column(from.name(), from.type());
  for (std::size_t r = 0; r < node_of_row.size(); ++r) {
    const auto row = static_cast<NodeId>(r);
    if (!from.has(row)) continue;
    switch (from.type()) {
      case AttributeType::kInteger:
        to.SetInteger(node_of_row[r], from.integer(row));
        break;
      case AttributeType::kReal:
        to.SetReal(node_of_row[r], from.real(row));
        break;
      case AttributeType::kText:
        to.SetText(node_of_row[r], from.text(row));
        break;
    }
  }
}

// Appends `edges` to a layer's arcs; an empty layer takes them whole (no copy, and its weights
// and times come along even though it had none).
void AppendArcs(EdgeList edges, EdgeList* arcs) {
  if (arcs->size() == 0) {
    *arcs = std::move(edges);
  } else {
    arcs->Append(edges);
  }
}

// The arcs of one file, with dense endpoints, split by layer.
void AddArcs(RawFile& file, std::vector<NodeId> sources, std::vector<NodeId> targets,
             NetworkBuilder* builder) {
  const std::size_t m = sources.size();
  for (std::size_t i = 0; i < m && !file.times.empty(); ++i) {
    const Layer layer = file.layers.empty() ? file.layer : file.layers[i];
    if (file.times[i] != kNoTime && layer != Layer::kFollow) {
      builder->events().Add({sources[i], targets[i], layer, file.times[i], kNoTweet, kNoTweet});
    }
  }
  if (file.layers.empty()) {
    EdgeList edges{std::move(sources), std::move(targets), std::move(file.weights),
                   std::move(file.times)};
    AppendArcs(std::move(edges), &builder->arcs(file.layer));
    return;
  }
  std::array<EdgeList, kNumLayers> split;
  for (std::size_t i = 0; i < m; ++i) {
    EdgeList& e = split[static_cast<int>(file.layers[i])];
    e.sources.push_back(sources[i]);
    e.targets.push_back(targets[i]);
    if (!file.weights.empty()) e.weights.push_back(file.weights[i]);
    if (!file.times.empty()) e.times.push_back(file.times[i]);
  }
  for (const Layer layer : kAllLayers) {
    EdgeList& e = split[static_cast<int>(layer)];
    if (e.size() > 0) AppendArcs(std::move(e), &builder->arcs(layer));
  }
}

// The arcs and events of a file in local mode: endpoints index the file's node_ids, whose dense
// ids are node_of_row.
void AddLocalArcs(RawFile& file, const std::vector<NodeId>& node_of_row, NetworkBuilder* builder) {
  for (const Layer layer : kAllLayers) {
    std::optional<EdgeList>& local = file.local_arcs[static_cast<int>(layer)];
    if (!local) continue;
    EdgeList edges = std::move(*local);
    local.reset();
    const auto m = static_cast<std::int64_t>(edges.size());
#pragma omp parallel for if (m > kParallelIds)
    for (std::int64_t i = 0; i < m; ++i) {
      edges.sources[i] = node_of_row[edges.sources[i]];
      edges.targets[i] = node_of_row[edges.targets[i]];
    }
    EdgeList& arcs = builder->arcs(layer);
    if (edges.size() > 0) AppendArcs(std::move(edges), &arcs);
  }
  const EventLog events = file.local_events.Remap(node_of_row);
  file.local_events = EventLog();
  builder->events().Reserve(builder->events().size() + events.size());
  for (std::size_t i = 0; i < events.size(); ++i) builder->events().Add(events.at(i));
}

}  // namespace

Network AssembleNetwork(std::vector<RawFile> files, const AssembleOptions& options,
                        std::array<BuildStats, kNumLayers>* stats) {
  bool integer = options.id_kind != IdKind::kString;
  for (const RawFile& f : files) {
    integer = integer && f.sources.integer() && f.targets.integer() && f.node_ids.integer();
  }
  NodeTable table(integer ? IdKind::kInteger : IdKind::kString);
  std::vector<std::vector<NodeId>> node_rows(files.size()), sources(files.size()),
      targets(files.size());
  std::optional<IntegerIdMap> map;
  // A single plain integer edge list (the big-file case) with densely packed ids: its layer is
  // built straight from the external ids through the direct map (MappedArcs, no dense copy).
  bool direct = false;
  if (integer) {
    std::vector<const std::vector<std::int64_t>*> columns;
    for (const RawFile& f : files) {
      columns.insert(columns.end(), {&f.node_ids.ints(), &f.sources.ints(), &f.targets.ints()});
    }
    map.emplace(columns);
    direct = files.size() == 1 && IsPlainEdgeList(files[0]) && map->dense();
    for (std::size_t i = 0; i < files.size(); ++i) {
      node_rows[i] = map->Map(files[i].node_ids.ints());
      if (direct) continue;
      sources[i] = map->Map(files[i].sources.ints());
      std::vector<std::int64_t>().swap(files[i].sources.ints());
      targets[i] = map->Map(files[i].targets.ints());
      std::vector<std::int64_t>().swap(files[i].targets.ints());
    }
    table = NodeTable::FromIntegerIds(map->TakeSortedIds());
  } else {
    for (std::size_t i = 0; i < files.size(); ++i) {
      RawFile& f = files[i];
      for (RawIds* ids : {&f.node_ids, &f.sources, &f.targets}) ids->ConvertToText();
      for (std::size_t r = 0; r < f.node_ids.size(); ++r) {
        node_rows[i].push_back(table.Intern(f.node_ids.text(r)));
      }
      sources[i].resize(f.sources.size());
      targets[i].resize(f.targets.size());
      for (std::size_t r = 0; r < f.sources.size(); ++r) {
        sources[i][r] = table.Intern(f.sources.text(r));
        targets[i][r] = table.Intern(f.targets.text(r));
      }
      f.sources = RawIds();
      f.targets = RawIds();
    }
  }
  for (std::size_t i = 0; i < files.size(); ++i) {
    for (const AttributeColumn& column : files[i].node_columns) {
      MergeColumn(files[i], column, node_rows[i], &table);
    }
  }

  NetworkBuilder builder(std::move(table));
  std::array<int, kNumLayers> feeders{}, undirected_feeders{};
  for (std::size_t i = 0; i < files.size(); ++i) {
    RawFile& f = files[i];
    if (!f.has_edges) continue;
    std::array<bool, kNumLayers> fed{};
    if (f.local()) {
      for (int l = 0; l < kNumLayers; ++l) fed[l] = f.local_arcs[l].has_value();
    } else if (f.layers.empty()) {
      fed[static_cast<int>(f.layer)] = true;
      builder.arcs(f.layer);
    } else {
      for (const Layer layer : f.layers) fed[static_cast<int>(layer)] = true;
    }
    for (int l = 0; l < kNumLayers; ++l) {
      feeders[l] += fed[l];
      undirected_feeders[l] += fed[l] && f.undirected;
    }
    if (f.local()) {
      AddLocalArcs(f, node_rows[i], &builder);
    } else {
      AddArcs(f, std::move(sources[i]), std::move(targets[i]), &builder);
    }
  }
  for (const Layer layer : kAllLayers) {
    const int l = static_cast<int>(layer);
    if (!builder.declared(layer)) continue;
    BuildOptions build = DefaultBuildOptions(layer);
    if (options.duplicates) build.duplicates = *options.duplicates;
    if (options.self_loops) build.self_loops = *options.self_loops;
    build.undirected = feeders[l] > 0 && undirected_feeders[l] == feeders[l];
    builder.SetBuildOptions(layer, build);
  }
  if (direct) {
    const RawFile& f = files[0];
    builder.SetMappedArcs(f.layer, {f.sources.ints(), f.targets.ints(), map->direct(), map->min()});
  }
  builder.events().SortByTime();
  return std::move(builder).Build(stats);
}

}  // namespace ombak
