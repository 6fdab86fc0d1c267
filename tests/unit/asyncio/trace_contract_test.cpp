// trace_contract_test.cpp - the contract between asyncio's Python (runtime/asyncio/py/) and the
// trace (runtime/asyncio/trace_contract.h): every wait kind, every primitive's state text, the
// state at the very event where the program changed it, which objects are the learner's, and
// the words of the runtime's callbacks. A change on the Python side that drops or renames a
// declaration fails here.
#include "session/live_run.h"
#include "support/recorded_run.h"

#include <catch2/catch.hpp>

#include <map>
#include <set>
#include <string>
#include <vector>

using namespace loopscope;
using trace::EventKind;
using trace::TraceEvent;

namespace {

using test::record;

std::string num(double v) {
    std::string s = std::to_string(v);
    while (s.size() > 1 && s.back() == '0') s.pop_back();
    if (!s.empty() && s.back() == '.') s.pop_back();
    return s;
}

// "Kind detail object=N task=N until=T tasks=[a,b]" (the fields that are set).
std::string wait_text(const trace::WaitInfo& w) {
    std::string s = std::string(trace::wait_kind_name(w.kind)) + " " + w.detail;
    if (w.object) s += " object=" + std::to_string(w.object);
    if (w.task) s += " task=" + std::to_string(w.task);
    if (w.until >= 0) s += " until=" + num(w.until);
    if (w.handle) s += " timer";
    if (!w.tasks.empty()) {
        s += " tasks=[";
        for (size_t i = 0; i < w.tasks.size(); ++i)
            s += (i ? "," : "") + std::to_string(w.tasks[i]);
        s += "]";
    }
    return s;
}

// The first suspension of every task the program named, as "name: wait", in task order.
std::string first_waits(const std::vector<TraceEvent>& events) {
    std::map<int32_t, std::string> names, waits;
    for (const auto& e : events) {
        if (e.kind == EventKind::TaskCreated || e.kind == EventKind::TaskRenamed)
            names[e.task] = e.name;
        if (e.kind == EventKind::TaskSuspended && !waits.count(e.task))
            waits[e.task] = wait_text(e.wait);
    }
    std::string out;
    for (auto& [task, w] : waits)
        if (names[task].rfind("Task-", 0) != 0) out += names[task] + ": " + w + "\n";
    return out;
}

// Every PrimitiveState, in order: "Queue 1: 2 items: [1, 2] (2/3)" (size/maxsize for queues).
std::string states(const std::vector<TraceEvent>& events) {
    std::string out;
    for (const auto& e : events) {
        if (e.kind != EventKind::PrimitiveState) continue;
        out += e.name + ": " + e.text;
        if (e.prim == trace::PrimKind::Queue)
            out += " (" + num(e.value) + "/" + num(e.value2) + ")";
        out += "\n";
    }
    return out;
}

} // namespace

TEST_CASE("every kind of wait says what the task waits on", "[trace_contract]") {
    auto events = record(R"PY(import asyncio
import time


async def work(d):
    await asyncio.sleep(d)


def blocking():
    time.sleep(2)


async def main():
    q = asyncio.Queue(maxsize=1)
    full = asyncio.Queue(maxsize=1)
    full.put_nowait("x")
    lock = asyncio.Lock()
    ev = asyncio.Event()
    sem = asyncio.Semaphore(0)
    cond = asyncio.Condition()
    barrier = asyncio.Barrier(2)
    fut = asyncio.get_running_loop().create_future()
    await lock.acquire()

    async def condition_wait():
        async with cond:
            await cond.wait()

    async def condition_wait_for():
        async with cond:
            await cond.wait_for(lambda: False)

    async def as_completed():
        for c in asyncio.as_completed([asyncio.create_task(work(4), name="ac-work")]):
            await c

    async def group():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work(3), name="tg-work")

    async def wait():
        await asyncio.wait([asyncio.create_task(work(5), name="w-work")], timeout=3)

    async def task():
        await asyncio.create_task(work(6), name="awaited")

    async def future():
        await fut

    coros = {
        "sleep": asyncio.sleep(1.5),
        "wait_for": asyncio.wait_for(work(10), 2),
        "wait": wait(),
        "as_completed": as_completed(),
        "gather": asyncio.gather(work(1), work(2)),
        "queue_get": q.get(),
        "queue_put": full.put("y"),
        "queue_join": full.join(),
        "lock": lock.acquire(),
        "event": ev.wait(),
        "semaphore": sem.acquire(),
        "condition_wait": condition_wait(),
        "condition_wait_for": condition_wait_for(),
        "barrier": barrier.wait(),
        "thread": asyncio.to_thread(blocking),
        "task_group": group(),
        "task": task(),
        "future": future(),
        "sleep0": asyncio.sleep(0),
    }
    tasks = []
    for name, c in coros.items():
        if name == "gather":
            async def gathering(g=c):
                await g
            c = gathering()
        tasks.append(asyncio.create_task(c, name=name))
    await asyncio.sleep(0.5)
    async with cond:
        pass
    for t in tasks:
        t.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)


asyncio.run(main())
)PY");
    // ids: gather's children are tasks 2 and 3 (made when gather() is called), the named tasks
    // 4..22, then the tasks those make (23: wait_for's, 24: w-work, ...); objects: the queues 1
    // and 2, lock 3, event 4, semaphore 5, condition 6, barrier 7, then the future 8 (named
    // when first awaited)
    CHECK(first_waits(events) == R"(sleep: Sleep sleep(1.5) until=1.5 timer
wait_for: WaitFor wait_for(..., timeout) task=23 until=2 timer
wait: Wait wait(...) until=3 timer tasks=[24]
as_completed: Wait as_completed(...) tasks=[25]
gather: Gather gather(2 awaitables) tasks=[2,3]
queue_get: QueueGet queue.get() object=1
queue_put: QueuePut queue.put() object=2
queue_join: QueueJoin queue.join() object=2
lock: Lock lock.acquire() object=3
event: Event event.wait() object=4
semaphore: Semaphore semaphore.acquire() object=5
condition_wait: Condition condition.wait() object=6
condition_wait_for: Condition condition.wait_for() object=6
barrier: Barrier barrier.wait() object=7
thread: Thread to_thread(...) until=2 timer
task_group: TaskGroup TaskGroup: waiting for its tasks tasks=[26]
task: Task task awaited task=27
future: Future a future object=8
sleep0: Other sleep(0): yields to the other ready tasks
w-work: Sleep sleep(5) until=5 timer
ac-work: Sleep sleep(4) until=4 timer
tg-work: Sleep sleep(3) until=3 timer
awaited: Sleep sleep(6) until=6 timer
)");
}

TEST_CASE("a Condition's own lock waits as the condition", "[trace_contract]") {
    auto events = record(R"PY(import asyncio

async def main():
    cond = asyncio.Condition()
    async def enter():
        async with cond:
            pass
    async def acquire():
        await cond.acquire()
        cond.release()
    await cond.acquire()
    a = asyncio.create_task(enter(), name="enter")
    b = asyncio.create_task(acquire(), name="acquire")
    await asyncio.sleep(0)
    cond.release()
    await asyncio.gather(a, b)

asyncio.run(main())
)PY");
    CHECK(first_waits(events) == R"(enter: Condition condition.acquire() object=1
acquire: Condition condition.acquire() object=1
)");
}

TEST_CASE("every primitive's state reads as the learner would say it", "[trace_contract]") {
    auto events = record(R"PY(import asyncio

async def main():
    q = asyncio.Queue(maxsize=3)
    q.put_nowait(1)
    await q.put(2)
    q.get_nowait()
    pq = asyncio.PriorityQueue()
    for x in (3, 1, 2):
        pq.put_nowait(x)
    await pq.get()
    lq = asyncio.LifoQueue()
    lq.put_nowait("a")
    lq.put_nowait("b")
    lq.get_nowait()
    lock = asyncio.Lock()
    async with lock:
        pass
    ev = asyncio.Event()
    ev.set()
    ev.set()
    ev.clear()
    sem = asyncio.Semaphore(2)
    async with sem:
        pass
    bsem = asyncio.BoundedSemaphore(1)
    await bsem.acquire()
    bsem.release()
    cond = asyncio.Condition()
    async with cond:
        cond.notify_all()
    own = asyncio.Lock()
    cond2 = asyncio.Condition(own)
    async with cond2:
        pass
    barrier = asyncio.Barrier(2)
    async def party():
        return await barrier.wait()
    print(await asyncio.gather(party(), party()))
    await barrier.reset()
    await barrier.abort()

asyncio.run(main())
)PY");
    CHECK(states(events) == R"(Queue 1: 0 items: [] (0/3)
Queue 1: 1 item: [1] (1/3)
Queue 1: 2 items: [1, 2] (2/3)
Queue 1: 1 item: [2] (1/3)
Queue 2: 0 items: [] (0/0)
Queue 2: 1 item: [3] (1/0)
Queue 2: 2 items: [1, 3] (2/0)
Queue 2: 3 items: [1, 3, 2] (3/0)
Queue 2: 2 items: [2, 3] (2/0)
Queue 3: 0 items: [] (0/0)
Queue 3: 1 item: ['a'] (1/0)
Queue 3: 2 items: ['a', 'b'] (2/0)
Queue 3: 1 item: ['a'] (1/0)
Lock 4: unlocked
Lock 4: locked
Lock 4: unlocked
Event 5: unset
Event 5: set
Event 5: unset
Semaphore 6: value=2
Semaphore 6: value=1
Semaphore 6: value=2
Semaphore 7: value=1
Semaphore 7: value=0
Semaphore 7: value=1
Condition 8: unlocked
Condition 8: locked
Condition 8: unlocked
Lock 9: unlocked
Condition 10: unlocked
Lock 9: locked
Condition 10: locked
Lock 9: unlocked
Condition 10: unlocked
Barrier 11: 0/2 waiting (filling)
Barrier 11: 1/2 waiting (filling)
Barrier 11: 2/2 waiting (filling)
Barrier 11: 2/2 waiting (draining)
Barrier 11: 1/2 waiting (draining)
Barrier 11: 0/2 waiting (draining)
Barrier 11: 0/2 waiting (filling)
Barrier 11: 0/2 waiting (broken)
)");
}

// The Sync panel must never lag: at every event, the last state reported for a primitive is
// what the program would see if it looked at that moment.
TEST_CASE("a primitive's state is reported at the very event where the program changed it",
          "[trace_contract]") {
    auto events = record(R"PY(import asyncio

async def producer(q):
    for i in range(4):
        await q.put(i)
        print("qsize", q.qsize())

async def consumer(q, lock):
    for _ in range(4):
        item = await q.get()
        print("qsize", q.qsize())
        async with lock:
            print("locked", lock.locked())
            await asyncio.sleep(0.1)
        print("locked", lock.locked())

async def main():
    q = asyncio.Queue(maxsize=2)
    lock = asyncio.Lock()
    ev = asyncio.Event()
    ev.set()
    print("is_set", ev.is_set())
    await asyncio.gather(producer(q), consumer(q, lock))

asyncio.run(main())
)PY");
    std::map<std::string, const TraceEvent*> last; // primitive name -> its last state
    std::map<int32_t, const TraceEvent*> by_id;
    int checked = 0;
    for (const auto& e : events) {
        if (e.kind == EventKind::PrimitiveState) {
            last[e.name] = &e;
            by_id[e.object] = &e;
        }
        if (e.kind == EventKind::Output) {
            INFO("at seq " << e.seq << ": " << e.text);
            std::string what = e.text.substr(0, e.text.find(' '));
            std::string value = e.text.substr(e.text.find(' ') + 1);
            if (what == "qsize") {
                REQUIRE(last.count("Queue 1"));
                CHECK(num(last["Queue 1"]->value) == value);
            } else if (what == "locked") {
                REQUIRE(last.count("Lock 2"));
                CHECK(last["Lock 2"]->text == (value == "True" ? "locked" : "unlocked"));
            } else if (what == "is_set") {
                CHECK(last["Event 3"]->text == "set");
            }
            ++checked;
        }
        // a task waiting to put sees a full queue, a task waiting to get an empty one
        if (e.kind == EventKind::TaskSuspended && e.wait.object && by_id.count(e.wait.object)) {
            const TraceEvent* s = by_id[e.wait.object];
            INFO("at seq " << e.seq << ": " << e.wait.detail << " with " << s->text);
            if (e.wait.kind == trace::WaitKind::QueuePut) CHECK(s->value == s->value2);
            if (e.wait.kind == trace::WaitKind::QueueGet) CHECK(s->value == 0);
            ++checked;
        }
    }
    CHECK(checked > 12);
}

TEST_CASE("only the primitives the learner made are in the trace", "[trace_contract]") {
    auto events = record(R"PY(import asyncio

class MyQueue(asyncio.Queue):
    def __init__(self):
        super().__init__(maxsize=5)

async def work():
    return 1

async def main():
    cond = asyncio.Condition()        # its Lock is the runtime's
    barrier = asyncio.Barrier(1)      # so is its Condition
    mine = MyQueue()                  # a subclass made here is the learner's
    bounded = asyncio.BoundedSemaphore(2)
    for c in asyncio.as_completed([work()]):   # as_completed's Queue is the runtime's
        await c
    await barrier.wait()

asyncio.run(main())
)PY");
    std::set<std::string> names;
    for (const auto& e : events)
        if (e.kind == EventKind::PrimitiveState) names.insert(e.name);
    CHECK(names == std::set<std::string>{"Condition 1", "Barrier 2", "Queue 3", "Semaphore 4"});
}

TEST_CASE("the runtime's callbacks are described in words", "[trace_contract]") {
    auto events = record(R"PY(import asyncio

async def work(d):
    await asyncio.sleep(d)
    return d

async def main():
    await asyncio.wait_for(work(1), 2)
    try:
        await asyncio.wait_for(work(5), 1)
    except TimeoutError:
        pass
    await asyncio.wait([asyncio.create_task(work(1))], timeout=2)
    for c in asyncio.as_completed([work(1), work(9)], timeout=2):
        try:
            await c
        except TimeoutError:
            pass
    await asyncio.gather(work(1), work(2))
    await asyncio.shield(work(1))
    async with asyncio.TaskGroup() as tg:
        tg.create_task(work(1))
    try:
        async with asyncio.timeout(0.5):
            await asyncio.sleep(1)
    except TimeoutError:
        pass
    await asyncio.to_thread(print, "in a thread")

asyncio.run(main())
)PY");
    std::set<std::string> words;
    for (const auto& e : events)
        if ((e.kind == EventKind::HandleScheduled && e.task == 0) ||
            e.kind == EventKind::TimerScheduled)
            words.insert(e.text);
    CHECK(words == std::set<std::string>{
                       "as_completed's done callback",
                       "gather's done callback",
                       "shield's inner done callback",
                       "shield's outer done callback",
                       "the end of a cancellation",
                       "the end of a sleep",
                       "the end of a timeout",
                       "the main task's done callback (it stops the loop)",
                       "the result of a thread",
                       "the task group's done callback",
                       "wait's done callback",
                       "wait_for's done callback",
                   });
}

TEST_CASE("the contract's natives reject what the trace does not know", "[trace_contract]") {
    test::EventRecorder rec;
    LiveRun run(rec, {});
    REQUIRE(run.load(R"PY(import _asyncio
for call in (lambda: _asyncio._trace_wait("Sleeping"),
             lambda: _asyncio._trace_wait("Task"),
             lambda: _asyncio._trace_new(object(), "Queue"),
             lambda: _asyncio._trace_new(object(), "Lock"),
             lambda: _asyncio._trace_callback(print, "words")):
    try:
        call()
        print("accepted")
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
)PY",
                     "main.py", nullptr));
    while (!run.finished()) run.advance(100000);
    std::string out;
    for (const auto& e : rec.events)
        if (e.kind == EventKind::Output) out += e.text + "\n";
    CHECK(out == "ValueError\nValueError\nValueError\nTypeError\nTypeError\n");
}
