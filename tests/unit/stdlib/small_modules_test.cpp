// small_modules_test.cpp - what hashlib, zlib, urllib, uuid and secrets do where the playground
// cannot follow CPython (no machine randomness, no real clock, no network, no compression):
// CPython cannot produce these outputs, so they are checked here. The deterministic values are
// CPython's own: random.Random(4) for uuid, random.Random(0) for secrets.
#include "session/transcript.h"
#include "support/run_program.h"

#include <catch2/catch.hpp>
#include <string>

using namespace loopscope;

TEST_CASE("uuid4 and secrets are deterministic and leave the program's random alone", "[stdlib]") {
    // uuid4: Random(4).getrandbits(128) as little-endian bytes with version 4 (CPython:
    // os.urandom); secrets: Random(0).getrandbits(8 * n) as little-endian bytes
    CapturedRun r = test::run_program("import uuid, secrets, random\n"
                                      "print(uuid.uuid4())\n"
                                      "print(secrets.token_hex(8))\n"
                                      "print(random.random())\n");
    INFO(r.err);
    REQUIRE(r.status == 0);
    CHECK(r.out == "d7a56d3c-fcf9-444d-8716-691acdaba1b8\ncd072cd8be6f9f62\n0.8444218515250481\n");
}

TEST_CASE("uuid1 reads the virtual clock", "[stdlib]") {
    // time.time() is 1767225600.0 + the clock (SEMANTICS rule 4); uuid1's time counts 100 ns
    // steps from 1582-10-15
    CapturedRun r = test::run_program("import uuid, time\n"
                                      "time.sleep(2.5)\n"
                                      "u = uuid.uuid1()\n"
                                      "print((u.time - 0x01b21dd213814000) / 1e7, u.version)\n"
                                      "print(uuid.uuid1().time - u.time)\n"
                                      "print(uuid.getnode() >> 40 & 1)\n");
    INFO(r.err);
    REQUIRE(r.status == 0);
    CHECK(r.out == "1767225602.5 1\n1\n1\n");
}

TEST_CASE("hashing, compression and network modules say what is not available", "[stdlib]") {
    CapturedRun r = test::run_program(
        "import hashlib, zlib, base64, binascii, secrets\n"
        "for f in [lambda: hashlib.sha3_256(b''), lambda: hashlib.new('blake2b'),\n"
        "          lambda: zlib.compress(b'x'), lambda: base64.a85encode(b'x'),\n"
        "          lambda: binascii.b2a_uu(b'x'), secrets.SystemRandom]:\n"
        "    try:\n"
        "        f()\n"
        "    except NotImplementedError as e:\n"
        "        print(e)\n"
        "import urllib.request\n");
    CHECK(r.out.find("hashlib.sha3_256 is not supported in the playground") != std::string::npos);
    CHECK(r.out.find("hashlib.blake2b is not supported in the playground") != std::string::npos);
    CHECK(r.out.find("zlib.compress is not available in the playground") != std::string::npos);
    CHECK(r.out.find("base64.a85encode is not supported") != std::string::npos);
    CHECK(r.out.find("binascii.b2a_uu is not supported") != std::string::npos);
    CHECK(r.out.find("secrets.SystemRandom is not supported") != std::string::npos);
    CHECK(r.status != 0);
    CHECK(r.err.find("ImportError: urllib.request is not available in the playground") !=
          std::string::npos);
}

TEST_CASE("a queue wait that no virtual thread can end raises instead of hanging", "[stdlib]") {
    // CPython would wait forever; with a timeout it waits (on the virtual clock) and raises
    CapturedRun r = test::run_program("import queue, time\n"
                                      "for call in [lambda: queue.Queue().get(),\n"
                                      "             lambda: queue.SimpleQueue().get(True),\n"
                                      "             lambda: queue.LifoQueue(1).put(1) or None,\n"
                                      "             lambda: queue.Queue().join()]:\n"
                                      "    try:\n"
                                      "        call()\n"
                                      "    except RuntimeError as e:\n"
                                      "        print(e)\n"
                                      "full = queue.Queue(1)\n"
                                      "full.put(1)\n"
                                      "try:\n"
                                      "    full.put(2)\n"
                                      "except RuntimeError as e:\n"
                                      "    print(e)\n"
                                      "undone = queue.Queue()\n"
                                      "undone.put(1)\n"
                                      "try:\n"
                                      "    undone.join()\n"
                                      "except RuntimeError as e:\n"
                                      "    print(e)\n"
                                      "try:\n"
                                      "    queue.Queue().get(timeout=1.5)\n"
                                      "except queue.Empty:\n"
                                      "    print(time.monotonic())\n");
    INFO(r.err);
    REQUIRE(r.status == 0);
    CHECK(r.out.find("queue.Queue.get() would wait forever: the queue is empty, and no other "
                     "thread can run while it waits") != std::string::npos);
    CHECK(r.out.find("queue.SimpleQueue.get() would wait forever") != std::string::npos);
    CHECK(r.out.find("queue.Queue.put() would wait forever: the queue is full (1 items)") !=
          std::string::npos);
    CHECK(r.out.find("queue.Queue.join() would wait forever: 1 item(s) were never marked with "
                     "task_done()") != std::string::npos);
    CHECK(r.out.find("Call task_done() once for each item taken with get().") != std::string::npos);
    CHECK(r.out.find("\n1.5\n") != std::string::npos);
}

TEST_CASE("hashlib.file_digest reads a file of the simulated file system", "[stdlib]") {
    // CPython's needs readinto(); the playground's files are read with read(). The world (and
    // open) come with a session run: the transcript's lines are "[T] text".
    std::string out, err;
    run_transcript(
        "import hashlib, loopscope_world as w\n"
        "w.file('data.bin', b'hello')\n"
        "with open('data.bin', 'rb') as f:\n"
        "    print(hashlib.file_digest(f, 'sha256').hexdigest())\n"
        "with open('data.bin', 'rb') as f:\n"
        "    print(hashlib.file_digest(f, hashlib.md5).hexdigest())\n"
        "with open('data.bin') as f:\n"
        "    try:\n"
        "        hashlib.file_digest(f, 'sha1')\n"
        "    except ValueError as e:\n"
        "        print('ValueError', str(e).endswith('is not a file-like object in binary reading "
        "mode.'))\n",
        "main.py", [&](std::string_view s) { out += s; }, [&](std::string_view s) { err += s; });
    INFO(out + err);
    CHECK(out.find("] 2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824\n") !=
          std::string::npos);
    CHECK(out.find("] 5d41402abc4b2a76b9719d911017c592\n") != std::string::npos);
    CHECK(out.find("] ValueError True\n") != std::string::npos);
    CHECK(err.empty());
}
