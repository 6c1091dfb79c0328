// Assembles the HTML report page (see render.hpp): head with the Content-Security-Policy and
// the inlined stylesheet, the sections in reading order, the data block and the inlined scripts.
#include "report/html/render.hpp"

#include <openssl/evp.h>

#include <string_view>
#include <vector>

#include "graph/errors.hpp"
#include "report/html/assets.hpp"
#include "report/html/escape.hpp"
#include "report/html/html_format.hpp"
#include "report/html/sections.hpp"

namespace ombak {
namespace {

// CSP source expression of a script: 'sha256-<base64 of the digest of its text>'.
std::string ScriptHash(std::string_view text) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int digest_size = 0;
  if (EVP_Digest(text.data(), text.size(), digest, &digest_size, EVP_sha256(), nullptr) != 1) {
    throw BackendError("OpenSSL: SHA-256 of a report script failed");
  }
  unsigned char base64[4 * ((EVP_MAX_MD_SIZE + 2) / 3) + 1];
  const int length = EVP_EncodeBlock(base64, digest, static_cast<int>(digest_size));
  return "'sha256-" + std::string(reinterpret_cast<const char*>(base64), length) + "'";
}

std::string ContentSecurityPolicy(const std::vector<std::string>& scripts) {
  std::string script_sources;
  for (const std::string& script : scripts) {
    script_sources += ' ';
    script_sources += ScriptHash(script);
  }
  // style-src allows inline styles: Vega sets style attributes and vega-embed adds its
  // stylesheet at run time; no style can load anything with default-src 'none'.
  return "default-src 'none'; script-src" + script_sources +
         "; style-src 'unsafe-inline'; img-src data:; font-src data:; connect-src 'none'; "
         "base-uri 'none'; form-action 'none'";
}

std::string Title(const nlohmann::json& report) {
  const nlohmann::json& analyzed = html::At(html::At(report, "summary"), "analyzed");
  std::string title = "ombak report";
  if (analyzed.is_string()) title += " \u2014 " + html::EscapeHtml(analyzed.get<std::string>());
  return title;
}

constexpr std::string_view kNavigation =
    "<nav><a href=\"#summary\">Summary</a><a href=\"#accounts\">Key accounts</a>"
    "<a href=\"#map\">Map</a><a href=\"#communities\">Communities</a><a href=\"#seeds\">Seeds</a>"
    "<a href=\"#measures\">Measures</a><a href=\"#manifest\">Manifest</a></nav>\n";

}  // namespace

std::string RenderReportHtml(const nlohmann::json& report, const std::string& map_svg) {
  if (!report.is_object()) {
    throw InvalidArgument(std::string("report must be a JSON object, got ") + report.type_name());
  }
  std::vector<std::string> scripts;
  for (std::string_view name :
       {"vega.min.js", "vega-lite.min.js", "vega-embed.min.js", "report.js"}) {
    scripts.push_back(html::InlineCode(html::FindEmbeddedAsset(name)));
  }
  const std::string data = html::EscapeJsonForScript(
      report.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
  const std::string title = Title(report);

  std::string page;
  page.reserve(1'200'000 + data.size() + 2 * map_svg.size());
  page += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
  page += "<meta http-equiv=\"Content-Security-Policy\" content=\"" +
          ContentSecurityPolicy(scripts) + "\">\n";
  page += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  page += "<meta name=\"generator\" content=\"ombak " +
          html::Show(html::At(report, "ombak_version")) + "\">\n";
  page += "<title>" + title + "</title>\n<style>\n" +
          html::InlineCode(html::FindEmbeddedAsset("report.css")) + "\n</style>\n</head>\n";
  page += "<body>\n<header><h1>" + title + "</h1><p class=\"note\">Generated " +
          html::Show(html::At(report, "generated_at")) + " by ombak " +
          html::Show(html::At(report, "ombak_version")) + "</p>\n";
  page += std::string(kNavigation) + "</header>\n<main>\n";
  page += html::SummarySection(report);
  page += html::AccountsSection(report);
  page += html::MapSection(report, html::SanitizeSvg(map_svg));
  page += html::CommunitiesSection(report);
  page += html::SeedsSection(report);
  page += html::MeasuresSection(report);
  page += html::ManifestSection(report);
  page +=
      "</main>\n<footer><p class=\"note\">Made with ombak; plots by Vega-Lite. This page "
      "is self-contained and works offline.</p></footer>\n";
  page += "<script type=\"application/json\" id=\"ombak-data\">" + data + "</script>\n";
  for (const std::string& script : scripts) page += "<script>" + script + "</script>\n";
  page += "</body>\n</html>\n";
  return page;
}

}  // namespace ombak
