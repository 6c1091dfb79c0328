// Accounts named the way people name them on the command line (--seeds, --target, --cost,
// --opponent): external id, handle or label, with or without a leading '@', as a comma list or
// an account file. Design choice: every name that does not resolve is an InvalidArgument naming
// it and where it came from, never a silently smaller set.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "graph/node_table.hpp"
#include "graph/types.hpp"

namespace ombak {

// Finds accounts by external id (NodeTable::FindText), else by the "handle" column, else by the
// "label" column; each is tried as typed and then without one leading '@'. Building the handle
// and label indexes costs O(n) once.
class AccountResolver {
 public:
  explicit AccountResolver(const NodeTable& nodes);
  std::optional<NodeId> Find(std::string_view name) const;
  const NodeTable& nodes() const { return nodes_; }

 private:
  std::optional<NodeId> FindExact(std::string_view name) const;
  const NodeTable& nodes_;
  std::unordered_map<std::string, NodeId> handles_;
  std::unordered_map<std::string, NodeId> labels_;
};

// Parses an account list given to `option`: "a,b,c" (comma-separated names) or "@FILE" (one
// account per line, or a CSV whose first column is the account; blank lines and lines starting
// with '#' are skipped, and so is a first line whose first cell is not an account when the file
// is a CSV or that cell is a usual header word: id, account, handle, label, node, user, user_id,
// screen_name, name). When "@X" is not a readable file it is read as names the Twitter way
// ("@SenSchumer,@SpeakerPelosi"). Repeated accounts are kept once, in first-seen order. Throws
// InvalidArgument for an empty list, an unknown account ("--seeds: unknown account 'x' (item
// 3)", "--seeds: unknown account 'x' at seeds.txt:4"), or "@X" that is neither a readable file
// nor an account ("--seeds: cannot read the account file 'X', and '@X' is not an account").
std::vector<NodeId> ParseAccountList(const AccountResolver& accounts, const std::string& spec,
                                     const std::string& option);

// The accounts of a --target: "ATTRIBUTE=VALUE" when ATTRIBUTE is a node attribute (the accounts
// whose value prints as VALUE, e.g. party=D), otherwise a file read as by ParseAccountList.
// Throws InvalidArgument when no account matches or the file is missing.
std::vector<NodeId> ParseTarget(const AccountResolver& accounts, const std::string& spec);

// One cost per account from the numeric node attribute `column` (e.g. followers_count). Throws
// InvalidArgument when the column is missing or not numeric, or an account has no value or a
// value <= 0 (the message names the account).
std::vector<double> AccountCosts(const NodeTable& nodes, const std::string& column);

}  // namespace ombak
