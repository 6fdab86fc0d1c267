// trace_repr_test.cpp - trace_repr (asyncio/trace_repr.cpp) writes only the characters its cut
// keeps of plain data: the text, the ticks it spends and what a __repr__ sees must be those of
// the whole repr cut afterwards, as it was done before (the reference below).
#include "asyncio/asyncio_module.h"
#include "asyncio/trace_emit.h"
#include "lang/run.h"

#include <catch2/catch.hpp>

#include <string>

using namespace loopscope;

namespace {

// The whole repr, then the cut: what trace_repr wrote before it learned to stop early.
std::string reference_repr(Interp& I, Value v, size_t limit) {
    std::string out;
    Value saved = I.exc;
    if (is_kind(v, Kind::List) && as<ListObj>(v)->items.size() > 16) {
        out = "[";
        auto& items = as<ListObj>(v)->items;
        for (size_t i = 0; i < 8; ++i) {
            if (i) out += ", ";
            out += reference_repr(I, items[i], limit);
        }
        out += ", ... (" + std::to_string(items.size()) + " items)]";
    } else if (!repr_into(I, v, out)) {
        out = "<" + type_name(I, v) + " object>";
    }
    I.exc = saved;
    if (out.size() > limit) out = out.substr(0, limit - 3) + "...";
    return out;
}

const char* kCases = R"PY(
import sys

class Counted:
    calls = 0
    def __repr__(self):
        Counted.calls += 1
        return f"Counted#{Counted.calls}"

class Failing:
    def __repr__(self):
        raise ValueError("no")

class MyList(list):
    pass

class MyStr(str):
    def __repr__(self):
        return "MyStr!"

def nested(depth):
    x = []
    for _ in range(depth):
        x = [x]
    return x

loop = [1, 2]
loop.append(loop)
d = {"a": 1}
d["self"] = d
inner = []
pair = (inner,)
inner.append(pair)

long_ascii = "abcdefghij" * 40
cases = [
    None, True, False, 0, -7, 2**62, 10**30, 1.5, float("nan"), -0.0, 1e300,
    "", "x", "it's", 'say "hi"', "both ' and \"", long_ascii,
    "'" * 5 + "a" * 100 + '"',          # the head quotes one way, the whole text the other
    "a" * 100 + "'",                    # a quote only past the cut
    "é" * 100, "日本語" * 40, "🙂" * 40, "a" * 59 + "é" * 10, "a" * 58 + "日本",
    "\x00\n\t\\" * 40, "\u200b" * 50, "\ud800" * 3,
    [], [1, 2, 3], [long_ascii], [long_ascii, 1], ["x" * 20] * 10, list(range(16)),
    list(range(17)), list(range(100000)), [[long_ascii] * 3] * 17,
    (), (1,), (long_ascii,), (1, (2, (3, ()))), tuple(range(1000)), tuple(range(100000)),
    {}, {"k": "v"}, {i: str(i) * 10 for i in range(200)}, {(1, 2): [3, {}]},
    {"a": [{}], "b": ()},
    loop, d, pair, inner, nested(50), nested(990), nested(1200), [nested(1200)],
    [Counted(), long_ascii], [long_ascii, Counted()], {"k": Counted()}, [Failing()],
    [1, Failing()], MyList([1, 2]), [MyList([long_ascii])], MyStr("s"), [MyStr("s")],
    {1, 2}, [long_ascii, {1, 2}], frozenset(), 10**5000, [long_ascii, 10**5000],
    b"bytes", [b"x" * 100],
    # large reprs (their strs are charged to the budget): lengths must be exact
    ["\x00\n\t\\'\"" * 3 + "abc'" * (i % 5) for i in range(300)],
    {"k%d'" % i + "\x7f" * (i % 3): -i * 12345 for i in range(300)},
    [i / 7 for i in range(400)], [(-i, True, None, 2.5e-300) for i in range(200)],
    ["é" * (i % 4) + "\u200b" + "x" * 30 for i in range(150)], ("\r" * 4090,),
    [["a" * 4040]], [["a" * 4041]], [["a" * 4042]],
    # short lists and tuples of scalars (written at once)
    (1, 2.5, None, True), (-0.0,), [float("inf"), 1e-300, -5, False], [2**62] * 16,
    tuple([1.0 / 3] * 16), [None], (None, None), [10**30, 1],
]
sys.trace_repr_cases = cases
sys.trace_repr_counted = Counted
)PY";

} // namespace

TEST_CASE("trace_repr of plain data is the whole repr cut, with the same ticks and effects",
          "[trace]") {
    Interp I;
    register_modules(I);
    std::string err;
    I.write_err = [&](std::string_view s) { err.append(s); };
    REQUIRE(run_script(I, kCases, "main.py") == 0);
    INFO(err);
    Value sys = dict_get_str(I.modules, I.intern("sys"));
    REQUIRE(is_kind(sys, Kind::Module));
    DictObj* ns = as<ModuleObj>(sys)->dict;
    Value cases = dict_get_str(ns, I.intern("trace_repr_cases"));
    Value counted = dict_get_str(ns, I.intern("trace_repr_counted"));
    REQUIRE(is_kind(cases, Kind::List));
    auto calls = [&] {
        DictObj* cd = as<TypeObj>(counted)->dict;
        return dict_get_str(cd, I.intern("calls")).i;
    };
    const std::vector<Value> items = as<ListObj>(cases)->items;
    REQUIRE(items.size() > 70);
    for (size_t limit : {60, 80, 8}) {
        for (size_t k = 0; k < items.size(); ++k) {
            INFO("case " << k << ", limit " << limit);
            I.ticks = 100000000;
            const int64_t c0 = calls();
            const std::string want = reference_repr(I, items[k], limit);
            const int64_t want_ticks = 100000000 - I.ticks, want_calls = calls() - c0;
            I.ticks = 100000000;
            const std::string got = trace_repr(I, items[k], limit);
            const int64_t got_ticks = 100000000 - I.ticks, got_calls = calls() - c0 - want_calls;
            CHECK(got == want);
            CHECK(got_ticks == want_ticks);
            CHECK(got_calls == want_calls);
            CHECK(I.exc.is_none());
        }
    }
    // The ticks run out part way (with little overrun allowed): the same failure at the same
    // tick, or the same success.
    Value big = Value::none();
    for (Value v : items)
        if (is_kind(v, Kind::Tuple) && as<TupleObj>(v)->items.size() == 100000) big = v;
    REQUIRE(is_kind(big, Kind::Tuple));
    // (and in a short list of scalars)
    Value small = Value::none();
    for (Value v : items)
        if (is_kind(v, Kind::List) && as<ListObj>(v)->items.size() == 16 &&
            !as<ListObj>(v)->items[0].is_obj())
            small = v;
    REQUIRE(is_kind(small, Kind::List));
    for (int64_t budget : {int64_t(0), int64_t(2), int64_t(5)}) {
        INFO("short list, budget " << budget);
        auto start = [&] {
            I.stop_message.clear();
            I.overrun_ticks = 0;
            I.max_overrun_ticks = 3;
            I.ticks = budget;
        };
        start();
        const std::string want = reference_repr(I, small, 60);
        const int64_t want_left = I.ticks, want_overrun = I.overrun_ticks;
        const bool want_stop = I.stopping();
        start();
        const std::string got = trace_repr(I, small, 60);
        CHECK(got == want);
        CHECK(I.ticks == want_left);
        CHECK(I.overrun_ticks == want_overrun);
        CHECK(I.stopping() == want_stop);
    }
    for (int64_t budget : {int64_t(5), int64_t(99990), int64_t(100010)}) {
        INFO("budget " << budget);
        auto start = [&] {
            I.stop_message.clear();
            I.overrun_ticks = 0;
            I.max_overrun_ticks = 10;
            I.ticks = budget;
        };
        start();
        const std::string want = reference_repr(I, big, 60);
        const int64_t want_left = I.ticks, want_overrun = I.overrun_ticks;
        const bool want_stop = I.stopping();
        start();
        const std::string got = trace_repr(I, big, 60);
        CHECK(got == want);
        CHECK(I.ticks == want_left);
        CHECK(I.overrun_ticks == want_overrun);
        CHECK(I.stopping() == want_stop);
    }
    I.stop_message.clear();
}
