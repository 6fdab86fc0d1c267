// set_table.cpp - the table behind set and frozenset, laid out exactly as CPython's
// Objects/setobject.c lays out its table, so iteration order (and so printing) matches CPython:
// the same probe sequence (9 linear probes, then perturbation), the same growth rule and the
// same dummies. A set's DictObj (marked by its type being `set`, see is_set_table) uses
// `index` as the slot table: -1 empty, >= 0 the position of a live entry in `entries`,
// <= -2 a dummy left by a deletion (-2 - position of the hole it left in `entries`). So
// entries.size() is CPython's `fill` (live + dummies). dict.cpp dispatches here for set tables.
#include "lang/builtins_shared.h"

#include <algorithm>

namespace loopscope {

namespace {

constexpr int32_t kEmpty = -1;
constexpr size_t kMinSize = 8; // PySet_MINSIZE
constexpr size_t kLinearProbes = 9;

inline int32_t dummy_for(size_t pos) {
    return -2 - int32_t(pos);
}
inline size_t dummy_pos(int32_t ix) {
    return size_t(-2 - ix);
}

// The current mask (a table that was never allocated counts as the minimal table).
inline size_t mask_of(const DictObj* d) {
    return d->index.empty() ? kMinSize - 1 : d->index.size() - 1;
}

// The most entries (fill) a table of mask `mask` holds before an insertion resizes it.
inline size_t fill_limit(size_t mask) {
    return (mask * 3 + 4) / 5;
}

void ensure_table(DictObj* d) {
    if (d->index.empty()) d->index.assign(kMinSize, kEmpty);
}

// As set_insert_clean: place entry `pos` (known absent) into the first empty slot.
void insert_clean(DictIndex& table, size_t mask, int64_t hash, int32_t pos) {
    uint64_t perturb = uint64_t(hash);
    size_t i = size_t(hash) & mask;
    for (;;) {
        if (table[i] == kEmpty) {
            table.set(i, pos);
            return;
        }
        if (i + kLinearProbes <= mask) {
            for (size_t j = 1; j <= kLinearProbes; ++j) {
                if (table[i + j] == kEmpty) {
                    table.set(i + j, pos);
                    return;
                }
            }
        }
        perturb >>= 5;
        i = (i * 5 + 1 + size_t(perturb)) & mask;
    }
}

// As set_table_resize: a table for `minused` entries, live entries reinserted in slot order.
void resize(DictObj* d, size_t minused) {
    size_t newsize = kMinSize;
    while (newsize <= minused) newsize <<= 1;
    if (d->entries.size() == size_t(d->used)) {
        // No holes: the entries stay where they are, only the slots are made again (in the same
        // order, so the new table's slots are CPython's). A small set's first block (kMinSize
        // entries) then serves it up to 8 elements.
        DictIndex table;
        table.assign(newsize, kEmpty);
        for (int32_t ix : d->index)
            if (ix >= 0) insert_clean(table, newsize - 1, d->entries[size_t(ix)].hash, ix);
        d->index.swap(table);
        return;
    }
    DictEntries entries;
    // room to grow as a vector would (at most what this table holds before its next resize):
    // a small set's entries are not reallocated again a few insertions later
    entries.reserve(
        std::max(size_t(d->used), std::min(fill_limit(newsize - 1), 2 * size_t(d->used))));
    DictIndex table;
    table.assign(newsize, kEmpty);
    for (int32_t ix : d->index) {
        if (ix < 0) continue;
        const DictObj::Entry& e = d->entries[size_t(ix)];
        insert_clean(table, newsize - 1, e.hash, int32_t(entries.size()));
        entries.push_back(e);
    }
    d->entries.swap(entries);
    d->index.swap(table);
}

// Equality of a probed key: fast paths, else Python's ==. 1, 0, -1 error, 2 restart.
int key_equal(Interp& I, DictObj* d, size_t pos, Value key) {
    const DictObj::Entry& e = d->entries[pos];
    if (e.key().same(key)) return 1;
    const Value& a = e.key();
    if (a.tag == Tag::Int && key.tag == Tag::Int) return 0;
    if (is_str(a) && is_str(key) && a.o->type == I.t.str && key.o->type == I.t.str)
        return as_str(a)->s == as_str(key)->s;
    Value startkey = a;
    uint64_t version = d->version;
    size_t nindex = d->index.size();
    int r = eq(I, startkey, key);
    if (r < 0) return -1;
    if (d->version != version || d->index.size() != nindex || !d->entries[pos].key().same(startkey))
        return 2;
    return r;
}

} // namespace

bool is_set_table(const DictObj* d) {
    return d->type && d->type->instance_kind == Kind::Set;
}

// As set_lookkey: the entry position of `key`, -1 when absent, -2 on error.
int64_t set_table_find(Interp& I, DictObj* d, Value key, int64_t h) {
restart:
    if (d->index.empty()) return -1;
    size_t mask = d->index.size() - 1;
    uint64_t perturb = uint64_t(h);
    size_t i = size_t(h) & mask;
    for (;;) {
        size_t probes = i + kLinearProbes <= mask ? kLinearProbes : 0;
        for (size_t j = 0; j <= probes; ++j) {
            int32_t ix = d->index[i + j];
            if (ix == kEmpty) return -1;
            if (ix >= 0 && d->entries[size_t(ix)].hash == h) {
                int r = key_equal(I, d, size_t(ix), key);
                if (r < 0) return -2;
                if (r == 2) goto restart;
                if (r) return ix;
            }
        }
        perturb >>= 5;
        i = (i * 5 + 1 + size_t(perturb)) & mask;
    }
}

// As set_add_entry (the value is stored too, for the dict API's sake). A new key goes to the
// last dummy its probe sequence passed (as CPython 3.11 does), else to the empty slot ending it.
bool set_table_insert(Interp& I, DictObj* d, Value key, int64_t h, Value v) {
restart:
    ensure_table(d);
    size_t mask = d->index.size() - 1;
    uint64_t perturb = uint64_t(h);
    size_t i = size_t(h) & mask;
    size_t slot = 0;
    int64_t freeslot = -1;
    for (;;) {
        size_t probes = i + kLinearProbes <= mask ? kLinearProbes : 0;
        for (size_t j = 0; j <= probes; ++j) {
            int32_t ix = d->index[i + j];
            if (ix == kEmpty) {
                slot = i + j;
                goto found_unused;
            }
            if (ix < 0) {
                freeslot = int64_t(i + j);
            } else {
                if (d->entries[size_t(ix)].hash == h) {
                    int r = key_equal(I, d, size_t(ix), key);
                    if (r < 0) return false;
                    if (r == 2) goto restart;
                    if (r) {
                        d->entries[size_t(ix)].set_value(v);
                        return true;
                    }
                }
            }
        }
        perturb >>= 5;
        i = (i * 5 + 1 + size_t(perturb)) & mask;
    }
found_unused:
    if (freeslot >= 0) {
        // Reuse the dummy and the hole it left in `entries` (fill is unchanged).
        size_t pos = dummy_pos(d->index[size_t(freeslot)]);
        d->entries[pos] = DictObj::Entry{h, key, v};
        d->index.set(size_t(freeslot), int32_t(pos));
        ++d->used;
        d->version = ++g_dict_version;
        return true;
    }
    d->index.set(slot, int32_t(d->entries.size()));
    // a new set's first entry: room for 8 (one block, not 1, 2, 4; and no new one when the
    // table grows from 8 slots to 32 at the fifth: resize keeps the entries)
    if (d->entries.capacity() == 0) d->entries.reserve(kMinSize);
    d->entries.push_back(DictObj::Entry{h, key, v});
    ++d->used;
    d->version = ++g_dict_version;
    size_t fill = d->entries.size();
    if (fill * 5 >= mask * 3)
        resize(d, size_t(d->used) > 50000 ? size_t(d->used) * 2 : size_t(d->used) * 4);
    return true;
}

// Delete entry `pos`: its slot becomes a dummy, its entry a hole.
void set_table_del_at(DictObj* d, int64_t pos) {
    // Walk the entry's probe sequence to its slot.
    int64_t h = d->entries[size_t(pos)].hash;
    size_t mask = d->index.size() - 1;
    uint64_t perturb = uint64_t(h);
    size_t i = size_t(h) & mask;
    for (bool found = false; !found;) {
        size_t probes = i + kLinearProbes <= mask ? kLinearProbes : 0;
        for (size_t j = 0; j <= probes; ++j) {
            if (d->index[i + j] == int32_t(pos)) {
                d->index.set(i + j, dummy_for(size_t(pos)));
                found = true;
                break;
            }
        }
        perturb >>= 5;
        i = (i * 5 + 1 + size_t(perturb)) & mask;
    }
    DictObj::Entry& e = d->entries[size_t(pos)];
    e.set_key(Value::undef());
    e.set_value(Value::undef());
    --d->used;
    d->version = ++g_dict_version;
}

// As set_merge: add every entry of `other` (a set table) to `so`, presizing first and copying
// slots directly when CPython does.
bool set_table_merge(Interp& I, DictObj* so, const DictObj* other) {
    if (other->used == 0 || other == so) return true;
    // copying a large set is work like a loop's, charged before it starts
    if (!native_bytes(I, uint64_t(other->used) * sizeof(DictObj::Entry))) return false;
    size_t fill = so->entries.size();
    if ((fill + size_t(other->used)) * 5 >= mask_of(so) * 3) {
        ensure_table(so);
        resize(so, size_t(so->used + other->used) * 2);
        fill = so->entries.size();
    }
    ensure_table(so);
    size_t mask = so->index.size() - 1;
    bool other_clean = other->entries.size() == size_t(other->used);
    if (fill == 0 && mask == mask_of(other) && other_clean && !other->index.empty()) {
        // Same-size table, no dummies: copy slot for slot.
        for (size_t i = 0; i < other->index.size(); ++i) {
            int32_t ix = other->index[i];
            if (ix < 0) continue;
            so->index.set(i, int32_t(so->entries.size()));
            so->entries.push_back(other->entries[size_t(ix)]);
        }
        so->used = other->used;
        so->version = ++g_dict_version;
        return true;
    }
    if (fill == 0) {
        for (int32_t ix : other->index) {
            if (ix < 0) continue;
            const DictObj::Entry& e = other->entries[size_t(ix)];
            insert_clean(so->index, mask, e.hash, int32_t(so->entries.size()));
            so->entries.push_back(e);
            ++so->used;
        }
        so->version = ++g_dict_version;
        return true;
    }
    std::vector<DictObj::Entry> items;
    items.reserve(size_t(other->used));
    for (int32_t ix : other->index)
        if (ix >= 0) items.push_back(other->entries[size_t(ix)]);
    for (const DictObj::Entry& e : items)
        if (!set_table_insert(I, so, e.key(), e.hash, e.value())) return false;
    return true;
}

std::vector<int32_t> set_order(const DictObj* d) {
    std::vector<int32_t> order;
    order.reserve(size_t(d->used));
    if (!is_set_table(d)) {
        for (size_t k = 0; k < d->entries.size(); ++k)
            if (!d->entries[k].key().is_undef()) order.push_back(int32_t(k));
        return order;
    }
    for (int32_t ix : d->index)
        if (ix >= 0) order.push_back(ix);
    return order;
}

} // namespace loopscope
