// memory_bomb_test.cpp - the memory bombs of tests/hostile/memory end in MemoryError when run
// like the page runs them (a Session ticked in short slices, a limit on work that cannot pause),
// not in "Stopped": the tick budget charges a built-in's work (lang/interp.h: kBytesPerTick) at
// a rate that lets the memory budget run out first. The page has 20 million ticks of overrun
// for a 1 GiB budget; this test keeps that ratio on a smaller budget (5 million for 256 MiB).
// At 16 bytes a tick (the first attempt) `s += s` was stopped here as in the page.
#include "core/memory.h"
#include "session/session.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

using namespace loopscope;
using namespace loopscope::session;

namespace {

struct BudgetRestore {
    size_t saved = memory::budget();
    ~BudgetRestore() { memory::set_budget(saved); }
};

std::string read_all(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// The program's own "# budget: SIZE" comment (check_memory.py), else 256M.
size_t budget_of(const std::string& source) {
    std::istringstream in(source);
    for (std::string line; std::getline(in, line);)
        if (line.rfind("# budget:", 0) == 0) return memory::parse_size(line.substr(9).c_str() + 1);
    return size_t(256) << 20;
}

} // namespace

TEST_CASE("memory bombs end in MemoryError under the page's tick limit, scaled", "[memory]") {
    BudgetRestore restore;
    const std::filesystem::path dir =
        std::filesystem::path(LOOPSCOPE_SOURCE_DIR) / "tests" / "hostile" / "memory";
    int programs = 0;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
        if (entry.path().extension() != ".py") continue;
        // (many_tasks: 1.3 million tasks in a recording take long natively under Debug; the CLI
        // runs it, hostile/memory)
        if (entry.path().filename() == "many_tasks.py") continue;
        const std::string source = read_all(entry.path());
        Options opt;
        opt.max_memory = budget_of(source);
        // the page's 20 million ticks per GiB
        opt.max_overrun_ticks = int64_t(20000000.0 * double(opt.max_memory) / double(1 << 30));
        opt.lines = false;
        opt.stacks = false;
        Session s(opt);
        INFO(entry.path().filename().string());
        REQUIRE(s.load(source, entry.path().filename().string()));
        s.run();
        for (int k = 0; k < 1000000 && !s.program_finished(); ++k) s.tick(20000);
        REQUIRE(s.program_finished());
        s.seek(s.recorded());
        const Snapshot& snap = s.snapshot();
        CHECK(snap.error == "MemoryError");
        CHECK(s.exit_status() == 1);
        ++programs;
    }
    REQUIRE(programs >= 10);
}
