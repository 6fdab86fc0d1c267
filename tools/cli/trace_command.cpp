// trace_command.cpp - see trace_command.h.
#include "trace_command.h"

#include "core/memory.h"
#include "lang/syntax_error.h"
#include "session/session.h"
#include "session/snapshot_text.h"
#include "session/trace_text.h"
#include "trace/trace_json.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>

namespace loopscope {

namespace {

int usage() {
    std::fputs("usage: loopscope trace [--json|--stats] [--no-lines] [--no-stacks] [--at N] FILE\n",
               stderr);
    return 2;
}

void write(const std::string& s) {
    std::fwrite(s.data(), 1, s.size(), stdout);
}

} // namespace

int trace_command(int argc, char** argv) {
    bool json = false, stats = false;
    long long at = -1;
    session::Options opt;
    const char* file = nullptr;
    for (int i = 0; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--json"))
            json = true;
        else if (!std::strcmp(argv[i], "--stats"))
            stats = true;
        else if (!std::strcmp(argv[i], "--no-lines"))
            opt.lines = false;
        else if (!std::strcmp(argv[i], "--no-stacks"))
            opt.stacks = false;
        else if (!std::strcmp(argv[i], "--at") && i + 1 < argc)
            at = std::atoll(argv[++i]);
        else if (!file && argv[i][0] != '-')
            file = argv[i];
        else
            return usage();
    }
    if (!file) return usage();
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        std::fprintf(stderr, "loopscope: can't open file '%s': No such file or directory\n", file);
        return 2;
    }
    std::ostringstream ss;
    ss << in.rdbuf();
    const std::string source = ss.str();

    session::Session s(opt);
    if (s.load(source, file)) {
        s.run();
        while (!s.program_finished() || s.motion() != session::Motion::None) s.tick(1 << 20);
    }
    const auto& err = s.compile_error();
    if (stats) {
        // What recording cost (tools/bench/trace_bench.py): no trace is printed.
        const uint64_t events = s.recorded();
        const size_t bytes = s.memory_bytes();
        std::printf("events %llu, recording %zu bytes (%.1f bytes an event), peak memory %.1f MB\n",
                    static_cast<unsigned long long>(events), bytes,
                    events ? double(bytes) / double(events) : 0.0,
                    double(memory::peak()) / (1 << 20));
    } else if (json) {
        trace::TraceHeader h;
        h.file = file;
        h.source = source;
        h.exit_status = s.exit_status();
        h.compile_error = err ? &*err : nullptr;
        write(trace::trace_json(s.recording().store(), h));
    } else if (err) {
        write(format_syntax_error(*err, file));
    } else if (at >= 0) {
        s.seek(static_cast<uint64_t>(at));
        write(session::snapshot_text(s.snapshot()));
    } else {
        write(session::trace_text(s.recording().store()));
    }
    std::fflush(stdout);
    return s.exit_status();
}

} // namespace loopscope
