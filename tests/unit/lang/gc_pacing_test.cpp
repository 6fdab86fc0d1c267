// gc_pacing_test.cpp - the collector paces itself on what objects really weigh (lang/heap.h):
// objects that grow after they are made (instances given attributes, lists appended to, dicts
// filled) are not counted in full when made, yet the heap stays within a small factor of the
// program's live data between collections.
#include "../support/measured_run.h"

#include <catch2/catch.hpp>

#include <string>

using namespace loopscope;
using loopscope::test::measure_program;
using loopscope::test::MeasuredRun;

namespace {

MeasuredRun measure(const std::string& source) {
    return measure_program(source);
}

double mb(size_t bytes) {
    return double(bytes) / (1024.0 * 1024.0);
}

} // namespace

TEST_CASE("garbage that grew after it was made is paced on its real weight", "[gc][pacing]") {
    // Each iteration makes an object whose size is almost all growth after allocation; none
    // survives the iteration. About 600 MB of such garbage in all.
    struct Case {
        const char* name;
        const char* source;
    };
    const Case cases[] = {
        {"instances given attributes",
         "class P:\n    pass\n"
         "for i in range(200000):\n"
         "    p = P()\n"
         "    p.a = i; p.b = i; p.c = i; p.d = i; p.e = i; p.f = i; p.g = i; p.h = i; p.j = i\n"
         "print('done')\n"},
        {"lists appended to", "for i in range(20000):\n"
                              "    xs = []\n"
                              "    for k in range(200):\n"
                              "        xs.append(k)\n"
                              "print('done')\n"},
        {"dicts filled", "for i in range(10000):\n"
                         "    d = {}\n"
                         "    for k in range(100):\n"
                         "        d[k] = k\n"
                         "print('done')\n"},
    };
    for (const Case& c : cases) {
        MeasuredRun m = measure(c.source);
        INFO(c.name << ": peak " << mb(m.peak_bytes) << " MB, " << m.collections << " collections\n"
                    << m.run.err);
        REQUIRE(m.run.status == 0);
        REQUIRE(m.run.out == "done\n");
        REQUIRE(m.collections > 0);
        // The default pacing allows 2 MB (estimated) of garbage with almost nothing live.
        REQUIRE(m.peak_bytes < (40u << 20));
    }
}

TEST_CASE("a large live heap is collected after about its own size of garbage", "[gc][pacing]") {
    // 200,000 live instances with attributes, then 2,000,000 temporary ones.
    MeasuredRun m = measure("class P:\n    pass\n"
                            "keep = []\n"
                            "for i in range(200000):\n"
                            "    p = P()\n"
                            "    p.a = i; p.b = str(i)\n"
                            "    keep.append(p)\n"
                            "for i in range(1000000):\n"
                            "    p = P()\n"
                            "    p.a = i; p.b = i; p.c = i\n"
                            "print(len(keep))\n");
    INFO("peak " << mb(m.peak_bytes) << " MB, " << m.collections << " collections\n" << m.run.err);
    REQUIRE(m.run.status == 0);
    REQUIRE(m.run.out == "200000\n");
    // The live data is about 60-70 MB natively; garbage up to its size on top.
    REQUIRE(m.peak_bytes < (200u << 20));
}

TEST_CASE("garbage kept by a short pin is freed once the pin is gone", "[gc][pacing]") {
    // Most collections come inside __repr__, called by repr() from native code: a pin, which
    // keeps everything older (heap.h), here the lists made outside it. They were counted as
    // live, so the threshold doubled at every such collection and the heap grew to hundreds of
    // MB; now a collection follows as soon as repr() returns.
    MeasuredRun m = measure("class R:\n"
                            "    def __repr__(self):\n"
                            "        s = 0\n"
                            "        for x in range(100):\n"
                            "            s += x\n"
                            "        return 'r'\n"
                            "for i in range(100000):\n"
                            "    junk = [i] * 100\n"
                            "    r = repr(R())\n"
                            "print(r)\n");
    INFO("peak " << mb(m.peak_bytes) << " MB, " << m.collections << " collections\n" << m.run.err);
    REQUIRE(m.run.status == 0);
    REQUIRE(m.run.out == "r\n");
    REQUIRE(m.collections > 4);
    REQUIRE(m.peak_bytes < (64u << 20));
}

TEST_CASE("a long pin keeps older garbage while the garbage made under it is freed",
          "[gc][pacing]") {
    // repr() calls __repr__ from native code: a pin. The lists dropped just before it are
    // garbage older than the pin, kept while __repr__ runs; the lists __repr__ makes are freed
    // as it goes, and the kept ones once repr() returns.
    MeasuredRun m = measure("class Big:\n"
                            "    def __repr__(self):\n"
                            "        for i in range(300000):\n"
                            "            junk = [i] * 20\n"
                            "        return 'big'\n"
                            "for r in range(3):\n"
                            "    garbage = [[i] * 20 for i in range(50000)]\n"
                            "    garbage = None\n"
                            "    print(repr(Big()))\n");
    INFO("peak " << mb(m.peak_bytes) << " MB, " << m.collections << " collections\n" << m.run.err);
    REQUIRE(m.run.status == 0);
    REQUIRE(m.run.out == "big\nbig\nbig\n");
    REQUIRE(m.collections > 3);
    REQUIRE(m.peak_bytes < (100u << 20));
}
