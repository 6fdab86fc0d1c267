// trace_repr.cpp - the short reprs the trace shows (locals, results, queue items): trace_repr.
//
// A suspended task's locals are repr'd at every suspension, and only their first `limit`
// characters are kept, so writing the whole repr of a list of 10,000 strs to keep 60
// characters was most of what recording cost. Plain data (None, bools, ints, floats, exact
// strs, and exact lists, tuples and dicts of plain data) has a repr that runs no Python code
// and does nothing a program can see but spend its budget: a tick per item (as list.__repr__
// and dict.__repr__ charge them) and the ticks of the large strs the containers' reprs make
// (Interp::alloc). For such a value a first pass measures that work and the reprs' lengths, a
// second writes only the characters the cut keeps, spending the same work in the same order.
// Anything else (an instance, a subclass, a big int) is repr'd in full as before.
#include "asyncio/trace_emit.h"

#include "lang/builtins_shared.h"
#include "lang/float_format.h"
#include "lang/str_repr.h"

#include <charconv>
#include <cstring>

namespace loopscope {

namespace {

bool is_plain_container(Interp& I, Value v) {
    if (!v.is_obj()) return false;
    TypeObj* t = v.o->type;
    return t == I.t.list || t == I.t.tuple || t == I.t.dict;
}

// The items of an exact list or tuple.
std::span<const Value> seq_items_of(Value v) {
    if (v.o->kind == Kind::List) return as<ListObj>(v)->items;
    return as<TupleObj>(v)->items;
}

// Whether an exact container's repr is `{}` / `()` without entering it (dict.__repr__ and
// tuple.__repr__ answer an empty one before their recursion guard; list.__repr__ does not).
bool empty_without_guard(Value v) {
    if (v.o->kind == Kind::Dict) return as<DictObj>(v)->used == 0;
    return v.o->kind == Kind::Tuple && as<TupleObj>(v)->items.empty();
}

// The repr of an exact str, or at least its first `limit` + 1 characters: repr_string of a
// prefix of `limit` bytes (each byte writes at least one character) when it quotes as the
// whole text does.
void str_repr_into(std::string_view s, size_t limit, std::string& out) {
    if (s.size() <= limit + 4) {
        repr_string_into(s, out);
        return;
    }
    size_t n = limit;
    while (n < s.size() && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) ++n; // whole chars
    std::string_view head = s.substr(0, n);
    auto quote = [](std::string_view t) {
        return t.find('\'') != std::string_view::npos && t.find('"') == std::string_view::npos;
    };
    repr_string_into(quote(head) == quote(s) ? head : s, out);
}

// The length of repr_string(s), without writing it. Eight bytes at a time: a word of printable
// ASCII holding neither the quote nor a backslash writes itself.
size_t str_repr_size(std::string_view s) {
    const bool sq = s.find('\'') != std::string_view::npos;
    const char q = sq && s.find('"') == std::string_view::npos ? '"' : '\'';
    constexpr uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
    auto has_zero = [](uint64_t x) { return (x - ones) & ~x & highs; };
    size_t n = 2, i = 0;
    for (; i + 8 <= s.size(); i += 8) {
        uint64_t w;
        std::memcpy(&w, s.data() + i, 8);
        const uint64_t special = (w & highs) | ((w - ones * 0x20) & ~w & highs) |
                                 has_zero(w ^ (ones * 0x7F)) | has_zero(w ^ (ones * '\\')) |
                                 has_zero(w ^ (ones * uint8_t(q)));
        if (special) break;
        n += 8;
    }
    for (; i < s.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        if (c >= 0x80) return repr_string(s).size(); // (printable or not: as it is written)
        if (c == uint8_t(q) || c == '\\' || c == '\t' || c == '\n' || c == '\r')
            n += 2;
        else if (c < 0x20 || c == 0x7F)
            n += 4;
        else
            n += 1;
    }
    return n;
}

// The work the whole repr does that a program could notice, in order: a tick per item, and
// the str each container's repr makes (a large one is charged to the budget: Interp::alloc).
struct ReprWork {
    int64_t ticks = 0;
    struct Made {
        int64_t after_ticks; // made once this many ticks were spent
        size_t bytes;        // its size as the heap counts it
    };
    std::vector<Made> large;
};

// Pass 1: is `v` plain data all the way down, and what would its whole repr do? The recursion
// guard (repr_enter: a container already being repr'd reads "[...]") and the depth check of
// call_text_dunder are followed as the repr meets them. Lengths are bounds from above (a str's
// repr is at most 4 characters a byte and 2 quotes), measured exactly only for a container whose
// bound reaches a large object (in `exact` mode: its repr's length, nothing recorded).
struct PlainScan {
    Interp& I;
    ReprWork& work;
    int32_t depth;
    bool exact = false;

    PlainScan(Interp& in, ReprWork& w, int32_t d) : I(in), work(w), depth(d) {}

    bool value(Value v, size_t& len) {
        switch (v.tag) {
            case Tag::None: len += 4; return true;
            case Tag::Bool: len += v.b ? 4 : 5; return true;
            case Tag::Int: {
                if (!exact) {
                    len += 20;
                    return true;
                }
                char buf[24];
                len += size_t(std::to_chars(buf, buf + sizeof buf, v.i).ptr - buf);
                return true;
            }
            case Tag::Float: len += exact ? float_repr(v.f).size() : 32; return true;
            case Tag::Obj: break;
            default: return false;
        }
        if (v.o->kind == Kind::Str) {
            if (v.o->type != I.t.str) return false;
            len += exact ? str_repr_size(str_view(v)) : 4 * str_view(v).size() + 2;
            return true;
        }
        if (!is_plain_container(I, v)) return false;
        // (the repr would raise RecursionError here: left to it)
        if (depth + 1 > I.recursion_limit) return false;
        if (empty_without_guard(v) || !repr_enter(I, v.o)) {
            len += empty_without_guard(v) ? 2 : 5; // "()", "{}"; "[...]", "(...)", "{...}"
            return true;
        }
        ++depth;
        size_t own = 0;
        bool ok = container(v, own);
        --depth;
        repr_leave(I, v.o);
        // the str its repr makes (StrObj::gc_size: 48 bytes and the text)
        if (ok && !exact && 48 + own >= Heap::kLargeObject) {
            ReprWork none;
            PlainScan measure(I, none, depth);
            measure.exact = true;
            own = 0;
            measure.value(v, own);
            if (48 + own >= Heap::kLargeObject) work.large.push_back({work.ticks, 48 + own});
        }
        len += own;
        return ok;
    }

    bool container(Value v, size_t& len) {
        len += 2;
        size_t n = 0;
        if (v.o->kind == Kind::Dict) {
            DictObj* d = as<DictObj>(v);
            for (size_t k = 0; k < d->entries.size(); ++k) {
                const DictObj::Entry& e = d->entries[k];
                if (e.key().is_undef()) continue;
                ++work.ticks;
                len += (n++ ? 2 : 0) + 2; // ", " and ": "
                if (!value(e.key(), len) || !value(e.value(), len)) return false;
            }
            return true;
        }
        for (Value x : seq_items_of(v)) {
            ++work.ticks;
            len += n++ ? 2 : 0;
            if (!value(x, len)) return false;
        }
        if (v.o->kind == Kind::Tuple && n == 1) ++len;
        return true;
    }
};

// Spends the work of a ReprWork in its order. false: a tick failed (I.exc set).
struct WorkReplay {
    Interp& I;
    const ReprWork& work;
    int64_t done = 0;
    size_t next = 0;

    void made() {
        for (; next < work.large.size() && work.large[next].after_ticks == done; ++next) {
            I.heap.large_made += work.large[next].bytes;
            I.charge_made();
        }
    }
    bool tick() {
        made();
        ++done;
        return native_tick(I);
    }
    bool finish() {
        while (done < work.ticks)
            if (!tick()) return false;
        made();
        return true;
    }
};

// Pass 2: write the repr of plain `v` until `out` holds more than `limit` characters,
// spending the work as it goes. false: a tick failed (I.exc set).
struct PlainWrite {
    Interp& I;
    WorkReplay& work;
    std::string& out;
    size_t limit;

    bool full() const { return out.size() > limit; }

    bool value(Value v) {
        if (full()) return true;
        if (!v.is_obj()) {
            repr_into(I, v, out); // None, bool, int, float: never fails
            return true;
        }
        if (v.o->kind == Kind::Str) {
            str_repr_into(str_view(v), limit, out);
            return true;
        }
        const bool dict = v.o->kind == Kind::Dict, list = v.o->kind == Kind::List;
        if (empty_without_guard(v)) {
            out += dict ? "{}" : "()";
            return true;
        }
        if (!repr_enter(I, v.o)) {
            out += dict ? "{...}" : list ? "[...]" : "(...)";
            return true;
        }
        bool ok = dict ? dict_items(as<DictObj>(v)) : seq(seq_items_of(v), list);
        repr_leave(I, v.o);
        return ok;
    }

    bool seq(std::span<const Value> items, bool list) {
        out.push_back(list ? '[' : '(');
        for (size_t k = 0; k < items.size() && !full(); ++k) {
            if (k) out += ", ";
            if (!work.tick() || !value(items[k])) return false;
        }
        if (!list && items.size() == 1) out.push_back(',');
        out.push_back(list ? ']' : ')');
        return true;
    }

    bool dict_items(DictObj* d) {
        out.push_back('{');
        bool first = true;
        for (size_t k = 0; k < d->entries.size() && !full(); ++k) {
            const DictObj::Entry& e = d->entries[k];
            if (e.key().is_undef()) continue;
            if (!first) out += ", ";
            first = false;
            if (!work.tick() || !value(e.key())) return false;
            out += ": ";
            if (!value(e.value())) return false;
        }
        out.push_back('}');
        return true;
    }
};

// An exact list or tuple of at most 16 items, each None, a bool, an int or a float (a usual
// small local): its repr is short (it makes no large str) and spends a tick an item, so it is
// written whole at once, with the checks and ticks of the two passes below in their order.
// 1: done, 0: a tick failed (I.exc set), -1: not such a sequence (nothing done).
int scalar_seq_repr_into(Interp& I, Value v, std::string& out) {
    std::span<const Value> items = seq_items_of(v);
    if (items.size() > 16) return -1;
    for (const Value& x : items)
        if (x.is_obj() || x.is_error() || x.is_undef()) return -1;
    if (I.depth + 1 > I.recursion_limit) return -1; // (PlainScan leaves it to repr_into)
    const bool list = v.o->kind == Kind::List;
    if (empty_without_guard(v)) {
        out += "()";
        return 1;
    }
    if (!repr_enter(I, v.o)) {
        out += list ? "[...]" : "(...)";
        return 1;
    }
    out.push_back(list ? '[' : '(');
    bool ok = true;
    for (size_t k = 0; k < items.size() && ok; ++k) {
        if (k) out += ", ";
        ok = native_tick(I);
        if (ok) repr_into(I, items[k], out);
    }
    repr_leave(I, v.o);
    if (!ok) return 0;
    if (!list && items.size() == 1) out.push_back(',');
    out.push_back(list ? ']' : ')');
    return 1;
}

// The repr of `v` into `out` as repr_into writes it, or its first `limit` + 1 characters or
// more. 1: done, 0: failed (a tick: I.exc set), -1: not plain data (nothing done).
int plain_repr_into(Interp& I, Value v, std::string& out, size_t limit) {
    if (!v.is_obj()) return repr_into(I, v, out) ? 1 : 0;
    if (v.o->kind == Kind::Str && v.o->type == I.t.str) {
        str_repr_into(str_view(v), limit, out);
        return 1;
    }
    if (!is_plain_container(I, v)) return -1;
    if (v.o->kind != Kind::Dict) {
        const int r = scalar_seq_repr_into(I, v, out);
        if (r >= 0) return r;
    }
    ReprWork work;
    size_t len = 0;
    if (!PlainScan(I, work, I.depth).value(v, len)) return -1;
    WorkReplay replay{I, work};
    PlainWrite w{I, replay, out, limit};
    if (!w.value(v) || !replay.finish()) return 0;
    return 1;
}

} // namespace

void trace_repr_quiet_into(Interp& I, Value v, std::string& out, size_t limit) {
    out.clear();
    if (!v.is_obj() && limit >= 32) { // None, a bool, an int, a float: short, never fails
        repr_into(I, v, out);
        return;
    }
    Value saved = I.exc;
    if (is_kind(v, Kind::List) && as<ListObj>(v)->items.size() > 16) {
        out = "[";
        auto& items = as<ListObj>(v)->items;
        for (size_t i = 0; i < 8; ++i) {
            if (i) out += ", ";
            out += trace_repr_quiet(I, items[i], limit);
        }
        out += ", ... (" + std::to_string(items.size()) + " items)]";
    } else {
        int r = plain_repr_into(I, v, out, limit);
        if (r < 0) r = repr_into(I, v, out);
        if (!r) out = "<" + type_name(I, v) + " object>";
    }
    I.exc = saved;
    if (out.size() > limit) {
        out.resize(limit - 3);
        out += "...";
    }
}

std::string trace_repr_quiet(Interp& I, Value v, size_t limit) {
    std::string out;
    trace_repr_quiet_into(I, v, out, limit);
    return out;
}

void trace_repr_append(Interp& I, Value v, std::string& out, size_t limit) {
    if (!v.is_obj() && limit >= 32) { // (as trace_repr_quiet: short, runs no code)
        repr_into(I, v, out);
        return;
    }
    out += trace_repr(I, v, limit);
}

std::string trace_repr(Interp& I, Value v, size_t limit) {
    if (!v.is_obj() && limit >= 32) return trace_repr_quiet(I, v, limit); // (runs no code)
    AsyncState* st = async_state(I);
    trace::TraceSink* sink = st->trace.sink;
    st->trace.sink = nullptr; // a __repr__ that prints is not part of the program's story
    std::string out = trace_repr_quiet(I, v, limit);
    st->trace.sink = sink;
    return out;
}

} // namespace loopscope
