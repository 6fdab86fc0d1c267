// recording_scale_test.cpp - the recording at scale (issue 16, item 5): the view model's indexes
// by handle (SharedArray, SharedBits), the waiter each task remembers, checkpoints far apart with
// near copies for stepping back, and snapshots whose rows are drawn when read. Every snapshot,
// however it is reached, must equal the one a fresh model applying every event gives: a change
// lost by a copy, an index or a row drawn late shows up as a different snapshot text.
#include "session/recording.h"
#include "session/session.h"
#include "session/shared_seq.h"
#include "session/snapshot_text.h"
#include "support/sequential_snapshots.h"

#include <catch2/catch.hpp>

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

using namespace loopscope;
using namespace loopscope::session;
using loopscope::test::sequential_texts;
using trace::EventKind;
using trace::TraceEvent;
using trace::WaitKind;

TEST_CASE("an array by handle: copies share chunks and never see each other's edits") {
    SharedArray<double, 256> a;
    CHECK(a.get(5) == 0.0);
    CHECK(a.get(1000000) == 0.0);
    for (size_t h = 0; h < 2000; ++h) a.set(h, static_cast<double>(h) + 0.5);
    SharedArray<double, 256> b = a; // a checkpoint
    b.set(700, -1.0);
    b.set(5000, 9.0); // beyond the end: grows b only
    CHECK(a.get(700) == 700.5);
    CHECK(b.get(700) == -1.0);
    CHECK(a.get(5000) == 0.0);
    CHECK(b.get(5000) == 9.0);
    CHECK(b.get(699) == 699.5);
    std::vector<const void*> ca, cb;
    a.each_chunk([&](const void* c, size_t) { ca.push_back(c); });
    b.each_chunk([&](const void* c, size_t) { cb.push_back(c); });
    REQUIRE(ca.size() == 8);
    REQUIRE(cb.size() == 9); // chunks 8..18 of b: only the one holding 5000 exists
    for (size_t k = 0; k < 8; ++k) CHECK((ca[k] == cb[k]) == (k != 700 / 256));
    // past the limit nothing is stored (callers scan instead)
    CHECK_FALSE(SharedArray<double, 256>::indexable(-1));
    CHECK_FALSE(SharedArray<double, 256>::indexable(int64_t{1} << 30));
    a.set(size_t{1} << 30, 3.0);
    CHECK(a.get(size_t{1} << 30) == 0.0);

    SharedBits bits;
    for (size_t h = 0; h < 10000; h += 3) bits.set(h, true);
    SharedBits copy = bits;
    copy.set(9, false);
    copy.set(10, true);
    CHECK(bits.test(9));
    CHECK_FALSE(bits.test(10));
    CHECK_FALSE(copy.test(9));
    CHECK(copy.test(10));
    CHECK(copy.test(9999));
    CHECK_FALSE(copy.test(123456)); // never set
}

TEST_CASE("a sorted sequence finds and erases past the chunks that come before the key") {
    SharedSeq<int> s;
    for (int v = 0; v < 1000; ++v) s.push_back(v * 2);
    SharedSeq<int> copy = s;
    const size_t shared = copy.shared_chunks();
    int* x = copy.find_mut_after([](int v) { return v < 900; }, [](int v) { return v == 900; });
    REQUIRE(x);
    *x = 901;
    CHECK(copy.shared_chunks() == shared - 1); // only the chunk holding it was copied
    CHECK(s.find([](int v) { return v == 900; }));
    CHECK_FALSE(copy.find([](int v) { return v == 900; }));
    // an item before the skipped chunks is not found (the key says where it must be)
    CHECK_FALSE(copy.find_mut_after([](int v) { return v < 1500; }, [](int v) { return v == 2; }));
    int out = 0;
    CHECK(copy.erase_first_after([](int v) { return v < 1998; }, [](int v) { return v == 1998; },
                                 &out));
    CHECK(out == 1998);
    CHECK(copy.size() == 999);
    CHECK(s.size() == 1000);
    CHECK_FALSE(copy.erase_first_after([](int v) { return v < 5000; }, [](int) { return true; }));
}

namespace {

struct Builder {
    Recording rec{8};
    TraceEvent e;
    void add(EventKind k, int32_t task = 0, int32_t handle = 0, const char* text = "") {
        e = TraceEvent{};
        e.kind = k;
        e.task = task;
        e.handle = handle;
        e.text = text;
        e.time = clock;
        rec.add(e);
    }
    void create(int32_t id, const char* name) {
        e = TraceEvent{};
        e.kind = EventKind::TaskCreated;
        e.task = id;
        e.name = name;
        e.text = "job";
        e.time = clock;
        rec.add(e);
    }
    void timer(int32_t h, double when, int32_t task, const char* what) {
        e = TraceEvent{};
        e.kind = EventKind::TimerScheduled;
        e.task = task;
        e.handle = h;
        e.value = when;
        e.text = what;
        e.time = clock;
        rec.add(e);
    }
    double clock = 0.0;
};

} // namespace

TEST_CASE("ready items and timers named after a task follow its renaming, and handles past the "
          "index's limit are found by scanning") {
    Builder b;
    const int32_t huge = int32_t{1} << 25; // past SharedArray::kLimit
    for (int32_t id = 1; id <= 200; ++id) b.create(id, ("Task-" + std::to_string(id)).c_str());
    for (int32_t id = 1; id <= 200; ++id) b.add(EventKind::HandleScheduled, id, id); // no text
    for (int32_t id = 1; id <= 200; ++id) b.timer(1000 + id, 1.0 + (id % 3), id, "");
    b.add(EventKind::HandleScheduled, 0, huge, "far callback");
    b.timer(huge + 1, 0.5, 0, "far timer");
    b.timer(huge + 2, 2.0, 7, "");
    const Snapshot& before = b.rec.snapshot_at(b.rec.size() - 1); // drawn: the cache is warm
    CHECK(before.ready[6].what == "step Task-7");
    b.e = TraceEvent{};
    b.e.kind = EventKind::TaskRenamed;
    b.e.task = 7;
    b.e.name = "seven";
    b.rec.add(b.e);
    b.add(EventKind::TimerCancelled, 0, 1000 + 150);
    b.add(EventKind::TimerCancelled, 0, huge + 1);
    b.add(EventKind::HandleRun, 1, 1);
    b.add(EventKind::HandleSkipped, 0, huge);
    b.clock = 1.0;
    b.add(EventKind::TimerFired, 0, huge + 1);
    b.add(EventKind::TimerFired, 0, 1000 + 3);
    b.add(EventKind::TimerFired, 0, 1000 + 150);
    const std::vector<std::string> want = sequential_texts(b.rec);
    // the same Snapshot and drawing cache, forwards, then backwards, then scattered
    for (uint64_t i = 0; i < b.rec.size(); ++i)
        REQUIRE(snapshot_text(b.rec.snapshot_at(i)) == want[i]);
    for (uint64_t i = b.rec.size(); i-- > 0;)
        REQUIRE(snapshot_text(b.rec.snapshot_at(i)) == want[i]);
    for (uint64_t k = 0; k < 300; ++k) {
        const uint64_t i = (k * 7919) % b.rec.size();
        REQUIRE(snapshot_text(b.rec.snapshot_at(i)) == want[i]);
    }
    const Snapshot& end = b.rec.snapshot_at(b.rec.size() - 1);
    bool renamed_ready = false, renamed_timer = false;
    for (const auto& r : end.ready) renamed_ready = renamed_ready || r.what == "step seven";
    for (const auto& t : end.timers) renamed_timer = renamed_timer || t.what == "wake seven";
    CHECK(renamed_ready);
    CHECK(renamed_timer);
    for (const auto& r : end.ready) CHECK(r.handle != huge);      // skipped: gone
    for (const auto& t : end.timers) CHECK(t.handle != huge + 1); // fired: gone
}

namespace {

// Hundreds of tasks at once: sleeps, wait_for timeouts (timers cancelled), call_later handles
// cancelled, renamed tasks, and waiters coming and going on an event, a lock, a semaphore and a
// bounded queue.
const char* kCrowd = R"(import asyncio

async def job(i, ev, lock, sem, q):
    asyncio.current_task().set_name(f"job{i}")
    try:
        await asyncio.wait_for(asyncio.sleep(0.05 * (i % 9)), timeout=0.02 * (i % 11))
    except TimeoutError:
        pass
    if i % 4 == 0:
        await ev.wait()
    elif i % 4 == 1:
        async with lock:
            await asyncio.sleep(0.001)
    elif i % 4 == 2:
        async with sem:
            await asyncio.sleep(0.01)
    else:
        await q.put(i)
    return i

async def main():
    loop = asyncio.get_running_loop()
    ev, lock, sem, q = asyncio.Event(), asyncio.Lock(), asyncio.Semaphore(3), asyncio.Queue(2)
    handles = [loop.call_later(0.01 * k, print, "tick", k) for k in range(60)]
    for h in handles[1::2]:
        h.cancel()
    tasks = [asyncio.create_task(job(i, ev, lock, sem, q)) for i in range(250)]
    for _ in range(30):
        await asyncio.sleep(0.02)
        while not q.empty():
            q.get_nowait()
    tasks[10].cancel()
    ev.set()
    while not all(t.done() for t in tasks):
        while not q.empty():
            q.get_nowait()
        await asyncio.sleep(0.01)
    print(sum(t.result() for t in tasks if not t.cancelled()))

asyncio.run(main())
)";

} // namespace

TEST_CASE("stepping back and forth through a crowd of tasks, with checkpoints far apart, gives "
          "at every event what a fresh replay gives") {
    Options opt;
    opt.checkpoint_every = 32;
    Session s(opt);
    REQUIRE(s.load(kCrowd));
    s.run();
    for (int k = 0; k < 100000 && !s.program_finished(); ++k) s.tick(20000);
    REQUIRE(s.program_finished());
    const Recording& rec = s.recording();
    const uint64_t n = rec.size();
    REQUIRE(n > 8000);
    // The checkpoints came further apart than the near copies, so those are used.
    CHECK(rec.checkpoints() < n / Recording::kNearStep);
    // Three windows: the end (the live stretch), the middle and a pseudo-random one.
    std::map<uint64_t, size_t> want; // event -> hash of its fresh snapshot text
    const uint64_t w = 500;
    const uint64_t starts[] = {n - w, n / 2, (n * 7) / 29};
    for (uint64_t a : starts)
        for (uint64_t i = a; i < a + w && i < n; ++i) want[i] = 0;
    bool saw_cancelled = false, saw_waiters = false, saw_renamed = false;
    ViewModel m;
    for (uint64_t i = 0; i < n; ++i) {
        m.apply(rec.store());
        if (!want.count(i)) continue;
        saw_cancelled = saw_cancelled || m.timers.any([](const auto& t) { return t.cancelled; });
        m.prims.for_each([&](const auto& p) { saw_waiters = saw_waiters || p.waiters.size() > 2; });
        Snapshot fresh;
        materialize(m, rec.store(), rec.output_events(), fresh);
        for (const auto& t : fresh.tasks) saw_renamed = saw_renamed || t.name == "job249";
        want[i] = std::hash<std::string>{}(snapshot_text(fresh));
    }
    CHECK(saw_cancelled);
    CHECK(saw_waiters);
    CHECK(saw_renamed);
    auto check = [&](uint64_t i) {
        INFO("event " << i << " of " << n);
        REQUIRE(std::hash<std::string>{}(snapshot_text(s.snapshot())) == want.at(i));
    };
    for (uint64_t a : starts) {
        const uint64_t last = std::min(a + w, n) - 1;
        // back, one event at a time, from the window's end (from the newest event for the first)
        s.seek(last);
        check(last);
        for (uint64_t i = last; i > a; --i) {
            s.step_back_event();
            check(i - 1);
        }
        // forwards again
        for (uint64_t i = a + 1; i <= last; ++i) {
            s.seek(i);
            check(i);
        }
    }
    // scattered seeks, each followed by a step back
    std::vector<uint64_t> order;
    for (const auto& [i, h] : want) order.push_back(i);
    for (size_t k = 0; k < 200; ++k) {
        const uint64_t i = order[(k * 7919) % order.size()];
        s.seek(i);
        check(i);
        if (i > 0 && want.count(i - 1)) {
            s.step_back_event();
            check(i - 1);
        }
    }
}
