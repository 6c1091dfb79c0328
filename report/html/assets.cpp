// Lookup of the files embedded by cmake/embed_assets.cmake (see assets.hpp).
#include "report/html/assets.hpp"

#include <stdexcept>
#include <string>

namespace ombak::html {

std::string_view FindEmbeddedAsset(std::string_view name) {
  for (const EmbeddedAsset& asset : EmbeddedAssets()) {
    if (asset.name == name) return asset.text;
  }
  throw std::logic_error("report asset '" + std::string(name) + "' was not embedded by the build");
}

}  // namespace ombak::html
