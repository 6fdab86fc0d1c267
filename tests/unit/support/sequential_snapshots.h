// sequential_snapshots.h - the reference the recording suites compare with: the snapshot text
// after every event, computed by applying the events one by one to a fresh view model and
// drawing each snapshot from nothing (no checkpoint, no output carried over).
#pragma once

#include "session/recording.h"
#include "session/snapshot_text.h"

#include <cstdint>
#include <string>
#include <vector>

namespace loopscope::test {

inline std::vector<std::string> sequential_texts(const session::Recording& rec) {
    std::vector<std::string> texts;
    session::ViewModel m;
    for (uint64_t i = 0; i < rec.size(); ++i) {
        m.apply(rec.store());
        session::Snapshot fresh;
        session::materialize(m, rec.store(), rec.output_events(), fresh);
        texts.push_back(session::snapshot_text(fresh));
    }
    return texts;
}

} // namespace loopscope::test
