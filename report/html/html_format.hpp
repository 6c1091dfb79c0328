// Small helpers the report's section writers share: reading the report document without
// trusting its shape, and turning its values into escaped HTML text and sort keys.
//
// Design choice: the page must still render when the document lacks a field or holds null
// (an undefined figure such as the RWC of a single community), so readers return a null
// value instead of throwing, and every formatter prints an em dash for it.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace ombak::html {

using Json = nlohmann::json;

// j[key] when j is an object holding key, else a null value.
const Json& At(const Json& j, std::string_view key);
// j[index] when j is an array long enough, else a null value.
const Json& At(const Json& j, std::size_t index);

// Strings escaped; integers grouped by thousands ("12,314"); other numbers with three
// significant digits, grouped and rounded from 100 up; booleans as yes/no; null as an em dash.
std::string Show(const Json& value);
// A number with a fixed number of decimals (for indices between -1 and 1); em dash for null.
std::string ShowFixed(const Json& value, int decimals);
// Value for a data-sort attribute: numbers in full precision, strings escaped, null empty.
std::string SortKey(const Json& value);
// CSS class of a community's colour swatch ("c3"); "cn" when the community is null.
std::string CommunityClass(const Json& community);
// A community cell's content: swatch and id, or an em dash.
std::string CommunityCell(const Json& community);

// An account's name: its label, then its external id when that differs (a handle and its
// numeric id; an edge-list account whose label is its id shows once).
std::string AccountName(const Json& account);

// Opening tag of a section with its id and heading.
std::string SectionStart(std::string_view id, std::string_view heading);

}  // namespace ombak::html
