// connections_test.cpp - the simulated world's open connections in the trace (the Sync panel's
// "Connections"): each library reports its HTTP requests, streams, servers, Redis clients and
// open files as Connection primitives (_trace_conn, asyncio/trace_contract.h) with their
// states, a task's Network / File / Database wait names the connection it waits on, the JSON
// trace writes them (docs/trace-schema.md), and a session stepping back and forth shows the
// connections open at each moment.
#include "session/session.h"
#include "support/recorded_run.h"
#include "trace/trace_json.h"
#include "trace/trace_store.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <string>
#include <vector>

using namespace loopscope;
using trace::EventKind;
using trace::PrimKind;
using trace::TraceEvent;

namespace {

using test::record;

// name -> the states it went through, in order
std::map<std::string, std::vector<std::string>>
connection_states(const std::vector<TraceEvent>& events) {
    std::map<std::string, std::vector<std::string>> out;
    for (const TraceEvent& e : events)
        if (e.kind == EventKind::PrimitiveState && e.prim == PrimKind::Connection)
            out[e.name].push_back(e.text);
    return out;
}

using States = std::vector<std::string>;

const char* kGather = "import asyncio, aiohttp\n"
                      "import loopscope_world as w\n"
                      "w.host('api.example.com', latency=0.5)\n"
                      "async def fetch(s, n):\n"
                      "    async with s.get(f'https://api.example.com/users/{n}') as r:\n"
                      "        return (await r.json())['id']\n"
                      "async def main():\n"
                      "    async with aiohttp.ClientSession() as s:\n"
                      "        print(await asyncio.gather(*(fetch(s, n) for n in (1, 2))))\n"
                      "asyncio.run(main())\n";

} // namespace

TEST_CASE("connections: an aiohttp request is a connection its task waits on") {
    const auto events = record(kGather);
    const auto states = connection_states(events);
    REQUIRE(states.size() == 2);
    for (const char* url :
         {"GET https://api.example.com/users/1", "GET https://api.example.com/users/2"}) {
        INFO(url);
        REQUIRE(states.count(url) == 1);
        CHECK(states.at(url) == States{"waiting for response", "open: 200 OK", "closed: 200 OK"});
    }
    // each fetch task waits on its own request's connection, as the timeline's network wait
    std::map<int32_t, std::string> name_of;
    for (const TraceEvent& e : events)
        if (e.kind == EventKind::PrimitiveState) name_of[e.object] = e.name;
    int waits = 0;
    for (const TraceEvent& e : events) {
        if (e.kind != EventKind::TaskSuspended || e.wait.kind != trace::WaitKind::Network) continue;
        ++waits;
        REQUIRE(e.wait.object != 0);
        CHECK(name_of[e.wait.object] == e.wait.detail);
        CHECK(trace::prim_of_wait(e.wait.kind) == PrimKind::Connection);
    }
    CHECK(waits == 2);
}

TEST_CASE("connections: failures, timeouts and blocking clients close their connection") {
    const auto events =
        record("import asyncio, aiohttp, httpx, requests\n"
               "import loopscope_world as w\n"
               "w.host('down.example.com', down=True)\n"
               "w.host('slow.example.com', latency=3.0)\n"
               "w.host('big.example.com', latency=0.1, bandwidth=100)\n"
               "async def main():\n"
               "    async with aiohttp.ClientSession() as s:\n"
               "        try:\n"
               "            await s.get('https://down.example.com/')\n"
               "        except aiohttp.ClientError:\n"
               "            pass\n"
               "        try:\n"
               "            await s.get('https://slow.example.com/a',\n"
               "                        timeout=aiohttp.ClientTimeout(total=1))\n"
               "        except asyncio.TimeoutError:\n"
               "            pass\n"
               "        try:\n"
               "            await asyncio.wait_for(s.get('https://slow.example.com/b'), 0.5)\n"
               "        except asyncio.TimeoutError:\n"
               "            pass\n"
               "        r = await s.get('https://big.example.com/x')\n"
               "        await r.read()\n"
               "    async with httpx.AsyncClient() as c:\n"
               "        await c.get('https://api.example.com/h')\n"
               "    requests.get('https://api.example.com/r')\n"
               "asyncio.run(main())\n");
    const auto states = connection_states(events);
    CHECK(states.at("GET https://down.example.com/") ==
          States{"waiting for response", "closed: connection refused"});
    CHECK(states.at("GET https://slow.example.com/a") ==
          States{"waiting for response", "closed: timed out"});
    CHECK(states.at("GET https://slow.example.com/b") ==
          States{"waiting for response", "closed: cancelled"});
    CHECK(states.at("GET https://big.example.com/x") ==
          States{"waiting for response", "open: 200 OK", "reading", "closed: 200 OK"});
    CHECK(states.at("GET https://api.example.com/h") ==
          States{"waiting for response", "closed: 200 OK"});
    CHECK(states.at("GET https://api.example.com/r") ==
          States{"waiting for response", "closed: 200 OK"});
    // the blocking call: open across its BlockingSleep, closed right after it
    for (size_t i = 1; i + 1 < events.size(); ++i)
        if (events[i].kind == EventKind::BlockingSleep) {
            CHECK(events[i - 1].text == "waiting for response");
            CHECK(events[i + 1].text == "closed: 200 OK");
        }
}

TEST_CASE("connections: streams, servers, redis clients and files") {
    const auto events = record("import asyncio, aiofiles\n"
                               "import redis.asyncio as redis\n"
                               "import loopscope_world as w\n"
                               "w.host('db.internal', latency=0.25)\n"
                               "w.file('a.txt', 'one\\ntwo\\n')\n"
                               "async def serve(r, wr):\n"
                               "    wr.write(await r.readline())\n"
                               "    wr.close()\n"
                               "async def main():\n"
                               "    s = await asyncio.start_server(serve, 'db.internal', 7)\n"
                               "    r, wr = await asyncio.open_connection('db.internal', 7)\n"
                               "    wr.write(b'hi\\n')\n"
                               "    await r.read()\n"
                               "    wr.close()\n"
                               "    s.close()\n"
                               "    db = redis.Redis()\n"
                               "    await db.incr('counter')\n"
                               "    await db.aclose()\n"
                               "    async with aiofiles.open('a.txt') as f:\n"
                               "        await f.read()\n"
                               "asyncio.run(main())\n");
    const auto states = connection_states(events);
    CHECK(states.at("server db.internal:7") == States{"listening", "closed"});
    CHECK(states.at("stream -> db.internal:7") == States{"connecting"});
    CHECK(states.at("stream 127.0.0.1:50000 -> db.internal:7") ==
          States{"open", "open: end of file received", "closed"});
    CHECK(states.at("stream db.internal:7 <- 127.0.0.1:50000") == States{"open", "closed"});
    CHECK(states.at("redis localhost:6379/0") ==
          States{"waiting for the reply to INCRBY counter", "open", "closed"});
    CHECK(states.at("file a.txt (r)") == States{"open", "reading", "open", "closed"});
    // the reads wait on their stream, the command on its client, the read on its file
    // (named as they were then: a client's stream gets its address once connected)
    std::map<int32_t, std::string> name_of;
    std::vector<std::string> waited;
    for (const TraceEvent& e : events) {
        if (e.kind == EventKind::PrimitiveState) name_of[e.object] = e.name;
        if (e.kind == EventKind::TaskSuspended && e.wait.object != 0)
            waited.push_back(name_of[e.wait.object]);
    }
    CHECK(waited == std::vector<std::string>{"stream -> db.internal:7",
                                             "stream 127.0.0.1:50000 -> db.internal:7",
                                             "stream db.internal:7 <- 127.0.0.1:50000",
                                             "stream 127.0.0.1:50000 -> db.internal:7",
                                             "redis localhost:6379/0", "file a.txt (r)"});
}

TEST_CASE("connections: the JSON trace writes them as Connection primitives") {
    trace::TraceStore store;
    for (const TraceEvent& e : record(kGather)) store.add(e);
    std::string json;
    for (uint64_t i = 0; i < store.size(); ++i) json += trace::event_json(store, i) + "\n";
    CHECK(json.find(R"("prim":"Connection","value":-1.0,"value2":-1.0,)"
                    R"("name":"GET https://api.example.com/users/1",)"
                    R"("text":"waiting for response"})") != std::string::npos);
    CHECK(json.find(R"("wait":{"kind":"Network","until":0.5,"object":)") != std::string::npos);
    trace::PrimKind back = PrimKind::None;
    REQUIRE(trace::prim_kind_from_name("Connection", &back));
    CHECK(back == PrimKind::Connection);
}

TEST_CASE("connections: _trace_conn rejects what it cannot show") {
    const auto events = record("import asyncio\n"
                               "from _asyncio import _trace_conn\n"
                               "async def main():\n"
                               "    for args in [(), (object(), 'x'), (object(), 1, 'open'),\n"
                               "                 (object(), 'x', None)]:\n"
                               "        try:\n"
                               "            _trace_conn(*args)\n"
                               "        except TypeError as e:\n"
                               "            print(e)\n"
                               "    l = asyncio.Lock()\n"
                               "    try:\n"
                               "        _trace_conn(l, 'x', 'open')\n"
                               "    except TypeError as e:\n"
                               "        print(e)\n"
                               "asyncio.run(main())\n");
    std::vector<std::string> out;
    for (const TraceEvent& e : events)
        if (e.kind == EventKind::Output) out.push_back(e.text);
    std::vector<std::string> want(4, "_trace_conn(obj, words, state)");
    want.push_back("_trace_conn: the object is another primitive");
    CHECK(out == want);
}

TEST_CASE("connections: stepping back and forth shows the connections open at that moment") {
    session::Session s;
    REQUIRE(s.load(kGather));
    s.run();
    for (int k = 0; k < 100000 && s.motion() != session::Motion::None; ++k) s.tick(5000);
    REQUIRE(s.program_finished());
    // the state of the connections after each event, replayed forwards
    auto open_now = [&s] {
        std::vector<std::string> rows;
        for (const session::PrimitiveView& p : s.snapshot().primitives)
            if (p.kind == PrimKind::Connection)
                rows.push_back(p.name + ": " + p.state + " (" + std::to_string(p.waiters.size()) +
                               " waiting)");
        return rows;
    };
    const uint64_t n = s.recorded();
    std::vector<std::vector<std::string>> forwards;
    uint64_t waiting_at = 0, closed_at = 0;
    for (uint64_t i = 0; i < n; ++i) {
        s.seek(i);
        forwards.push_back(open_now());
        for (const std::string& r : forwards.back()) {
            if (!waiting_at && r.find("waiting for response (1 waiting)") != std::string::npos)
                waiting_at = i;
            if (r.find("closed") != std::string::npos) closed_at = i;
        }
    }
    REQUIRE(waiting_at > 0);
    REQUIRE(closed_at > waiting_at);
    CHECK(forwards.front().empty());
    CHECK(forwards.back() ==
          std::vector<std::string>{
              "GET https://api.example.com/users/1: closed: 200 OK (0 waiting)",
              "GET https://api.example.com/users/2: closed: 200 OK (0 waiting)"});
    // backwards, one event at a time: the same states as on the way forwards
    s.seek(n - 1);
    for (uint64_t i = n - 1; i > 0; --i) {
        s.step_back_event();
        INFO("event " << i - 1);
        REQUIRE(open_now() == forwards[i - 1]);
    }
    // and a jump back into the wait shows the request in flight with its task
    s.seek(waiting_at);
    const auto rows = open_now();
    CHECK(std::find(rows.begin(), rows.end(),
                    "GET https://api.example.com/users/1: waiting for response (1 waiting)") !=
          rows.end());
}
