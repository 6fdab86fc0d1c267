// snapshot_text.h - a Snapshot written out in full as text: for `loopscope trace --at N`,
// for tests (two snapshots of the same recording are identical iff their texts are) and for
// debugging. Every field but `events` (the recording's size) appears.
#pragma once

#include "session/snapshot.h"

#include <string>

namespace loopscope::session {

std::string snapshot_text(const Snapshot& s);

} // namespace loopscope::session
