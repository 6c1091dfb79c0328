// `ombak measures`: the catalogue of ranking measures with a sentence and a reference each.
#include <iostream>

#include "cli/commands.hpp"
#include "cli/context.hpp"
#include "cli/table.hpp"
#include "report/measures.hpp"

namespace ombak::cli {

void RegisterMeasures(CLI::App& app, int& exit_code) {
  auto format = std::make_shared<std::string>("table");
  CLI::App* command = app.add_subcommand("measures", "List the ranking measures");
  command->add_option("--format", *format, "Output format")
      ->check(CLI::IsMember({"table", "csv", "json"}));
  command->callback([format, &exit_code] {
    exit_code = RunGuarded([&] {
      Table table;
      table.header = {"name", "title", "definition", "reference"};
      for (const auto& measure : AllMeasures()) {
        table.AddRow({measure.name, measure.title, measure.definition, measure.reference});
      }
      if (*format == "table") {
        for (const auto& row : table.rows) {
          std::cout << row[0] << " — " << row[1] << "\n  " << row[2] << "\n  [" << row[3] << "]\n";
        }
      } else {
        Print(table, *format, std::cout);
      }
    });
  });
}

}  // namespace ombak::cli
