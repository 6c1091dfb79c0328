#include "io/social/pajek.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <optional>
#include <vector>

#include "graph/errors.hpp"
#include "io/csv_fields.hpp"
#include "io/text_source.hpp"

namespace ombak {
namespace {

struct Token {
  std::string_view text;
  std::uint64_t column;
};

// Splits on whitespace; a double-quoted token keeps its spaces (quotes removed).
std::vector<Token> Tokens(std::string_view line) {
  std::vector<Token> tokens;
  std::size_t pos = 0;
  while (pos < line.size()) {
    while (pos < line.size() && std::isspace(static_cast<unsigned char>(line[pos]))) ++pos;
    if (pos == line.size()) break;
    if (line[pos] == '"') {
      const std::size_t close = line.find('"', pos + 1);
      const std::size_t end = close == std::string_view::npos ? line.size() : close;
      tokens.push_back({line.substr(pos + 1, end - pos - 1), pos + 1});
      pos = end + 1;
      continue;
    }
    const std::size_t start = pos;
    while (pos < line.size() && !std::isspace(static_cast<unsigned char>(line[pos]))) ++pos;
    tokens.push_back({line.substr(start, pos - start), start + 1});
  }
  return tokens;
}

std::string Lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

enum class Section { kNone, kVertices, kArcs, kEdges, kArcsList, kEdgesList };

struct PendingArc {
  std::uint64_t source, target;
  std::optional<Weight> weight;
  bool undirected;
};

}  // namespace

void ReadPajekText(const std::string& path, std::string_view text, NetworkBuilder& builder) {
  std::uint64_t vertex_count = 0;
  std::vector<std::string> labels;
  std::vector<PendingArc> arcs;
  Section section = Section::kNone;
  std::uint64_t number = 0;
  std::size_t position = 0;
  const auto integer = [&](const Token& token, const char* what) {
    std::uint64_t value = 0;
    const auto [end, error] =
        std::from_chars(token.text.data(), token.text.data() + token.text.size(), value);
    if (error != std::errc() || end != token.text.data() + token.text.size()) {
      throw InputError(path, number, token.column, ExpectedGot(what, token.text));
    }
    return value;
  };
  const auto vertex = [&](const Token& token) {
    const std::uint64_t v = integer(token, "a vertex number");
    if (v < 1 || v > vertex_count) {
      throw InputError(
          path, number, token.column,
          ExpectedGot("a vertex number in 1.." + std::to_string(vertex_count), token.text));
    }
    return v;
  };
  while (position < text.size()) {
    const std::size_t end = std::min(text.find('\n', position), text.size());
    const std::string_view line = text.substr(position, end - position);
    position = end + 1;
    ++number;
    const std::vector<Token> tokens = Tokens(line);
    if (tokens.empty() || tokens[0].text.front() == '%') continue;
    if (tokens[0].text.front() == '*') {
      const std::string name = Lower(tokens[0].text);
      if (name == "*vertices") {
        // One network per file: a second count would shrink the vertices that arcs already
        // named (found by fuzzing: it read past the end of them).
        if (section != Section::kNone) {
          throw InputError(path, number, 1,
                           ExpectedGot("one *Vertices line, before the arcs", tokens[0].text));
        }
        if (tokens.size() < 2) {
          throw InputError(path, number, line.size() + 1,
                           ExpectedGot("the vertex count after *Vertices", line));
        }
        vertex_count = integer(tokens[1], "the vertex count");
        if (vertex_count > kMaxNodes) {
          throw InputError(path, number, tokens[1].column,
                           ExpectedGot("a vertex count of at most " + std::to_string(kMaxNodes),
                                       tokens[1].text));
        }
        labels.assign(vertex_count, "");
        section = Section::kVertices;
      } else if (name == "*arcs") {
        section = Section::kArcs;
      } else if (name == "*edges") {
        section = Section::kEdges;
      } else if (name == "*arcslist") {
        section = Section::kArcsList;
      } else if (name == "*edgeslist") {
        section = Section::kEdgesList;
      } else {
        throw InputError(
            path, number, 1,
            ExpectedGot("*Vertices, *Arcs, *Edges, *Arcslist or *Edgeslist", tokens[0].text));
      }
      continue;
    }
    switch (section) {
      case Section::kNone:
        throw InputError(path, number, 1, ExpectedGot("*Vertices N", line));
      case Section::kVertices: {
        const std::uint64_t v = vertex(tokens[0]);
        if (tokens.size() > 1) labels[v - 1] = std::string(tokens[1].text);
        break;
      }
      case Section::kArcs:
      case Section::kEdges: {
        if (tokens.size() < 2) {
          throw InputError(path, number, line.size() + 1, ExpectedGot("two vertex numbers", line));
        }
        PendingArc arc{vertex(tokens[0]), vertex(tokens[1]), std::nullopt,
                       section == Section::kEdges};
        if (tokens.size() > 2) {
          double w = 0;
          const auto& t = tokens[2];
          if (!ParseDouble(t.text, &w)) {
            throw InputError(path, number, t.column, ExpectedGot("a weight", t.text));
          }
          if (!IsArcWeight(w)) {
            throw InputError(path, number, t.column, ExpectedGot(kArcWeightExpected, t.text));
          }
          arc.weight = static_cast<Weight>(w);
        }
        arcs.push_back(arc);
        break;
      }
      case Section::kArcsList:
      case Section::kEdgesList: {
        const std::uint64_t source = vertex(tokens[0]);
        for (std::size_t i = 1; i < tokens.size(); ++i) {
          arcs.push_back({source, vertex(tokens[i]), std::nullopt, section == Section::kEdgesList});
        }
        break;
      }
    }
  }
  // Nodes in vertex order, so node ids follow the file's numbering.
  NodeTable& nodes = builder.nodes();
  std::vector<NodeId> node(vertex_count);
  const bool any_label = std::any_of(labels.begin(), labels.end(),
                                     [](const std::string& label) { return !label.empty(); });
  for (std::uint64_t v = 0; v < vertex_count; ++v) {
    if (nodes.id_kind() == IdKind::kInteger) {
      node[v] = nodes.Intern(static_cast<std::int64_t>(v + 1));
    } else {
      node[v] = nodes.Intern(labels[v].empty() ? std::to_string(v + 1) : labels[v]);
    }
  }
  if (any_label && nodes.id_kind() == IdKind::kInteger) {
    AttributeColumn& label = nodes.Column("label", AttributeType::kText);
    for (std::uint64_t v = 0; v < vertex_count; ++v) {
      if (!labels[v].empty()) label.SetText(node[v], labels[v]);
    }
  }
  const bool all_undirected =
      !arcs.empty() &&
      std::all_of(arcs.begin(), arcs.end(), [](const PendingArc& a) { return a.undirected; });
  const bool weighted = std::any_of(arcs.begin(), arcs.end(),
                                    [](const PendingArc& a) { return a.weight.has_value(); });
  if (all_undirected) {
    BuildOptions options = builder.build_options(Layer::kFollow);
    options.undirected = true;
    builder.SetBuildOptions(Layer::kFollow, options);
  }
  EdgeList& edges = builder.arcs(Layer::kFollow);
  for (const PendingArc& arc : arcs) {
    const NodeId s = node[arc.source - 1];
    const NodeId t = node[arc.target - 1];
    const auto add = [&](NodeId a, NodeId b) {
      if (weighted) {
        edges.Add(a, b, arc.weight.value_or(Weight{1}));
      } else {
        edges.Add(a, b);
      }
    };
    add(s, t);
    if (arc.undirected && !all_undirected && s != t) add(t, s);
  }
}

void ReadPajek(const std::string& path, NetworkBuilder& builder) {
  const TextSource source = TextSource::Open(path);
  ReadPajekText(path, source.text(), builder);
}

}  // namespace ombak
