// session_bench.cpp - how long time travel takes (issue 5: step back / seek within 16 ms in the
// wasm build for 100,000-event traces). A report, never a timed assertion.
//
//   build/native/session_bench                     # synthetic traces of 1k, 10k, 100k events
//   node --no-experimental-fetch build/web/session_bench.js
//   session_bench --sizes 1000,50000 --workers 16 --checkpoint 256 --repeat 300
//   session_bench --cpu ...     # CPU time, not wall time: on a loaded machine, leaves out the
//                               # time other processes had the core (node: process.cpuUsage)
//
// For each size it records a synthetic trace (session/synthetic_trace.h: tasks printing,
// sleeping, waiting on a lock and a queue, a third of the events Line events) into a Recording,
// then times, each including building the Snapshot and reading the rows the panels show:
//   step back  from the end, one event at a time (`repeat` steps)
//   seek       to `repeat` pseudo-random events
//   step fwd   one event at a time from a random point
// and prints mean, 99th percentile and worst times, the recording speed and the memory per event.
// Then the same for a real program (producers and a consumer on a bounded queue) scaled to
// about each size and run through Session: recording there includes executing the program, and
// the times go through Session::seek / step_back_event / step_event + snapshot().
#include "session/recording.h"
#include "session/session.h"
#include "session/synthetic_trace.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <string>
#include <vector>

#ifdef __EMSCRIPTEN__
#include <emscripten.h>
#else
#include <ctime>
#endif

using namespace loopscope::session;
using loopscope::session::Options;
using Clock = std::chrono::steady_clock;

namespace {

bool cpu_time = false; // --cpu

// Milliseconds on the clock the times are measured with: wall time, or with --cpu the CPU time
// this process has used.
double now_ms() {
    if (!cpu_time)
        return std::chrono::duration<double, std::milli>(Clock::now().time_since_epoch()).count();
#ifdef __EMSCRIPTEN__
    return EM_ASM_DOUBLE({
        const u = process.cpuUsage();
        return (u.user + u.system) / 1000;
    });
#else
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
#endif
}

double ms_since(double t0) {
    return now_ms() - t0;
}

struct Stat {
    std::vector<double> ms;
    void add(double v) { ms.push_back(v); }
    double mean() const {
        double t = 0;
        for (double v : ms) t += v;
        return ms.empty() ? 0 : t / static_cast<double>(ms.size());
    }
    // The 99th percentile: the worst case without the odd sample where the shared machine
    // took the core away (max is printed too).
    double p99() {
        if (ms.empty()) return 0;
        std::sort(ms.begin(), ms.end());
        return ms[(ms.size() - 1) * 99 / 100];
    }
    double max() const { return ms.empty() ? 0 : *std::max_element(ms.begin(), ms.end()); }
};

std::vector<uint64_t> parse_sizes(const char* s) {
    std::vector<uint64_t> r;
    while (*s) {
        r.push_back(std::strtoull(s, nullptr, 10));
        const char* c = std::strchr(s, ',');
        if (!c) break;
        s = c + 1;
    }
    return r;
}

void header() {
    std::printf("%8s %9s %8s %6s | %-23s | %-23s | %-23s\n", "events", "record", "B/event", "ckpts",
                "step back ms", "seek ms", "step forward ms");
    std::printf("%8s %9s %8s %6s | %7s %7s %7s | %7s %7s %7s | %7s %7s %7s\n", "", "us/event", "",
                "", "mean", "p99", "max", "mean", "p99", "max", "mean", "p99", "max");
}

// Time `back(i)` (arrive at i from i + 1), `seek(i)` (arrive at i from anywhere) and `fwd(i)`
// (arrive at i from i - 1); each must leave the snapshot after event i built.
void measure(uint64_t size, double record_ms, size_t bytes, size_t checkpoints, int repeat,
             const std::function<void(uint64_t)>& back_to,
             const std::function<void(uint64_t)>& seek_to,
             const std::function<void(uint64_t)>& fwd_to) {
    Stat back, seek, fwd;
    // Warm up (wasm: let the engine compile the hot code with its optimizing tier first).
    for (uint64_t k = 0; k < 64; ++k) seek_to((k * 7919) % size);
    seek_to(size - 1);
    for (int k = 0; k < repeat && static_cast<uint64_t>(k) + 1 < size; ++k) {
        const uint64_t i = size - 2 - static_cast<uint64_t>(k);
        const double t = now_ms();
        back_to(i);
        back.add(ms_since(t));
    }
    uint64_t x = 88172645463325252ull;
    auto next = [&] {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        return x % size;
    };
    for (int k = 0; k < repeat; ++k) {
        const uint64_t target = next();
        const double t = now_ms();
        seek_to(target);
        seek.add(ms_since(t));
    }
    uint64_t at = next() / 2;
    seek_to(at);
    for (int k = 0; k < repeat && at + 1 < size; ++k) {
        const double t = now_ms();
        fwd_to(++at);
        fwd.add(ms_since(t));
    }
    std::printf("%8llu %9.2f %8llu %6llu | %7.3f %7.3f %7.3f | %7.3f %7.3f %7.3f | %7.3f %7.3f "
                "%7.3f\n",
                static_cast<unsigned long long>(size),
                record_ms * 1000.0 / static_cast<double>(size),
                static_cast<unsigned long long>(bytes / size),
                static_cast<unsigned long long>(checkpoints), back.mean(), back.p99(), back.max(),
                seek.mean(), seek.p99(), seek.max(), fwd.mean(), fwd.p99(), fwd.max());
}

// Read the rows the panels show: the Snapshot draws its tasks, ready callbacks and timers when
// they are read (snapshot.h, Rows), and the page reads the visible rows of each, the tasks by
// the name a ready callback names among them.
size_t read_visible(const Snapshot& s) {
    size_t n = 0;
    for (size_t k = 0; k < s.tasks.size() && k < 40; ++k) n += s.tasks[k].name.size();
    for (size_t k = 0; k < s.ready.size() && k < 20; ++k) {
        n += s.ready[k].what.size();
        if (const TaskView* t = s.task(s.ready[k].task)) n += t->name.size();
    }
    for (size_t k = 0; k < s.timers.size() && k < 20; ++k) n += s.timers[k].what.size();
    return n;
}

Options session_options(uint32_t checkpoint) {
    Options o;
    o.checkpoint_every = checkpoint;
    return o;
}

const char* kProgram = R"(import asyncio

async def worker(name, q, rounds):
    total = 0
    for i in range(rounds):
        await q.put((name, i))
        total += i
        await asyncio.sleep(0.01)
    return total

async def consumer(q, n):
    seen = 0
    for _ in range(n):
        item = await q.get()
        seen += 1
    return seen

async def main(rounds):
    q = asyncio.Queue(maxsize=4)
    workers = [asyncio.create_task(worker(f"w{k}", q, rounds)) for k in range(4)]
    c = asyncio.create_task(consumer(q, 4 * rounds))
    print(await asyncio.gather(*workers), await c)

asyncio.run(main(ROUNDS))
)";

// Many tasks alive at once (issue 16, item 5): each sleeps, takes a lock, appends, and ends.
const char* kManyTasks = R"(import asyncio

async def job(i, lock, done):
    await asyncio.sleep((i % 97) * 0.01)
    async with lock:
        done.append(i)

async def main(n):
    lock = asyncio.Lock()
    done = []
    await asyncio.gather(*(job(i, lock, done) for i in range(n)))
    print(len(done))

asyncio.run(main(ROUNDS))
)";

void run_program(Session& s, int rounds, const char* program = kProgram) {
    std::string src = program;
    src.replace(src.find("ROUNDS"), 6, std::to_string(rounds));
    if (!s.load(src)) {
        std::fprintf(stderr, "session_bench: the program does not compile\n");
        std::exit(1);
    }
    s.run();
    while (s.motion() != Motion::None) s.tick(100000);
}

// measure() through Session: seek / step_back_event / step_event, each with its snapshot().
void measure_session(Session& s, double record_ms, int repeat) {
    measure(
        s.recorded(), record_ms, s.memory_bytes(), s.recording().checkpoints(), repeat,
        [&](uint64_t i) {
            s.seek(i + 1);
            s.step_back_event();
            read_visible(s.snapshot());
        },
        [&](uint64_t i) {
            s.seek(i);
            read_visible(s.snapshot());
        },
        [&](uint64_t i) {
            s.seek(i - 1);
            s.step_event();
            s.tick(1000);
            read_visible(s.snapshot());
        });
}

} // namespace

int main(int argc, char** argv) {
    std::vector<uint64_t> sizes = {1000, 10000, 100000};
    std::vector<uint64_t> task_counts = {1000, 10000};
    int workers = 8, repeat = 200;
    uint32_t checkpoint = 256;
    int kept = 1; // drop --cpu (a flag without a value) from the arguments
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--cpu"))
            cpu_time = true;
        else
            argv[kept++] = argv[i];
    }
    argc = kept;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (!std::strcmp(argv[i], "--sizes"))
            sizes = parse_sizes(argv[i + 1]);
        else if (!std::strcmp(argv[i], "--tasks"))
            task_counts = parse_sizes(argv[i + 1]);
        else if (!std::strcmp(argv[i], "--workers"))
            workers = std::atoi(argv[i + 1]);
        else if (!std::strcmp(argv[i], "--checkpoint"))
            checkpoint = static_cast<uint32_t>(std::atoi(argv[i + 1]));
        else if (!std::strcmp(argv[i], "--repeat"))
            repeat = std::atoi(argv[i + 1]);
        else {
            std::fprintf(stderr, "usage: session_bench [--sizes N,N..] [--workers N] "
                                 "[--checkpoint K] [--repeat N] [--tasks N,N..] [--cpu]\n");
            return 2;
        }
    }
#ifdef __EMSCRIPTEN__
    const char* platform = "wasm";
#else
    const char* platform = "native";
#endif
    std::printf("session_bench (%s): checkpoint every %u events, %d samples; %s times include "
                "building the Snapshot and reading the visible rows\n",
                platform, checkpoint, repeat, cpu_time ? "CPU" : "wall");

    std::printf("\nsynthetic traces (%d tasks; session/synthetic_trace.h) in a Recording\n",
                workers);
    header();
    for (uint64_t n : sizes) {
        Recording rec(checkpoint);
        const double t0 = now_ms();
        make_synthetic_trace(rec, n, workers);
        const double record_ms = ms_since(t0);
        const uint64_t size = rec.size();
        measure(
            size, record_ms, rec.memory_bytes(), rec.checkpoints(), repeat,
            [&](uint64_t i) { read_visible(rec.snapshot_at(i)); },
            [&](uint64_t i) { read_visible(rec.snapshot_at(i)); },
            [&](uint64_t i) { read_visible(rec.snapshot_at(i)); });
    }

    std::printf("\na real program (4 producers, a consumer, a bounded queue, sleeps) run "
                "through Session; record = executing it\n");
    header();
    const uint64_t per_round = [&] {
        Session s(session_options(checkpoint));
        run_program(s, 10);
        return s.recorded() / 10;
    }();
    for (uint64_t n : sizes) {
        Session s(session_options(checkpoint));
        const double t0 = now_ms();
        run_program(s, static_cast<int>(n / per_round > 0 ? n / per_round : 1));
        measure_session(s, ms_since(t0), repeat);
    }

    std::printf("\nmany tasks alive at once (sleep, a lock, gather) run through Session\n");
    header();
    for (uint64_t n : task_counts) {
        Session s(session_options(checkpoint));
        const double t0 = now_ms();
        run_program(s, static_cast<int>(n), kManyTasks);
        measure_session(s, ms_since(t0), repeat);
        const size_t store = s.recording().store().memory_bytes();
        s.seek(s.recorded() - 1);
        const Snapshot& end = s.snapshot();
        std::printf("%8s %llu tasks: recording %.1f MB (events %.1f MB, checkpoints %.1f MB); "
                    "the program %s\n",
                    "", static_cast<unsigned long long>(n),
                    static_cast<double>(s.memory_bytes()) / 1e6, static_cast<double>(store) / 1e6,
                    static_cast<double>(s.memory_bytes() - store) / 1e6,
                    end.error.empty() ? ("printed " + (end.output.empty() ? std::string("nothing")
                                                                          : end.output.back().text))
                                            .c_str()
                                      : ("ended with " + end.error).c_str());
    }
    return 0;
}
