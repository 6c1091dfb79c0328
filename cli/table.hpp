// Tabular output shared by the subcommands: one Table, printed as an aligned text table, CSV
// or JSON (an array of objects whose values are numbers where the cell parses as a number).
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace ombak::cli {

struct Table {
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;
  // Columns right-aligned in text output (numbers).
  std::vector<bool> right_aligned;

  void AddRow(std::vector<std::string> row) { rows.push_back(std::move(row)); }
};

void PrintText(const Table& table, std::ostream& out);
void PrintCsv(const Table& table, std::ostream& out);
void PrintJson(const Table& table, std::ostream& out);
// format: "table", "csv" or "json"; anything else is rejected by the option parser.
void Print(const Table& table, const std::string& format, std::ostream& out);

// Fixed-point with `digits` significant decimals, trailing zeros kept (aligned columns).
std::string FormatNumber(double value, int digits = 4);
std::string CsvEscape(const std::string& cell);

}  // namespace ombak::cli
