#include "report/community_methods.hpp"

#include <filesystem>
#include <map>

#include "algorithms/community/igraph_methods.hpp"
#include "algorithms/community/label_propagation.hpp"
#include "algorithms/community/leiden.hpp"
#include "algorithms/community/louvain.hpp"
#include "graph/errors.hpp"
#include "io/load.hpp"

namespace ombak {

const std::vector<std::string>& CommunityMethodNames() {
  static const std::vector<std::string> names = {"leiden",  "louvain",    "lpa",
                                                 "infomap", "fastgreedy", "walktrap"};
  return names;
}

std::string QualityName(const std::string& method) {
  return method == "infomap" ? "codelength" : "modularity";
}

bool HasRestarts(const std::string& method) { return method == "leiden" || method == "louvain"; }

CommunityResult DetectCommunities(const Digraph& g, const CommunityMethodOptions& options) {
  const std::string& m = options.method;
  if (options.restarts > 0 && !HasRestarts(m)) {
    throw InvalidArgument("restarts apply to leiden and louvain, not to " + m);
  }
  if (m == "leiden") {
    return Leiden(g, {.resolution = options.resolution,
                      .seed = options.seed,
                      .iterations = 0,
                      .restarts = options.restarts,
                      .progress = options.progress});
  }
  if (m == "louvain") {
    return Louvain(g, {.resolution = options.resolution,
                       .seed = options.seed,
                       .restarts = options.restarts,
                       .progress = options.progress});
  }
  if (m == "lpa") return LabelPropagation(g, {.seed = options.seed});
  if (m == "infomap") return Infomap(g, {.seed = options.seed});
  if (m == "fastgreedy") return FastGreedy(g);
  if (m == "walktrap") return Walktrap(g);
  std::string names;
  for (const auto& name : CommunityMethodNames()) names += (names.empty() ? "" : ", ") + name;
  throw InvalidArgument("unknown community method '" + m + "' (expected one of " + names + ")");
}

namespace {

// Groups accounts by the text of a column; the group ids follow first appearance.
TruthPartition FromColumn(const std::vector<std::pair<NodeId, std::string>>& labelled,
                          std::string source) {
  TruthPartition truth;
  truth.source = std::move(source);
  std::map<std::string, std::uint32_t> ids;
  std::vector<std::uint32_t> labels;
  for (const auto& [node, text] : labelled) {
    const auto [it, added] = ids.emplace(text, static_cast<std::uint32_t>(ids.size()));
    if (added) truth.group_names.push_back(text);
    truth.nodes.push_back(node);
    labels.push_back(it->second);
  }
  // NMI and the Rand indices compare groupings of at least two accounts.
  if (truth.nodes.size() < 2) {
    throw InvalidArgument("--truth: " + truth.source + " gives a group to " +
                          std::to_string(truth.nodes.size()) +
                          " of the network's accounts; at least 2 are needed to compare");
  }
  truth.partition = CanonicalPartition(labels);
  // CanonicalPartition renumbers by first node; keep group names in that order.
  std::vector<std::string> names(truth.partition.count);
  for (std::size_t i = 0; i < labels.size(); ++i) {
    names[truth.partition.membership[i]] = truth.group_names[labels[i]];
  }
  truth.group_names = std::move(names);
  return truth;
}

}  // namespace

TruthPartition LoadTruth(const Network& network, const std::string& truth) {
  const NodeTable& nodes = network.nodes();
  if (const AttributeColumn* column = nodes.FindColumn(truth)) {
    std::vector<std::pair<NodeId, std::string>> labelled;
    for (NodeId v = 0; v < nodes.size(); ++v) {
      if (column->has(v)) labelled.emplace_back(v, column->ToText(v));
    }
    return FromColumn(labelled, "attribute " + truth);
  }
  if (!std::filesystem::exists(truth)) {
    std::string names;
    for (const auto& column : nodes.columns()) names += (names.empty() ? "" : ", ") + column.name();
    throw InvalidArgument("--truth: '" + truth + "' is neither a node attribute (the input has: " +
                          (names.empty() ? std::string("none") : names) + ") nor a file");
  }
  const Network table = LoadNetwork({InputSpec{truth, std::nullopt, "nodes"}});
  const NodeTable& file_nodes = table.nodes();
  if (file_nodes.columns().empty()) {
    throw InvalidArgument("--truth: " + truth + " needs a second column with each account's group");
  }
  const AttributeColumn& column = file_nodes.columns().front();
  std::vector<std::pair<NodeId, std::string>> labelled;
  for (NodeId w = 0; w < file_nodes.size(); ++w) {
    if (!column.has(w)) continue;
    if (const auto v = nodes.FindText(file_nodes.ExternalId(w))) {
      labelled.emplace_back(*v, column.ToText(w));
    }
  }
  return FromColumn(labelled, "file " + truth + " (column " + column.name() + ")");
}

Partition RestrictPartition(const Partition& p, const std::vector<NodeId>& nodes) {
  std::vector<std::uint32_t> labels;
  labels.reserve(nodes.size());
  for (const NodeId v : nodes) labels.push_back(p.membership[v]);
  return CanonicalPartition(labels);
}

}  // namespace ombak
