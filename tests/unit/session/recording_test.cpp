// Tests of session/recording.h: the snapshot after any event is the same however it is reached
// (applying every event, seeking from a checkpoint, stepping forwards or backwards).
#include "session/recording.h"
#include "session/snapshot_text.h"
#include "session/synthetic_trace.h"
#include "support/sequential_snapshots.h"

#include <catch2/catch.hpp>

#include <cstdint>
#include <map>
#include <string>
#include <vector>

using namespace loopscope;
using namespace loopscope::session;
using loopscope::test::sequential_texts;

TEST_CASE("seeking to any event gives the snapshot that applying every event up to it gives") {
    Recording rec(64);
    make_synthetic_trace(rec, 3000, 5);
    REQUIRE(rec.size() >= 3000);
    std::vector<std::string> want = sequential_texts(rec);
    // forwards, backwards, and jumping about (a fixed pseudo-random order)
    for (uint64_t i = 0; i < rec.size(); ++i) REQUIRE(snapshot_text(rec.snapshot_at(i)) == want[i]);
    for (uint64_t i = rec.size(); i-- > 0;) REQUIRE(snapshot_text(rec.snapshot_at(i)) == want[i]);
    uint64_t x = 12345;
    for (int k = 0; k < 500; ++k) {
        x = x * 6364136223846793005ull + 1442695040888963407ull;
        uint64_t i = (x >> 33) % rec.size();
        REQUIRE(snapshot_text(rec.snapshot_at(i)) == want[i]);
    }
}

TEST_CASE("stepping N events forward then N back gives an identical snapshot") {
    Recording rec(32);
    make_synthetic_trace(rec, 2000, 3);
    for (uint64_t start : {0ull, 5ull, 31ull, 32ull, 33ull, 700ull, 1500ull}) {
        for (uint64_t n : {1ull, 7ull, 64ull, 250ull}) {
            std::string before = snapshot_text(rec.snapshot_at(start));
            for (uint64_t k = 1; k <= n; ++k) rec.snapshot_at(start + k);
            for (uint64_t k = n; k-- > 0;) rec.snapshot_at(start + k);
            REQUIRE(snapshot_text(rec.snapshot_at(start)) == before);
        }
    }
}

TEST_CASE("a snapshot shows the output printed up to its event and no more") {
    Recording rec(16);
    make_synthetic_trace(rec, 500, 2);
    const auto& outs = rec.output_events();
    REQUIRE(outs.size() > 4);
    CHECK(rec.snapshot_at(outs[3]).output.size() == 4);
    CHECK(rec.snapshot_at(outs[3]).output[3].text == rec.store().text(outs[3]));
    CHECK(rec.snapshot_at(outs[3] - 1).output.size() == 3);
    CHECK(rec.snapshot_at(rec.size() - 1).output.size() == outs.size());
    CHECK(rec.snapshot_at(0).output.empty());
}

TEST_CASE("the last snapshot of a synthetic trace is finished with every task cancelled") {
    Recording rec;
    make_synthetic_trace(rec, 1000, 4);
    const Snapshot& s = rec.snapshot_at(rec.size() - 1);
    CHECK(s.finished);
    CHECK(s.error.empty());
    REQUIRE(s.tasks.size() == 4);
    for (const auto& t : s.tasks) CHECK(t.state == TaskState::Cancelled);
    CHECK(s.events == rec.size());
    CHECK(s.event == rec.size() - 1);
}

TEST_CASE("checkpoints are taken every K events and memory stays small per event") {
    Recording rec(256);
    make_synthetic_trace(rec, 20000, 8);
    CHECK(rec.checkpoints() == (rec.size() + 255) / 256);
    CHECK(rec.memory_bytes() / rec.size() < 160);
}

TEST_CASE("with many tasks checkpoints share the tasks that did not change and come further "
          "apart, and every snapshot is still exact") {
    // 1,500 workers alive at once: the live state is large, most tasks change rarely.
    Recording rec(64);
    make_synthetic_trace(rec, 12000, 1500);
    REQUIRE(rec.size() >= 12000);
    // 150 pseudo-random events and the one before each: their snapshots from a fresh model
    // that applies every event in order (no checkpoint involved).
    std::map<uint64_t, std::string> want;
    uint64_t x = 7;
    for (int k = 0; k < 150; ++k) {
        x = x * 6364136223846793005ull + 1442695040888963407ull;
        const uint64_t i = 1 + (x >> 33) % (rec.size() - 1);
        want[i] = want[i - 1] = "";
    }
    ViewModel m;
    for (uint64_t i = 0; i < rec.size(); ++i) {
        m.apply(rec.store());
        if (!want.count(i)) continue;
        Snapshot fresh;
        materialize(m, rec.store(), rec.output_events(), fresh);
        want[i] = snapshot_text(fresh);
    }
    // Asked in a scrambled order, each followed by a step back.
    std::vector<uint64_t> order;
    for (const auto& [i, text] : want) order.push_back(i);
    for (size_t k = 0; k < order.size(); ++k) std::swap(order[k], order[(k * 37) % order.size()]);
    for (uint64_t i : order) {
        REQUIRE(snapshot_text(rec.snapshot_at(i)) == want[i]);
        if (want.count(i - 1)) REQUIRE(snapshot_text(rec.snapshot_at(i - 1)) == want[i - 1]);
    }
    // Spaced out (more than K events apart on average), at most kMaxSpacing * K apart.
    CHECK(rec.checkpoints() < (rec.size() + 63) / 64);
    CHECK(rec.checkpoints() >= rec.size() / (64 * Recording::kMaxSpacing));
    // Copying every task at every checkpoint would cost at least this much.
    const size_t full_copies = rec.checkpoints() * 1500 * sizeof(ModelTask);
    const size_t checkpoint_bytes = rec.memory_bytes() - rec.store().memory_bytes();
    INFO(rec.checkpoints() << " checkpoints, " << checkpoint_bytes << " B");
    CHECK(checkpoint_bytes < full_copies / 2);
}

TEST_CASE("a task list copy shares its chunks until one of them changes") {
    TaskList a;
    for (int32_t id = 1; id <= 200; ++id) {
        ModelTask t;
        t.id = id;
        a.push_back(t);
    }
    TaskList b = a; // a checkpoint
    b.mut(130).line = 9;
    CHECK(a[130].line == 0);
    CHECK(b[130].line == 9);
    std::vector<const void*> ca, cb;
    a.each_chunk([&](const void* c, size_t) { ca.push_back(c); });
    b.each_chunk([&](const void* c, size_t) { cb.push_back(c); });
    const size_t chunks = (200 + TaskList::kChunk - 1) / TaskList::kChunk;
    REQUIRE(ca.size() == chunks);
    REQUIRE(cb.size() == chunks);
    for (size_t k = 0; k < chunks; ++k) // only the changed chunk was copied
        CHECK((ca[k] == cb[k]) == (k != 130 / TaskList::kChunk));
    // inserting out of order keeps the ids sorted in both copies' own views
    ModelTask late;
    late.id = 0;
    b.insert(0, late);
    CHECK(b.size() == 201);
    CHECK(b[0].id == 0);
    CHECK(b[1].id == 1);
    CHECK(b[200].id == 200);
    CHECK(a.size() == 200);
    CHECK(a[0].id == 1);
    CHECK(a[199].id == 200);
}
