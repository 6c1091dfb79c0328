#include "io/social/graphml.hpp"

#include <expat.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <exception>
#include <map>
#include <memory>
#include <new>
#include <optional>
#include <unordered_map>
#include <vector>

#include "graph/errors.hpp"
#include "io/atomic_file.hpp"
#include "io/csv_fields.hpp"
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
    std::string id(domain[0] == 'n' ? "v" : "e");
    id += std::to_string(key++);  // (not string + string: GCC 12 warns falsely, -Wrestrict)
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

// The reader works in two passes. Expat streams the text once and the handlers below record only
// what GraphML reading needs: the <key>s (anywhere in <graphml>, even after the <graph>), and
// the first <graph>'s <node>s and <edge>s with their attributes, the text of their <data>
// children and the line:column where each element starts. The second pass then reads those
// records exactly as a tree would be read: every <node> in document order first, then every
// <edge>, so an edge may name a node declared after it (or never). Keeping the positions lets
// an error found in the second pass still name the element it concerns.

struct Where {
  std::uint64_t line = 0;
  std::uint64_t column = 0;  // 1-based (Expat counts from 0)
};

struct Data {
  std::string key;
  std::string text;  // the character data and CDATA directly inside <data>, entities decoded
  Where at;
};

struct Key {
  std::string name;
  std::string type;
  std::string domain;
  std::optional<std::string> default_value;
  Where default_at;
};

struct Element {  // a <node> (id) or an <edge> (source, target)
  std::string id;
  std::string source;
  std::string target;
  std::vector<Data> data;
  Where at;
};

struct Document {
  std::string root;  // the root element's name
  Where root_at;
  std::map<std::string, Key> keys;
  bool has_graph = false;
  bool undirected = false;
  std::vector<Element> nodes;
  std::vector<Element> edges;
};

std::string Trim(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return "";
  const auto last = text.find_last_not_of(" \t\r\n");
  return std::string(text.substr(first, last - first + 1));
}

// The Expat handlers. Each open element has a role; text is kept only directly inside a <data>
// or a key's first <default>, and everything below an element the reader does not use (nested
// graphs, yEd's <y:ShapeNode>, a second <graph>) is skipped. The stack lives on the heap, so
// deep nesting cannot overflow the call stack.
class Collector {
 public:
  explicit Collector(XML_Parser parser) : parser_(parser) {}

  Document& document() { return document_; }
  // The exception a handler caught (handlers must not throw through Expat's C frames).
  std::exception_ptr failure() const { return failure_; }

  static void XMLCALL OnStart(void* self, const XML_Char* name, const XML_Char** attributes) {
    static_cast<Collector*>(self)->Guard([&](Collector& c) { c.Start(name, attributes); });
  }
  static void XMLCALL OnEnd(void* self, const XML_Char* /*name*/) {
    // (empty only after a failed Start: Expat may still report that element's end)
    std::vector<Role>& roles = static_cast<Collector*>(self)->roles_;
    if (!roles.empty()) roles.pop_back();
  }
  static void XMLCALL OnText(void* self, const XML_Char* text, int length) {
    static_cast<Collector*>(self)->Guard([&](Collector& c) { c.Text(text, length); });
  }

 private:
  enum class Role { kSkipped, kGraphMl, kKey, kDefault, kGraph, kNode, kEdge, kData };

  template <typename F>
  void Guard(F&& handle) {
    try {
      handle(*this);
    } catch (...) {  // std::bad_alloc: rethrown by ReadGraphMlText after Expat has unwound
      if (!failure_) failure_ = std::current_exception();
      XML_StopParser(parser_, XML_FALSE);
    }
  }

  static std::string_view Attr(const XML_Char** attributes, std::string_view name) {
    for (; attributes[0] != nullptr; attributes += 2) {
      if (name == attributes[0]) return attributes[1];
    }
    return "";
  }

  Where Here() const {
    return {XML_GetCurrentLineNumber(parser_), XML_GetCurrentColumnNumber(parser_) + 1};
  }

  void Start(std::string_view name, const XML_Char** attributes) {
    const Role parent = roles_.empty() ? Role::kSkipped : roles_.back();
    Role role = Role::kSkipped;
    if (roles_.empty()) {
      document_.root = name;
      document_.root_at = Here();
      if (name == "graphml") role = Role::kGraphMl;
    } else if (parent == Role::kGraphMl && name == "key") {
      role = Role::kKey;
      Key key{std::string(Attr(attributes, "attr.name")),
              std::string(Attr(attributes, "attr.type")),
              std::string(Attr(attributes, "for")),
              {},
              {}};
      if (key.name.empty()) key.name = Attr(attributes, "id");
      if (key.type.empty()) key.type = "string";
      key_ = &(document_.keys[std::string(Attr(attributes, "id"))] = std::move(key));
    } else if (parent == Role::kGraphMl && name == "graph" && !document_.has_graph) {
      role = Role::kGraph;
      document_.has_graph = true;
      document_.undirected = Attr(attributes, "edgedefault") == "undirected";
    } else if (parent == Role::kKey && name == "default" && !key_->default_value) {
      role = Role::kDefault;
      key_->default_value.emplace();
      key_->default_at = Here();
    } else if (parent == Role::kGraph && (name == "node" || name == "edge")) {
      const bool node = name == "node";
      role = node ? Role::kNode : Role::kEdge;
      element_ = &(node ? document_.nodes : document_.edges).emplace_back();
      element_->at = Here();
      if (node) {
        element_->id = Attr(attributes, "id");
      } else {
        element_->source = Attr(attributes, "source");
        element_->target = Attr(attributes, "target");
      }
    } else if ((parent == Role::kNode || parent == Role::kEdge) && name == "data") {
      role = Role::kData;
      element_->data.push_back({std::string(Attr(attributes, "key")), "", Here()});
    }
    roles_.push_back(role);
  }

  void Text(const XML_Char* text, int length) {
    if (roles_.empty()) return;
    if (roles_.back() == Role::kData) {
      element_->data.back().text.append(text, static_cast<std::size_t>(length));
    } else if (roles_.back() == Role::kDefault) {
      key_->default_value->append(text, static_cast<std::size_t>(length));
    }
  }

  XML_Parser parser_;
  Document document_;
  std::vector<Role> roles_;
  Key* key_ = nullptr;          // the <key> being read (std::map nodes do not move)
  Element* element_ = nullptr;  // the <node> or <edge> being read (the last of its vector)
  std::exception_ptr failure_;
};

class GraphMlReader {
 public:
  GraphMlReader(const std::string& path, NetworkBuilder& builder)
      : path_(path), builder_(builder) {}

  void Read(const Document& document) {
    if (document.root != "graphml") {
      Fail(document.root_at, ExpectedGot("a <graphml> root element", "<" + document.root + ">"));
    }
    if (!document.has_graph) {
      Fail(document.root_at, "expected a <graph> element in <graphml>, got none");
    }
    keys_ = &document.keys;
    undirected_ = document.undirected;
    for (const Element& node : document.nodes) Node(node);
    for (const Element& edge : document.edges) Edge(edge);
  }

 private:
  [[noreturn]] void Fail(Where at, const std::string& what) const {
    throw InputError(path_, at.line, at.column, what);
  }

  NodeId Intern(const std::string& id, Where at) {
    NodeTable& nodes = builder_.nodes();
    if (nodes.id_kind() == IdKind::kString) return nodes.Intern(id);
    std::int64_t value = 0;
    const auto [end, error] = std::from_chars(id.data(), id.data() + id.size(), value);
    if (error != std::errc() || end != id.data() + id.size()) {
      Fail(at, ExpectedGot("an integer node id (the table has integer ids)", id));
    }
    return nodes.Intern(value);
  }

  void Node(const Element& element) {
    const std::string& id = element.id;
    if (id.empty()) Fail(element.at, "expected an id attribute on <node>, got none");
    std::map<std::string_view, const Data*> data;  // the last <data> of each key counts
    for (const Data& d : element.data) data[d.key] = &d;
    std::string external = id;
    Where external_at = element.at;
    for (const auto& [key_id, key] : *keys_) {
      const auto it = data.find(key_id);
      if (key.name == "external_id" && it != data.end()) {
        external = Trim(it->second->text);
        external_at = it->second->at;
      }
    }
    const NodeId v = Intern(external, external_at);
    node_of_[id] = v;
    for (const auto& [key_id, key] : *keys_) {
      if (key.domain != "node" && key.domain != "all") continue;
      if (key.name == "external_id") continue;
      const auto it = data.find(key_id);
      if (it != data.end()) {
        Set(v, key, it->second->text, it->second->at);
      } else if (key.default_value) {
        Set(v, key, Trim(*key.default_value), key.default_at);
      }
    }
  }

  void Set(NodeId v, const Key& key, const std::string& raw, Where at) {
    NodeTable& nodes = builder_.nodes();
    const std::string value = Trim(raw);
    if (key.type == "string") {
      nodes.Column(key.name, AttributeType::kText).SetText(v, raw);
    } else if (key.type == "int" || key.type == "long") {
      std::int64_t number = 0;
      const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), number);
      if (error != std::errc() || end != value.data() + value.size()) {
        Fail(at, ExpectedGot("an integer for key '" + key.name + "'", value));
      }
      nodes.Column(key.name, AttributeType::kInteger).SetInteger(v, number);
    } else if (key.type == "boolean") {
      if (value != "true" && value != "false" && value != "1" && value != "0") {
        Fail(at, ExpectedGot("true or false for key '" + key.name + "'", value));
      }
      nodes.Column(key.name, AttributeType::kInteger)
          .SetInteger(v, value == "true" || value == "1" ? 1 : 0);
    } else {
      double number = 0;
      const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), number);
      if (error != std::errc() || end != value.data() + value.size()) {
        Fail(at, ExpectedGot("a number for key '" + key.name + "'", value));
      }
      nodes.Column(key.name, AttributeType::kReal).SetReal(v, number);
    }
  }

  void Edge(const Element& element) {
    const auto endpoint = [&](const std::string& id) {
      const auto it = node_of_.find(id);
      if (it != node_of_.end()) return it->second;
      const NodeId v = Intern(id, element.at);  // an edge may name a node with no <node> element
      node_of_[id] = v;
      return v;
    };
    const NodeId source = endpoint(element.source);
    const NodeId target = endpoint(element.target);
    Layer layer = Layer::kFollow;
    std::optional<Weight> weight;
    Timestamp time = kNoTime;
    for (const Data& data : element.data) {
      const auto it = keys_->find(data.key);
      if (it == keys_->end()) continue;
      const std::string value = Trim(data.text);
      if (it->second.name == "layer") {
        const auto parsed = ParseLayer(value);
        if (!parsed) Fail(data.at, ExpectedGot("a layer name in an edge's layer data", value));
        layer = *parsed;
      } else if (it->second.name == "weight") {
        double number = 0;
        if (!ParseDouble(value, &number)) {
          Fail(data.at, ExpectedGot("a number for an edge weight", value));
        }
        if (!IsArcWeight(number)) Fail(data.at, ExpectedGot(kArcWeightExpected, value));
        weight = static_cast<Weight>(number);
      } else if (it->second.name == "time") {
        const auto parsed = ParseAnyTime(value);
        if (!parsed) Fail(data.at, ExpectedGot("a time for an edge", value));
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
  const std::map<std::string, Key>* keys_ = nullptr;
  std::unordered_map<std::string, NodeId> node_of_;
  bool undirected_ = false;
};

struct ParserFree {
  void operator()(XML_Parser parser) const { XML_ParserFree(parser); }
};

}  // namespace

void ReadGraphMl(const std::string& path, NetworkBuilder& builder) {
  const TextSource source = TextSource::Open(path);
  ReadGraphMlText(path, source.text(), builder);
}

void ReadGraphMlText(const std::string& path, std::string_view text, NetworkBuilder& builder) {
  // No namespace processing: element names are compared as written ("graphml", "y:ShapeNode").
  // Expat's protection against entity expansion bombs (billion laughs) is on by default; no
  // external entity or DTD is ever loaded (no handler is set for them).
  const std::unique_ptr<XML_ParserStruct, ParserFree> parser(XML_ParserCreate(nullptr));
  if (!parser) throw std::bad_alloc();
  Collector collector(parser.get());
  XML_SetUserData(parser.get(), &collector);
  XML_SetElementHandler(parser.get(), &Collector::OnStart, &Collector::OnEnd);
  XML_SetCharacterDataHandler(parser.get(), &Collector::OnText);
  // The text is parsed in place, in one call unless it is longer than XML_Parse's int length
  // can say (then in slices of 1 GiB).
  constexpr std::size_t kSlice = std::size_t{1} << 30;
  bool ok = true;
  do {
    const std::size_t size = std::min(text.size(), kSlice);
    const bool last = size == text.size();
    ok = XML_Parse(parser.get(), text.data(), static_cast<int>(size),
                   last ? XML_TRUE : XML_FALSE) == XML_STATUS_OK;
    text.remove_prefix(size);
  } while (ok && !text.empty());
  if (collector.failure()) std::rethrow_exception(collector.failure());
  if (!ok) {
    throw InputError(path, XML_GetCurrentLineNumber(parser.get()),
                     XML_GetCurrentColumnNumber(parser.get()) + 1,
                     std::string("expected well-formed XML, got ") +
                         XML_ErrorString(XML_GetErrorCode(parser.get())));
  }
  GraphMlReader(path, builder).Read(collector.document());
}

}  // namespace ombak
