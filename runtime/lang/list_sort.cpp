// list_sort.cpp - list.sort and sorted(): CPython's timsort (listobject.c's listsort: natural
// runs, binary insertion up to minrun, powersort's merge order, galloping merges), so a
// program sees the same comparisons in the same order as under CPython, and the same partly
// sorted list when a comparison fails. Keys are pre-scanned for one type that can be ordered
// without calling Python code (as CPython's unsafe_*_compare).
//
// Index:
//   [SECTION] Key orders    - ints, floats, strs and tuples of them, digests
//   [SECTION] Timsort       - runs, merges, galloping
//   [SECTION] Sorting       - keys, pre-scan, reverse
#include "lang/builtins_shared.h"

#include <algorithm>

namespace loopscope {

namespace {

struct SortItem {
    Value key;
    Value value;
    uint64_t d0 = 0, d1 = 0; // digests of the key (or a tuple key's first two items), below
};

// ---------------------------------------------------------------------------------------------
// [SECTION] Key orders
// ---------------------------------------------------------------------------------------------

// The order of two values when it needs no Python code: -1, 0 or 1 for two ints, two floats
// (neither NaN) or two exact strs; 2 for every other pair.
inline int quick_order(Interp& I, const Value& x, const Value& y) {
    if (x.tag == Tag::Int && y.tag == Tag::Int) return int(x.i > y.i) - int(x.i < y.i);
    if (x.tag == Tag::Float && y.tag == Tag::Float) {
        if (x.f < y.f) return -1;
        if (x.f > y.f) return 1;
        return x.f == y.f ? 0 : 2;
    }
    if (x.tag == Tag::Obj && y.tag == Tag::Obj && x.o->type == I.t.str && y.o->type == I.t.str) {
        // UTF-8 byte order is code point order.
        int c = static_cast<StrObj*>(x.o)->s.compare(static_cast<StrObj*>(y.o)->s.view());
        return int(c > 0) - int(c < 0);
    }
    return 2;
}

// a < b for two exact tuple keys from item `i` on (the items before are equal), as tuple's
// richcompare: the first unequal items decide (by identity, then ==, then <), else the
// lengths. Ints, floats and exact strs are ordered inline.
int tuple_less_from(Interp& I, const SortItem& a, const SortItem& b, size_t i) {
    std::span<const Value> x = as<TupleObj>(a.key)->items;
    std::span<const Value> y = as<TupleObj>(b.key)->items;
    size_t n = std::min(x.size(), y.size());
    for (; i < n; ++i) {
        // a tick per kCompareRun items, as seq_compare
        constexpr size_t kCompareRun = 16;
        if (i % kCompareRun == kCompareRun - 1 && !native_tick(I)) return -1;
        Value p = x[i], q = y[i];
        int d = quick_order(I, p, q);
        if (d == 0) continue;
        if (d != 2) return d < 0;
        if (p.same(q)) continue;
        int r = eq(I, p, q);
        if (r < 0) return -1;
        if (r) continue;
        return less(I, p, q);
    }
    return x.size() < y.size();
}

// An order-preserving digest of an int or an exact str key, kept in its SortItem so most
// comparisons need not visit the objects (CPython's sort has no such thing; it keeps the order
// exact). Int: the value offset so that unsigned order is numeric order (equal digests: equal
// ints). Str: its first 7 bytes zero-padded, then its length capped at 8 (equal digests below
// 8: equal strs; equal digests at 8: the whole texts decide).
enum class Digest : uint8_t { None, Int, Str };
constexpr uint64_t kLongStr = 8;

Digest digest_kind(Interp& I, const Value& v) {
    if (v.tag == Tag::Int) return Digest::Int;
    if (v.tag == Tag::Obj && v.o->type == I.t.str) return Digest::Str;
    return Digest::None;
}

uint64_t digest(const Value& v, Digest k) {
    if (k == Digest::Int) return uint64_t(v.i) ^ (uint64_t(1) << 63);
    const StrText& t = static_cast<StrObj*>(v.o)->s;
    size_t n = std::min<size_t>(t.size(), 7);
    uint64_t d = 0;
    for (size_t i = 0; i < n; ++i) d |= uint64_t(uint8_t(t.data()[i])) << (56 - 8 * i);
    return d | std::min<uint64_t>(t.size(), kLongStr);
}

// The digest kind every key's item `pos` has (None when they differ or a tuple is too short).
Digest common_digest(Interp& I, const std::vector<SortItem>& v, size_t pos) {
    Digest k = Digest::None;
    for (size_t i = 0; i < v.size(); ++i) {
        std::span<const Value> t = as<TupleObj>(v[i].key)->items;
        Digest d = t.size() > pos ? digest_kind(I, t[pos]) : Digest::None;
        if (d == Digest::None || (i > 0 && d != k)) return Digest::None;
        k = d;
    }
    return k;
}

// Tuple keys whose first items (kind k0) and maybe second items (k1) have digests d0, d1
// (as CPython's unsafe_tuple_compare orders the first items with a compare chosen in advance).
// `len` is every key's length when they all have one, else SIZE_MAX.
int digest_tuple_less(Interp& I, const SortItem& a, const SortItem& b, Digest k0, Digest k1,
                      size_t len) {
    if (a.d0 != b.d0) return a.d0 < b.d0;
    size_t i = 1;
    if (k0 == Digest::Str && (a.d0 & 0xff) == kLongStr) {
        i = 0;
    } else if (k1 != Digest::None) {
        if (a.d1 != b.d1) return a.d1 < b.d1;
        i = k1 == Digest::Str && (a.d1 & 0xff) == kLongStr ? 1 : 2;
    }
    if (i == len) return 0; // equal tuples
    return tuple_less_from(I, a, b, i);
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Timsort
// ---------------------------------------------------------------------------------------------

// How the keys are ordered, chosen by the pre-scan (one TimSort for all: a template per order
// would multiply the code in the wasm).
enum class Order : uint8_t { Int, Float, Str, Tuple, TupleDigest, SameType, Any };

// Timsort over SortItems, as CPython's listsort. A comparison answers a.key < b.key: 1, 0, or -1
// on error (which stops the sort, leaving the items a permutation of what they were). Memory
// safe whatever the comparison answers (a user __lt__ may be inconsistent).
class TimSort {
public:
    TimSort(Interp& I, std::vector<SortItem>& v, Order order) : I_(I), v_(v), order_(order) {}
    // tuple keys' digest kinds and common length (Order::TupleDigest)
    Digest k0 = Digest::None, k1 = Digest::None;
    size_t len = SIZE_MAX;

    void set_order(Order order) { order_ = order; }

    bool run() {
        size_t n = v_.size();
        if (n < 2) return true;
        SortItem* base = v_.data();
        size_t minrun = min_run(n);
        size_t lo = 0, remaining = n;
        while (remaining) {
            bool descending;
            int64_t k = count_run(base + lo, base + lo + remaining, &descending);
            if (k < 0) return false;
            size_t len = size_t(k);
            if (descending) std::reverse(base + lo, base + lo + len);
            if (len < minrun) {
                size_t force = std::min(remaining, minrun);
                if (!binary_insertion(base + lo, base + lo + force, base + lo + len)) return false;
                len = force;
            }
            if (!found_new_run(len)) return false;
            runs_.push_back(Run{lo, len, 0});
            lo += len;
            remaining -= len;
        }
        // merge what is left, the shorter neighbours first
        while (runs_.size() > 1) {
            size_t i = runs_.size() - 2;
            if (i > 0 && runs_[i - 1].len < runs_[i + 1].len) --i;
            if (!merge_at(i)) return false;
        }
        return true;
    }

private:
    struct Run {
        size_t base, len;
        int power; // powersort's node power of the boundary after this run
    };
    static constexpr size_t kMinGallop = 7;

    Interp& I_;
    std::vector<SortItem>& v_;
    Order order_;
    std::vector<SortItem> tmp_;
    std::vector<Run> runs_;
    size_t min_gallop_ = kMinGallop;
    size_t compared_ = 0;

    // a < b; a tick per comparison, charged every kWork (a sort of millions is bounded by the
    // budget like a loop: native_work)
    int less(const SortItem& a, const SortItem& b) {
        constexpr size_t kWork = 1024;
        if (++compared_ % kWork == 0 && !native_work(I_, int64_t(kWork))) return -1;
        switch (order_) {
            case Order::Int: return int(a.key.i < b.key.i);
            case Order::Float: return int(a.key.f < b.key.f);
            case Order::Str:
                if (a.d0 != b.d0) return int(a.d0 < b.d0);
                if ((a.d0 & 0xff) != kLongStr) return 0;
                return int(as_str(a.key)->s < as_str(b.key)->s);
            case Order::Tuple: return tuple_less_from(I_, a, b, 0);
            case Order::TupleDigest: return digest_tuple_less(I_, a, b, k0, k1, len);
            case Order::SameType: return less_same_type(I_, a.key, b.key);
            case Order::Any: break;
        }
        return loopscope::less(I_, a.key, b.key);
    }

    // The shortest run worth making by binary insertion: n / 2**k in [32, 64], rounded up when
    // any bit shifted out was set (merge_compute_minrun).
    static size_t min_run(size_t n) {
        size_t r = 0;
        while (n >= 64) {
            r |= n & 1;
            n >>= 1;
        }
        return n + r;
    }

    // Length of the run at lo: non-descending, or strictly descending (then *descending).
    int64_t count_run(SortItem* lo, SortItem* hi, bool* descending) {
        *descending = false;
        if (lo + 1 == hi) return 1;
        int r = less(lo[1], lo[0]);
        if (r < 0) return -1;
        int64_t n = 2;
        *descending = r == 1;
        for (SortItem* p = lo + 2; p < hi; ++p, ++n) {
            r = less(p[0], p[-1]);
            if (r < 0) return -1;
            if (r != int(*descending)) break;
        }
        return n;
    }

    // Sort [lo, hi) whose [lo, start) is sorted, placing each item by binary search after its
    // equals (binarysort).
    bool binary_insertion(SortItem* lo, SortItem* hi, SortItem* start) {
        if (lo == start) ++start;
        for (; start < hi; ++start) {
            SortItem pivot = *start;
            SortItem *l = lo, *r = start;
            do {
                SortItem* p = l + ((r - l) >> 1);
                int c = less(pivot, *p);
                if (c < 0) return false;
                if (c)
                    r = p;
                else
                    l = p + 1;
            } while (l < r);
            std::copy_backward(l, start, start + 1);
            *l = pivot;
        }
        return true;
    }

    // Powersort's power of the boundary between runs [s1, s1+n1) and [s1+n1, s1+n1+n2): the
    // first bit where the binary fractions of their midpoints over the whole length differ
    // (powerloop).
    int power_of(size_t s1, size_t n1, size_t n2) const {
        size_t n = v_.size();
        size_t a = 2 * s1 + n1, b = a + n1 + n2; // twice the midpoints
        int power = 0;
        for (;;) {
            ++power;
            if (a >= n) {
                a -= n;
                b -= n;
            } else if (b >= n) {
                break;
            }
            a <<= 1;
            b <<= 1;
        }
        return power;
    }

    // A run of n2 items follows the last pending one: merge while the boundary before the last
    // is deeper than the new one (found_new_run).
    bool found_new_run(size_t n2) {
        if (runs_.empty()) return true;
        const Run& last = runs_.back();
        int power = power_of(last.base, last.len, n2);
        while (runs_.size() > 1 && runs_[runs_.size() - 2].power > power) {
            if (!merge_at(runs_.size() - 2)) return false;
        }
        runs_.back().power = power;
        return true;
    }

    // Leftmost k in [0, n) with key <= a[k] (n when none), searching outward from `hint`.
    int64_t gallop_left(const SortItem& key, SortItem* a, size_t n, size_t hint) {
        size_t last = 0, ofs = 1;
        int c = less(a[hint], key);
        if (c < 0) return -1;
        if (c) {
            // a[hint] < key: gallop right until a[hint+last] < key <= a[hint+ofs]
            size_t max = n - hint;
            while (ofs < max) {
                c = less(a[hint + ofs], key);
                if (c < 0) return -1;
                if (!c) break;
                last = ofs;
                ofs = (ofs << 1) + 1;
            }
            if (ofs > max) ofs = max;
            last += hint;
            ofs += hint;
        } else {
            // key <= a[hint]: gallop left until a[hint-ofs] < key <= a[hint-last]
            size_t max = hint + 1;
            while (ofs < max) {
                c = less(a[hint - ofs], key);
                if (c < 0) return -1;
                if (c) break;
                last = ofs;
                ofs = (ofs << 1) + 1;
            }
            if (ofs > max) ofs = max;
            size_t k = last;
            last = hint - ofs; // may wrap to "-1": the +1 below brings it back
            ofs = hint - k;
        }
        // a[last] < key <= a[ofs]: binary search in (last, ofs]
        ++last;
        while (last < ofs) {
            size_t m = last + ((ofs - last) >> 1);
            c = less(a[m], key);
            if (c < 0) return -1;
            if (c)
                last = m + 1;
            else
                ofs = m;
        }
        return int64_t(ofs);
    }

    // Leftmost k in [0, n) with key < a[k] (n when none): after the items equal to key.
    int64_t gallop_right(const SortItem& key, SortItem* a, size_t n, size_t hint) {
        size_t last = 0, ofs = 1;
        int c = less(key, a[hint]);
        if (c < 0) return -1;
        if (c) {
            // key < a[hint]: gallop left until a[hint-ofs] <= key < a[hint-last]
            size_t max = hint + 1;
            while (ofs < max) {
                c = less(key, a[hint - ofs]);
                if (c < 0) return -1;
                if (!c) break;
                last = ofs;
                ofs = (ofs << 1) + 1;
            }
            if (ofs > max) ofs = max;
            size_t k = last;
            last = hint - ofs;
            ofs = hint - k;
        } else {
            // a[hint] <= key: gallop right until a[hint+last] <= key < a[hint+ofs]
            size_t max = n - hint;
            while (ofs < max) {
                c = less(key, a[hint + ofs]);
                if (c < 0) return -1;
                if (c) break;
                last = ofs;
                ofs = (ofs << 1) + 1;
            }
            if (ofs > max) ofs = max;
            last += hint;
            ofs += hint;
        }
        ++last;
        while (last < ofs) {
            size_t m = last + ((ofs - last) >> 1);
            c = less(key, a[m]);
            if (c < 0) return -1;
            if (c)
                ofs = m;
            else
                last = m + 1;
        }
        return int64_t(ofs);
    }

    // Merge pending runs i and i+1 (merge_at): the items of run i before run i+1's first and
    // those of run i+1 after run i's last are already in place.
    bool merge_at(size_t i) {
        SortItem* a = v_.data() + runs_[i].base;
        size_t na = runs_[i].len;
        SortItem* b = v_.data() + runs_[i + 1].base;
        size_t nb = runs_[i + 1].len;
        runs_[i].len = na + nb;
        runs_.erase(runs_.begin() + int64_t(i) + 1);
        int64_t k = gallop_right(b[0], a, na, 0);
        if (k < 0) return false;
        a += k;
        na -= size_t(k);
        if (na == 0) return true;
        k = gallop_left(a[na - 1], b, nb, nb - 1);
        if (k <= 0) return k == 0;
        nb = size_t(k);
        return na <= nb ? merge_low(a, na, b, nb) : merge_high(a, na, b, nb);
    }

    // Merge adjacent runs a (na, the shorter, copied aside) and b (nb) from the left; a's first
    // item goes after b's first, a's last at the very end (merge_lo).
    bool merge_low(SortItem* pa, size_t na, SortItem* pb, size_t nb) {
        tmp_.assign(pa, pa + na);
        SortItem* dest = pa;
        SortItem* a = tmp_.data();
        SortItem* b = pb;
        bool ok = true;
        *dest++ = *b++;
        --nb;
        if (nb == 0) goto done;
        if (na == 1) goto copy_b;
        for (;;) {
            size_t acount = 0, bcount = 0;
            // one item at a time until a run wins min_gallop_ times in a row
            for (;;) {
                int c = less(*b, *a);
                if (c < 0) goto fail;
                if (c) {
                    *dest++ = *b++;
                    ++bcount;
                    acount = 0;
                    if (--nb == 0) goto done;
                    if (bcount >= min_gallop_) break;
                } else {
                    *dest++ = *a++;
                    ++acount;
                    bcount = 0;
                    if (--na == 1) goto copy_b;
                    if (acount >= min_gallop_) break;
                }
            }
            // galloping: find where the next item of each run goes in the other
            ++min_gallop_;
            do {
                min_gallop_ -= min_gallop_ > 1;
                int64_t k = gallop_right(*b, a, na, 0);
                if (k < 0) goto fail;
                acount = size_t(k);
                if (k) {
                    dest = std::copy(a, a + k, dest);
                    a += k;
                    na -= size_t(k);
                    if (na == 1) goto copy_b;
                    if (na == 0) goto done; // only with an inconsistent comparison
                }
                *dest++ = *b++;
                if (--nb == 0) goto done;
                k = gallop_left(*a, b, nb, 0);
                if (k < 0) goto fail;
                bcount = size_t(k);
                if (k) {
                    dest = std::copy(b, b + k, dest);
                    b += k;
                    nb -= size_t(k);
                    if (nb == 0) goto done;
                }
                *dest++ = *a++;
                if (--na == 1) goto copy_b;
            } while (acount >= kMinGallop || bcount >= kMinGallop);
            ++min_gallop_; // leaving galloping mode costs
        }
    fail:
        ok = false;
    done:
        std::copy(a, a + na, dest);
        return ok;
    copy_b:
        // a's last item belongs after all of b's rest
        dest = std::copy(b, b + nb, dest);
        *dest = *a;
        return true;
    }

    // As merge_low from the right, b (the shorter) copied aside (merge_hi).
    bool merge_high(SortItem* pa, size_t na, SortItem* pb, size_t nb) {
        tmp_.assign(pb, pb + nb);
        SortItem* base_a = pa;
        SortItem* base_b = tmp_.data();
        SortItem* dest = pb + nb - 1;
        SortItem* a = pa + na - 1;
        SortItem* b = base_b + nb - 1;
        bool ok = true;
        *dest-- = *a--;
        --na;
        if (na == 0) goto done;
        if (nb == 1) goto copy_a;
        for (;;) {
            size_t acount = 0, bcount = 0;
            for (;;) {
                int c = less(*b, *a);
                if (c < 0) goto fail;
                if (c) {
                    *dest-- = *a--;
                    ++acount;
                    bcount = 0;
                    if (--na == 0) goto done;
                    if (acount >= min_gallop_) break;
                } else {
                    *dest-- = *b--;
                    ++bcount;
                    acount = 0;
                    if (--nb == 1) goto copy_a;
                    if (bcount >= min_gallop_) break;
                }
            }
            ++min_gallop_;
            do {
                min_gallop_ -= min_gallop_ > 1;
                int64_t k = gallop_right(*b, base_a, na, na - 1);
                if (k < 0) goto fail;
                k = int64_t(na) - k;
                acount = size_t(k);
                if (k) {
                    dest -= k;
                    a -= k;
                    std::copy_backward(a + 1, a + 1 + k, dest + 1 + k);
                    na -= size_t(k);
                    if (na == 0) goto done;
                }
                *dest-- = *b--;
                if (--nb == 1) goto copy_a;
                k = gallop_left(*a, base_b, nb, nb - 1);
                if (k < 0) goto fail;
                k = int64_t(nb) - k;
                bcount = size_t(k);
                if (k) {
                    dest -= k;
                    b -= k;
                    std::copy(b + 1, b + 1 + k, dest + 1);
                    nb -= size_t(k);
                    if (nb == 1) goto copy_a;
                    if (nb == 0) goto done; // only with an inconsistent comparison
                }
                *dest-- = *a--;
                if (--na == 0) goto done;
            } while (acount >= kMinGallop || bcount >= kMinGallop);
            ++min_gallop_;
        }
    fail:
        ok = false;
    done:
        std::copy(base_b, base_b + nb, dest + 1 - nb);
        return ok;
    copy_a:
        // b's first item belongs before all of a's rest
        dest -= na;
        a -= na;
        std::copy_backward(a + 1, a + 1 + na, dest + 1 + na);
        *dest = *b;
        return true;
    }
};

} // namespace

// ---------------------------------------------------------------------------------------------
// [SECTION] Sorting
// ---------------------------------------------------------------------------------------------

// Sort `items` in place (stable) by key(item) or the items themselves: list.sort and sorted().
// False with the exception set when a key or a comparison failed (after a comparison, `items`
// is left in the order the sort had reached).
// Rooted (heap.h): `items` is not changed until the sort is done, and the keys are kept in a
// rooted vector, so every value the sort moves around stays reachable while key functions and
// __lt__ run. (The caller's `items` must not be visible to Python code meanwhile.)
// As CPython's list.sort, the keys are scanned first for one type whose order can be taken
// without a lookup of __lt__ (unsafe_long_compare, unsafe_float_compare, unsafe_latin_compare,
// unsafe_tuple_compare, unsafe_object_compare).
bool sort_list_values(Interp& I, std::vector<Value>& items, Value key, bool reverse) {
    RootVector items_root(I, items);
    RootedValues keys(I);
    std::vector<SortItem> v(items.size());
    bool has_key = !key.is_undef() && !key.is_none();
    if (has_key) keys.items.reserve(items.size());
    for (size_t i = 0; i < items.size(); ++i) {
        v[i].value = items[i];
        if (has_key) {
            Value k = call(I, key, std::span<const Value>(&items[i], 1));
            if (k.is_error()) return false;
            keys.items.push_back(k);
            v[i].key = k;
        } else {
            v[i].key = items[i];
        }
    }
    // CPython reverses before and after so equal items keep their order.
    if (reverse) std::reverse(v.begin(), v.end());
    bool all_int = true, all_str = true, all_float = true, one_type = true;
    TypeObj* first = v.empty() ? nullptr : type_of(I, v[0].key);
    for (auto& s : v) {
        all_int &= s.key.tag == Tag::Int;
        all_float &= s.key.tag == Tag::Float;
        // exact strs only: a subclass may order its instances its own way
        all_str &= s.key.tag == Tag::Obj && s.key.o->type == I.t.str;
        one_type &= type_of(I, s.key) == first;
    }
    Order order = one_type && first == I.t.tuple ? Order::Tuple
                  : all_int                      ? Order::Int
                  : all_float                    ? Order::Float
                  : all_str                      ? Order::Str
                  : one_type                     ? Order::SameType
                                                 : Order::Any;
    TimSort sort(I, v, order);
    if (order == Order::Tuple) {
        sort.k0 = common_digest(I, v, 0);
        sort.k1 = sort.k0 == Digest::None ? Digest::None : common_digest(I, v, 1);
        sort.len = as<TupleObj>(v[0].key)->items.size();
        for (auto& s : v) {
            std::span<const Value> t = as<TupleObj>(s.key)->items;
            if (sort.k0 != Digest::None) s.d0 = digest(t[0], sort.k0);
            if (sort.k1 != Digest::None) s.d1 = digest(t[1], sort.k1);
            if (t.size() != sort.len) sort.len = SIZE_MAX;
        }
        if (sort.k0 != Digest::None) sort.set_order(Order::TupleDigest);
    } else if (order == Order::Str) {
        for (auto& s : v) s.d0 = digest(s.key, Digest::Str);
    }
    bool ok = sort.run();
    // Also after a failed comparison: the items as far as the sort got (as CPython's list).
    if (reverse) std::reverse(v.begin(), v.end());
    for (size_t i = 0; i < items.size(); ++i) items[i] = v[i].value;
    return ok;
}

} // namespace loopscope
