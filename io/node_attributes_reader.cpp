#include "io/node_attributes_reader.hpp"

#include <algorithm>
#include <string>
#include <unordered_set>
#include <vector>

#include "graph/errors.hpp"
#include "io/csv_fields.hpp"
#include "io/edge_list_reader.hpp"

namespace ombak {
namespace {

bool IsIdColumnName(std::string_view name) {
  const std::string lower = ToLower(name);
  for (std::string_view id : {"id", "node", "handle", "account", "user_id", "node_id", "name"}) {
    if (lower == id) return true;
  }
  return false;
}

// The first data line: [begin, end) and the offset of the next line; begin == npos if none.
struct FirstLine {
  std::size_t begin = std::string_view::npos, end = 0, next = 0;
};

FirstLine FindFirstLine(std::string_view text) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t end;
    const std::size_t next = NextLine(text, pos, &end);
    if (!IsBlankOrComment(text, pos, end)) return {pos, end, next};
    pos = next;
  }
  return {};
}

struct Cell {
  std::string text;
  std::size_t offset;
};

}  // namespace

bool LooksLikeNodeTable(std::string_view text) {
  const FirstLine first = FindFirstLine(text);
  if (first.begin == std::string_view::npos) return false;
  FieldSplitter split(DetectDelimiter(text.substr(first.begin, first.end - first.begin)));
  FieldError error;
  if (!split.Split(text, first.begin, first.end, &error) || split.size() == 0) return false;
  if (!IsIdColumnName(split[0].text)) return false;
  for (std::size_t i = 1; i < split.size(); ++i) {
    if (IsTargetColumnName(split[i].text)) return false;
  }
  return true;
}

RawFile ReadNodeAttributes(const TextSource& source, const NodeAttributeOptions& options) {
  const std::string_view text = source.text();
  const std::string& path = source.path();
  auto fail = [&](std::size_t offset, const std::string& message) {
    const auto [line, column] = LocateOffset(text, offset);
    throw InputError(path, line, column, message);
  };
  RawFile raw;
  raw.path = path;
  const FirstLine first = FindFirstLine(text);
  if (first.begin == std::string_view::npos) {
    throw InputError(path, 1, 1, "expected a header line (id,attribute,...), got end of file");
  }
  const char delimiter = options.delimiter != 0
                             ? options.delimiter
                             : DetectDelimiter(text.substr(first.begin, first.end - first.begin));
  FieldSplitter split(delimiter);
  FieldError error;
  if (!split.Split(text, first.begin, first.end, &error)) fail(error.offset, error.message);
  std::vector<std::string> names;
  for (std::size_t i = 0; i < split.size(); ++i) names.emplace_back(split[i].text);

  // Read every cell first: the column types depend on all values.
  std::vector<Cell> ids;
  std::vector<std::vector<Cell>> cells(names.size());
  std::size_t pos = first.next;
  while (pos < text.size()) {
    std::size_t end;
    const std::size_t next = NextLine(text, pos, &end);
    if (!IsBlankOrComment(text, pos, end)) {
      if (!split.Split(text, pos, end, &error)) fail(error.offset, error.message);
      if (split.size() > names.size()) {
        fail(split[names.size()].offset, ExpectedGot("at most " + std::to_string(names.size()) +
                                                         " cells (the header's columns)",
                                                     split[names.size()].text));
      }
      if (split[0].text.empty()) fail(split[0].offset, "expected a node id, got an empty field");
      ids.push_back({std::string(split[0].text), split[0].offset});
      for (std::size_t c = 1; c < names.size(); ++c) {
        cells[c].push_back(c < split.size() ? Cell{std::string(split[c].text), split[c].offset}
                                            : Cell{std::string(), end});
      }
    }
    pos = next;
  }

  bool integer_ids = options.id_kind != IdKind::kString;
  for (const Cell& id : ids) {
    std::int64_t v;
    if (integer_ids && !ParseInt64(id.text, &v)) {
      if (options.id_kind == IdKind::kInteger) {
        fail(id.offset, ExpectedGot("an integer id (--ids integer)", id.text));
      }
      integer_ids = false;
    }
  }
  if (!integer_ids) raw.node_ids.MakeText();
  std::unordered_set<std::string> seen;
  for (const Cell& id : ids) {
    if (!seen.insert(id.text).second) {
      fail(id.offset, ExpectedGot("distinct node ids", id.text) + " a second time");
    }
    std::int64_t v = 0;
    if (integer_ids) {
      ParseInt64(id.text, &v);
      raw.node_ids.AddInt(v);
    } else {
      raw.node_ids.AddText(id.text);
    }
  }

  for (std::size_t c = 1; c < names.size(); ++c) {
    bool all_int = true, all_number = true;
    for (const Cell& cell : cells[c]) {
      if (cell.text.empty()) continue;
      std::int64_t i;
      double d;
      all_int = all_int && ParseInt64(cell.text, &i);
      all_number = all_number && ParseDouble(cell.text, &d);
    }
    const AttributeType type = all_int      ? AttributeType::kInteger
                               : all_number ? AttributeType::kReal
                                            : AttributeType::kText;
    AttributeColumn column(names[c], type);
    for (std::size_t r = 0; r < cells[c].size(); ++r) {
      const std::string& value = cells[c][r].text;
      if (value.empty()) continue;
      const auto v = static_cast<NodeId>(r);
      if (type == AttributeType::kInteger) {
        std::int64_t i;
        ParseInt64(value, &i);
        column.SetInteger(v, i);
      } else if (type == AttributeType::kReal) {
        double d;
        ParseDouble(value, &d);
        column.SetReal(v, d);
      } else {
        column.SetText(v, value);
      }
    }
    column.Resize(static_cast<NodeId>(ids.size()));
    raw.node_columns.push_back(std::move(column));
  }
  return raw;
}

}  // namespace ombak
