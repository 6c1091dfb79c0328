#include "io/format_detect.hpp"

#include <fstream>

#include "io/csv_fields.hpp"
#include "io/gml_reader.hpp"
#include "io/node_attributes_reader.hpp"

namespace ombak {

std::string FormatFromExtension(const std::string& path) {
  std::string name = ToLower(path);
  if (name.size() > 3 && name.ends_with(".gz")) name.resize(name.size() - 3);
  const std::size_t dot = name.rfind('.');
  const std::size_t slash = name.rfind('/');
  if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) return "";
  const std::string ext = name.substr(dot + 1);
  if (ext == "gml" || ext == "ombak" || ext == "csv" || ext == "tsv") return ext;
  if (ext == "el" || ext == "edges" || ext == "edgelist" || ext == "txt" || ext == "snap") {
    return "edgelist";
  }
  return "";
}

bool HasSnapshotMagic(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  char magic[6] = {};
  if (!in.read(magic, sizeof magic)) return false;
  return std::string_view(magic, 6) == std::string_view("OMBAK\0", 6);
}

std::string DetectTextFormat(const std::string& path, std::string_view text) {
  if (LooksLikeGml(text)) return "gml";
  if (LooksLikeNodeTable(text)) return "nodes";
  const std::string by_name = FormatFromExtension(path);
  if (by_name.empty() || by_name == "ombak") return "edgelist";
  return by_name;
}

}  // namespace ombak
