// seq_iter.h - the iterators of list, tuple and range, whose next item the VM's FOR_ITER takes
// in its loop (IterObj::seq names which one an iterator is) instead of through the virtual
// next(); iterators.cpp makes them and registers their types.
#pragma once

#include "lang/object.h"

namespace loopscope {

struct ListIter final : IterObj {
    ListObj* list; // nullptr once exhausted
    size_t pos = 0;
    ListIter(TypeObj* t, ListObj* l) : IterObj(t), list(l) {
        rooted = true;
        seq = SeqIterKind::List;
    }
    Value next(Interp&) override {
        if (!list) return Value::undef();
        if (pos < list->items.size()) return list->items[pos++];
        list = nullptr;
        return Value::undef();
    }
    void mark_refs(Gc& gc) override;
};

struct TupleIter final : IterObj {
    TupleObj* tuple; // nullptr once exhausted
    size_t pos = 0;
    TupleIter(TypeObj* t, TupleObj* x) : IterObj(t), tuple(x) {
        rooted = true;
        seq = SeqIterKind::Tuple;
    }
    Value next(Interp&) override {
        if (!tuple) return Value::undef();
        if (pos < tuple->items.size()) return tuple->items[pos++];
        tuple = nullptr;
        return Value::undef();
    }
    void mark_refs(Gc& gc) override;
};

struct RangeIter final : IterObj {
    int64_t cur, step, left;
    RangeIter(TypeObj* t, int64_t c, int64_t s, int64_t n) : IterObj(t), cur(c), step(s), left(n) {
        rooted = true;
        seq = SeqIterKind::Range;
    }
    Value next(Interp&) override {
        if (left <= 0) return Value::undef();
        int64_t v = cur;
        cur = int64_t(uint64_t(cur) + uint64_t(step));
        --left;
        return Value::integer(v);
    }
};

// The next item of a list, tuple or range iterator that has one, else Undef (exhausted, or
// another iterator: its next() says which).
[[gnu::always_inline]] inline Value seq_iter_next(IterObj* it) {
    switch (it->seq) {
        case SeqIterKind::List: {
            auto* li = static_cast<ListIter*>(it);
            if (li->list && li->pos < li->list->items.size()) return li->list->items[li->pos++];
            break;
        }
        case SeqIterKind::Tuple: {
            auto* ti = static_cast<TupleIter*>(it);
            if (ti->tuple && ti->pos < ti->tuple->items.size()) return ti->tuple->items[ti->pos++];
            break;
        }
        case SeqIterKind::Range: {
            auto* ri = static_cast<RangeIter*>(it);
            if (ri->left > 0) {
                int64_t v = ri->cur;
                ri->cur = int64_t(uint64_t(ri->cur) + uint64_t(ri->step));
                --ri->left;
                return Value::integer(v);
            }
            break;
        }
        case SeqIterKind::Other: break;
    }
    return Value::undef();
}

} // namespace loopscope
