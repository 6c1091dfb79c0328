// Escaping for the HTML report: text and attribute values, JSON inside a <script> block, our
// own scripts inlined into the page, and the Graphviz map inlined as SVG.
//
// Design choice: account labels are user-controlled, so every string taken from the report
// document passes through exactly one of these functions on its way into the page, and the SVG
// is rebuilt tag by tag through an allow-everything-but-active-content filter (a scanner, not
// a regular expression, so a megabyte-sized map is one linear pass).
#pragma once

#include <string>
#include <string_view>

namespace ombak::html {

// Text or a double-quoted attribute value: & < > " ' become entities. Complexity O(n).
std::string EscapeHtml(std::string_view text);

// Text of a <script type="application/json"> block: < > & and U+2028/U+2029 become \u escapes
// (valid JSON string escapes; outside strings JSON has none of them), so the block can never
// close early or open a comment. Complexity O(n).
std::string EscapeJsonForScript(std::string_view json);

// JavaScript or CSS we ship, prepared for a <script>/<style> element: "</" becomes "<\/" (same
// meaning inside the string or regex literal where it can appear), "<!--" becomes "<\!--", and
// source-map comments are dropped (they would point at files the page does not have).
std::string InlineCode(std::string_view code);

// An SVG document (from Graphviz) made safe to inline in HTML: the XML prolog, doctype,
// comments, CDATA and processing instructions are dropped; <script>, <style>,
// <foreignObject>, <iframe>, <object>, <embed> elements are dropped with their content; event
// attributes (on*), and href / xlink:href / src values that are not local fragments ("#id"), and
// any attribute whose value calls url() on something other than a local fragment are dropped.
// Text and other markup pass through unchanged (Graphviz already escapes labels as XML).
// Complexity O(n).
std::string SanitizeSvg(std::string_view svg);

}  // namespace ombak::html
