// inst_values.cpp - split instances' values (inst_values.h).
#include "lang/inst_values.h"
#include "lang/classes.h"
#include "lang/interp.h"
#include "lang/ops.h"

#include <algorithm>
#include <new>
#include <string_view>

namespace loopscope {

namespace {

// What the dict of an instance weighed (DictObj::gc_size) after n keys were added to it in
// order, and what making it and adding one key charged (dict.cpp's kEntryWeight).
constexpr size_t kInstanceWeight = 32, kDictWeight = 112, kEntryCharge = 40 + 3 * 4;

size_t dict_weight(uint32_t n) {
    if (n == 0) return kDictWeight;
    // the index grows as dict.cpp's grow_for_insert grows it: 8 slots up to 5 keys, then 32
    // up to 21, then 128
    size_t slots = n <= 5 ? 8 : n <= 21 ? 32 : 128;
    return kDictWeight + 16 + 40 * size_t(n) + (slots > 8 ? 16 + 4 * slots : 0);
}

void free_vals(SplitObj* o) {
    if (o->vals) ::operator delete(o->vals, sizeof(Value) * o->cap);
    o->vals = nullptr;
    o->cap = 0;
}

} // namespace

int32_t shared_index_text(const TypeObj* t, const StrObj* name, uint32_t n) {
    const std::string_view text(name->s.data(), name->s.size());
    for (uint32_t i = 0; i < n; ++i)
        if (std::string_view(t->shared_keys[i]->s.data(), t->shared_keys[i]->s.size()) == text)
            return int32_t(i);
    return -1;
}

SplitObj::~SplitObj() {
    free_vals(this);
}

void SplitObj::mark_refs(Gc& gc) {
    InstanceObj::mark_refs(gc);
    for (uint32_t i = 0; i < nvals; ++i) gc.mark(vals[i]);
}

size_t SplitObj::gc_size() const {
    return split ? kInstanceWeight + dict_weight(nvals) : kInstanceWeight;
}

InstanceObj* new_instance(Interp& I, TypeObj* t) {
    if (t->is_builtin) return I.alloc<InstanceObj>(t, nullptr);
    SplitObj* o = I.alloc<SplitObj>(t, !t->slots_only);
    if (t->slots_only) o->dict = new_instance_dict(I, t);
    return o;
}

Value inst_get(InstanceObj* o, StrObj* name) {
    if (SplitObj* s = as_split(o); s && s->split) {
        int32_t i = shared_index(s->type, name, s->nvals);
        return i < 0 ? Value::undef() : s->vals[i];
    }
    return o->dict ? dict_get_str(o->dict, name) : Value::undef();
}

void inst_append(Interp& I, SplitObj* o, StrObj* name, Value v) {
    TypeObj* t = o->type;
    const uint32_t n = o->nvals;
    if (n == t->shared_keys.size()) t->shared_keys.push_back(name);
    if (n == o->cap) {
        size_t cap =
            std::min<size_t>(kSharedKeysMax, std::max<size_t>(t->attrs_seen, n ? 2 * n : 4));
        auto* p = static_cast<Value*>(::operator new(sizeof(Value) * cap));
        std::copy(o->vals, o->vals + n, p);
        free_vals(o);
        o->vals = p;
        o->cap = uint16_t(cap);
    }
    o->vals[n] = v;
    o->nvals = n + 1;
    I.heap.allocated += kEntryCharge; // (as the dict's new entry did)
    if (n + 1 > t->attrs_seen && n + 1 <= 16) t->attrs_seen = uint8_t(n + 1);
}

void inst_set(Interp& I, SplitObj* o, StrObj* name, Value v) {
    TypeObj* t = o->type;
    const uint32_t n = o->nvals;
    int32_t i = shared_index(t, name, n);
    if (i >= 0) {
        o->vals[i] = v;
        return;
    }
    // the next key of the class's order, or a new last one (only exact, interned strs)
    bool next = n < t->shared_keys.size()
                    ? t->shared_keys[n] == name
                    : n < kSharedKeysMax && name->interned && name->type == I.t.str;
    if (next) return inst_append(I, o, name, v);
    dict_set_str(I, inst_dict(I, o), name, v);
}

// As CPython's make_dict_from_instance_attributes: the dict takes the values, the instance
// keeps it. Pacing: the instance charged and weighed the dict already.
DictObj* inst_dict(Interp& I, InstanceObj* in) {
    SplitObj* o = as_split(in);
    if (!o || !o->split) return in->dict;
    const size_t allocated = I.heap.allocated;
    TypeObj* t = o->type;
    DictObj* d = new_instance_dict(I, t);
    for (uint32_t i = 0; i < o->nvals; ++i) dict_set_str(I, d, t->shared_keys[i], o->vals[i]);
    I.heap.allocated = allocated;
    free_vals(o);
    o->nvals = 0;
    o->split = false;
    o->dict = d;
    return d;
}

} // namespace loopscope
