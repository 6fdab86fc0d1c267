// trace_text.cpp - see trace_text.h.
#include "session/trace_text.h"

#include "session/view_state.h"

#include <cstdio>

namespace loopscope::session {

std::string trace_text(const trace::TraceStore& store) {
    std::string out;
    ViewModel m; // applied alongside, for task names and narration
    char head[64];
    for (uint64_t i = 0; i < store.size(); ++i) {
        m.apply(store);
        std::snprintf(head, sizeof head, "%6llu  t=%s  %-16s ", static_cast<unsigned long long>(i),
                      format_time(store.time(i)).c_str(), trace::event_kind_name(store.kind(i)));
        out += head;
        out += narrate(store, i, m);
        if (store.line(i) != 0 && store.kind(i) != trace::EventKind::Line)
            out += "  (line " + std::to_string(store.line(i)) + ")";
        out += '\n';
    }
    return out;
}

} // namespace loopscope::session
