#include "io/gml_reader.hpp"

#include <charconv>
#include <map>
#include <optional>
#include <unordered_map>
#include <variant>
#include <vector>

#include "graph/errors.hpp"
#include "io/csv_fields.hpp"

namespace ombak {
namespace {

enum class TokenKind { kKey, kInteger, kReal, kString, kOpen, kClose, kEnd };

struct Token {
  TokenKind kind = TokenKind::kEnd;
  std::string_view text;  // raw text (strings without their quotes)
  std::size_t offset = 0;
};

class GmlLexer {
 public:
  GmlLexer(std::string path, std::string_view text) : path_(std::move(path)), text_(text) {}

  Token Next() {
    SkipSpaceAndComments();
    Token token;
    token.offset = pos_;
    if (pos_ >= text_.size()) return token;
    const char c = text_[pos_];
    if (c == '[' || c == ']') {
      token.kind = c == '[' ? TokenKind::kOpen : TokenKind::kClose;
      token.text = text_.substr(pos_++, 1);
    } else if (c == '"') {
      const std::size_t close = text_.find('"', pos_ + 1);
      if (close == std::string_view::npos) {
        Fail(pos_, "expected a closing '\"' for the string, got end of file");
      }
      token.kind = TokenKind::kString;
      token.text = text_.substr(pos_ + 1, close - pos_ - 1);
      pos_ = close + 1;
    } else if (IsKeyStart(c)) {
      std::size_t end = pos_;
      while (end < text_.size() && (IsKeyStart(text_[end]) || IsDigit(text_[end]))) ++end;
      token.kind = TokenKind::kKey;
      token.text = text_.substr(pos_, end - pos_);
      pos_ = end;
    } else if (IsDigit(c) || c == '-' || c == '+' || c == '.') {
      std::size_t end = pos_ + 1;
      while (end < text_.size() && !IsSpace(text_[end]) && text_[end] != '[' && text_[end] != ']') {
        ++end;
      }
      token.text = text_.substr(pos_, end - pos_);
      std::int64_t i;
      double d;
      if (ParseInt64(token.text, &i)) {
        token.kind = TokenKind::kInteger;
      } else if (ParseDouble(token.text, &d)) {
        token.kind = TokenKind::kReal;
      } else {
        Fail(pos_, ExpectedGot("a number", token.text));
      }
      pos_ = end;
    } else {
      std::size_t end = pos_;
      while (end < text_.size() && !IsSpace(text_[end])) ++end;
      Fail(pos_, ExpectedGot("a key, a value, '[' or ']'", text_.substr(pos_, end - pos_)));
    }
    return token;
  }

  [[noreturn]] void Fail(std::size_t offset, const std::string& message) const {
    const auto [line, column] = LocateOffset(text_, offset);
    throw InputError(path_, line, column, message);
  }

 private:
  static bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
  static bool IsDigit(char c) { return c >= '0' && c <= '9'; }
  static bool IsKeyStart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
  }
  void SkipSpaceAndComments() {
    while (pos_ < text_.size()) {
      if (IsSpace(text_[pos_])) {
        ++pos_;
      } else if (text_[pos_] == '#') {
        while (pos_ < text_.size() && text_[pos_] != '\n' && text_[pos_] != '\r') ++pos_;
      } else {
        break;
      }
    }
  }

  std::string path_;
  std::string_view text_;
  std::size_t pos_ = 0;
};

std::string DecodeEntities(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  static constexpr std::pair<std::string_view, char> kEntities[] = {
      {"&quot;", '"'}, {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&apos;", '\''}};
  for (std::size_t i = 0; i < text.size(); ++i) {
    bool replaced = false;
    if (text[i] == '&') {
      for (const auto& [entity, c] : kEntities) {
        if (text.substr(i, entity.size()) == entity) {
          out += c;
          i += entity.size() - 1;
          replaced = true;
          break;
        }
      }
    }
    if (!replaced) out += text[i];
  }
  return out;
}

// One node's attribute values before the column types are known.
using Value = std::variant<std::int64_t, double, std::string>;

class GmlParser {
 public:
  GmlParser(const TextSource& source) : lexer_(source.path(), source.text()) {}

  RawFile Parse(const std::string& path) {
    raw_.path = path;
    raw_.undirected = true;
    // Top level: key value pairs; the first `graph [` is the graph.
    while (true) {
      const Token key = lexer_.Next();
      if (key.kind == TokenKind::kEnd)
        lexer_.Fail(key.offset, "expected 'graph [', got end of file");
      if (key.kind != TokenKind::kKey) lexer_.Fail(key.offset, ExpectedGot("a key", key.text));
      const Token value = lexer_.Next();
      if (key.text == "graph" && value.kind == TokenKind::kOpen) break;
      SkipValue(value);
    }
    ParseGraph();
    BuildColumns();
    return std::move(raw_);
  }

 private:
  Token NextValue() {
    const Token value = lexer_.Next();
    if (value.kind == TokenKind::kKey || value.kind == TokenKind::kClose ||
        value.kind == TokenKind::kEnd) {
      lexer_.Fail(value.offset, value.kind == TokenKind::kEnd
                                    ? std::string("expected a value, got end of file")
                                    : ExpectedGot("a value", value.text));
    }
    return value;
  }

  // Skips one value, however deeply its lists nest: a loop with a depth count, not recursion,
  // so that a file nested 100,000 deep cannot overflow the stack (found by fuzzing).
  void SkipValue(const Token& first) {
    Token value = first;
    std::uint64_t depth = 0;  // lists open inside the skipped value
    while (true) {
      if (value.kind == TokenKind::kKey || value.kind == TokenKind::kClose ||
          value.kind == TokenKind::kEnd) {
        lexer_.Fail(value.offset, value.kind == TokenKind::kEnd
                                      ? std::string("expected a value, got end of file")
                                      : ExpectedGot("a value", value.text));
      }
      if (value.kind == TokenKind::kOpen) ++depth;
      while (depth > 0) {  // the next key of the innermost open list, or its ']'
        const Token key = lexer_.Next();
        if (key.kind == TokenKind::kClose) {
          --depth;
          continue;
        }
        if (key.kind != TokenKind::kKey) {
          lexer_.Fail(key.offset, key.kind == TokenKind::kEnd
                                      ? std::string("expected ']', got end of file")
                                      : ExpectedGot("a key or ']'", key.text));
        }
        break;
      }
      if (depth == 0) return;
      value = lexer_.Next();
    }
  }

  void ParseGraph() {
    while (true) {
      const Token key = lexer_.Next();
      if (key.kind == TokenKind::kClose) return;
      if (key.kind != TokenKind::kKey) {
        lexer_.Fail(key.offset, key.kind == TokenKind::kEnd
                                    ? std::string("expected ']' closing the graph, got end of file")
                                    : ExpectedGot("a key or ']'", key.text));
      }
      const Token value = NextValue();
      if (key.text == "node" && value.kind == TokenKind::kOpen) {
        ParseNode(key.offset);
      } else if (key.text == "edge" && value.kind == TokenKind::kOpen) {
        edges_.push_back(ParseEdge(key.offset));
      } else if (key.text == "directed") {
        if (value.kind != TokenKind::kInteger || (value.text != "0" && value.text != "1")) {
          lexer_.Fail(value.offset, ExpectedGot("0 or 1", value.text));
        }
        raw_.undirected = value.text == "0";
      } else {
        SkipValue(value);
      }
    }
  }

  void ParseNode(std::size_t node_offset) {
    std::optional<std::int64_t> id;
    std::vector<std::pair<std::string, Value>> values;
    while (true) {
      const Token key = lexer_.Next();
      if (key.kind == TokenKind::kClose) break;
      if (key.kind != TokenKind::kKey)
        lexer_.Fail(key.offset, ExpectedGot("a key or ']'", key.text));
      const Token value = NextValue();
      if (key.text == "id") {
        std::int64_t v;
        if (value.kind != TokenKind::kInteger || !ParseInt64(value.text, &v)) {
          lexer_.Fail(value.offset, ExpectedGot("an integer node id", value.text));
        }
        id = v;
      } else if (value.kind == TokenKind::kOpen) {
        SkipValue(value);
      } else {
        values.emplace_back(std::string(key.text), ToValue(value));
      }
    }
    if (!id) lexer_.Fail(node_offset, "expected an 'id' key in the node, got none");
    if (!index_.emplace(*id, raw_.node_ids.size()).second) {
      lexer_.Fail(node_offset,
                  "expected distinct node ids, got id " + std::to_string(*id) + " a second time");
    }
    raw_.node_ids.AddInt(*id);
    node_values_.push_back(std::move(values));
  }

  struct PendingEdge {
    std::int64_t source, target;
    std::size_t source_offset, target_offset;
    std::optional<double> weight;
  };

  PendingEdge ParseEdge(std::size_t edge_offset) {
    PendingEdge edge{0, 0, 0, 0, std::nullopt};
    bool has_source = false, has_target = false;
    while (true) {
      const Token key = lexer_.Next();
      if (key.kind == TokenKind::kClose) break;
      if (key.kind != TokenKind::kKey)
        lexer_.Fail(key.offset, ExpectedGot("a key or ']'", key.text));
      const Token value = NextValue();
      if (key.text == "source" || key.text == "target") {
        std::int64_t v;
        if (value.kind != TokenKind::kInteger || !ParseInt64(value.text, &v)) {
          lexer_.Fail(value.offset, ExpectedGot("an integer node id", value.text));
        }
        (key.text == "source" ? edge.source : edge.target) = v;
        (key.text == "source" ? edge.source_offset : edge.target_offset) = value.offset;
        (key.text == "source" ? has_source : has_target) = true;
      } else if (key.text == "weight" || (key.text == "value" && !edge.weight)) {
        double w;
        if ((value.kind != TokenKind::kInteger && value.kind != TokenKind::kReal) ||
            !ParseDouble(value.text, &w)) {
          lexer_.Fail(value.offset, ExpectedGot("a number (edge weight)", value.text));
        }
        if (!IsArcWeight(w)) lexer_.Fail(value.offset, ExpectedGot(kArcWeightExpected, value.text));
        edge.weight = w;
      } else {
        SkipValue(value);
      }
    }
    if (!has_source || !has_target) {
      lexer_.Fail(edge_offset, std::string("expected 'source' and 'target' keys in the edge, "
                                           "got none for '") +
                                   (has_source ? "target" : "source") + "'");
    }
    return edge;
  }

  static Value ToValue(const Token& token) {
    if (token.kind == TokenKind::kInteger) {
      std::int64_t v;
      ParseInt64(token.text, &v);
      return v;
    }
    if (token.kind == TokenKind::kReal) {
      double v;
      ParseDouble(token.text, &v);
      return v;
    }
    return DecodeEntities(token.text);
  }

  void BuildColumns() {
    // Column types: the widest kind among the values of a key.
    std::map<std::string, AttributeType> types;
    std::vector<std::string> order;
    for (const auto& values : node_values_) {
      for (const auto& [key, value] : values) {
        const auto type = static_cast<AttributeType>(value.index());
        const auto [it, inserted] = types.emplace(key, type);
        if (inserted) order.push_back(key);
        if (static_cast<int>(type) > static_cast<int>(it->second)) it->second = type;
      }
    }
    for (const std::string& key : order) {
      AttributeColumn column(key, types[key]);
      for (std::size_t i = 0; i < node_values_.size(); ++i) {
        for (const auto& [k, value] : node_values_[i]) {
          if (k != key) continue;
          const auto v = static_cast<NodeId>(i);
          if (column.type() == AttributeType::kText) {
            column.SetText(v, std::visit([](const auto& x) { return ToText(x); }, value));
          } else if (column.type() == AttributeType::kReal) {
            column.SetReal(v, value.index() == 0 ? static_cast<double>(std::get<0>(value))
                                                 : std::get<1>(value));
          } else {
            column.SetInteger(v, std::get<0>(value));
          }
          break;
        }
      }
      column.Resize(static_cast<NodeId>(node_values_.size()));
      raw_.node_columns.push_back(std::move(column));
    }
    bool weighted = false;
    for (const PendingEdge& e : edges_) weighted = weighted || e.weight.has_value();
    raw_.sources.Reserve(edges_.size());
    raw_.targets.Reserve(edges_.size());
    for (const PendingEdge& e : edges_) {
      if (!index_.count(e.source)) {
        lexer_.Fail(e.source_offset,
                    ExpectedGot("the id of a declared node", std::to_string(e.source)));
      }
      if (!index_.count(e.target)) {
        lexer_.Fail(e.target_offset,
                    ExpectedGot("the id of a declared node", std::to_string(e.target)));
      }
      raw_.sources.AddInt(e.source);
      raw_.targets.AddInt(e.target);
      if (weighted) raw_.weights.push_back(static_cast<Weight>(e.weight.value_or(1.0)));
    }
  }

  static std::string ToText(std::int64_t v) { return std::to_string(v); }
  static std::string ToText(double v) {
    char buf[32];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    return std::string(buf, r.ptr);
  }
  static std::string ToText(const std::string& v) { return v; }

  GmlLexer lexer_;
  RawFile raw_;
  std::unordered_map<std::int64_t, std::size_t> index_;
  std::vector<std::vector<std::pair<std::string, Value>>> node_values_;
  std::vector<PendingEdge> edges_;
};

}  // namespace

RawFile ReadGml(const TextSource& source) { return GmlParser(source).Parse(source.path()); }

bool LooksLikeGml(std::string_view text) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    const char c = text[pos];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      ++pos;
    } else if (c == '#') {
      while (pos < text.size() && text[pos] != '\n') ++pos;
    } else {
      break;
    }
  }
  for (std::string_view key : {"graph", "Creator", "Version", "creator"}) {
    if (text.substr(pos, key.size()) == key) {
      const std::size_t after = pos + key.size();
      if (after < text.size() &&
          (text[after] == ' ' || text[after] == '\t' || text[after] == '\n' ||
           text[after] == '\r' || text[after] == '[')) {
        return true;
      }
    }
  }
  return false;
}

}  // namespace ombak
