// Tests of the timeline's pure layout (web/model/timeline/timeline_layout.h): lanes, spans,
// markers and links from trace events; the view mapping; clamping and hit testing.
#include "model/timeline/timeline_layout.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace loopscope;
using namespace loopscope::ui::timeline;
using trace::EventKind;
using trace::TraceEvent;
using trace::WaitKind;

namespace {

// A small trace written event by event, as the runtime would emit it.
struct TraceBuilder {
    Events events;
    TraceEvent& add(EventKind kind, double time, int32_t task) {
        TraceEvent e;
        e.seq = events.size();
        e.kind = kind;
        e.time = time;
        e.task = task;
        events.push_back(e);
        return events.back();
    }
    void created(double t, int32_t task, const char* name) {
        TraceEvent& e = add(EventKind::TaskCreated, t, task);
        e.name = name;
        e.text = "worker";
    }
    void suspend(double t, int32_t task, WaitKind kind, const char* detail, int32_t awaited = 0) {
        TraceEvent& e = add(EventKind::TaskSuspended, t, task);
        e.wait.kind = kind;
        e.wait.detail = detail;
        e.wait.task = awaited;
    }
};

// main (task 1) starts worker (task 2), awaits it; the worker sleeps 1 s and returns.
Events await_worker_trace() {
    TraceBuilder b;
    b.add(EventKind::ScriptStarted, 0.0, 0);
    b.created(0.0, 1, "main");
    b.add(EventKind::TaskStep, 0.0, 1);
    b.created(0.0, 2, "worker");
    b.suspend(0.0, 1, WaitKind::Task, "await worker", 2);
    b.add(EventKind::TaskStep, 0.0, 2);
    b.suspend(0.0, 2, WaitKind::Sleep, "sleep(1.0)");
    b.add(EventKind::ClockJump, 1.0, 0);
    b.add(EventKind::HandleScheduled, 1.0, 2);
    b.add(EventKind::TaskStep, 1.0, 2);
    b.add(EventKind::TaskFinished, 1.0, 2).text = "42";
    b.add(EventKind::HandleScheduled, 1.0, 1);
    b.add(EventKind::TaskStep, 1.0, 1);
    b.add(EventKind::TaskFinished, 1.0, 1).text = "None";
    b.add(EventKind::ScriptFinished, 1.0, 0);
    return b.events;
}

const Span* find_span(const Layout& l, int lane, SpanKind kind) {
    for (const Span& s : l.spans) {
        if (s.lane == lane && s.kind == kind) return &s;
    }
    return nullptr;
}

} // namespace

TEST_CASE("each task gets a lane named after it, in creation order") {
    const Layout l = build(await_worker_trace(), Axis::Time);
    REQUIRE(l.lanes.size() == 2);
    CHECK(l.lanes[0].label == "main");
    CHECK(l.lanes[1].label == "worker");
    CHECK(l.lanes[1].task == 2);
}

TEST_CASE("a task sleeping gets a sleep-coloured waiting bar over the virtual time it sleeps") {
    const Layout l = build(await_worker_trace(), Axis::Time);
    const Span* s = find_span(l, 1, SpanKind::Waiting);
    REQUIRE(s != nullptr);
    CHECK(s->reason == Reason::Sleep);
    CHECK(s->label == "sleep(1.0)");
    CHECK(s->x0 == Approx(0.0));
    CHECK(s->x1 == Approx(1.0));
    CHECK(palette(s->reason) == 0x56B4E9);
}

TEST_CASE("awaiting another task draws a link from the waiter's lane to the awaited lane") {
    const Layout l = build(await_worker_trace(), Axis::Time);
    REQUIRE(l.links.size() == 1);
    CHECK(l.links[0].from == 0);
    CHECK(l.links[0].to == 1);
    const Span* s = find_span(l, 0, SpanKind::Waiting);
    REQUIRE(s != nullptr);
    CHECK(s->reason == Reason::Task);
}

TEST_CASE("every step gets a marker and finishing gets a marker with the result") {
    const Layout l = build(await_worker_trace(), Axis::Time);
    int steps = 0, finished = 0;
    for (const Marker& m : l.markers) {
        if (m.kind == MarkerKind::Step) ++steps;
        if (m.kind == MarkerKind::Finished && m.lane == 1) {
            ++finished;
            CHECK(m.label == "returned 42");
        }
    }
    CHECK(steps == 4);
    CHECK(finished == 1);
}

TEST_CASE("the step axis spreads events at the same virtual time apart") {
    const auto events = await_worker_trace();
    const Layout time = build(events, Axis::Time);
    const Layout steps = build(events, Axis::Steps);
    // On the time axis main's first step has no width; on the step axis it spans events.
    const Span* run_t = find_span(time, 0, SpanKind::Running);
    const Span* run_s = find_span(steps, 0, SpanKind::Running);
    REQUIRE(run_t != nullptr);
    REQUIRE(run_s != nullptr);
    CHECK(run_t->x1 - run_t->x0 == Approx(0.0));
    CHECK(run_s->x0 == Approx(2.0));
    CHECK(run_s->x1 == Approx(4.0));
    CHECK(steps.x_max == Approx(static_cast<double>(events.size() - 1)));
}

TEST_CASE("a task that blocks the loop gets a blocking bar") {
    TraceBuilder b;
    b.created(0.0, 1, "main");
    b.add(EventKind::TaskStep, 0.0, 1);
    b.add(EventKind::LoopBlocked, 0.0, 1).value = 200000;
    const Layout l = build(b.events, Axis::Steps);
    const Span* s = find_span(l, 0, SpanKind::Blocking);
    REQUIRE(s != nullptr);
    CHECK(s->reason == Reason::Blocking);
    CHECK(palette(Reason::Blocking) == 0xD55E00);
}

TEST_CASE("building a prefix of the trace shows the run as it was at that event") {
    const auto events = await_worker_trace();
    const Layout l = build(events, Axis::Time, 4); // up to worker's creation
    REQUIRE(l.lanes.size() == 2);
    CHECK(l.events == 4);
    // Nothing has finished: no finish markers yet.
    for (const Marker& m : l.markers) CHECK(m.kind != MarkerKind::Finished);
}

TEST_CASE("the view maps axis units to pixels and back") {
    View v;
    v.x0 = 0.0;
    v.x1 = 10.0;
    v.left = 100.0f;
    v.right = 600.0f;
    CHECK(v.to_px(5.0) == Approx(350.0f));
    CHECK(v.to_x(350.0f) == Approx(5.0));
}

TEST_CASE("zooming keeps the point under the pointer in place") {
    View v;
    v.x0 = 0.0;
    v.x1 = 10.0;
    v.left = 0.0f;
    v.right = 1000.0f;
    const double before = v.to_x(250.0f);
    v.zoom(2.0, 250.0f);
    CHECK(v.x1 - v.x0 == Approx(5.0));
    CHECK(v.to_x(250.0f) == Approx(before));
    v.pan(100.0f); // content moves right: we look further left
    CHECK(v.x0 == Approx(before - 1.25 - 0.5));
}

TEST_CASE("zero-width spans are placed with the minimum width and clamped to the view") {
    Layout l;
    Span a;
    a.x0 = a.x1 = 5.0; // zero duration
    Span b;
    b.x0 = -10.0;
    b.x1 = 20.0; // wider than the view on both sides
    Span c;
    c.x0 = 11.0;
    c.x1 = 12.0; // outside
    l.spans = {a, b, c};
    index_items(l);
    View v;
    v.x0 = 0.0;
    v.x1 = 10.0;
    v.left = 0.0f;
    v.right = 100.0f;
    const auto placed = place(l, v, 3.0f);
    REQUIRE(placed.size() == 2);
    CHECK(placed[0].x0 == Approx(50.0f));
    CHECK(placed[0].x1 == Approx(53.0f));
    CHECK(placed[1].x0 == Approx(0.0f));
    CHECK(placed[1].x1 == Approx(100.0f));
}

TEST_CASE("a zero-width span at the right edge stays inside the view") {
    Layout l;
    Span a;
    a.x0 = a.x1 = 10.0;
    l.spans = {a};
    index_items(l);
    View v;
    v.x0 = 0.0;
    v.x1 = 10.0;
    v.left = 0.0f;
    v.right = 100.0f;
    const auto placed = place(l, v, 4.0f);
    REQUIRE(placed.size() == 1);
    CHECK(placed[0].x1 == Approx(100.0f));
    CHECK(placed[0].x0 == Approx(96.0f));
}

TEST_CASE("hit testing prefers a marker near the pointer over the span under it") {
    const Layout l = build(await_worker_trace(), Axis::Steps);
    View v;
    v.fit(l.x_min, l.x_max);
    v.left = 0.0f;
    v.right = 1400.0f;
    const auto placed = place(l, v, 2.0f);
    // Worker's sleep bar on lane 1 spans events 6..8.
    const int on_bar = hit_test(placed, v.to_px(7.0), 1, 3.0f);
    REQUIRE(on_bar >= 0);
    CHECK(placed[static_cast<size_t>(on_bar)].kind == Placed::SpanItem);
    CHECK(l.spans[static_cast<size_t>(placed[static_cast<size_t>(on_bar)].index)].reason ==
          Reason::Sleep);
    const int on_step = hit_test(placed, v.to_px(9.0) + 1.0f, 1, 3.0f);
    REQUIRE(on_step >= 0);
    CHECK(placed[static_cast<size_t>(on_step)].kind == Placed::MarkerItem);
    CHECK(hit_test(placed, v.to_px(7.0), 5, 3.0f) == -1);
}

TEST_CASE("axis ticks come in steps of 1, 2 or 5 times a power of ten") {
    CHECK(tick_step(10.0, 5) == Approx(2.0));
    CHECK(tick_step(1.0, 4) == Approx(0.2));
    CHECK(tick_step(300.0, 6) == Approx(50.0));
}

TEST_CASE("every legend colour is different") {
    for (int i = 0; i < kReasonCount; ++i) {
        for (int j = i + 1; j < kReasonCount; ++j) {
            CHECK(palette(static_cast<Reason>(i)) != palette(static_cast<Reason>(j)));
        }
    }
}

TEST_CASE("items name events by their sequence number when the event list is filtered") {
    auto events = await_worker_trace();
    // Leave out every other event's seq slot, as if Line events had been filtered away.
    for (size_t i = 0; i < events.size(); ++i) events[i].seq = i * 2;
    const Layout l = build(events, Axis::Steps);
    const Span* s = find_span(l, 1, SpanKind::Waiting);
    REQUIRE(s != nullptr);
    CHECK(s->event0 == 12);       // the 7th event (index 6) has seq 12
    CHECK(s->x0 == Approx(12.0)); // the step axis counts events as the toolbar does
    CHECK(index_of_seq(events, 12) == 6);
    CHECK(index_of_seq(events, 13) == 6); // a filtered-out seq maps to the event before it
    CHECK(index_of_seq(events, 0) == 0);
}

namespace {

// Everything a layout draws, as text, for comparing two layouts.
std::string describe(const Layout& l) {
    std::string out = "x " + std::to_string(l.x_min) + ".." + std::to_string(l.x_max) + "\n";
    for (const Lane& lane : l.lanes) {
        out += "lane " + lane.label + " " + lane.coro + " " + std::to_string(lane.start) + ".." +
               std::to_string(lane.end) + "\n";
    }
    for (const Span& s : l.spans) {
        out += "span " + std::to_string(s.lane) + " " + std::to_string(int(s.kind)) + " " +
               std::to_string(s.x0) + ".." + std::to_string(s.x1) + " t " + std::to_string(s.t0) +
               ".." + std::to_string(s.t1) + " e " + std::to_string(s.event0) + ".." +
               std::to_string(s.event1) + " " + s.label + "\n";
    }
    for (const Marker& m : l.markers) {
        out += "marker " + std::to_string(m.lane) + " " + std::to_string(int(m.kind)) + " " +
               std::to_string(m.x) + " " + std::to_string(m.event) + " " + m.label + "\n";
    }
    for (const Link& k : l.links) {
        out += "link " + std::to_string(k.from) + ">" + std::to_string(k.to) + " " +
               std::to_string(k.x) + "\n";
    }
    return out;
}

} // namespace

TEST_CASE("extending a layout event by event gives the layout built at once") {
    const auto events = await_worker_trace();
    for (const Axis axis : {Axis::Time, Axis::Steps}) {
        for (uint64_t chunk : {1u, 2u, 5u}) {
            Layout grown;
            grown.axis = axis;
            for (uint64_t n = 0; n <= events.size(); n += chunk) {
                extend(grown, events, n);
                // At every prefix the open spans reach its last event, as build() draws them.
                CHECK(describe(grown) == describe(build(events, axis, n)));
            }
            extend(grown, events);
            CHECK(describe(grown) == describe(build(events, axis)));
        }
    }
}

TEST_CASE("events the layout does not draw count by their kind, time and task alone") {
    auto events = await_worker_trace();
    events[7].text = "details nobody draws"; // ClockJump
    auto header_only = events;
    for (TraceEvent& e : header_only) {
        if (draws(e.kind)) continue;
        TraceEvent h;
        h.seq = e.seq;
        h.time = e.time;
        h.kind = e.kind;
        h.task = e.task;
        e = h;
    }
    CHECK_FALSE(draws(EventKind::ClockJump));
    CHECK(draws(EventKind::TaskSuspended));
    for (const Axis axis : {Axis::Time, Axis::Steps})
        CHECK(describe(build(events, axis)) == describe(build(header_only, axis)));
}

TEST_CASE("a task scheduled again before it suspends (sleep(0)) is ready, not waiting") {
    TraceBuilder b;
    b.created(0.0, 1, "main");
    b.add(EventKind::TaskStep, 0.0, 1);
    b.add(EventKind::HandleScheduled, 0.0, 1); // call_soon(step) inside the step
    b.suspend(0.0, 1, WaitKind::Other, "sleep(0)");
    b.add(EventKind::TaskStep, 0.0, 1);
    b.suspend(0.0, 1, WaitKind::Sleep, "sleep(1.0)"); // a real wait afterwards
    b.add(EventKind::ClockJump, 1.0, 0);
    const Layout l = build(b.events, Axis::Steps);
    REQUIRE(l.spans.size() == 5); // ready (created), running, ready, running, waiting
    CHECK(l.spans[2].kind == SpanKind::Ready);
    CHECK(l.spans[2].label == "ready: sleep(0)");
    CHECK(l.spans[4].kind == SpanKind::Waiting);
    CHECK(l.spans[4].reason == Reason::Sleep);
}

namespace {

// One lane with `n` running bars of `width` axis units, `gap` apart, from x = 0.
Layout bars(int n, double width, double gap) {
    Layout l;
    l.lanes.resize(1);
    for (int i = 0; i < n; ++i) {
        Span s;
        s.x0 = i * (width + gap);
        s.x1 = s.x0 + width;
        s.event0 = static_cast<uint64_t>(i);
        l.spans.push_back(s);
    }
    index_items(l);
    return l;
}

View view_of(double x0, double x1, float px) {
    View v;
    v.x0 = x0;
    v.x1 = x1;
    v.left = 0.0f;
    v.right = px;
    return v;
}

} // namespace

TEST_CASE("a long run of bars thinner than the fold width is placed as one folded item") {
    const Layout l = bars(1000, 0.5, 0.5); // 1,000 bars over 1,000 axis units
    PlaceOptions o;
    o.fold_width = 3.0f;
    const auto placed = place(l, view_of(0.0, 1000.0, 500.0f), o); // half a pixel each
    REQUIRE(placed.size() == 1);
    CHECK(placed[0].kind == Placed::FoldedSpans);
    CHECK(placed[0].count == 1000);
    CHECK(placed[0].index == 0);
    CHECK(placed[0].x0 == Approx(0.0f));
    CHECK(placed[0].x1 == Approx(500.0f).margin(2.0));
    // Zoomed in far enough, the same bars are drawn one by one.
    const auto zoomed = place(l, view_of(0.0, 9.75, 500.0f), o);
    CHECK(zoomed.size() == 10);
    for (const Placed& p : zoomed) CHECK(p.kind == Placed::SpanItem);
}

TEST_CASE("wide bars interrupt a fold; a lone thin bar is placed as itself") {
    Layout l = bars(3, 0.1, 0.1); // three thin bars at 0, 0.2, 0.4
    Span wide;
    wide.x0 = 0.5;
    wide.x1 = 5.0;
    l.spans.push_back(wide);
    Span lone;
    lone.x0 = lone.x1 = 7.0;
    l.spans.push_back(lone);
    index_items(l);
    PlaceOptions o;
    o.fold_width = 3.0f;
    const auto placed = place(l, view_of(0.0, 10.0, 100.0f), o); // 10 px per unit
    REQUIRE(placed.size() == 3);
    CHECK(placed[0].kind == Placed::FoldedSpans);
    CHECK(placed[0].count == 3);
    CHECK(placed[1].kind == Placed::SpanItem);
    CHECK(placed[1].index == 3);
    CHECK(placed[2].kind == Placed::SpanItem);
    CHECK(placed[2].index == 4);
}

TEST_CASE("only the lanes asked for are placed") {
    Layout l;
    l.lanes.resize(50);
    for (int lane = 0; lane < 50; ++lane) {
        Span s;
        s.lane = lane;
        s.x0 = 0.0;
        s.x1 = 1.0;
        l.spans.push_back(s);
    }
    index_items(l);
    PlaceOptions o;
    o.lane_first = 10;
    o.lane_last = 18;
    const auto placed = place(l, view_of(0.0, 1.0, 100.0f), o);
    REQUIRE(placed.size() == 8);
    for (const Placed& p : placed) CHECK((p.lane >= 10 && p.lane < 18));
}

TEST_CASE("crowded step markers fold, a task's end marker never does") {
    TraceBuilder b;
    b.created(0.0, 1, "main");
    for (int i = 0; i < 200; ++i) b.add(EventKind::TaskStep, 0.0, 1);
    b.add(EventKind::TaskFinished, 0.0, 1).text = "None";
    const Layout l = build(b.events, Axis::Steps);
    PlaceOptions o;
    o.fold_width = 3.0f;
    const auto placed = place(l, view_of(0.0, 202.0, 100.0f), o);
    int folded_steps = 0, finished = 0;
    for (const Placed& p : placed) {
        if (p.kind == Placed::FoldedMarkers) folded_steps += p.count;
        if (p.kind == Placed::MarkerItem &&
            l.markers[static_cast<size_t>(p.index)].kind == MarkerKind::Finished)
            ++finished;
    }
    CHECK(folded_steps == 200);
    CHECK(finished == 1);
    // A click on the fold finds it (and seeks to its first step).
    const int hit = hit_test(placed, 20.0f, 0, 3.0f);
    REQUIRE(hit >= 0);
    CHECK(placed[static_cast<size_t>(hit)].folded());
}

TEST_CASE("the step axis numbers events as the toolbar's event counter does") {
    auto events = await_worker_trace();
    for (size_t i = 0; i < events.size(); ++i) events[i].seq = 100 + i * 3;
    const Layout l = build(events, Axis::Steps);
    CHECK(l.x_min == Approx(100.0));
    CHECK(l.x_max == Approx(100.0 + (events.size() - 1) * 3.0));
    CHECK(event_x(events, Axis::Steps, 2) == Approx(106.0));
    CHECK(event_x(events, Axis::Time, 8) == Approx(1.0));
}

TEST_CASE("waits on the simulated world get their own colour and keep the URL as the label") {
    TraceBuilder b;
    b.add(EventKind::ScriptStarted, 0.0, 0);
    b.created(0.0, 1, "fetch");
    b.add(EventKind::TaskStep, 0.0, 1);
    b.suspend(0.0, 1, WaitKind::Network, "GET https://api.example.com/users");
    b.add(EventKind::ClockJump, 0.12, 0);
    b.add(EventKind::TaskStep, 0.12, 1);
    b.add(EventKind::TaskFinished, 0.12, 1).text = "None";
    b.add(EventKind::ScriptFinished, 0.12, 0);
    const Layout l = build(b.events, Axis::Time);
    const Span* s = find_span(l, 0, SpanKind::Waiting);
    REQUIRE(s != nullptr);
    CHECK(s->reason == Reason::World);
    CHECK(s->label == "GET https://api.example.com/users");
    CHECK(reason_of(WaitKind::File) == Reason::World);
    CHECK(reason_of(WaitKind::Database) == Reason::World);
    CHECK(reason_of(WaitKind::Future) == Reason::Other);
    CHECK(std::string(reason_help(Reason::World)).find("URL") != std::string::npos);
}
