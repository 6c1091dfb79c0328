#include "graph/event_log.hpp"

#include <algorithm>
#include <numeric>

namespace ombak {

void EventLog::Reserve(std::size_t n) {
  actors_.reserve(n);
  targets_.reserve(n);
  types_.reserve(n);
  times_.reserve(n);
  tweet_ids_.reserve(n);
  root_ids_.reserve(n);
}

void EventLog::Add(const Event& event) {
  actors_.push_back(event.actor);
  targets_.push_back(event.target);
  types_.push_back(event.type);
  times_.push_back(event.time);
  tweet_ids_.push_back(event.tweet_id);
  root_ids_.push_back(event.root_id);
}

void EventLog::SortByTime() {
  std::vector<std::size_t> order(size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    const Timestamp ta = times_[a];
    const Timestamp tb = times_[b];
    if (ta == kNoTime || tb == kNoTime) return ta != kNoTime && tb == kNoTime;
    return ta < tb;
  });
  EventLog sorted;
  sorted.Reserve(size());
  for (const std::size_t i : order) sorted.Add(at(i));
  *this = std::move(sorted);
}

EventLog EventLog::Remap(const std::vector<NodeId>& new_id) const {
  EventLog out;
  for (std::size_t i = 0; i < size(); ++i) {
    Event e = at(i);
    if (e.actor >= new_id.size() || e.target >= new_id.size()) continue;
    e.actor = new_id[e.actor];
    e.target = new_id[e.target];
    if (e.actor == kNoNode || e.target == kNoNode) continue;
    out.Add(e);
  }
  return out;
}

}  // namespace ombak
