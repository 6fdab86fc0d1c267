// dict.cpp - the hash table behind dict, set and frozenset: an insertion-ordered compact table
// as CPython's dictobject.c (an `index` of slots pointing into a dense `entries` array),
// probing with CPython's perturbation scheme. Methods of dict live in dict_methods.cpp.
#include "lang/builtins_shared.h"

#include <algorithm>
#include <new>
#include <type_traits>

namespace loopscope {

namespace {

constexpr int32_t kEmpty = -1;
constexpr int32_t kDeleted = -2;
constexpr size_t kMinSize = 8;

// What a new entry adds to the collector's count of allocated bytes (lang/heap.h: pacing):
// the entry and its share of the index, as DictObj::gc_size() weighs them.
constexpr size_t kEntryWeight = 40 + 3 * 4;

// How many entries an index of `n` slots may hold (CPython's USABLE_FRACTION).
inline size_t usable(size_t n) {
    return (n << 1) / 3;
}

// Rebuild the index with `n` slots (a power of two), compacting the entries.
void rebuild(DictObj* d, size_t n) {
    if (d->used != int64_t(d->entries.size())) {
        size_t w = 0;
        for (size_t r = 0; r < d->entries.size(); ++r) {
            if (d->entries[r].key().is_undef()) continue;
            if (w != r) d->entries[w] = d->entries[r];
            ++w;
        }
        d->entries.resize(w);
    }
    d->index.assign(n, kEmpty);
    d->dummies = 0;
    size_t mask = n - 1;
    for (size_t k = 0; k < d->entries.size(); ++k) {
        uint64_t h = uint64_t(d->entries[k].hash);
        uint64_t perturb = h;
        size_t i = size_t(h) & mask;
        while (d->index[i] != kEmpty) {
            perturb >>= 5;
            i = (i * 5 + size_t(perturb) + 1) & mask;
        }
        d->index.set(i, int32_t(k));
    }
}

// Make room for one more entry. The index must keep an empty slot for every probe to end on:
// its live entries and deleted marks count, not only the entries (trailing holes are dropped
// from `entries` while their marks stay in the index).
void grow_for_insert(DictObj* d) {
    if (!d->index.empty() && d->entries.size() + 1 <= usable(d->index.size()) &&
        size_t(d->used + d->dummies) + 1 <= usable(d->index.size())) {
        return;
    }
    size_t want = size_t(d->used + 1) * 3;
    size_t n = kMinSize;
    while (n < want) n <<= 1;
    rebuild(d, n);
}

// Slot of the index holding entry `pos`.
size_t slot_of(const DictObj* d, int64_t pos) {
    size_t mask = d->index.size() - 1;
    uint64_t perturb = uint64_t(d->entries[size_t(pos)].hash);
    size_t i = size_t(perturb) & mask;
    while (d->index[i] != int32_t(pos)) {
        perturb >>= 5;
        i = (i * 5 + size_t(perturb) + 1) & mask;
    }
    return i;
}

// Equal text of two strs: lengths first, then the bytes (str_text.h).
inline bool same_text(const StrObj* a, const StrObj* b) {
    return a->s.size() == b->s.size() && same_bytes(a->s.data(), b->s.data(), a->s.size());
}

// Equality of two keys known to have equal hashes, with fast paths that call no Python code
// (ints, exact strs: a str subclass may define __eq__, which CPython's lookdict calls).
// Returns 1/0, -1 on error, or 2 when the general path is needed.
inline int fast_key_eq(Interp& I, const Value& a, const Value& b) {
    if (a.tag == Tag::Int && b.tag == Tag::Int) return a.i == b.i;
    if (a.tag == Tag::Obj && b.tag == Tag::Obj && a.o->type == I.t.str && b.o->type == I.t.str)
        return same_text(static_cast<StrObj*>(a.o), static_cast<StrObj*>(b.o));
    return 2;
}

// dict_find's answer when an entry with the key's hash has a key other than an exact str: its
// __eq__ may run, which the general path does.
constexpr int64_t kNeedsEq = -3;

// As CPython's unicodekeys_lookup_unicode: an exact str key in a dict's table (not a set's).
// The entry's position, -1 when missing, or kNeedsEq.
inline __attribute__((always_inline)) int64_t find_exact_str(const DictObj* d, const StrObj* key,
                                                             int64_t h, const TypeObj* str_t) {
    if (d->index.empty()) return -1;
    const DictIndex& index = d->index;
    const DictObj::Entry* entries = d->entries.begin();
    const size_t mask = d->index.size() - 1;
    uint64_t perturb = uint64_t(h);
    size_t i = size_t(perturb) & mask;
    for (;;) {
        const int32_t ix = index[i];
        if (ix == kEmpty) return -1;
        if (ix >= 0) {
            const DictObj::Entry& e = entries[ix];
            if (e.key().tag == Tag::Obj && e.key().o == key) return ix;
            if (e.hash == h) {
                if (e.key().tag != Tag::Obj || e.key().o->type != str_t) return kNeedsEq;
                if (same_text(static_cast<const StrObj*>(e.key().o), key)) return ix;
            }
        }
        perturb >>= 5;
        i = (i * 5 + size_t(perturb) + 1) & mask;
    }
}

// A new entry for a key known to be missing (as CPython's insert_into_dictkeys after a miss).
void add_entry(Interp& I, DictObj* d, int64_t h, Value key, Value v) {
    grow_for_insert(d);
    const size_t mask = d->index.size() - 1;
    DictIndex& index = d->index;
    uint64_t perturb = uint64_t(h);
    size_t i = size_t(perturb) & mask;
    while (index[i] >= 0) {
        perturb >>= 5;
        i = (i * 5 + size_t(perturb) + 1) & mask;
    }
    if (index[i] == kDeleted) --d->dummies;
    index.set(i, int32_t(d->entries.size()));
    d->entries.push_back(DictObj::Entry{h, key, v});
    I.heap.allocated += kEntryWeight;
    ++d->used;
    bump_dict_version(d);
}

inline bool is_exact_str(Interp& I, Value v) {
    return v.tag == Tag::Obj && v.o->type == I.t.str;
}

} // namespace

void DictEntries::grow(size_t cap) {
    static_assert(std::is_trivially_destructible_v<DictEntry>);
    auto* p = static_cast<DictEntry*>(::operator new(sizeof(DictEntry) * cap));
    for (size_t i = 0; i < n_; ++i) new (p + i) DictEntry(p_[i]);
    free_block();
    p_ = p;
    cap_ = uint32_t(cap);
}

DictObj* new_dict(Interp& I) {
    return I.alloc<DictObj>(I.t.dict);
}

SetObj* new_set(Interp& I, bool frozen) {
    // The table's type marks it as a set table (set_table.cpp), laid out as CPython's.
    return I.alloc<SetObj>(frozen ? I.t.frozenset : I.t.set, I.t.set, frozen);
}

bool key_hash(Interp& I, Value key, int64_t* out) {
    switch (key.tag) {
        case Tag::Int: *out = int64_hash(key.i); return true;
        case Tag::Bool: *out = key.b ? 1 : 0; return true;
        case Tag::Obj:
            if (key.o->kind == Kind::Str) {
                *out = str_hash(static_cast<StrObj*>(key.o));
                return true;
            }
            break;
        default: break;
    }
    return hash(I, key, out);
}

int64_t dict_find(Interp& I, DictObj* d, Value key, int64_t h) {
    if (is_set_table(d)) return set_table_find(I, d, key, h);
    if (is_exact_str(I, key)) {
        const int64_t r = find_exact_str(d, static_cast<StrObj*>(key.o), h, I.t.str);
        if (r != kNeedsEq) return r;
    }
restart:
    if (d->index.empty()) return -1;
    size_t mask = d->index.size() - 1;
    uint64_t perturb = uint64_t(h);
    size_t i = size_t(perturb) & mask;
    for (;;) {
        int32_t ix = d->index[i];
        if (ix == kEmpty) return -1;
        if (ix >= 0) {
            const DictObj::Entry& e = d->entries[size_t(ix)];
            if (e.key().same(key)) return ix;
            if (e.hash == h) {
                int r = fast_key_eq(I, e.key(), key);
                if (r == 1) return ix;
                if (r == 2) {
                    // A user __eq__ may mutate the dict: restart if it did (as CPython).
                    Value startkey = e.key();
                    uint64_t version = d->version;
                    size_t nindex = d->index.size();
                    r = eq(I, startkey, key);
                    if (r < 0) return -2;
                    if (d->version != version || d->index.size() != nindex ||
                        !d->entries[size_t(ix)].key().same(startkey)) {
                        goto restart;
                    }
                    if (r) return ix;
                }
            }
        }
        perturb >>= 5;
        i = (i * 5 + size_t(perturb) + 1) & mask;
    }
}

bool dict_insert(Interp& I, DictObj* d, Value key, int64_t h, Value v) {
    if (is_set_table(d)) return set_table_insert(I, d, key, h, v);
    int64_t pos = dict_find(I, d, key, h);
    if (pos == -2) return false;
    if (pos >= 0) {
        d->entries[size_t(pos)].set_value(v);
        bump_dict_version(d);
        return true;
    }
    add_entry(I, d, h, key, v);
    return true;
}

namespace {

// The entry the last exact-str get found: `counts[w] = counts.get(w, 0) + 1` and `d[k] += 1`
// store where they read without probing again. A dict's version names one state of one dict
// (object.h: drawn from one counter at every mutation), so the entry is there while the dict
// and the key object are those of the get and the version is the same.
struct StrHit {
    const DictObj* d = nullptr;
    uint64_t version = 0;
    const StrObj* key = nullptr;
    size_t pos = 0;
};
thread_local StrHit last_str_hit;

} // namespace

int dict_get_exact_str(Interp& I, DictObj* d, StrObj* key, Value* out) {
    const int64_t pos = find_exact_str(d, key, str_hash(key), I.t.str);
    if (pos >= 0) {
        *out = d->entries[size_t(pos)].value();
        last_str_hit = {d, d->version, key, size_t(pos)};
        return 1;
    }
    return pos == -1 ? 0 : -1;
}

bool dict_store_exact_str(Interp& I, DictObj* d, StrObj* key, Value v, Value* old) {
    StrHit& hit = last_str_hit;
    // (the key's text checked too: the get's key may have been freed since and its memory
    // reused by this one)
    if (hit.d == d && hit.key == key && hit.version == d->version && hit.pos < d->entries.size() &&
        d->entries[hit.pos].key_tag() == Tag::Obj &&
        same_text(static_cast<const StrObj*>(d->entries[hit.pos].key_obj()), key)) {
        DictObj::Entry& e = d->entries[hit.pos];
        *old = e.value();
        e.set_value_of_obj_key(v);
        bump_dict_version(d);
        hit.version = d->version;
        return true;
    }
    const int64_t h = str_hash(key);
    const int64_t pos = find_exact_str(d, key, h, I.t.str);
    if (pos == kNeedsEq) return false;
    if (pos >= 0) {
        *old = d->entries[size_t(pos)].value();
        d->entries[size_t(pos)].set_value(v);
        bump_dict_version(d);
        return true;
    }
    *old = Value::undef();
    add_entry(I, d, h, Value::object(key), v);
    return true;
}

void dict_del_at(DictObj* d, int64_t pos) {
    if (is_set_table(d)) return set_table_del_at(d, pos);
    d->index.set(slot_of(d, pos), kDeleted);
    ++d->dummies;
    DictObj::Entry& e = d->entries[size_t(pos)];
    e.set_key(Value::undef());
    e.set_value(Value::undef());
    --d->used;
    bump_dict_version(d);
    // Drop trailing holes so popitem() loops stay O(1) amortised.
    while (!d->entries.empty() && d->entries.back().key().is_undef()) d->entries.pop_back();
    if (d->used == 0) {
        d->entries.clear();
        d->index.fill(kEmpty);
        d->dummies = 0;
    }
}

Value dict_get(Interp& I, DictObj* d, Value key) {
    int64_t h;
    if (!key_hash(I, key, &h)) return Value::error();
    int64_t pos = dict_find(I, d, key, h);
    if (pos == -2) return Value::error();
    if (pos < 0) return Value::undef();
    return d->entries[size_t(pos)].value();
}

bool dict_set(Interp& I, DictObj* d, Value key, Value v) {
    int64_t h;
    if (!key_hash(I, key, &h)) return false;
    return dict_insert(I, d, key, h, v);
}

int dict_del(Interp& I, DictObj* d, Value key) {
    int64_t h;
    if (!key_hash(I, key, &h)) return -1;
    int64_t pos = dict_find(I, d, key, h);
    if (pos == -2) return -1;
    if (pos < 0) return 0;
    dict_del_at(d, pos);
    return 1;
}

namespace {

// Lookup of a str key: pointer equality first, then hash + bytes. Calls no Python code.
int64_t find_str(const DictObj* d, const StrObj* key, int64_t h) {
    if (d->index.empty()) return -1;
    size_t mask = d->index.size() - 1;
    uint64_t perturb = uint64_t(h);
    size_t i = size_t(perturb) & mask;
    for (;;) {
        int32_t ix = d->index[i];
        if (ix == kEmpty) return -1;
        if (ix >= 0) {
            const DictObj::Entry& e = d->entries[size_t(ix)];
            if (e.key().tag == Tag::Obj) {
                if (e.key().o == key) return ix;
                if (e.hash == h && e.key().o->kind == Kind::Str &&
                    static_cast<const StrObj*>(e.key().o)->s == key->s) {
                    return ix;
                }
            }
        }
        perturb >>= 5;
        i = (i * 5 + size_t(perturb) + 1) & mask;
    }
}

} // namespace

int64_t dict_find_str(const DictObj* d, StrObj* key) {
    return find_str(d, key, str_hash(key));
}

Value dict_get_str(DictObj* d, StrObj* key) {
    int64_t pos = find_str(d, key, str_hash(key));
    return pos < 0 ? Value::undef() : d->entries[size_t(pos)].value();
}

void dict_set_str(Interp& I, DictObj* d, StrObj* key, Value v) {
    int64_t h = str_hash(key);
    int64_t pos = find_str(d, key, h);
    if (pos >= 0) {
        d->entries[size_t(pos)].set_value(v);
        bump_dict_version(d);
        return;
    }
    add_entry(I, d, h, Value::object(key), v);
}

bool dict_del_str(DictObj* d, StrObj* key) {
    int64_t pos = find_str(d, key, str_hash(key));
    if (pos < 0) return false;
    dict_del_at(d, pos);
    return true;
}

void dict_clear(DictObj* d) {
    d->entries.clear();
    d->index.clear();
    d->used = 0;
    d->dummies = 0;
    bump_dict_version(d);
}

} // namespace loopscope
