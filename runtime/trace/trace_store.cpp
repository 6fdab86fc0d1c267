// trace_store.cpp - see trace_store.h.
#include "trace/trace_store.h"

#include <cstring>

namespace loopscope::trace {

namespace {

// A fast hash of a string, 8 bytes at a time (ids do not depend on it: they count up).
uint32_t hash_text(std::string_view s) {
    uint64_t h = 0x9E3779B97F4A7C15ull ^ s.size();
    const char* p = s.data();
    size_t n = s.size();
    for (; n >= 8; p += 8, n -= 8) {
        uint64_t w;
        std::memcpy(&w, p, 8);
        h = (h ^ w) * 0xff51afd7ed558ccdull;
        h ^= h >> 32;
    }
    uint64_t w = 0;
    std::memcpy(&w, p, n);
    h = (h ^ w) * 0xc4ceb9fe1a85ec53ull;
    h ^= h >> 29;
    return static_cast<uint32_t>(h);
}

} // namespace

StringTable::StringTable() {
    clear();
}

void StringTable::clear() {
    storage_.clear();
    by_id_.clear();
    slots_.assign(64, Slot{});
    chars_ = 0;
    storage_.emplace_back();
    by_id_.push_back(&storage_.back());
}

void StringTable::grow() {
    std::vector<Slot> old(slots_.size() * 2);
    old.swap(slots_);
    const size_t mask = slots_.size() - 1;
    for (const Slot& x : old) {
        if (!x.id) continue;
        size_t i = x.hash & mask;
        while (slots_[i].id) i = (i + 1) & mask;
        slots_[i] = x;
    }
}

uint32_t StringTable::intern_text(std::string_view s) {
    const uint32_t h = hash_text(s);
    const size_t mask = slots_.size() - 1;
    size_t i = h & mask;
    for (; slots_[i].id; i = (i + 1) & mask)
        if (slots_[i].hash == h && *by_id_[slots_[i].id] == s) return slots_[i].id;
    storage_.emplace_back(s);
    const uint32_t id = static_cast<uint32_t>(by_id_.size());
    by_id_.push_back(&storage_.back());
    slots_[i] = Slot{h, id};
    chars_ += s.size();
    if (by_id_.size() * 2 > slots_.size()) grow();
    return id;
}

size_t StringTable::memory_bytes() const {
    // A string's object plus its heap buffer when it is longer than the small-string buffer,
    // its pointer, and the index.
    return storage_.size() * sizeof(std::string) + chars_ + by_id_.capacity() * sizeof(void*) +
           slots_.capacity() * sizeof(Slot);
}

void TraceStore::clear() {
    index_.clear();
    recs_.clear();
    lines_.clear();
    aux_.clear();
    aux_tasks_.clear();
    frames_.clear();
    locals_.clear();
    last_stack_.clear();
    strings_.clear();
}

void TraceStore::add(const TraceEvent& e) {
    if (e.kind == EventKind::Line && e.stack.empty() && e.name.empty() && e.text.empty()) {
        add_line(e.time, e.task, e.line, static_cast<int32_t>(e.value));
        return;
    }
    Rec r;
    r.time = e.time;
    r.value = e.value;
    r.value2 = e.value2;
    r.task = e.task;
    r.parent = e.parent;
    r.line = e.line;
    r.handle = e.handle;
    r.object = e.object;
    r.name = strings_.intern(e.name);
    r.text = strings_.intern(e.text);
    r.kind = e.kind;
    r.stream = e.stream;
    r.prim = e.prim;
    if (e.wait.kind != WaitKind::None || !e.stack.empty()) {
        Aux a;
        a.kind = e.wait.kind;
        a.until = e.wait.until;
        a.task = e.wait.task;
        a.object = e.wait.object;
        a.handle = e.wait.handle;
        a.tasks_begin = static_cast<uint32_t>(aux_tasks_.size());
        a.tasks_count = static_cast<uint32_t>(e.wait.tasks.size());
        aux_tasks_.insert(aux_tasks_.end(), e.wait.tasks.begin(), e.wait.tasks.end());
        a.detail = strings_.intern(e.wait.detail);
        a.frames_begin = static_cast<uint32_t>(frames_.size());
        a.frames_count = static_cast<uint32_t>(e.stack.size());
        // A task's stack mostly repeats the one it had when it last suspended (the same
        // functions and locals, a few values changed): each string is compared with the one at
        // its place there first, and interned only when it differs.
        uint32_t prev_begin = 0, prev_count = 0;
        if (!e.stack.empty() && e.task > 0) {
            const size_t t = static_cast<size_t>(e.task);
            if (t >= last_stack_.size()) last_stack_.resize(t + 1, kNone);
            if (last_stack_[t] != kNone) {
                const Aux& prev = aux_[last_stack_[t]];
                prev_begin = prev.frames_begin;
                prev_count = prev.frames_count;
            }
            last_stack_[t] = static_cast<uint32_t>(aux_.size());
        }
        auto same_or_intern = [this](uint32_t id, const std::string& s) {
            const std::string& t = strings_.get(id);
            return t.size() == s.size() && std::memcmp(t.data(), s.data(), s.size()) == 0
                       ? id
                       : strings_.intern(s);
        };
        for (size_t k = 0; k < e.stack.size(); ++k) {
            const FrameInfo& f = e.stack[k];
            Frame fr;
            fr.line = f.line;
            fr.locals_begin = static_cast<uint32_t>(locals_.size());
            fr.locals_count = static_cast<uint32_t>(f.locals.size());
            if (k < prev_count) {
                const Frame pf = frames_[prev_begin + k];
                fr.function = same_or_intern(pf.function, f.function);
                fr.file = same_or_intern(pf.file, f.file);
                for (size_t j = 0; j < f.locals.size(); ++j) {
                    const auto& [name, value] = f.locals[j];
                    if (j < pf.locals_count) {
                        const auto pl = locals_[pf.locals_begin + j];
                        locals_.emplace_back(same_or_intern(pl.first, name),
                                             same_or_intern(pl.second, value));
                    } else {
                        locals_.emplace_back(strings_.intern(name), strings_.intern(value));
                    }
                }
            } else {
                fr.function = strings_.intern(f.function);
                fr.file = strings_.intern(f.file);
                for (const auto& [name, value] : f.locals)
                    locals_.emplace_back(strings_.intern(name), strings_.intern(value));
            }
            frames_.push_back(fr);
        }
        r.aux = static_cast<uint32_t>(aux_.size());
        aux_.push_back(a);
    }
    index_.push_back(static_cast<uint32_t>(recs_.size()));
    recs_.push_back(r);
}

void TraceStore::add_line(double time, int32_t task, int32_t line, int32_t depth) {
    index_.push_back(static_cast<uint32_t>(lines_.size()) | kLineBit);
    lines_.push_back(LineRec{time, task, line, depth});
}

int32_t TraceStore::parent(uint64_t i) const {
    const Rec* r = rec(i);
    return r ? r->parent : 0;
}
int32_t TraceStore::handle(uint64_t i) const {
    const Rec* r = rec(i);
    return r ? r->handle : 0;
}
int32_t TraceStore::object(uint64_t i) const {
    const Rec* r = rec(i);
    return r ? r->object : 0;
}
int8_t TraceStore::stream(uint64_t i) const {
    const Rec* r = rec(i);
    return r ? r->stream : 0;
}
PrimKind TraceStore::prim(uint64_t i) const {
    const Rec* r = rec(i);
    return r ? r->prim : PrimKind::None;
}
double TraceStore::value(uint64_t i) const {
    const Rec* r = rec(i);
    return r ? r->value : line_rec(i).depth;
}
double TraceStore::value2(uint64_t i) const {
    const Rec* r = rec(i);
    return r ? r->value2 : 0.0;
}
uint32_t TraceStore::name_id(uint64_t i) const {
    const Rec* r = rec(i);
    return r ? r->name : 0;
}
uint32_t TraceStore::text_id(uint64_t i) const {
    const Rec* r = rec(i);
    return r ? r->text : 0;
}

WaitKind TraceStore::wait_kind(uint64_t i) const {
    const Rec* r = rec(i);
    return (r && r->aux != kNone) ? aux_[r->aux].kind : WaitKind::None;
}

void TraceStore::wait(uint64_t i, WaitInfo& out) const {
    out = WaitInfo{};
    const Rec* r = rec(i);
    if (!r || r->aux == kNone) return;
    const Aux& a = aux_[r->aux];
    out.kind = a.kind;
    out.until = a.until;
    out.task = a.task;
    out.object = a.object;
    out.handle = a.handle;
    out.tasks.assign(aux_tasks_.begin() + a.tasks_begin,
                     aux_tasks_.begin() + a.tasks_begin + a.tasks_count);
    out.detail = strings_.get(a.detail);
}

void TraceStore::stack(uint64_t i, std::vector<FrameInfo>& out) const {
    out.clear();
    const Rec* r = rec(i);
    if (!r || r->aux == kNone) return;
    const Aux& a = aux_[r->aux];
    out.resize(a.frames_count);
    for (uint32_t k = 0; k < a.frames_count; ++k) {
        const Frame& fr = frames_[a.frames_begin + k];
        FrameInfo& f = out[k];
        f.function = strings_.get(fr.function);
        f.file = strings_.get(fr.file);
        f.line = fr.line;
        f.locals.reserve(fr.locals_count);
        for (uint32_t j = 0; j < fr.locals_count; ++j) {
            const auto& [n, v] = locals_[fr.locals_begin + j];
            f.locals.emplace_back(strings_.get(n), strings_.get(v));
        }
    }
}

TraceEvent TraceStore::get(uint64_t i, Decode decode) const {
    TraceEvent e;
    e.seq = i;
    e.time = time(i);
    e.kind = kind(i);
    e.task = task(i);
    e.line = line(i);
    if (decode == Decode::Header) return e;
    if (e.kind == EventKind::Line && !rec(i)) {
        e.value = depth(i);
        return e;
    }
    e.parent = parent(i);
    e.handle = handle(i);
    e.object = object(i);
    e.stream = stream(i);
    e.prim = prim(i);
    e.value = value(i);
    e.value2 = value2(i);
    e.name = name(i);
    e.text = text(i);
    wait(i, e.wait);
    if (decode == Decode::Full) stack(i, e.stack);
    return e;
}

size_t TraceStore::memory_bytes() const {
    return index_.capacity() * sizeof(uint32_t) + recs_.capacity() * sizeof(Rec) +
           lines_.capacity() * sizeof(LineRec) + aux_.capacity() * sizeof(Aux) +
           aux_tasks_.capacity() * sizeof(int32_t) + frames_.capacity() * sizeof(Frame) +
           locals_.capacity() * sizeof(locals_[0]) + last_stack_.capacity() * sizeof(uint32_t) +
           strings_.memory_bytes();
}

} // namespace loopscope::trace
