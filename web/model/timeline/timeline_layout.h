// timeline_layout.h - the timeline's pure layout: trace events in, draw items out.
//
// As in Tracy's timeline view the work is split in two:
//   1. build(events, axis) turns the trace into a Layout: one lane per task and, on each lane,
//      spans (running / ready / waiting on X / blocking the loop), step markers and links
//      ("awaits task X"), all in axis units (virtual seconds, or event index on the step axis);
//   2. place(layout, view, ...) maps what is visible through a View (one small struct carrying
//      the axis-to-pixel mapping) to pixel rectangles, clamped to the visible range with a
//      minimum width, so that a step of zero virtual duration still shows as a sliver. Only
//      the lanes asked for are looked at, each binary-searched for the visible range, and runs
//      of items thinner than a few pixels fold into one item (timeline_place.cpp).
// The ImGui widget (web/app/panels/timeline_panel.cpp) only draws Placed items and hit-tests
// them; everything here is testable without a window (tests/unit/timeline/).
#pragma once

#include "trace/event.h"

#include <cstdint>
#include <deque>
#include <string>
#include <unordered_map>
#include <vector>

namespace loopscope::ui::timeline {

// The trace as the timeline reads it. A deque, so that a recording growing by thousands of
// events per frame never stalls a frame moving them all to a bigger block, as a vector would.
using Events = std::deque<trace::TraceEvent>;

// What the x axis measures.
enum class Axis : uint8_t {
    Time,  // virtual seconds: true durations, but steps at the same instant overlap
    Steps, // trace event number (TraceEvent::seq, the event counter the toolbar shows):
           // spreads out events that happen at the same virtual time
};

// Why a bar is drawn; the colour (palette()) follows from it.
enum class SpanKind : uint8_t {
    Running,  // the task's step is executing
    Ready,    // scheduled, waiting in the ready queue for its turn
    Waiting,  // suspended at an await (see Span::reason)
    Blocking, // running without awaiting for too long, or in time.sleep(): the loop is stuck
};

// Colour classes of the legend: a waiting bar's reason folded into a few readable groups.
// World: the simulated network, file system or database (aiohttp, aiofiles, redis, streams).
enum class Reason : uint8_t {
    Running,
    Ready,
    Sleep,
    Task,
    Queue,
    Sync,
    Timeout,
    Other,
    Blocking,
    World
};
inline constexpr int kReasonCount = 10;

struct Lane {
    int32_t task = 0;              // task id
    std::string label;             // task name ("Task-1", "worker-2")
    std::string coro;              // coroutine qualname
    double start = 0.0, end = 0.0; // axis extent of the task's life
};

struct Span {
    int lane = 0;
    SpanKind kind = SpanKind::Running;
    Reason reason = Reason::Running;
    double x0 = 0.0, x1 = 0.0;       // axis units, x0 <= x1
    double t0 = 0.0, t1 = 0.0;       // virtual time, whatever the axis
    uint64_t event0 = 0, event1 = 0; // trace events that opened and closed it
    std::string label;               // "sleep(1.0)", "running", "ready"...
};

// A moment on a lane: a step starting, the task finishing, a cancel, an output line.
enum class MarkerKind : uint8_t { Step, Finished, Failed, Cancelled, Output, Blocked };
struct Marker {
    int lane = 0;
    MarkerKind kind = MarkerKind::Step;
    double x = 0.0;
    double t = 0.0;
    uint64_t event = 0;
    std::string label;
};

// "lane `from` awaits the task of lane `to`", drawn at x.
struct Link {
    int from = 0, to = 0;
    double x = 0.0;
    uint64_t event = 0;
};

struct Layout {
    Axis axis = Axis::Time;
    std::vector<Lane> lanes;
    std::vector<Span> spans; // in the order they started; open ones reach the last event
    std::vector<Marker> markers;
    std::vector<Link> links;
    double x_min = 0.0, x_max = 0.0; // extent of everything
    uint64_t events = 0;             // how many events went in

    // Per lane, indices into `spans` and `markers` in axis order (place() binary-searches them).
    std::vector<std::vector<int>> lane_spans;
    std::vector<std::vector<int>> lane_markers;

    // What extend() needs to carry on where it stopped.
    std::vector<int> open;                    // per lane: index of its open span, or -1
    std::vector<uint8_t> requeued;            // per lane: scheduled again while running
    std::unordered_map<int32_t, int> lane_of; // task id -> lane
};

// Whether the layout looks further than an event's kind, time and task (its name, text or what
// it waits on). The others only take a place on the step axis.
bool draws(trace::EventKind kind);

// Lays out the trace `events[0, count)` (count clamps to events.size()).
Layout build(const Events& events, Axis axis, uint64_t count = UINT64_MAX);

// Adds `events[layout.events, count)` to a layout built from a prefix of the same events: the
// same result as build(events, layout.axis, count) in time linear in the new events (plus one
// pass over the lanes), so a growing recording costs the same per frame however long it is.
void extend(Layout& layout, const Events& events, uint64_t count = UINT64_MAX);

// Rebuilds lane_spans and lane_markers from spans and markers (build() and extend() keep them up
// to date; this is for layouts put together by hand).
void index_items(Layout& layout);

// Spans, markers and links name events by TraceEvent::seq (their index in the whole recording),
// so `events` may be a filtered copy (the app leaves out Line events). index_of_seq: the index
// in `events` of the last event whose seq <= `seq` (0 if none).
uint64_t index_of_seq(const Events& events, uint64_t seq);

// The axis x of event `index` on this layout's axis (its time, or its seq).
double event_x(const Events& events, Axis axis, uint64_t index);

// Axis-to-pixel mapping of the visible window.
struct View {
    double x0 = 0.0, x1 = 1.0;         // visible axis range
    float left = 0.0f, right = 100.0f; // pixels the range maps to
    float to_px(double x) const;
    double to_x(float px) const;
    // Zoom by `factor` (> 1 zooms in) keeping axis x under pixel `anchor` fixed.
    void zoom(double factor, float anchor);
    // Pan by `dx` pixels (positive moves the content right).
    void pan(float dx);
    // Show [x_min, x_max] with a little margin.
    void fit(double x_min, double x_max);
};

// A span or marker as drawn: pixel x range, clamped and widened. A fold stands for `count`
// consecutive spans (or step / output markers) of one lane, each thinner than the fold width:
// Tracy draws such runs as one item rather than thousands of one-pixel slivers.
struct Placed {
    enum Kind : uint8_t { SpanItem, MarkerItem, FoldedSpans, FoldedMarkers } kind = SpanItem;
    int index = 0; // into Layout::spans or Layout::markers (a fold: its first item)
    int lane = 0;
    float x0 = 0.0f, x1 = 0.0f;
    int count = 1; // items it stands for (folds: 2 or more)
    bool folded() const { return kind == FoldedSpans || kind == FoldedMarkers; }
};

// What place() looks at and how it draws thin items.
struct PlaceOptions {
    float min_width = 2.0f; // every span is at least this wide
    int lane_first = 0;     // lanes [lane_first, lane_last) only
    int lane_last = 1 << 30;
    // Consecutive spans narrower than this (pixels), with gaps narrower than this, fold into
    // one item; so do step and output markers closer than this. 0: never fold.
    float fold_width = 0.0f;
};

// Visible items, spans (and folded spans) first then markers. Items wholly outside
// [left, right] are dropped; the others are clamped to it and made at least min_width wide.
std::vector<Placed> place(const Layout& layout, const View& view, const PlaceOptions& options);
inline std::vector<Placed> place(const Layout& layout, const View& view, float min_width) {
    PlaceOptions o;
    o.min_width = min_width;
    return place(layout, view, o);
}

// The topmost item under pixel x on `lane` (markers win over spans), or -1 (index into
// `placed`). `slop` widens markers for the pointer.
int hit_test(const std::vector<Placed>& placed, float x, int lane, float slop);

// Colour-blind-safe palette (Okabe-Ito), 0xRRGGBB per Reason, and legend words.
unsigned palette(Reason r);
const char* reason_name(Reason r);
const char* reason_help(Reason r);
Reason reason_of(trace::WaitKind k);

// Axis tick step for about `target` ticks across `range` (1, 2, 5 x 10^n).
double tick_step(double range, int target);

} // namespace loopscope::ui::timeline
