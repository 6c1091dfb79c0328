// The files the HTML report inlines: the plotting library (vega, vega-lite, vega-embed, brought
// from the npm registry at build time by `npm ci` in the build directory) and the page's own
// script and stylesheet (report/assets/report.js, report.css).
//
// Design choice: the texts are compiled into ombak_report as byte arrays by a build step
// (cmake/embed_assets.cmake generates report_assets.cpp, which defines EmbeddedAssets()), so
// the `ombak` binary writes a complete, offline page without looking for files at run time.
#pragma once

#include <span>
#include <string_view>

namespace ombak::html {

struct EmbeddedAsset {
  std::string_view name;  // file name: "vega.min.js", "report.js", ...
  std::string_view text;
};

// Every embedded file, in the order the build step was given them. Defined by generated code.
std::span<const EmbeddedAsset> EmbeddedAssets();

// The text of the embedded file `name`. Throws std::logic_error when the build did not embed
// it (a broken build, not a user error).
std::string_view FindEmbeddedAsset(std::string_view name);

}  // namespace ombak::html
