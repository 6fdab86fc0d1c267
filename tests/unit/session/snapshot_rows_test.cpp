// snapshot_rows_test.cpp - a snapshot's tasks, ready queue and timers are Rows drawn when read
// (snapshot.h, materialize.cpp), from the model's lists as they were at its moment. Whenever and
// in whatever order its rows are read - after the recording moved elsewhere, from a copy, last
// row first - a snapshot must read as the one a fresh model applying every event gives.
#include "session/recording.h"
#include "session/session.h"
#include "session/snapshot_text.h"
#include "support/sequential_snapshots.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

using namespace loopscope;
using namespace loopscope::session;

namespace {

// 2,000 tasks alive at once (sleeping, then through a lock), call_later handles (some cancelled,
// some at NaN), renamed tasks: thousands of rows in each list.
const char* kMany = R"(import asyncio

async def job(i, lock):
    await asyncio.sleep((i % 37) * 0.01)
    async with lock:
        if i % 7 == 0:
            await asyncio.sleep(0)
    return i

async def main():
    loop = asyncio.get_running_loop()
    lock = asyncio.Lock()
    handles = [loop.call_later(0.005 * (k % 50), print, "tick", k) for k in range(300)]
    for h in handles[::3]:
        h.cancel()
    nan = loop.call_later(float("nan"), print, "nan")
    loop.call_later(float("nan"), print, "nan 2")
    tasks = [asyncio.create_task(job(i, lock)) for i in range(2000)]
    for t in tasks[::250]:
        t.set_name("renamed-" + t.get_name())
    await asyncio.sleep(0.1)
    nan.cancel()
    print(sum(await asyncio.gather(*tasks)))

asyncio.run(main())
)";

// Reads every row of s from the last to the first (drawing them in that order).
void read_backwards(const Snapshot& s) {
    for (size_t k = s.tasks.size(); k-- > 0;) CHECK(s.tasks[k].id != 0);
    for (size_t k = s.ready.size(); k-- > 0;) (void)s.ready[k].what.size();
    for (size_t k = s.timers.size(); k-- > 0;) (void)s.timers[k].what.size();
}

} // namespace

TEST_CASE("a snapshot's rows read late, from a copy and last first, are those of its moment") {
    Options opt;
    opt.checkpoint_every = 32;
    Session s(opt);
    REQUIRE(s.load(kMany));
    s.run();
    for (int k = 0; k < 100000 && !s.program_finished(); ++k) s.tick(20000);
    REQUIRE(s.program_finished());
    const Recording& rec = s.recording();
    const uint64_t n = rec.size();
    REQUIRE(n > 20000);
    // 120 pseudo-random events: their snapshot texts from a fresh model applying every event.
    std::map<uint64_t, std::string> want;
    uint64_t x = 12345;
    for (int k = 0; k < 120; ++k) {
        x = x * 6364136223846793005ull + 1442695040888963407ull;
        want[(x >> 33) % n] = "";
    }
    size_t most_tasks = 0, most_timers = 0;
    bool saw_nan_last = false;
    ViewModel m;
    for (uint64_t i = 0; i < n; ++i) {
        m.apply(rec.store());
        if (!want.count(i)) continue;
        Snapshot fresh;
        materialize(m, rec.store(), rec.output_events(), fresh);
        want[i] = snapshot_text(fresh);
        most_tasks = std::max(most_tasks, fresh.tasks.size());
        most_timers = std::max(most_timers, fresh.timers.size());
        // timers by deadline, the NaN ones last
        for (size_t k = 1; k < fresh.timers.size(); ++k) {
            const double a = fresh.timers[k - 1].when, b = fresh.timers[k].when;
            CHECK((std::isnan(b) || (!std::isnan(a) && a <= b)));
            saw_nan_last = saw_nan_last || (std::isnan(b) && !std::isnan(a));
        }
    }
    CHECK(most_tasks > 1500);
    CHECK(most_timers > 300);
    CHECK(saw_nan_last);

    std::vector<uint64_t> order;
    for (const auto& [i, text] : want) order.push_back(i);
    for (size_t k = 0; k < order.size(); ++k) std::swap(order[k], order[(k * 37) % order.size()]);
    Snapshot kept; // a copy, read after the session has moved on
    uint64_t kept_at = UINT64_MAX;
    for (uint64_t i : order) {
        s.seek(i);
        const Snapshot& now = s.snapshot();
        if (i % 2) read_backwards(now);
        INFO("event " << i << " of " << n);
        REQUIRE(snapshot_text(now) == want[i]);
        if (kept_at != UINT64_MAX) {
            read_backwards(kept);
            REQUIRE(snapshot_text(kept) == want[kept_at]);
        }
        kept = now;
        kept_at = i;
        if (i > 0) {
            s.step_back_event();
            s.snapshot();
        }
    }
}

TEST_CASE("Snapshot::task finds a task by id among thousands") {
    Session s;
    REQUIRE(s.load(kMany));
    s.run();
    for (int k = 0; k < 100000 && !s.program_finished(); ++k) s.tick(20000);
    const Snapshot& end = s.snapshot();
    REQUIRE(end.tasks.size() > 2000);
    for (size_t k = 0; k < end.tasks.size(); k += 97) {
        const TaskView* t = end.task(end.tasks[k].id);
        REQUIRE(t != nullptr);
        CHECK(t == &end.tasks[k]);
    }
    CHECK(end.task(0) == nullptr);
    CHECK(end.task(-3) == nullptr);
    CHECK(end.task(static_cast<int32_t>(end.tasks.size()) + 10) == nullptr);
    int renamed = 0;
    for (const TaskView& t : end.tasks)
        if (t.name.rfind("renamed-", 0) == 0) {
            ++renamed;
            CHECK(end.task(t.id)->name == t.name);
        }
    CHECK(renamed == 8);
}
