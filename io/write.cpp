#include "io/write.hpp"

#include <string_view>

#include "graph/errors.hpp"
#include "io/csv_fields.hpp"
#include "io/csv_writer.hpp"
#include "io/dot_writer.hpp"
#include "io/json_writer.hpp"
#include "io/snapshot.hpp"
#include "io/social/gexf.hpp"
#include "io/social/graphml.hpp"

namespace ombak {
namespace {

struct OutputFormat {
  std::string_view name;
  std::string_view extensions;  // space-separated, with dots
  void (*write)(const Network&, const std::string&, const std::vector<std::string>&);
};

void Snapshot(const Network& n, const std::string& p, const std::vector<std::string>& in) {
  WriteSnapshot(n, p, in);
}
void EdgesCsv(const Network& n, const std::string& p, const std::vector<std::string>& in) {
  WriteEdgesCsv(n, p, in);
}
void NodesCsv(const Network& n, const std::string& p, const std::vector<std::string>& in) {
  WriteNodesCsv(n, p, {}, in);
}
void NodesJson(const Network& n, const std::string& p, const std::vector<std::string>& in) {
  WriteNodesJson(n, p, {}, in);
}
void Dot(const Network& n, const std::string& p, const std::vector<std::string>& in) {
  WriteDot(n, p, in);
}
void GraphMl(const Network& n, const std::string& p, const std::vector<std::string>& in) {
  GraphExportOptions options;
  options.inputs = in;
  WriteGraphMl(n, p, options);
}
void Gexf(const Network& n, const std::string& p, const std::vector<std::string>& in) {
  GraphExportOptions options;
  options.inputs = in;
  WriteGexf(n, p, options);
}

constexpr OutputFormat kOutputFormats[] = {
    {"ombak", ".ombak", Snapshot}, {"csv", ".csv", EdgesCsv}, {"nodes-csv", "", NodesCsv},
    {"json", ".json", NodesJson},  {"dot", ".dot .gv", Dot},  {"graphml", ".graphml", GraphMl},
    {"gexf", ".gexf", Gexf},
};

std::string Names() {
  std::string names;
  for (const OutputFormat& f : kOutputFormats)
    names += (names.empty() ? "" : ", ") + std::string(f.name);
  return names;
}

}  // namespace

std::vector<std::string> OutputFormatNames() {
  std::vector<std::string> names;
  for (const OutputFormat& f : kOutputFormats) names.emplace_back(f.name);
  return names;
}

void WriteNetwork(const Network& network, const std::string& path, std::string format,
                  const std::vector<std::string>& inputs) {
  if (format.empty()) {
    const std::string lower = ToLower(path);
    const std::size_t dot = lower.rfind('.');
    const std::string ext = dot == std::string::npos ? "" : lower.substr(dot);
    for (const OutputFormat& f : kOutputFormats) {
      std::string_view list = f.extensions;
      while (!list.empty() && format.empty()) {
        const std::size_t space = list.find(' ');
        if (list.substr(0, space) == ext && !ext.empty()) format = std::string(f.name);
        list = space == std::string_view::npos ? std::string_view() : list.substr(space + 1);
      }
    }
    if (format.empty()) {
      throw InvalidArgument("cannot tell the output format of '" + path +
                            "' from its extension: give one of " + Names());
    }
  }
  for (const OutputFormat& f : kOutputFormats) {
    if (f.name == format) return f.write(network, path, inputs);
  }
  throw InvalidArgument("unknown output format '" + format + "': expected one of " + Names());
}

}  // namespace ombak
