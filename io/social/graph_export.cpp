#include "io/social/graph_export.hpp"

#include <charconv>
#include <cmath>

#include "graph/errors.hpp"

namespace ombak::xml {

std::string Escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&apos;";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n') break;
        out += c;
    }
  }
  return out;
}

bool IsNmtoken(std::string_view text) {
  if (text.empty()) return false;
  for (const char c : text) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                    c == '.' || c == '_' || c == ':' || c == '-';
    if (!ok) return false;
  }
  return true;
}

std::vector<Layer> ExportLayers(const Network& net, const GraphExportOptions& options) {
  std::vector<Layer> layers = options.layers.empty() ? net.present_layers() : options.layers;
  for (const Layer layer : layers) net.layer(layer);  // throws for an absent layer
  for (const auto& [name, values] : options.scores) {
    if (values.size() != net.num_nodes()) {
      throw InvalidArgument("score column '" + name + "' has " + std::to_string(values.size()) +
                            " values for " + std::to_string(net.num_nodes()) + " nodes");
    }
  }
  if (!options.communities.empty() && options.communities.size() != net.num_nodes()) {
    throw InvalidArgument("communities has " + std::to_string(options.communities.size()) +
                          " values for " + std::to_string(net.num_nodes()) + " nodes");
  }
  return layers;
}

std::string RealText(double value) {
  char buffer[32];
  const auto [end, error] = std::to_chars(buffer, buffer + sizeof(buffer), value);
  return error == std::errc() ? std::string(buffer, end) : std::string("NaN");
}

}  // namespace ombak::xml
