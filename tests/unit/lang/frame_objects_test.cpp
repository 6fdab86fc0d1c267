// frame_objects_test.cpp - traceback and frame objects (lang/frame_objects.h) against the
// collector: exceptions caught in a loop do not pile up frames, a frame object outliving its
// generator (or freed in the same collection) is safe.
#include "../support/measured_run.h"

#include <catch2/catch.hpp>

#include <string>

using namespace loopscope;
using loopscope::test::measure_program;
using loopscope::test::MeasuredRun;

namespace {

MeasuredRun run_measured(const std::string& source) {
    return measure_program(source, 1u << 20);
}

} // namespace

TEST_CASE("exceptions caught in a loop free their tracebacks and frames", "[frames][gc]") {
    // 50,000 failed calls, each keeping a 1,000-item list in its frame's locals: kept alive,
    // they would need about 400 MB; the last traceback alone keeps one.
    MeasuredRun r = run_measured("def fail(i):\n"
                                 "    data = [i] * 1000\n"
                                 "    raise ValueError(i)\n"
                                 "kept = None\n"
                                 "for i in range(50000):\n"
                                 "    try:\n"
                                 "        fail(i)\n"
                                 "    except ValueError as e:\n"
                                 "        kept = e.__traceback__\n"
                                 "print(kept.tb_next.tb_frame.f_locals['data'][0])\n");
    REQUIRE(r.run.err == "");
    REQUIRE(r.run.out == "49999\n");
    INFO("peak: " << r.peak_bytes / 1024 << " KB");
    REQUIRE(r.peak_bytes < (32u << 20));
}

TEST_CASE("a generator's frame object and its generator freed in any order", "[frames][gc]") {
    // The traceback holds the frame object of a suspended generator (its frame is still live);
    // dropping both makes them garbage in the same collection (churn() makes collections run).
    MeasuredRun r = run_measured("def churn():\n"
                                 "    for _ in range(3000):\n"
                                 "        [0] * 100\n"
                                 "def g():\n"
                                 "    local = 'kept'\n"
                                 "    try:\n"
                                 "        raise KeyError('k')\n"
                                 "    except KeyError as e:\n"
                                 "        yield e\n"
                                 "    yield 2\n"
                                 "for n in range(100):\n"
                                 "    it = g()\n"
                                 "    exc = next(it)\n"
                                 "    frame = exc.__traceback__.tb_frame\n"
                                 "    if n == 0:\n"
                                 "        print(frame.f_code.co_name, frame.f_locals['local'])\n"
                                 "    if n % 2:\n"
                                 "        del it\n"
                                 "        churn()\n"
                                 "        if n == 1:\n"
                                 "            print(frame.f_locals['local'], frame.f_back)\n"
                                 "    del exc, frame\n"
                                 "    churn()\n"
                                 "print('done')\n");
    REQUIRE(r.run.err == "");
    REQUIRE(r.run.out == "g kept\nkept None\ndone\n");
}
