// shared_state_test.cpp - the view model's live state (ready queue, timers, primitives and their
// waiters) is shared between checkpoints in chunks (session/shared_seq.h, issue 16 item 5):
// a SharedSeq behaves as a vector whatever copies share it, and the snapshot a checkpoint
// gives equals a fresh replay's at many points of a real program whose timers are cancelled
// and rescheduled and whose primitives' waiters come and go.
#include "session/recording.h"
#include "session/session.h"
#include "session/shared_seq.h"
#include "session/snapshot_text.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

using namespace loopscope;
using namespace loopscope::session;

namespace {

std::vector<int> items(const SharedSeq<int>& s) {
    std::vector<int> v;
    s.for_each([&](int x) { v.push_back(x); });
    return v;
}

} // namespace

TEST_CASE("a shared sequence edits like a vector and its copies never see each other's edits") {
    SharedSeq<int> seq;
    std::vector<int> model;
    std::vector<std::pair<SharedSeq<int>, std::vector<int>>> copies;
    uint64_t x = 12345;
    auto next = [&](uint64_t n) {
        x = x * 6364136223846793005ull + 1442695040888963407ull;
        return (x >> 33) % n;
    };
    for (int step = 0; step < 20000; ++step) {
        const int v = static_cast<int>(next(1000));
        switch (next(6)) {
            case 0: // push_back (of a value past all others: the items stay sorted)
                seq.push_back(1000 + step);
                model.push_back(1000 + step);
                break;
            case 1: { // a sorted insert
                seq.insert_before_first(v, [v](int y) { return y > v; });
                auto it = std::find_if(model.begin(), model.end(), [v](int y) { return y > v; });
                model.insert(it, v);
                break;
            }
            case 2: { // erase the first match
                int got = -1;
                const bool found = seq.erase_first([v](int y) { return y % 50 == v % 50; }, &got);
                auto it = std::find_if(model.begin(), model.end(),
                                       [v](int y) { return y % 50 == v % 50; });
                REQUIRE(found == (it != model.end()));
                if (found) {
                    REQUIRE(got == *it);
                    model.erase(it);
                }
                break;
            }
            case 3: { // erase every match before the first item that stops the walk
                const size_t n = seq.erase_if([v](int y) { return y % 7 == v % 7; },
                                              [](int y) { return y > 900; });
                size_t m = 0;
                auto stop = std::find_if(model.begin(), model.end(), [](int y) { return y > 900; });
                auto end = std::remove_if(model.begin(), stop, [&](int y) {
                    const bool hit = y % 7 == v % 7;
                    m += hit;
                    return hit;
                });
                model.erase(end, stop);
                REQUIRE(n == m);
                break;
            }
            case 4: // change in place
                seq.update_if([v](int y) { return y == v; }, [](int& y) { y += 1; });
                for (int& y : model)
                    if (y == v) y += 1;
                break;
            case 5: // a checkpoint
                if (copies.size() < 40) copies.emplace_back(seq, model);
                break;
        }
        REQUIRE(seq.size() == model.size());
    }
    CHECK(items(seq) == model);
    for (const auto& [copy, want] : copies) CHECK(items(copy) == want);
}

TEST_CASE("a sequence emptied and refilled again and again leaves its copies alone") {
    // The ready queue of a lone task: one item, none, one... with a copy (a checkpoint) taken
    // at each state, and another sequence of the same kind emptied and refilled beside it.
    SharedSeq<int> seq, other;
    std::vector<std::pair<SharedSeq<int>, std::vector<int>>> copies;
    for (int step = 0; step < 200; ++step) {
        seq.push_back(step);
        copies.emplace_back(seq, std::vector<int>{step});
        if (step % 3 == 0) {
            other.push_back(-step); // another sequence of the same kind takes the spare
            copies.emplace_back(other, std::vector<int>{-step});
            REQUIRE(other.erase_first([](int) { return true; }));
        }
        if (step % 2)
            REQUIRE(seq.erase_first([step](int y) { return y == step; }));
        else
            REQUIRE(seq.erase_if([](int) { return true; }) == 1);
        REQUIRE(seq.empty());
        copies.emplace_back(seq, std::vector<int>{});
    }
    for (const auto& [copy, want] : copies) CHECK(items(copy) == want);
}

TEST_CASE("a model copy shares its timers, ready queue and waiters until they change") {
    SharedSeq<int32_t> waiters;
    for (int32_t t = 1; t <= 10000; ++t) waiters.push_back(t);
    SharedSeq<int32_t> copy = waiters; // a checkpoint
    CHECK(copy.shared_chunks() == (10000 + 63) / 64);
    // a waiter near the front leaves: one chunk is copied, the rest stay shared
    copy.erase_first([](int32_t t) { return t == 3; });
    CHECK(copy.shared_chunks() == (10000 + 63) / 64 - 1);
    CHECK(waiters.size() == 10000);
    CHECK(copy.size() == 9999);
    // a copy of 10,000 items costs its chunk pointers, not the items
    CHECK(copy.memory_bytes(false) < 10000 * sizeof(int32_t) / 2);
}

namespace {

// Many tasks whose timers are scheduled, cancelled (wait_for's timeouts, call_later handles
// cancelled) and rescheduled, and who wait on a lock, a bounded queue, an event and a condition.
const char* kBusy = R"(import asyncio

async def worker(i, lock, q, ev, cond):
    try:
        await asyncio.wait_for(asyncio.sleep(0.2 + (i % 7) * 0.05), timeout=0.1 + (i % 5) * 0.05)
    except TimeoutError:
        pass
    async with lock:
        await asyncio.sleep(0.01)
    if i % 3 == 0:
        await q.put(i)
    elif i % 3 == 1:
        await ev.wait()
    else:
        async with cond:
            await cond.wait()

async def main():
    loop = asyncio.get_running_loop()
    lock = asyncio.Lock()
    q = asyncio.Queue(maxsize=2)
    ev = asyncio.Event()
    cond = asyncio.Condition()
    handles = [loop.call_later(0.3 + k * 0.02, print, "timer", k) for k in range(30)]
    for h in handles[::3]:
        h.cancel()
    tasks = [asyncio.create_task(worker(i, lock, q, ev, cond)) for i in range(90)]
    await asyncio.sleep(0.05)
    tasks[4].cancel()
    for _ in range(12):
        await asyncio.sleep(0.1)
        while not q.empty():
            q.get_nowait()
        handles.append(loop.call_later(0.05, print, "late"))
        handles[-1].cancel()
    ev.set()

    async def drain():
        while True:
            await q.get()

    consumer = asyncio.create_task(drain())
    while not all(t.done() for t in tasks):
        async with cond:
            cond.notify_all()
        await asyncio.sleep(0.05)
    consumer.cancel()
    print("done")

asyncio.run(main())
)";

} // namespace

TEST_CASE("a checkpoint's view equals a fresh replay's at many points of a busy program") {
    Options opt;
    opt.checkpoint_every = 16;
    Session s(opt);
    REQUIRE(s.load(kBusy));
    s.run();
    for (int k = 0; k < 100000 && !s.program_finished(); ++k) s.tick(20000);
    REQUIRE(s.program_finished());
    const Recording& rec = s.recording();
    REQUIRE(rec.size() > 3000);
    // 300 pseudo-random events and the one before each: the snapshot of a fresh model that
    // applies every event in order (no checkpoint involved).
    std::map<uint64_t, std::string> want;
    uint64_t x = 99;
    for (int k = 0; k < 300; ++k) {
        x = x * 6364136223846793005ull + 1442695040888963407ull;
        const uint64_t i = 1 + (x >> 33) % (rec.size() - 1);
        want[i] = want[i - 1] = "";
    }
    bool saw_cancelled = false, saw_waiters = false;
    ViewModel m;
    for (uint64_t i = 0; i < rec.size(); ++i) {
        m.apply(rec.store());
        saw_cancelled = saw_cancelled || m.timers.any([](const auto& t) { return t.cancelled; });
        m.prims.for_each([&](const auto& p) { saw_waiters = saw_waiters || p.waiters.size() > 2; });
        if (!want.count(i)) continue;
        Snapshot fresh;
        materialize(m, rec.store(), rec.output_events(), fresh);
        want[i] = snapshot_text(fresh);
    }
    CHECK(saw_cancelled);
    CHECK(saw_waiters);
    // Asked in a scrambled order through the session, each followed by a step back.
    std::vector<uint64_t> order;
    for (const auto& [i, text] : want) order.push_back(i);
    for (size_t k = 0; k < order.size(); ++k) std::swap(order[k], order[(k * 37) % order.size()]);
    for (uint64_t i : order) {
        s.seek(i);
        REQUIRE(snapshot_text(s.snapshot()) == want[i]);
        s.step_back_event();
        if (want.count(i - 1)) REQUIRE(snapshot_text(s.snapshot()) == want[i - 1]);
    }
}
