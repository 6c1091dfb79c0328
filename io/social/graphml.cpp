#include "io/social/graphml.hpp"

#include <boost/property_tree/ptree.hpp>
#include <boost/property_tree/xml_parser.hpp>
#include <charconv>
#include <cmath>
#include <map>
#include <optional>
#include <sstream>
#include <unordered_map>

#include "graph/errors.hpp"
#include "io/atomic_file.hpp"
#include "io/social/twitter_time.hpp"
#include "io/text_source.hpp"

namespace ombak {
namespace {

std::string_view GraphMlType(AttributeType type) {
  switch (type) {
    case AttributeType::kInteger:
      return "long";
    case AttributeType::kReal:
      return "double";
    case AttributeType::kText:
      return "string";
  }
  return "string";
}

// attr.name must be an NMTOKEN: other characters become '_'.
std::string KeyName(std::string_view name) {
  std::string out(name);
  for (char& c : out) {
    if (!xml::IsNmtoken(std::string_view(&c, 1))) c = '_';
  }
  return out.empty() ? "_" : out;
}

class Buffered {
 public:
  explicit Buffered(AtomicFile& file) : file_(file) {}
  Buffered& operator<<(std::string_view text) {
    buffer_ += text;
    if (buffer_.size() > (1u << 20)) Flush();
    return *this;
  }
  void Flush() {
    file_.Write(buffer_);
    buffer_.clear();
  }

 private:
  AtomicFile& file_;
  std::string buffer_;
};

}  // namespace

void WriteGraphMl(const Network& net, const std::string& path, const GraphExportOptions& options) {
  const std::vector<Layer> layers = xml::ExportLayers(net, options);
  const NodeTable& nodes = net.nodes();
  const NodeId n = net.num_nodes();
  bool ids_are_tokens = true;
  for (NodeId v = 0; v < n && ids_are_tokens; ++v) {
    ids_are_tokens = xml::IsNmtoken(nodes.ExternalId(v));
  }
  bool undirected = !layers.empty();
  bool weighted = false;
  bool timed = false;
  for (const Layer layer : layers) {
    undirected = undirected && net.layer(layer).undirected();
    weighted = weighted || net.layer(layer).has_weights();
    timed = timed || net.layer(layer).has_times();
  }
  const auto node_id = [&](NodeId v) {
    if (ids_are_tokens) return nodes.ExternalId(v);
    std::string id = std::to_string(v);
    id.insert(id.begin(), 'n');  // (not "n" + ...: GCC 12 warns falsely about that)
    return id;
  };

  AtomicFile file(path, options.inputs);
  Buffered out(file);
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
         "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
         "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
         "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  int key = 0;
  const auto declare = [&](std::string_view name, std::string_view type, const char* domain) {
    const std::string id = std::string(domain[0] == 'n' ? "v" : "e") + std::to_string(key++);
    out << "  <key id=\"" << id << "\" for=\"" << domain << "\" attr.name=\"" << KeyName(name)
        << "\" attr.type=\"" << type << "\"/>\n";
    return id;
  };
  const std::string external_key = ids_are_tokens ? "" : declare("external_id", "string", "node");
  std::vector<std::string> column_keys;
  for (const AttributeColumn& column : nodes.columns()) {
    column_keys.push_back(declare(column.name(), GraphMlType(column.type()), "node"));
  }
  std::vector<std::string> score_keys;
  for (const auto& [name, values] : options.scores) {
    score_keys.push_back(declare(name, "double", "node"));
  }
  const std::string community_key =
      options.communities.empty() ? "" : declare(options.community_name, "long", "node");
  const std::string layer_key = declare("layer", "string", "edge");
  const std::string weight_key = weighted ? declare("weight", "double", "edge") : "";
  const std::string time_key = timed ? declare("time", "long", "edge") : "";
  out << "  <graph id=\"G\" edgedefault=\"" << (undirected ? "undirected" : "directed") << "\">\n";

  for (NodeId v = 0; v < n; ++v) {
    out << "    <node id=\"" << xml::Escape(node_id(v)) << "\">";
    if (!ids_are_tokens) {
      out << "<data key=\"" << external_key << "\">" << xml::Escape(nodes.ExternalId(v))
          << "</data>";
    }
    for (std::size_t c = 0; c < nodes.columns().size(); ++c) {
      const AttributeColumn& column = nodes.columns()[c];
      if (!column.has(v)) continue;
      out << "<data key=\"" << column_keys[c] << "\">";
      switch (column.type()) {
        case AttributeType::kInteger:
          out << std::to_string(column.integer(v));
          break;
        case AttributeType::kReal:
          out << xml::RealText(column.real(v));
          break;
        case AttributeType::kText:
          out << xml::Escape(column.text(v));
          break;
      }
      out << "</data>";
    }
    for (std::size_t s = 0; s < options.scores.size(); ++s) {
      const double value = options.scores[s].second[v];
      if (std::isnan(value)) continue;
      out << "<data key=\"" << score_keys[s] << "\">" << xml::RealText(value) << "</data>";
    }
    if (!options.communities.empty()) {
      out << "<data key=\"" << community_key << "\">" << std::to_string(options.communities[v])
          << "</data>";
    }
    out << "</node>\n";
  }
  for (const Layer layer : layers) {
    const Digraph& g = net.layer(layer);
    const std::string layer_data =
        "<data key=\"" + layer_key + "\">" + std::string(LayerName(layer)) + "</data>";
    for (NodeId u = 0; u < n; ++u) {
      const auto targets = g.out_neighbors(u);
      for (std::size_t i = 0; i < targets.size(); ++i) {
        const NodeId v = targets[i];
        if (undirected && v < u) continue;  // symmetric storage: write {u, v} once
        const EdgeId e = g.out_edge_begin(u) + i;
        out << "    <edge source=\"" << xml::Escape(node_id(u)) << "\" target=\""
            << xml::Escape(node_id(v)) << "\">" << layer_data;
        if (g.has_weights()) {
          out << "<data key=\"" << weight_key << "\">" << xml::RealText(g.weight(e)) << "</data>";
        }
        if (g.has_times() && g.time(e) != kNoTime) {
          out << "<data key=\"" << time_key << "\">" << std::to_string(g.time(e)) << "</data>";
        }
        out << "</edge>\n";
      }
    }
  }
  out << "  </graph>\n</graphml>\n";
  out.Flush();
  file.Commit();
}

namespace {

namespace pt = boost::property_tree;

struct Key {
  std::string name;
  std::string type;
  std::string domain;
  std::optional<std::string> default_value;
};

std::string Attr(const pt::ptree& element, const char* name) {
  // '/' as the path separator: GraphML attribute names contain dots (attr.name).
  return element.get<std::string>(pt::ptree::path_type(std::string("<xmlattr>/") + name, '/'), "");
}

std::string Trim(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return "";
  const auto last = text.find_last_not_of(" \t\r\n");
  return std::string(text.substr(first, last - first + 1));
}

class GraphMlReader {
 public:
  GraphMlReader(const std::string& path, NetworkBuilder& builder)
      : path_(path), builder_(builder) {}

  void Read(const pt::ptree& root) {
    const pt::ptree* graph = nullptr;
    for (const auto& [tag, child] : root) {
      if (tag == "key") {
        Key key{Attr(child, "attr.name"), Attr(child, "attr.type"), Attr(child, "for"), {}};
        if (key.name.empty()) key.name = Attr(child, "id");
        if (key.type.empty()) key.type = "string";
        if (const auto value = child.get_optional<std::string>("default")) {
          key.default_value = Trim(*value);
        }
        keys_[Attr(child, "id")] = key;
      } else if (tag == "graph" && graph == nullptr) {
        graph = &child;
      }
    }
    if (graph == nullptr) Fail("expected a <graph> element in <graphml>, got none");
    undirected_ = Attr(*graph, "edgedefault") == "undirected";
    for (const auto& [tag, child] : *graph) {
      if (tag == "node") Node(child);
    }
    for (const auto& [tag, child] : *graph) {
      if (tag == "edge") Edge(child);
    }
  }

 private:
  [[noreturn]] void Fail(const std::string& what) const { throw InputError(path_, 0, 0, what); }

  NodeId Intern(const std::string& id) {
    NodeTable& nodes = builder_.nodes();
    if (nodes.id_kind() == IdKind::kString) return nodes.Intern(id);
    std::int64_t value = 0;
    const auto [end, error] = std::from_chars(id.data(), id.data() + id.size(), value);
    if (error != std::errc() || end != id.data() + id.size()) {
      Fail(ExpectedGot("an integer node id (the table has integer ids)", id));
    }
    return nodes.Intern(value);
  }

  void Node(const pt::ptree& element) {
    const std::string id = Attr(element, "id");
    if (id.empty()) Fail("expected an id attribute on <node>, got none");
    std::map<std::string, std::string> data;
    for (const auto& [tag, child] : element) {
      if (tag == "data") data[Attr(child, "key")] = child.data();
    }
    std::string external = id;
    for (const auto& [key_id, key] : keys_) {
      if (key.name == "external_id" && data.count(key_id) != 0) external = Trim(data[key_id]);
    }
    const NodeId v = Intern(external);
    node_of_[id] = v;
    for (const auto& [key_id, key] : keys_) {
      if (key.domain != "node" && key.domain != "all") continue;
      if (key.name == "external_id") continue;
      const auto it = data.find(key_id);
      if (it != data.end()) {
        Set(v, key, it->second);
      } else if (key.default_value) {
        Set(v, key, *key.default_value);
      }
    }
  }

  void Set(NodeId v, const Key& key, const std::string& raw) {
    NodeTable& nodes = builder_.nodes();
    const std::string value = Trim(raw);
    if (key.type == "string") {
      nodes.Column(key.name, AttributeType::kText).SetText(v, raw);
    } else if (key.type == "int" || key.type == "long") {
      std::int64_t number = 0;
      const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), number);
      if (error != std::errc() || end != value.data() + value.size()) {
        Fail(ExpectedGot("an integer for key '" + key.name + "'", value));
      }
      nodes.Column(key.name, AttributeType::kInteger).SetInteger(v, number);
    } else if (key.type == "boolean") {
      if (value != "true" && value != "false" && value != "1" && value != "0") {
        Fail(ExpectedGot("true or false for key '" + key.name + "'", value));
      }
      nodes.Column(key.name, AttributeType::kInteger)
          .SetInteger(v, value == "true" || value == "1" ? 1 : 0);
    } else {
      double number = 0;
      const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), number);
      if (error != std::errc() || end != value.data() + value.size()) {
        Fail(ExpectedGot("a number for key '" + key.name + "'", value));
      }
      nodes.Column(key.name, AttributeType::kReal).SetReal(v, number);
    }
  }

  void Edge(const pt::ptree& element) {
    const auto endpoint = [&](const char* which) {
      const std::string id = Attr(element, which);
      const auto it = node_of_.find(id);
      if (it != node_of_.end()) return it->second;
      const NodeId v = Intern(id);  // an edge may name a node that has no <node> element
      node_of_[id] = v;
      return v;
    };
    const NodeId source = endpoint("source");
    const NodeId target = endpoint("target");
    Layer layer = Layer::kFollow;
    std::optional<Weight> weight;
    Timestamp time = kNoTime;
    for (const auto& [tag, child] : element) {
      if (tag != "data") continue;
      const auto it = keys_.find(Attr(child, "key"));
      if (it == keys_.end()) continue;
      const std::string value = Trim(child.data());
      if (it->second.name == "layer") {
        const auto parsed = ParseLayer(value);
        if (!parsed) Fail(ExpectedGot("a layer name in an edge's layer data", value));
        layer = *parsed;
      } else if (it->second.name == "weight") {
        double number = 0;
        const auto [end, error] =
            std::from_chars(value.data(), value.data() + value.size(), number);
        if (error != std::errc() || end != value.data() + value.size()) {
          Fail(ExpectedGot("a number for an edge weight", value));
        }
        weight = static_cast<Weight>(number);
      } else if (it->second.name == "time") {
        const auto parsed = ParseAnyTime(value);
        if (!parsed) Fail(ExpectedGot("a time for an edge", value));
        time = *parsed;
      }
    }
    if (undirected_ && !builder_.declared(layer)) {
      BuildOptions options = builder_.build_options(layer);
      options.undirected = true;
      builder_.SetBuildOptions(layer, options);
    }
    if (weight || time != kNoTime) {
      builder_.AddArc(layer, source, target, weight.value_or(Weight{1}), time);
    } else {
      builder_.AddArc(layer, source, target);
    }
  }

  const std::string& path_;
  NetworkBuilder& builder_;
  std::map<std::string, Key> keys_;
  std::unordered_map<std::string, NodeId> node_of_;
  bool undirected_ = false;
};

}  // namespace

void ReadGraphMl(const std::string& path, NetworkBuilder& builder) {
  const TextSource source = TextSource::Open(path);
  ReadGraphMlText(path, source.text(), builder);
}

void ReadGraphMlText(const std::string& path, std::string_view text, NetworkBuilder& builder) {
  std::istringstream stream{std::string(text)};
  pt::ptree tree;
  try {
    pt::read_xml(stream, tree, pt::xml_parser::no_comments);
  } catch (const pt::xml_parser_error& error) {
    throw InputError(path, error.line(), 0, "expected well-formed XML, got " + error.message());
  }
  const auto root = tree.get_child_optional("graphml");
  if (!root) throw InputError(path, 0, 0, "expected a <graphml> root element, got none");
  GraphMlReader(path, builder).Read(*root);
}

}  // namespace ombak
