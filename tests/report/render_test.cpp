// Tests of the HTML report renderer (report/html): the page has every section, the data block
// and the plotting library; nothing in it points outside the page; user-controlled labels are
// escaped everywhere; the map SVG is sanitized; the fixture follows docs/report.schema.json;
// and, in headless Chromium (tests/report/browser_test.py), the page runs without console
// errors, sorts, filters and draws its map and four plots.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <regex>
#include <string>

#include "graph/errors.hpp"
#include "report/html/assets.hpp"
#include "report/html/escape.hpp"
#include "report/html/render.hpp"
#include "tests/support/test_support.hpp"

namespace ombak {
namespace {

using nlohmann::json;
using testing::ReadFile;
using testing::TestData;

constexpr const char* kHostile = "</script><script>window.__ombak_pwned=1</script><img src=x "
                                 "onerror=\"window.__ombak_pwned=2\">&amp;";

json Fixture() { return json::parse(ReadFile(TestData("report/report.json"))); }
std::string FixtureMap() { return ReadFile(TestData("report/map.svg")); }

std::size_t Count(const std::string& text, const std::string& needle) {
  std::size_t count = 0;
  for (std::size_t at = text.find(needle); at != std::string::npos;
       at = text.find(needle, at + needle.size())) {
    ++count;
  }
  return count;
}

// The text of the <script type="application/json" id="ombak-data"> block.
std::string DataBlock(const std::string& page) {
  const std::string open = "<script type=\"application/json\" id=\"ombak-data\">";
  const std::size_t begin = page.find(open);
  if (begin == std::string::npos) return "";
  const std::size_t end = page.find("</script>", begin);
  return page.substr(begin + open.size(), end - begin - open.size());
}

// The fixture with a hostile label on the first account, a leader and a seed.
json HostileReport() {
  json report = Fixture();
  report["accounts"][0]["label"] = kHostile;
  report["communities"]["list"][0]["leaders"][0]["label"] = kHostile;
  report["seeds"]["list"][0]["label"] = kHostile;
  report["summary"]["analyzed"] = kHostile;
  return report;
}

TEST(RenderReportHtml, HasEverySectionPlotAndTheLibrary) {
  const std::string page = RenderReportHtml(Fixture(), FixtureMap());
  for (const char* id : {"summary", "accounts", "map", "communities", "seeds", "measures",
                         "manifest"}) {
    EXPECT_NE(page.find("<section id=\"" + std::string(id) + "\">"), std::string::npos) << id;
    EXPECT_NE(page.find("href=\"#" + std::string(id) + "\""), std::string::npos) << id;
  }
  for (const char* plot : {"plot-degree", "plot-agreement", "plot-reach", "plot-communities"}) {
    EXPECT_EQ(Count(page, "id=\"" + std::string(plot) + "\""), 1u) << plot;
  }
  EXPECT_EQ(Count(page, "<tr data-search="), Fixture()["accounts"].size());
  EXPECT_NE(page.find("id=\"account-filter\""), std::string::npos);
  EXPECT_NE(page.find("<div id=\"map-view\" class=\"map-view\">\n<svg"), std::string::npos);
  EXPECT_NE(page.find("@kawal_pemilu"), std::string::npos);
  EXPECT_NE(page.find("Kitsak et al., Nature Physics 2010"), std::string::npos);  // measures
  EXPECT_NE(page.find("3f1c9a4e8b7d2c6a"), std::string::npos);  // manifest checksum
  EXPECT_NE(page.find("vegaEmbed"), std::string::npos);
  EXPECT_NE(page.find("vegaLite"), std::string::npos);
  // One data block and four scripts (vega, vega-lite, vega-embed, report.js).
  EXPECT_EQ(Count(page, "<script"), 5u);
  EXPECT_EQ(Count(page, "</script>"), 5u);
  EXPECT_EQ(page.find("sourceMappingURL"), std::string::npos);
}

TEST(RenderReportHtml, DataBlockRoundTrips) {
  const json report = Fixture();
  const std::string block = DataBlock(RenderReportHtml(report, ""));
  ASSERT_FALSE(block.empty());
  EXPECT_EQ(json::parse(block), report);
}

TEST(RenderReportHtml, PointsNowhereOutsideThePage) {
  const std::string page = RenderReportHtml(Fixture(), FixtureMap());
  const std::regex external(R"((src|href)\s*=\s*["']?\s*([a-z]+:|//))", std::regex::icase);
  EXPECT_FALSE(std::regex_search(page, external));
  EXPECT_EQ(page.find("<link"), std::string::npos);
  EXPECT_EQ(page.find("@import"), std::string::npos);
  EXPECT_NE(page.find("default-src 'none'"), std::string::npos);
  EXPECT_NE(page.find("connect-src 'none'"), std::string::npos);
  EXPECT_EQ(Count(page, "'sha256-"), 4u);
}

TEST(RenderReportHtml, EscapesHostileLabels) {
  const json report = HostileReport();
  const std::string page = RenderReportHtml(report, FixtureMap());
  EXPECT_EQ(page.find("<script>window.__ombak_pwned"), std::string::npos);
  EXPECT_EQ(page.find("<img src=x"), std::string::npos);  // vega-embed itself holds "<img"
  EXPECT_EQ(Count(page, "<script"), 5u);
  // Shown as text in the accounts table, the leaders, the seeds and the title.
  EXPECT_GE(Count(page, "&lt;/script&gt;&lt;script&gt;window.__ombak_pwned=1"), 4u);
  EXPECT_NE(page.find("&amp;amp;"), std::string::npos);
  const std::string block = DataBlock(page);
  EXPECT_EQ(block.find('<'), std::string::npos);
  EXPECT_NE(block.find("\\u003c/script\\u003e"), std::string::npos);
  EXPECT_EQ(json::parse(block), report);
}

TEST(RenderReportHtml, MissingFieldsRenderAsDashes) {
  const std::string page = RenderReportHtml(json::object(), "");
  EXPECT_NE(page.find("<section id=\"manifest\">"), std::string::npos);
  EXPECT_NE(page.find("No map was drawn"), std::string::npos);
  EXPECT_NE(page.find("\u2014"), std::string::npos);
  json nulls = Fixture();
  nulls["communities"]["polarization"]["rwc"] = nullptr;
  nulls["layers"]["retweet"]["reciprocity"] = nullptr;
  nulls["agreement"]["spearman"][0][1] = nullptr;
  EXPECT_NE(RenderReportHtml(nulls, "").find("Random-walk controversy</dt><dd><strong>\u2014"),
            std::string::npos);
}

TEST(RenderReportHtml, RejectsANonObject) {
  try {
    RenderReportHtml(json::array(), "");
    FAIL() << "expected InvalidArgument";
  } catch (const InvalidArgument& error) {
    EXPECT_STREQ(error.what(), "report must be a JSON object, got array");
  }
}

TEST(RenderReportHtml, RanksCarryNumericSortKeys) {
  const json fixture = Fixture();
  const std::string page = RenderReportHtml(fixture, "");
  const json& first = fixture["accounts"][0];
  const std::string rank = std::to_string(first["ranks"]["kshell"].get<int>());
  EXPECT_NE(page.find("<td data-sort=\"" + rank + "\"><span class=\"rank\">" + rank),
            std::string::npos);
  EXPECT_NE(page.find("<th data-type=\"number\" data-measure=\"betweenness\""),
            std::string::npos);
}

TEST(EmbeddedAssets, HoldTheLibraryAndOurCode) {
  for (const char* name : {"vega.min.js", "vega-lite.min.js", "vega-embed.min.js", "report.js",
                           "report.css"}) {
    EXPECT_GT(html::FindEmbeddedAsset(name).size(), 1000u) << name;
  }
  EXPECT_NE(html::FindEmbeddedAsset("vega.min.js").find(".vega={}"), std::string::npos);
  EXPECT_THROW(html::FindEmbeddedAsset("d3.js"), std::logic_error);
}

TEST(Escape, HtmlText) {
  EXPECT_EQ(html::EscapeHtml("<a href='x'>&\"</a>"),
            "&lt;a href=&#39;x&#39;&gt;&amp;&quot;&lt;/a&gt;");
  EXPECT_EQ(html::EscapeHtml("Guimer\u00e0"), "Guimer\u00e0");
}

TEST(Escape, JsonForScript) {
  EXPECT_EQ(html::EscapeJsonForScript(R"({"a":"</script><!--&"})"),
            R"({"a":"\u003c/script\u003e\u003c!--\u0026"})");
  EXPECT_EQ(html::EscapeJsonForScript("\"a\xE2\x80\xA8z\xE2\x80\xA9\""), "\"a\\u2028z\\u2029\"");
  EXPECT_EQ(json::parse(html::EscapeJsonForScript(json("x</SCRIPT>\u2028").dump())),
            "x</SCRIPT>\u2028");
}

TEST(Escape, InlineCode) {
  EXPECT_EQ(html::InlineCode("a='</script>';b='</STYLE>';c='</div>';d='<!--'\n"
                             "//# sourceMappingURL=x.map\n"),
            "a='<\\/script>';b='<\\/STYLE>';c='</div>';d='<\\!--'\n\n");
  EXPECT_EQ(html::InlineCode("x=1;//# sourceMappingURL=kept"), "x=1;//# sourceMappingURL=kept");
}

TEST(Escape, SanitizeSvgKeepsTheDrawing) {
  const std::string svg = FixtureMap();
  const std::string clean = html::SanitizeSvg(svg);
  EXPECT_EQ(clean.find("<?xml"), std::string::npos);
  EXPECT_EQ(clean.find("<!DOCTYPE"), std::string::npos);
  EXPECT_EQ(clean.find("<!--"), std::string::npos);
  EXPECT_EQ(Count(clean, "<g id=\"node"), Count(svg, "<g id=\"node"));
  EXPECT_EQ(Count(clean, "<text"), Count(svg, "<text"));
  EXPECT_EQ(Count(clean, "<path"), Count(svg, "<path"));
  EXPECT_NE(clean.find("@kawal_pemilu</text>"), std::string::npos);
  EXPECT_EQ(html::SanitizeSvg(clean), clean);  // idempotent
}

TEST(Escape, SanitizeSvgDropsActiveContent) {
  const std::string hostile =
      "<?xml version=\"1.0\"?>\n<!DOCTYPE svg>\n<!-- </svg><script>x()</script> -->"
      "<svg viewBox=\"0 0 10 10\" onload=\"x()\"><script type=\"text/javascript\">x()</script>"
      "<SCRIPT>y()</SCRIPT><svg:script>z()</svg:script><style>@import url(http://e/)</style>"
      "<foreignObject><div>f</div></foreignObject>"
      "<a xlink:href=\"javascript:x()\" href=' http://e/'><text ONCLICK='x()'>a &lt;b&gt;</text></a>"
      "<a xlink:href=\"#node1\"><use href=\"#n\"/></a>"
      "<polygon fill=\"url(#grad)\" stroke=\"url( 'http://e/s.svg#a')\" points='0,0 1,1'/>"
      "<image src=\"//e/x.png\"/><g id=x>1 < 2</g><![CDATA[<script>]]><script>never closed";
  const std::string clean = html::SanitizeSvg(hostile);
  EXPECT_EQ(clean,
            "<svg viewBox=\"0 0 10 10\"><a><text>a &lt;b&gt;</text></a>"
            "<a xlink:href=\"#node1\"><use href=\"#n\"/></a>"
            "<polygon fill=\"url(#grad)\" points=\"0,0 1,1\"/>"
            "<image/><g id=\"x\">1 &lt; 2</g>");
}

TEST(ReportSchema, FixtureValidates) {
  if (!testing::PythonHasModules({"jsonschema"})) GTEST_SKIP() << "python3-jsonschema missing";
  constexpr const char* kValidate = R"(
import json, sys, jsonschema
schema = json.load(open(sys.argv[1]))
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)
document = json.load(open(sys.argv[2]))
errors = sorted(validator.iter_errors(document), key=lambda e: list(e.path))
for error in errors:
    print("/".join(str(p) for p in error.path) + ": " + error.message)
print(len(errors))
)";
  const std::string schema = testing::SourcePath("docs/report.schema.json");
  EXPECT_EQ(testing::RunPython(kValidate, {schema, TestData("report/report.json")}), "0\n");

  // The schema can fail: a broken document gives exactly the expected errors.
  testing::TempDir dir;
  json broken = Fixture();
  broken.erase("seeds");
  broken["accounts"][0]["ranks"]["pagerank"] = 0;
  broken["manifest"]["inputs"][0]["sha256"] = "not-a-hash";
  testing::WriteFile(dir.File("broken.json"), broken.dump());
  const std::string out = testing::RunPython(kValidate, {schema, dir.File("broken.json")});
  EXPECT_NE(out.find(": 'seeds' is a required property"), std::string::npos) << out;
  EXPECT_NE(out.find("accounts/0/ranks/pagerank: 0 is less than the minimum of 1"),
            std::string::npos)
      << out;
  EXPECT_NE(out.find("manifest/inputs/0/sha256: 'not-a-hash' does not match"), std::string::npos)
      << out;
  EXPECT_TRUE(out.ends_with("\n3\n")) << out;
}

// Runs tests/report/browser_test.py on the fixture with a hostile label. The screenshot goes to
// $OMBAK_REPORT_SCREENSHOT when set, else into the test's temporary directory.
TEST(ReportInBrowser, SortsFiltersAndDrawsWithoutErrors) {
  const bool have_browser = std::filesystem::exists("/usr/bin/chromium") &&
                            std::filesystem::exists("/usr/bin/chromedriver");
  if (!have_browser || !testing::PythonHasModules({"selenium"})) {
    GTEST_SKIP() << "needs chromium, chromium-driver and python3-selenium (scripts/setup.sh)";
  }
  testing::TempDir dir;
  json report = Fixture();
  const std::string hostile = "</script><script>window.__ombak_pwned=1</script>";
  report["accounts"][5]["label"] = hostile;
  std::string map = FixtureMap();
  map.insert(map.rfind("</svg>"), "<script>window.__ombak_pwned=3</script>");
  const std::string page_path = dir.File("report.html");
  testing::WriteFile(page_path, RenderReportHtml(report, map));
  const char* env_shot = std::getenv("OMBAK_REPORT_SCREENSHOT");
  const std::string shot = env_shot != nullptr ? env_shot : dir.File("screenshot.png");
  const testing::CommandResult result = testing::RunCommand(
      std::string(OMBAK_PYTHON) + " '" + testing::SourcePath("tests/report/browser_test.py") +
      "' --html '" + page_path + "' --screenshot '" + shot + "' --hostile '" + hostile + "'");
  if (result.exit_code == 77) GTEST_SKIP() << result.out;
  EXPECT_EQ(result.exit_code, 0) << result.out << result.err;
  EXPECT_NE(result.out.find("all browser checks passed"), std::string::npos) << result.out;
}

}  // namespace
}  // namespace ombak
