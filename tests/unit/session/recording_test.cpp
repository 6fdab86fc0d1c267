// Tests of session/recording.h: the snapshot after any event is the same however it is reached
// (applying every event, seeking from a checkpoint, stepping forwards or backwards).
#include "session/recording.h"
#include "session/snapshot_text.h"
#include "session/synthetic_trace.h"

#include <catch2/catch.hpp>

#include <cstdint>
#include <string>
#include <vector>

using namespace loopscope;
using namespace loopscope::session;

// The snapshot texts after every event, computed by applying the events one by one to a fresh
// model (no checkpoint involved).
static std::vector<std::string> sequential_texts(const Recording& rec) {
    std::vector<std::string> texts;
    ViewModel m;
    Snapshot snap;
    MaterializeCache cache;
    for (uint64_t i = 0; i < rec.size(); ++i) {
        m.apply(rec.store());
        Snapshot fresh;
        MaterializeCache fresh_cache;
        materialize(m, rec.store(), rec.output_events(), fresh, fresh_cache);
        texts.push_back(snapshot_text(fresh));
    }
    return texts;
}

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
