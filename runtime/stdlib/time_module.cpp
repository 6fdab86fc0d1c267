// time_module.cpp - the `time` module on the virtual clock (SEMANTICS.md rules 4 and 5):
// time() = 2026-01-01 00:00:00 UTC + clock, monotonic/perf_counter = clock, blocking sleep,
// and UTC calendar functions computed here so native and wasm agree. struct_time, gmtime,
// strftime... are Python: runtime/stdlib/py/time.py, run in this module's namespace.
#include "stdlib/clock.h"
#include "stdlib/module_helpers.h"
#include "stdlib/modules.h"
#include "stdlib/python_source.h"

#include <cmath>
#include <cstring>
#include <ctime>

namespace loopscope {

static constexpr double kEpoch = 1767225600.0; // 2026-01-01 00:00:00 UTC at clock 0

// ---------------------------------------------------------------------------------------------
// time
// ---------------------------------------------------------------------------------------------

static Value time_time(Interp& I, Value, const CallArgs&) {
    return Value::floating(kEpoch + virtual_now(I));
}
static Value time_monotonic(Interp& I, Value, const CallArgs&) {
    return Value::floating(virtual_now(I));
}
static Value ns_value(Interp& I, double seconds, int64_t base) {
    double ns = std::nearbyint(seconds * 1e9);
    return new_int(I, BigInt(base) + BigInt(int64_t(ns)));
}
static Value time_time_ns(Interp& I, Value, const CallArgs&) {
    return ns_value(I, virtual_now(I), int64_t(kEpoch) * 1000000000LL);
}
static Value time_monotonic_ns(Interp& I, Value, const CallArgs&) {
    return ns_value(I, virtual_now(I), 0);
}

// time.sleep blocks: the clock (or the virtual thread's own time) advances at once (rule 5).
static Value time_sleep(Interp& I, Value, const CallArgs& a) {
    if (!check_nargs(I, a, "sleep", 1, 1)) return Value::error();
    double secs;
    Value v = a.args[0];
    if (v.is_float()) {
        secs = v.f;
    } else {
        int64_t n;
        if (!is_int(I, v)) {
            return raise_type_error(I, "'" + type_name(I, v) +
                                           "' object cannot be interpreted as an integer");
        }
        if (!to_index(I, v, &n)) return Value::error();
        secs = double(n);
    }
    if (std::isnan(secs)) return raise_value_error(I, "Invalid value NaN (not a number)");
    if (secs < 0) return raise_value_error(I, "sleep length must be non-negative");
    VirtualClock& clock = virtual_clock(I);
    if (!clock.threads.empty()) {
        clock.threads.back().elapsed += secs;
    } else {
        if (clock.on_blocking_sleep) clock.on_blocking_sleep(secs);
        clock.time += secs;
    }
    return Value::none();
}

static bool tm_from_value(Interp& I, Value t, std::tm* out) {
    // a struct_time (py/time.py) or a 9-tuple
    std::vector<Value> items;
    if (!collect(I, t, items)) return false;
    if (items.size() < 9) {
        raise_type_error(I, "time.struct_time() takes a sequence of length 9");
        return false;
    }
    int64_t f[9];
    for (int i = 0; i < 9; ++i)
        if (!to_index(I, items[size_t(i)], &f[i])) return false;
    std::memset(out, 0, sizeof *out);
    out->tm_year = int(f[0] - 1900);
    out->tm_mon = int(f[1] - 1);
    out->tm_mday = int(f[2]);
    out->tm_hour = int(f[3]);
    out->tm_min = int(f[4]);
    out->tm_sec = int(f[5]);
    out->tm_wday = int((f[6] + 1) % 7);
    out->tm_yday = int(f[7] - 1);
    out->tm_isdst = int(f[8]);
    return true;
}

// The UTC calendar fields of a POSIX time (Howard Hinnant's civil_from_days), computed here
// because Emscripten's gmtime_r is JavaScript and aborts in the node CLI.
static std::tm utc_fields(int64_t t) {
    int64_t days = t >= 0 ? t / 86400 : -((-t + 86399) / 86400);
    int64_t rem = t - days * 86400;
    std::tm tm{};
    tm.tm_hour = int(rem / 3600);
    tm.tm_min = int(rem % 3600 / 60);
    tm.tm_sec = int(rem % 60);
    tm.tm_wday = int(((days % 7) + 11) % 7); // 1970-01-01 was a Thursday (4)
    int64_t z = days + 719468;
    int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    int64_t doe = z - era * 146097;
    int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int64_t y = yoe + era * 400;
    int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int64_t mp = (5 * doy + 2) / 153;
    int64_t d = doy - (153 * mp + 2) / 5 + 1;
    int64_t m = mp < 10 ? mp + 3 : mp - 9;
    if (m <= 2) ++y;
    tm.tm_year = int(y - 1900);
    tm.tm_mon = int(m - 1);
    tm.tm_mday = int(d);
    static const int cum[] = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};
    bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    tm.tm_yday = cum[m - 1] + int(d) - 1 + (leap && m > 2 ? 1 : 0);
    return tm;
}

static Value time_gmtime_tuple(Interp& I, Value, const CallArgs& a) {
    double secs = kEpoch + virtual_now(I);
    if (a.nargs >= 1 && !a.args[0].is_none() && !to_double(I, a.args[0], &secs))
        return Value::error();
    std::tm tm = utc_fields(int64_t(std::floor(secs)));
    std::vector<Value> v = {Value::integer(tm.tm_year + 1900),
                            Value::integer(tm.tm_mon + 1),
                            Value::integer(tm.tm_mday),
                            Value::integer(tm.tm_hour),
                            Value::integer(tm.tm_min),
                            Value::integer(tm.tm_sec),
                            Value::integer((tm.tm_wday + 6) % 7),
                            Value::integer(tm.tm_yday + 1),
                            Value::integer(0)};
    return new_tuple(I, std::move(v));
}

// strftime in the C locale, implemented here so native and wasm builds agree (Emscripten's
// strftime is JavaScript). The playground's local time is UTC.
static std::string format_time(const std::string& fmt, const std::tm& tm) {
    static const char* days[] = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                 "Thursday", "Friday", "Saturday"};
    static const char* months[] = {"January",   "February", "March",    "April",
                                   "May",       "June",     "July",     "August",
                                   "September", "October",  "November", "December"};
    auto num = [](int v, int width, char pad = '0') {
        std::string s = std::to_string(v);
        while (int(s.size()) < width) s.insert(s.begin(), pad);
        return s;
    };
    std::string out;
    for (size_t i = 0; i < fmt.size(); ++i) {
        char c = fmt[i];
        if (c != '%' || i + 1 >= fmt.size()) {
            out += c;
            continue;
        }
        char d = fmt[++i];
        int wday = ((tm.tm_wday % 7) + 7) % 7;
        int mon = ((tm.tm_mon % 12) + 12) % 12;
        int h12 = tm.tm_hour % 12 == 0 ? 12 : tm.tm_hour % 12;
        switch (d) {
            case 'Y': out += std::to_string(tm.tm_year + 1900); break;
            case 'y': out += num((tm.tm_year + 1900) % 100, 2); break;
            case 'C': out += num((tm.tm_year + 1900) / 100, 2); break;
            case 'm': out += num(mon + 1, 2); break;
            case 'd': out += num(tm.tm_mday, 2); break;
            case 'e': out += num(tm.tm_mday, 2, ' '); break;
            case 'H': out += num(tm.tm_hour, 2); break;
            case 'I': out += num(h12, 2); break;
            case 'M': out += num(tm.tm_min, 2); break;
            case 'S': out += num(tm.tm_sec, 2); break;
            case 'j': out += num(tm.tm_yday + 1, 3); break;
            case 'p': out += tm.tm_hour < 12 ? "AM" : "PM"; break;
            case 'a': out += std::string(days[wday]).substr(0, 3); break;
            case 'A': out += days[wday]; break;
            case 'b':
            case 'h': out += std::string(months[mon]).substr(0, 3); break;
            case 'B': out += months[mon]; break;
            case 'w': out += std::to_string(wday); break;
            case 'u': out += std::to_string(wday == 0 ? 7 : wday); break;
            case 'X':
            case 'T': out += format_time("%H:%M:%S", tm); break;
            case 'R': out += format_time("%H:%M", tm); break;
            case 'x':
            case 'D': out += format_time("%m/%d/%y", tm); break;
            case 'F': out += format_time("%Y-%m-%d", tm); break;
            case 'c': out += format_time("%a %b %e %H:%M:%S %Y", tm); break;
            case 'Z': out += "UTC"; break;
            case 'z': out += "+0000"; break;
            case 'n': out += '\n'; break;
            case 't': out += '\t'; break;
            case '%': out += '%'; break;
            default: out += '%'; out += d;
        }
    }
    return out;
}

static Value time_strftime_native(Interp& I, Value, const CallArgs& a) {
    if (a.nargs != 2 || !is_str(a.args[0])) return raise_type_error(I, "strftime(format, t)");
    std::tm tm{};
    if (!tm_from_value(I, a.args[1], &tm)) return Value::error();
    std::string fmt(str_view(a.args[0]));
    return I.str(format_time(fmt, tm));
}

Value make_time_module(Interp& I) {
    DictObj* d;
    Value m = new_module(I, "time", &d);
    set_fn(I, d, "time", time_time);
    set_fn(I, d, "time_ns", time_time_ns);
    set_fn(I, d, "monotonic", time_monotonic);
    set_fn(I, d, "monotonic_ns", time_monotonic_ns);
    set_fn(I, d, "perf_counter", time_monotonic);
    set_fn(I, d, "perf_counter_ns", time_monotonic_ns);
    set_fn(I, d, "sleep", time_sleep);
    set_fn(I, d, "_gmtime", time_gmtime_tuple);
    set_fn(I, d, "_strftime", time_strftime_native);
    dict_set_str(I, d, I.intern("timezone"), Value::integer(0));
    dict_set_str(I, d, I.intern("altzone"), Value::integer(0));
    dict_set_str(I, d, I.intern("daylight"), Value::integer(0));
    const PythonSource* py = find_python_source(stdlib_python_sources(), "time");
    if (!py || !run_python_source(I, *py, d)) return Value::error();
    return m;
}

} // namespace loopscope
