#include "io/format_detect.hpp"

#include <algorithm>
#include <fstream>
#include <vector>

#include "io/csv_fields.hpp"
#include "io/gml_reader.hpp"
#include "io/node_attributes_reader.hpp"

namespace ombak {
namespace {

constexpr std::size_t kSniffBytes = 4096;

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// The line starting at `pos` without its line break; `pos` moves past it.
std::string_view NextLine(std::string_view text, std::size_t& pos) {
  const std::size_t end = std::min(text.find('\n', pos), text.size());
  std::string_view line = text.substr(pos, end - pos);
  pos = end + 1;
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return line;
}

std::string_view Trim(std::string_view text) {
  while (!text.empty() && (IsSpace(text.front()) || text.front() == '"')) text.remove_prefix(1);
  while (!text.empty() && (IsSpace(text.back()) || text.back() == '"')) text.remove_suffix(1);
  return text;
}

std::vector<std::string_view> SplitOn(std::string_view line, char delimiter) {
  std::vector<std::string_view> fields;
  std::size_t pos = 0;
  while (true) {
    const std::size_t end = std::min(line.find(delimiter, pos), line.size());
    fields.push_back(Trim(line.substr(pos, end - pos)));
    if (end == line.size()) return fields;
    pos = end + 1;
  }
}

std::vector<std::string_view> SplitWhitespace(std::string_view line) {
  std::vector<std::string_view> fields;
  std::size_t pos = 0;
  while (pos < line.size()) {
    while (pos < line.size() && (line[pos] == ' ' || line[pos] == '\t')) ++pos;
    const std::size_t start = pos;
    while (pos < line.size() && line[pos] != ' ' && line[pos] != '\t') ++pos;
    if (pos > start) fields.push_back(line.substr(start, pos - start));
  }
  return fields;
}

bool AllDigits(std::string_view text) {
  return !text.empty() &&
         std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

std::string FormatFromExtension(const std::string& path) {
  std::string name = ToLower(path);
  if (name.size() > 3 && name.ends_with(".gz")) name.resize(name.size() - 3);
  const std::size_t dot = name.rfind('.');
  const std::size_t slash = name.rfind('/');
  if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) return "";
  const std::string ext = name.substr(dot + 1);
  if (ext == "gml" || ext == "ombak" || ext == "csv" || ext == "tsv" || ext == "graphml" ||
      ext == "gexf") {
    return ext;
  }
  if (ext == "el" || ext == "edges" || ext == "edgelist" || ext == "txt" || ext == "snap") {
    return "edgelist";
  }
  if (ext == "jsonl" || ext == "ndjson") return "tweets";
  if (ext == "net") return "pajek";
  return "";
}

bool HasSnapshotMagic(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  char magic[6] = {};
  if (!in.read(magic, sizeof magic)) return false;
  return std::string_view(magic, 6) == std::string_view("OMBAK\0", 6);
}

bool LooksLikeTweetJson(std::string_view text) {
  // A UTF-8 byte order mark is not content.
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  const std::size_t first = std::find_if_not(text.begin(), text.end(), IsSpace) - text.begin();
  return first < text.size() && text[first] == '{';
}

bool LooksLikeGraphMl(std::string_view text) {
  return text.substr(0, kSniffBytes).find("<graphml") != std::string_view::npos;
}

bool LooksLikePajek(std::string_view text) {
  text = text.substr(0, kSniffBytes);
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::string_view line = Trim(NextLine(text, pos));
    if (line.empty() || line.front() == '%') continue;
    const std::string lower = ToLower(line.substr(0, 9));
    return lower.starts_with("*vertices") || lower.starts_with("*network");
  }
  return false;
}

bool LooksLikeActivityLog(std::string_view text) {
  text = text.substr(0, kSniffBytes);
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::string_view line = NextLine(text, pos);
    if (Trim(line).empty()) continue;
    const std::string lower = ToLower(line);
    const char delimiter =
        lower.find(',') == std::string::npos && lower.find('\t') != std::string::npos ? '\t' : ',';
    const std::vector<std::string_view> header = SplitOn(lower, delimiter);
    const auto has = [&](std::string_view name) {
      return std::find(header.begin(), header.end(), name) != header.end();
    };
    if (has("actor") && has("target") && has("type") && has("time")) return true;
    const std::vector<std::string_view> fields = SplitWhitespace(line);
    if (fields.size() != 4 || !AllDigits(fields[2])) return false;
    return fields[3] == "RT" || fields[3] == "MT" || fields[3] == "RE" || fields[3] == "QT";
  }
  return false;
}

std::string DetectTextFormat(const std::string& path, std::string_view text) {
  const std::string by_name = FormatFromExtension(path);
  if (LooksLikeTweetJson(text)) return "tweets";
  if (by_name == "graphml" || LooksLikeGraphMl(text)) return "graphml";
  if (LooksLikeGml(text)) return "gml";
  if (by_name == "pajek" || LooksLikePajek(text)) return "pajek";
  if (LooksLikeActivityLog(text)) return "activity";
  if (LooksLikeNodeTable(text)) return "nodes";
  if (by_name.empty() || by_name == "ombak") return "edgelist";
  return by_name;
}

}  // namespace ombak
