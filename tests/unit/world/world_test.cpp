// world_test.cpp - the simulated world (runtime/world/): its configuration (hosts, routes, bad
// values rejected with clear messages), the deterministic defaults, and the trace's view of its
// waits (a Network wait naming the URL, with the instant it ends).
#include "session/live_run.h"
#include "session/transcript.h"
#include "support/recorded_run.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace loopscope;
using trace::EventKind;
using trace::TraceEvent;

namespace {

using test::record;

// The program's transcript ("[T] text" lines and "!error ..."), its stderr appended.
std::string transcript(const char* program) {
    std::string out, err;
    run_transcript(
        program, "main.py", [&](std::string_view s) { out += s; },
        [&](std::string_view s) { err += s; });
    return out + err;
}

} // namespace

TEST_CASE("world: host() rejects bad values with a clear message") {
    CHECK(transcript("import loopscope_world as w\nw.host('a.example.com', latency=-1)\n")
              .find("ValueError: latency must be >= 0") != std::string::npos);
    CHECK(transcript("import loopscope_world as w\nw.host('a.example.com', bandwidth=0)\n")
              .find("ValueError: bandwidth must be > 0") != std::string::npos);
    CHECK(transcript("import loopscope_world as w\nw.host('a.example.com', rate_limit=(0, 1))\n")
              .find("ValueError: rate_limit must be (requests, per_seconds)") != std::string::npos);
    CHECK(transcript("import loopscope_world as w\nw.route('x', json=1, text='a')\n")
              .find("ValueError: route() takes json or text, not both") != std::string::npos);
}

TEST_CASE("world: URLs are checked, defaults derive from the URL and never change") {
    const char* prog = "import loopscope_world as w\n"
                       "print(w.default_latency('api.example.com', '/posts/1'))\n"
                       "print(w.default_latency('api.example.com', '/posts/1'))\n"
                       "print(w.split_url('https://API.example.com/a/b?x=1'))\n"
                       "print(w.glob_match('https://*.example.com/*', 'https://a.example.com/b'))\n"
                       "print(w.glob_match('https://*.example.com/x', 'https://a.example.com/y'))\n"
                       "try:\n    w.split_url('example.com')\n"
                       "except ValueError as e:\n    print(e)\n";
    std::string t = transcript(prog);
    CHECK(t == "[0.000] 0.49\n[0.000] 0.49\n[0.000] ('https', 'api.example.com', '/a/b', "
               "'x=1')\n[0.000] True\n[0.000] False\n[0.000] URL must start with http:// or "
               "https://: 'example.com'\n");
}

TEST_CASE("world: a lesson's configuration decides latency, failures and answers") {
    const char* prog = "import asyncio, aiohttp\n"
                       "import loopscope_world as w\n"
                       "w.host('h.example.com', latency=0.5, fail_first=1, fail_status=503)\n"
                       "w.route('https://h.example.com/*', json={'ok': True})\n"
                       "async def main():\n"
                       "    async with aiohttp.ClientSession() as s:\n"
                       "        for i in range(2):\n"
                       "            async with s.get('https://h.example.com/x') as r:\n"
                       "                print(r.status, await r.text())\n"
                       "asyncio.run(main())\n";
    CHECK(transcript(prog) == "[0.500] 503 Service Unavailable\n[1.000] 200 {\"ok\": true}\n");
}

TEST_CASE("world: the JSON helper round-trips and reports bad JSON") {
    const char* prog = "import loopscope_world as w\n"
                       "v = {'a': [1, 2.5, None, True, 'x\"\\n\\u00e9'], 'b': {}}\n"
                       "print(w.dumps(v))\n"
                       "print(w.loads(w.dumps(v)) == v)\n"
                       "try:\n    w.loads('{\"a\": }')\n"
                       "except ValueError as e:\n    print(type(e).__name__, e)\n";
    CHECK(transcript(prog) ==
          "[0.000] {\"a\": [1, 2.5, null, true, \"x\\\"\\n\\u00e9\"], \"b\": {}}\n"
          "[0.000] True\n"
          "[0.000] JSONDecodeError Expecting value: line 1 column 7 (char 6)\n");
}

TEST_CASE("world: a request's wait is a Network wait on its URL until the answer arrives") {
    auto events = record("import asyncio, aiohttp\n"
                         "import loopscope_world as w\n"
                         "w.host('api.example.com', latency=0.25)\n"
                         "async def main():\n"
                         "    async with aiohttp.ClientSession() as s:\n"
                         "        async with s.get('https://api.example.com/a') as r:\n"
                         "            await r.text()\n"
                         "asyncio.run(main())\n");
    int seen = 0;
    for (const TraceEvent& e : events) {
        if (e.kind != EventKind::TaskSuspended) continue;
        ++seen;
        CHECK(e.wait.kind == trace::WaitKind::Network);
        CHECK(e.wait.detail == "GET https://api.example.com/a");
        CHECK(e.wait.until == Approx(0.25));
    }
    CHECK(seen == 1);
}

TEST_CASE("world: the new wait kinds have names both ways, their primitive is a Connection") {
    for (auto k : {trace::WaitKind::Network, trace::WaitKind::File, trace::WaitKind::Database}) {
        trace::WaitKind back = trace::WaitKind::None;
        REQUIRE(trace::wait_kind_from_name(trace::wait_kind_name(k), &back));
        CHECK(back == k);
        CHECK(trace::prim_of_wait(k) == trace::PrimKind::Connection);
    }
}

TEST_CASE("world: the file system's configuration and its waits") {
    CHECK(transcript("import loopscope_world as w\nw.disk(latency=-1)\n")
              .find("ValueError: latency must be >= 0") != std::string::npos);
    CHECK(transcript("import loopscope_world as w\nw.file('a.txt', 3)\n")
              .find("TypeError: file() takes the contents as a str or bytes, not int") !=
          std::string::npos);
    CHECK(transcript("import loopscope_world as w\n"
                     "w.files({'./d//a.txt': 'x', '/d/b.txt': 'y'})\n"
                     "print(w.listdir('d'), w.norm_path('d/../d/./a.txt'))\n") ==
          "[0.000] ['a.txt', 'b.txt'] d/a.txt\n");
    auto events = record("import asyncio, aiofiles\n"
                         "import loopscope_world as w\n"
                         "w.file('notes.txt', 'hi')\n"
                         "w.disk(latency=0.5)\n"
                         "async def main():\n"
                         "    async with aiofiles.open('notes.txt') as f:\n"
                         "        await f.read()\n"
                         "asyncio.run(main())\n");
    std::vector<std::string> waits;
    for (const TraceEvent& e : events)
        if (e.kind == EventKind::TaskSuspended) {
            CHECK(e.wait.kind == trace::WaitKind::File);
            waits.push_back(e.wait.detail + " until=" + std::to_string(e.wait.until));
        }
    CHECK(waits == std::vector<std::string>{"open notes.txt until=0.500000",
                                            "read notes.txt until=1.000000"});
}

TEST_CASE("world: `import a.b` binds a, `from a import b` imports submodule b") {
    CHECK(transcript("import aiofiles.os\n"
                     "print(aiofiles.__name__, aiofiles.os.__name__)\n"
                     "import aiofiles.os as o\n"
                     "from aiofiles import ospath\n"
                     "print(o.__name__, ospath is o.path)\n") ==
          "[0.000] aiofiles aiofiles.os\n[0.000] aiofiles.os True\n");
    CHECK(transcript("import aiofiles.nothing\n")
              .find("ModuleNotFoundError: No module named 'aiofiles.nothing'") !=
          std::string::npos);
}

TEST_CASE("world: OSError's whole family exists, connection errors under ConnectionError") {
    CHECK(transcript("print(issubclass(FileExistsError, OSError), "
                     "issubclass(ConnectionRefusedError, ConnectionError), "
                     "IsADirectoryError.__mro__[1].__name__)\n") == "[0.000] True True OSError\n");
}

TEST_CASE("world: the database's configuration and its waits") {
    CHECK(transcript("import loopscope_world as w\nw.database(latency=-0.1)\n")
              .find("ValueError: latency must be >= 0") != std::string::npos);
    const char* seeded = "import asyncio, redis.asyncio as redis\n"
                         "import loopscope_world as w\n"
                         "w.database(latency=0.25, data={'n': 4, 'l': [1, 2], 'h': {'a': 1}})\n"
                         "async def main():\n"
                         "    r = redis.Redis(decode_responses=True)\n"
                         "    print(await r.incr('n'), await r.lrange('l', 0, -1), "
                         "await r.hgetall('h'))\n"
                         "asyncio.run(main())\n";
    CHECK(transcript(seeded) == "[0.750] 5 ['1', '2'] {'a': '1'}\n");
    auto events = record("import asyncio, redis.asyncio as redis\n"
                         "import loopscope_world as w\n"
                         "w.database(latency=0.5)\n"
                         "async def main():\n"
                         "    await redis.Redis().incr('visits')\n"
                         "asyncio.run(main())\n");
    int seen = 0;
    for (const TraceEvent& e : events)
        if (e.kind == EventKind::TaskSuspended) {
            ++seen;
            CHECK(e.wait.kind == trace::WaitKind::Database);
            CHECK(e.wait.detail == "INCRBY visits");
            CHECK(e.wait.until == Approx(0.5));
        }
    CHECK(seen == 1);
}

TEST_CASE("world: a blocking library call names itself in its BlockingSleep") {
    auto events = record("import asyncio, requests\n"
                         "import loopscope_world as w\n"
                         "w.host('api.example.com', latency=0.75)\n"
                         "async def main():\n"
                         "    requests.get('https://api.example.com/x')\n"
                         "    await asyncio.to_thread(requests.get, 'https://api.example.com/y')\n"
                         "    import time\n"
                         "    time.sleep(0.5)\n"
                         "asyncio.run(main())\n");
    std::vector<std::string> sleeps;
    for (const TraceEvent& e : events)
        if (e.kind == EventKind::BlockingSleep)
            sleeps.push_back(e.text + " " + std::to_string(e.value));
    // the call in the virtual thread does not block the loop, and its words are not left over
    // for the plain time.sleep after it
    CHECK(sleeps == std::vector<std::string>{"requests.get('https://api.example.com/x') 0.750000",
                                             " 0.500000"});
}

TEST_CASE("world: a stream's connect and reads are Network waits naming the peer") {
    auto events = record("import asyncio\n"
                         "import loopscope_world as w\n"
                         "w.host('db.internal', latency=0.25)\n"
                         "async def serve(r, wr):\n"
                         "    wr.write(await r.readline())\n"
                         "    wr.close()\n"
                         "async def main():\n"
                         "    s = await asyncio.start_server(serve, 'db.internal', 7)\n"
                         "    r, wr = await asyncio.open_connection('db.internal', 7)\n"
                         "    wr.write(b'hi\\n')\n"
                         "    await r.read()\n"
                         "    s.close()\n"
                         "asyncio.run(main())\n");
    std::vector<std::string> waits;
    for (const TraceEvent& e : events)
        if (e.kind == EventKind::TaskSuspended && e.wait.kind == trace::WaitKind::Network)
            waits.push_back(e.wait.detail);
    // connecting: the hop's sleep, then the loop iteration that completes the handshake
    CHECK(waits == std::vector<std::string>{
                       "connecting to db.internal:7", "connecting to db.internal:7",
                       "readuntil() from 127.0.0.1:50000", "read() from db.internal:7"});
}

TEST_CASE("world: stream errors and the world's bytes") {
    CHECK(transcript("import asyncio\n"
                     "async def main():\n"
                     "    await asyncio.open_connection('127.0.0.1', 8888)\n"
                     "asyncio.run(main())\n")
              .find("!error ConnectionRefusedError: [Errno 111] Connect call failed "
                    "('127.0.0.1', 8888)") != std::string::npos);
    CHECK(transcript("import loopscope_world as w\n"
                     "w.file('a.bin', b'\\xff\\x00')\n"
                     "with open('a.bin', 'rb') as f:\n"
                     "    print(f.read(), w.file_size('a.bin'))\n") ==
          "[0.020] b'\\xff\\x00' 2\n"); // open, read: 0.01 s each
}
