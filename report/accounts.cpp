// Account names as people type them (see accounts.hpp).
#include "report/accounts.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <fstream>
#include <sstream>
#include <unordered_set>

#include "graph/errors.hpp"

namespace ombak {
namespace {

std::string Trim(std::string_view text) {
  std::size_t begin = 0;
  std::size_t end = text.size();
  while (begin < end && std::isspace(static_cast<unsigned char>(text[begin]))) ++begin;
  while (end > begin && std::isspace(static_cast<unsigned char>(text[end - 1]))) --end;
  return std::string(text.substr(begin, end - begin));
}

std::string ColumnNames(const NodeTable& nodes) {
  std::string names;
  for (const auto& column : nodes.columns()) names += (names.empty() ? "" : ", ") + column.name();
  return names.empty() ? "none" : names;
}

void AddUnique(std::vector<NodeId>& out, std::unordered_set<NodeId>& seen, NodeId v) {
  if (seen.insert(v).second) out.push_back(v);
}

// The first cell of a CSV line, without enclosing double quotes.
std::string FirstCell(const std::string& line) {
  std::string cell = Trim(line.substr(0, line.find(',')));
  if (cell.size() >= 2 && cell.front() == '"' && cell.back() == '"') {
    cell = cell.substr(1, cell.size() - 2);
  }
  return cell;
}

bool IsHeaderWord(std::string cell) {
  std::transform(cell.begin(), cell.end(), cell.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  static const std::unordered_set<std::string> words = {
      "id", "account", "handle", "label", "node", "user", "user_id", "screen_name", "name"};
  return words.count(cell) > 0;
}

std::vector<NodeId> ReadAccountFile(const AccountResolver& accounts, const std::string& path,
                                    const std::string& option) {
  std::ifstream in(path);
  if (!in) throw InvalidArgument(option + ": cannot read the account file '" + path + "'");
  std::vector<NodeId> out;
  std::unordered_set<NodeId> seen;
  std::string line;
  std::uint64_t line_number = 0;
  bool first = true;
  while (std::getline(in, line)) {
    ++line_number;
    const std::string trimmed = Trim(line);
    if (trimmed.empty() || trimmed.front() == '#') continue;
    const std::string cell = FirstCell(trimmed);
    const auto v = accounts.Find(cell);
    const bool header =
        first && !v && (trimmed.find(',') != std::string::npos || IsHeaderWord(cell));
    first = false;
    if (header) continue;
    if (!v) {
      throw InvalidArgument(option + ": unknown account '" + cell + "' at " + path + ":" +
                            std::to_string(line_number));
    }
    AddUnique(out, seen, *v);
  }
  if (out.empty()) throw InvalidArgument(option + ": the file '" + path + "' lists no account");
  return out;
}

// "a,b,c": names resolved one by one (see ParseAccountList).
std::vector<NodeId> ParseNameList(const AccountResolver& accounts, const std::string& spec,
                                  const std::string& option) {
  std::vector<NodeId> out;
  std::unordered_set<NodeId> seen;
  std::size_t start = 0;
  std::size_t item = 0;
  while (start <= spec.size()) {
    const std::size_t comma = std::min(spec.find(',', start), spec.size());
    const std::string name = Trim(std::string_view(spec).substr(start, comma - start));
    start = comma + 1;
    ++item;
    if (name.empty()) continue;
    const auto v = accounts.Find(name);
    if (!v) {
      throw InvalidArgument(option + ": unknown account '" + name + "' (item " +
                            std::to_string(item) + ")");
    }
    AddUnique(out, seen, *v);
  }
  if (out.empty()) throw InvalidArgument(option + ": no account given");
  return out;
}

}  // namespace

AccountResolver::AccountResolver(const NodeTable& nodes) : nodes_(nodes) {
  auto index = [&nodes](const char* name, std::unordered_map<std::string, NodeId>& out) {
    const AttributeColumn* column = nodes.FindColumn(name);
    if (column == nullptr || column->type() != AttributeType::kText) return;
    for (NodeId v = 0; v < nodes.size(); ++v) {
      if (column->has(v)) out.emplace(column->text(v), v);
    }
  };
  index("handle", handles_);
  index("label", labels_);
}

std::optional<NodeId> AccountResolver::FindExact(std::string_view name) const {
  if (const auto v = nodes_.FindText(name)) return v;
  const std::string key(name);
  if (const auto it = handles_.find(key); it != handles_.end()) return it->second;
  if (const auto it = labels_.find(key); it != labels_.end()) return it->second;
  return std::nullopt;
}

std::optional<NodeId> AccountResolver::Find(std::string_view name) const {
  if (name.empty()) return std::nullopt;
  if (const auto v = FindExact(name)) return v;
  if (name.front() == '@') return FindExact(name.substr(1));
  return std::nullopt;
}

std::vector<NodeId> ParseAccountList(const AccountResolver& accounts, const std::string& spec,
                                     const std::string& option) {
  if (!spec.empty() && spec.front() == '@') {
    const std::string path = spec.substr(1);
    if (std::ifstream(path)) return ReadAccountFile(accounts, path, option);
    // Not a file: "@handle" names an account the Twitter way.
    try {
      return ParseNameList(accounts, spec, option);
    } catch (const InvalidArgument&) {
      if (spec.find(',') != std::string::npos) throw;
      throw InvalidArgument(option + ": cannot read the account file '" + path + "', and '" + spec +
                            "' is not an account");
    }
  }
  return ParseNameList(accounts, spec, option);
}

std::vector<NodeId> ParseTarget(const AccountResolver& accounts, const std::string& spec) {
  const NodeTable& nodes = accounts.nodes();
  const std::size_t eq = spec.find('=');
  if (eq != std::string::npos) {
    if (const AttributeColumn* column = nodes.FindColumn(spec.substr(0, eq))) {
      const std::string value = spec.substr(eq + 1);
      std::vector<NodeId> out;
      for (NodeId v = 0; v < nodes.size(); ++v) {
        if (column->has(v) && column->ToText(v) == value) out.push_back(v);
      }
      if (out.empty()) throw InvalidArgument("--target: no account has " + spec);
      return out;
    }
  }
  std::ifstream probe(spec);
  if (!probe) {
    throw InvalidArgument("--target: '" + spec +
                          "' is neither ATTRIBUTE=VALUE for a node attribute (the input has: " +
                          ColumnNames(nodes) + ") nor a readable file");
  }
  return ReadAccountFile(accounts, spec, "--target");
}

std::vector<double> AccountCosts(const NodeTable& nodes, const std::string& column_name) {
  const AttributeColumn* column = nodes.FindColumn(column_name);
  if (column == nullptr) {
    throw InvalidArgument("--cost: no node attribute '" + column_name +
                          "' (the input has: " + ColumnNames(nodes) + ")");
  }
  if (column->type() == AttributeType::kText) {
    throw InvalidArgument("--cost: attribute '" + column_name + "' is not numeric");
  }
  std::vector<double> costs(nodes.size());
  for (NodeId v = 0; v < nodes.size(); ++v) {
    const auto value = column->ToNumber(v);
    if (!value) {
      throw InvalidArgument("--cost " + column_name + ": account '" + nodes.Label(v) +
                            "' has no value");
    }
    if (!(*value > 0) || !std::isfinite(*value)) {
      std::ostringstream message;
      message << "--cost " << column_name << ": account '" << nodes.Label(v) << "' has cost "
              << *value << "; costs must be > 0";
      throw InvalidArgument(message.str());
    }
    costs[v] = *value;
  }
  return costs;
}

}  // namespace ombak
