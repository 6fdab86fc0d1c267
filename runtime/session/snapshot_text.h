// snapshot_text.h - a Snapshot written out in full as text: for `loopscope trace --at N`,
// for tests (two snapshots are identical iff their texts are) and for debugging.
#pragma once

#include "session/snapshot.h"

#include <string>

namespace loopscope::session {

std::string snapshot_text(const Snapshot& s);

} // namespace loopscope::session
