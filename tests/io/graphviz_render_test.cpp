#include "io/graphviz_render.hpp"

#include <gtest/gtest.h>

#include "graph/errors.hpp"

namespace ombak {
namespace {

//  a -- b -- c   (a star around b would do; three nodes keep the layout instant)
MapDrawing ThreeNodes() {
  MapDrawing map;
  map.nodes = {{"a", "#1f77b4", 1.0, "first"}, {"b", "#d62728", 0.5, ""}, {"c", "", 2.0, ""}};
  map.edges = {{0, 1, 1.0}, {1, 2, 4.0}};
  return map;
}

TEST(GraphvizRender, ProducesSvgWithEveryNode) {
  const std::string svg = RenderSvg(ThreeNodes());
  EXPECT_NE(svg.find("<svg"), std::string::npos);
  EXPECT_NE(svg.find(">a</text>"), std::string::npos);
  EXPECT_NE(svg.find(">c</text>"), std::string::npos);
  EXPECT_NE(svg.find("#1f77b4"), std::string::npos);
  EXPECT_NE(svg.find("xlink:title=\"first\""), std::string::npos);  // tooltip
}

TEST(GraphvizRender, EscapesLabels) {
  MapDrawing map = ThreeNodes();
  map.nodes[0].label = "<script>x</script>";
  const std::string svg = RenderSvg(map);
  EXPECT_EQ(svg.find("<script>"), std::string::npos);
  EXPECT_NE(svg.find("&lt;script&gt;"), std::string::npos);
}

TEST(GraphvizRender, EveryEngineWorks) {
  for (const char* engine : {"sfdp", "fdp", "neato", "dot", "circo"}) {
    MapDrawing map = ThreeNodes();
    map.engine = engine;
    EXPECT_NE(RenderSvg(map).find("<svg"), std::string::npos) << engine;
  }
}

TEST(GraphvizRender, RejectsBadInput) {
  MapDrawing map = ThreeNodes();
  map.edges.push_back({0, 9, 1.0});
  EXPECT_THROW(RenderSvg(map), InvalidArgument);
  map = ThreeNodes();
  map.engine = "twopi3";
  try {
    RenderSvg(map);
    FAIL();
  } catch (const InvalidArgument& e) {
    EXPECT_STREQ(e.what(), "map engine must be one of sfdp, fdp, neato, dot, circo; got 'twopi3'");
  }
}

}  // namespace
}  // namespace ombak
