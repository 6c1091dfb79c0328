// EventLog: timestamped interactions in the order they happened.
//
// Aggregated layers lose the order of events; cascade reconstruction, threshold estimation and
// probability learning need it, so every interaction read from an activity log or a tweet
// archive is also kept here. Stored as columns (struct of arrays) to stay compact.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "graph/layer.hpp"
#include "graph/types.hpp"

namespace ombak {

inline constexpr std::int64_t kNoTweet = -1;

struct Event {
  NodeId actor = kNoNode;   // who acted (retweeter, replier, mentioner)
  NodeId target = kNoNode;  // whose content or account the action points at
  Layer type = Layer::kRetweet;
  Timestamp time = kNoTime;
  std::int64_t tweet_id = kNoTweet;  // the tweet that carries the action
  std::int64_t root_id = kNoTweet;   // the original tweet of a retweet/quote/reply cascade
};

class EventLog {
 public:
  std::size_t size() const { return actors_.size(); }
  bool empty() const { return actors_.empty(); }
  void Reserve(std::size_t n);
  void Add(const Event& event);
  Event at(std::size_t i) const {
    return {actors_[i], targets_[i], types_[i], times_[i], tweet_ids_[i], root_ids_[i]};
  }

  const std::vector<NodeId>& actors() const { return actors_; }
  const std::vector<NodeId>& targets() const { return targets_; }
  const std::vector<Layer>& types() const { return types_; }
  const std::vector<Timestamp>& times() const { return times_; }
  const std::vector<std::int64_t>& tweet_ids() const { return tweet_ids_; }
  const std::vector<std::int64_t>& root_ids() const { return root_ids_; }

  // Reorders events by time (stable: equal times keep their order; events without a time
  // go last).
  void SortByTime();
  // Renumbers nodes through new_id; an event with an endpoint mapped to kNoNode (or past the
  // end of new_id) is dropped. Used by projections.
  EventLog Remap(const std::vector<NodeId>& new_id) const;

 private:
  std::vector<NodeId> actors_;
  std::vector<NodeId> targets_;
  std::vector<Layer> types_;
  std::vector<Timestamp> times_;
  std::vector<std::int64_t> tweet_ids_;
  std::vector<std::int64_t> root_ids_;
};

}  // namespace ombak
