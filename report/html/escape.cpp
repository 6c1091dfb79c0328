// Escaping for the HTML report (see escape.hpp). The SVG filter is a small tag scanner: it
// copies text verbatim, drops markup that cannot be shown (comments, prolog, doctype) and
// active content (scripts, event handlers, external references), and re-emits every other tag
// with its attributes double-quoted.
#include "report/html/escape.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <vector>

namespace ombak::html {
namespace {

char Lower(char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); }

std::string ToLower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), Lower);
  return out;
}

bool StartsWithAt(std::string_view s, std::size_t at, std::string_view prefix) {
  return s.substr(at, prefix.size()) == prefix;
}

bool StartsWithNoCase(std::string_view s, std::size_t at, std::string_view prefix) {
  if (s.size() - std::min(at, s.size()) < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    if (Lower(s[at + i]) != Lower(prefix[i])) return false;
  }
  return true;
}

// Position just after the first `end` at or after `from`; s.size() when there is none.
std::size_t SkipPast(std::string_view s, std::size_t from, std::string_view end) {
  const std::size_t at = s.find(end, from);
  return at == std::string_view::npos ? s.size() : at + end.size();
}

bool IsNameChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == ':' || c == '_' || c == '-' ||
         c == '.';
}

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

struct Attribute {
  std::string_view name;
  std::string_view value;
  bool has_value = false;
};

struct Tag {
  bool closing = false;
  bool self_closing = false;
  std::string_view name;
  std::vector<Attribute> attributes;
  std::size_t end = 0;  // position after '>'
};

// Parses the tag starting at s[at] == '<'. Returns false when no element name follows.
bool ParseTag(std::string_view s, std::size_t at, Tag& tag) {
  std::size_t i = at + 1;
  if (i < s.size() && s[i] == '/') {
    tag.closing = true;
    ++i;
  }
  const std::size_t name_begin = i;
  while (i < s.size() && IsNameChar(s[i])) ++i;
  if (i == name_begin || !std::isalpha(static_cast<unsigned char>(s[name_begin]))) return false;
  tag.name = s.substr(name_begin, i - name_begin);
  while (i < s.size()) {
    while (i < s.size() && IsSpace(s[i])) ++i;
    if (i >= s.size()) break;
    if (s[i] == '>') {
      tag.end = i + 1;
      return true;
    }
    if (s[i] == '/') {
      if (i + 1 < s.size() && s[i + 1] == '>') {
        tag.self_closing = true;
        tag.end = i + 2;
        return true;
      }
      ++i;
      continue;
    }
    Attribute attribute;
    const std::size_t attr_begin = i;
    while (i < s.size() && !IsSpace(s[i]) && s[i] != '=' && s[i] != '>' && s[i] != '/') ++i;
    attribute.name = s.substr(attr_begin, i - attr_begin);
    while (i < s.size() && IsSpace(s[i])) ++i;
    if (i < s.size() && s[i] == '=') {
      ++i;
      while (i < s.size() && IsSpace(s[i])) ++i;
      attribute.has_value = true;
      if (i < s.size() && (s[i] == '"' || s[i] == '\'')) {
        const char quote = s[i++];
        const std::size_t value_begin = i;
        while (i < s.size() && s[i] != quote) ++i;
        attribute.value = s.substr(value_begin, i - value_begin);
        if (i < s.size()) ++i;
      } else {
        const std::size_t value_begin = i;
        while (i < s.size() && !IsSpace(s[i]) && s[i] != '>') ++i;
        attribute.value = s.substr(value_begin, i - value_begin);
      }
    }
    if (attribute.name.empty()) {
      ++i;  // a stray character such as '=': skip it
      continue;
    }
    tag.attributes.push_back(attribute);
  }
  tag.end = s.size();  // unterminated tag: the rest of the input is dropped with it
  return true;
}

std::string_view LocalName(std::string_view name) {
  const std::size_t colon = name.rfind(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

bool IsActiveElement(std::string_view name) {
  static constexpr std::array<std::string_view, 7> kActive = {
      "script", "style", "foreignobject", "iframe", "object", "embed", "handler"};
  const std::string local = ToLower(LocalName(name));
  return std::find(kActive.begin(), kActive.end(), local) != kActive.end();
}

// True when value holds url( pointing anywhere but at a fragment of this document.
bool HasExternalUrl(std::string_view value) {
  const std::string lower = ToLower(value);
  for (std::size_t at = lower.find("url("); at != std::string::npos;
       at = lower.find("url(", at + 4)) {
    std::size_t i = at + 4;
    while (i < lower.size() && (IsSpace(lower[i]) || lower[i] == '\'' || lower[i] == '"')) ++i;
    if (i >= lower.size() || lower[i] != '#') return true;
  }
  return false;
}

bool IsSafeAttribute(const Attribute& attribute) {
  for (char c : attribute.name) {
    if (!IsNameChar(c)) return false;
  }
  const std::string name = ToLower(attribute.name);
  const std::string local(LocalName(name));
  if (local.starts_with("on")) return false;
  if (local == "href" || local == "src") {
    std::size_t i = 0;
    while (i < attribute.value.size() && IsSpace(attribute.value[i])) ++i;
    if (i >= attribute.value.size() || attribute.value[i] != '#') return false;
  }
  return !HasExternalUrl(attribute.value);
}

void AppendAttributeValue(std::string& out, std::string_view value) {
  for (char c : value) {
    if (c == '"') {
      out += "&quot;";
    } else if (c == '<') {
      out += "&lt;";
    } else {
      out += c;
    }
  }
}

}  // namespace

std::string EscapeHtml(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string EscapeJsonForScript(std::string_view json) {
  std::string out;
  out.reserve(json.size() + json.size() / 16);
  for (std::size_t i = 0; i < json.size(); ++i) {
    const char c = json[i];
    if (c == '<') {
      out += "\\u003c";
    } else if (c == '>') {
      out += "\\u003e";
    } else if (c == '&') {
      out += "\\u0026";
    } else if (StartsWithAt(json, i, "\xE2\x80\xA8") || StartsWithAt(json, i, "\xE2\x80\xA9")) {
      out += json[i + 2] == '\xA8' ? "\\u2028" : "\\u2029";
      i += 2;
    } else {
      out += c;
    }
  }
  return out;
}

std::string InlineCode(std::string_view code) {
  std::string out;
  out.reserve(code.size());
  std::size_t i = 0;
  while (i < code.size()) {
    if ((StartsWithAt(code, i, "//# sourceMappingURL=") ||
         StartsWithAt(code, i, "/*# sourceMappingURL=")) &&
        (i == 0 || code[i - 1] == '\n')) {
      const std::size_t eol = code.find('\n', i);
      i = eol == std::string_view::npos ? code.size() : eol;
      continue;
    }
    if (code[i] == '<' && (StartsWithNoCase(code, i, "</script") ||
                           StartsWithNoCase(code, i, "</style"))) {
      out += "<\\/";
      i += 2;
      continue;
    }
    if (StartsWithAt(code, i, "<!--")) {
      out += "<\\!--";
      i += 4;
      continue;
    }
    out += code[i++];
  }
  return out;
}

std::string SanitizeSvg(std::string_view svg) {
  std::string out;
  out.reserve(svg.size());
  std::size_t i = 0;
  while (i < svg.size()) {
    const std::size_t lt = svg.find('<', i);
    if (lt == std::string_view::npos) {
      out.append(svg.substr(i));
      break;
    }
    out.append(svg.substr(i, lt - i));
    i = lt;
    if (StartsWithAt(svg, i, "<!--")) {
      i = SkipPast(svg, i + 4, "-->");
    } else if (StartsWithAt(svg, i, "<![CDATA[")) {
      i = SkipPast(svg, i + 9, "]]>");
    } else if (StartsWithAt(svg, i, "<?")) {
      i = SkipPast(svg, i + 2, "?>");
    } else if (StartsWithAt(svg, i, "<!")) {
      i = SkipPast(svg, i + 2, ">");
    } else {
      Tag tag;
      if (!ParseTag(svg, i, tag)) {
        out += "&lt;";
        ++i;
        continue;
      }
      i = tag.end;
      if (IsActiveElement(tag.name)) {
        if (tag.closing || tag.self_closing) continue;
        // Drop everything up to and including the matching end tag.
        const std::string close = "</" + std::string(tag.name);
        std::size_t at = i;
        while (at < svg.size() && !StartsWithNoCase(svg, at, close)) ++at;
        i = at < svg.size() ? SkipPast(svg, at, ">") : svg.size();
        continue;
      }
      out += '<';
      if (tag.closing) out += '/';
      out.append(tag.name);
      if (!tag.closing) {
        for (const Attribute& attribute : tag.attributes) {
          if (!IsSafeAttribute(attribute)) continue;
          out += ' ';
          out.append(attribute.name);
          if (attribute.has_value) {
            out += "=\"";
            AppendAttributeValue(out, attribute.value);
            out += '"';
          }
        }
      }
      out += tag.self_closing ? "/>" : ">";
    }
  }
  // The prolog (declaration, doctype, comments) is dropped; so is the blank space it leaves.
  out.erase(0, out.find_first_not_of(" \t\r\n"));
  return out;
}

}  // namespace ombak::html
