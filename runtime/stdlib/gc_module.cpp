// gc_module.cpp - _gc, the native half of the gc module (runtime/stdlib/py/gc.py).
//
// _gc.collect() runs the collector now (heap.h), and the finalizers it makes due (__del__,
// generators' finally, "Task was destroyed"), then collects again so that the objects whose
// finalizers ran are freed in the same call, as CPython's gc.collect() frees a cycle with
// __del__ methods. What it returns imitates CPython's count: CPython frees most garbage at once
// by reference counting, so its collector only ever finds what is part of a reference cycle (or
// hangs from one); of the objects freed here, those are counted, and only of the kinds CPython's
// collector tracks (containers: an instance, not its attribute dict; not strings or numbers).
#include "lang/finalize.h"
#include "lang/heap.h"
#include "lang/object.h"
#include "lang/ops.h"
#include "stdlib/module_helpers.h"
#include "stdlib/modules.h"

#include <algorithm>
#include <unordered_map>
#include <vector>

namespace loopscope {

namespace {

// The kinds CPython's collector tracks (a class with a __dict__ of its own counts once).
bool tracked_kind(Kind k) {
    switch (k) {
        case Kind::Str:
        case Kind::BigInt:
        case Kind::Range:
        case Kind::Slice:
        case Kind::Code:
        case Kind::NativeFunction: return false;
        default: return true;
    }
}

// How many of `dead` (about to be freed) are cyclic garbage of tracked kinds: members of a
// cycle among them, or reachable from one (Tarjan's strongly connected components).
size_t count_cyclic(std::span<Obj* const> dead) {
    const size_t n = dead.size();
    std::unordered_map<Obj*, size_t> index;
    index.reserve(n);
    for (size_t i = 0; i < n; ++i) index[dead[i]] = i;
    // the references among the dead, and the attribute dicts of dead instances
    std::vector<std::vector<size_t>> edges(n);
    std::vector<bool> attr_dict(n, false);
    for (size_t i = 0; i < n; ++i) {
        Gc g;
        dead[i]->mark_refs(g);
        for (Obj* c : g.gray) {
            c->marked = false; // only listing: the flags stay as the sweep left them
            auto it = index.find(c);
            // (a generator's frame refers back to it here, not in CPython)
            if (it != index.end() && !(it->second == i && c->kind == Kind::Generator))
                edges[i].push_back(it->second);
        }
        if (dead[i]->kind == Kind::Instance) {
            auto it = index.find(static_cast<InstanceObj*>(dead[i])->dict);
            if (it != index.end()) attr_dict[it->second] = true;
        }
    }
    std::vector<size_t> low(n), order(n, SIZE_MAX), stack;
    std::vector<bool> on_stack(n, false), cyclic(n, false);
    std::vector<std::pair<size_t, size_t>> walk; // (node, next edge)
    size_t counter = 0;
    for (size_t root = 0; root < n; ++root) {
        if (order[root] != SIZE_MAX) continue;
        walk.push_back({root, 0});
        order[root] = low[root] = counter++;
        stack.push_back(root);
        on_stack[root] = true;
        while (!walk.empty()) {
            auto& [v, e] = walk.back();
            if (e < edges[v].size()) {
                size_t w = edges[v][e++];
                if (order[w] == SIZE_MAX) {
                    order[w] = low[w] = counter++;
                    stack.push_back(w);
                    on_stack[w] = true;
                    walk.push_back({w, 0});
                } else if (on_stack[w]) {
                    low[v] = std::min(low[v], order[w]);
                }
                continue;
            }
            size_t done = v;
            walk.pop_back();
            if (!walk.empty()) low[walk.back().first] = std::min(low[walk.back().first], low[done]);
            if (low[done] != order[done]) continue;
            std::vector<size_t> comp;
            size_t w;
            do {
                w = stack.back();
                stack.pop_back();
                on_stack[w] = false;
                comp.push_back(w);
            } while (w != done);
            bool self_loop =
                std::find(edges[done].begin(), edges[done].end(), done) != edges[done].end();
            if (comp.size() > 1 || self_loop)
                for (size_t c : comp) cyclic[c] = true;
        }
    }
    // what hangs from a cycle is freed with it
    std::vector<size_t> todo;
    for (size_t i = 0; i < n; ++i)
        if (cyclic[i]) todo.push_back(i);
    while (!todo.empty()) {
        size_t v = todo.back();
        todo.pop_back();
        for (size_t w : edges[v])
            if (!cyclic[w]) {
                cyclic[w] = true;
                todo.push_back(w);
            }
    }
    size_t count = 0;
    for (size_t i = 0; i < n; ++i)
        count += cyclic[i] && !attr_dict[i] && tracked_kind(dead[i]->kind);
    return count;
}

// _gc.collect() -> the number of cyclic objects freed (0 where collecting is not safe: below a
// native that holds values the collector cannot see, heap.h)
Value collect_fn(Interp& I, Value, const CallArgs& a) {
    if (a.nargs != 0) return raise_type_error(I, "_gc.collect() takes no arguments");
    if (I.unrooted_natives != 0) return Value::integer(0);
    size_t found = 0;
    I.finalizers.push_back([&found](std::span<Obj* const> dead) { found += count_cyclic(dead); });
    for (int pass = 0; pass < 2; ++pass) {
        I.collect();
        if (!I.fin_queue.empty()) run_finalizers(I);
    }
    I.finalizers.pop_back();
    return Value::integer(int64_t(found));
}

// _gc.counts() -> (objects alive now, collections so far)
Value counts_fn(Interp& I, Value, const CallArgs& a) {
    if (a.nargs != 0) return raise_type_error(I, "_gc.counts() takes no arguments");
    return new_tuple(
        I, {Value::integer(int64_t(I.heap.count)), Value::integer(int64_t(I.heap.collections))});
}

} // namespace

Value make_gc_native(Interp& I) {
    DictObj* d;
    Value m = new_module(I, "_gc", &d);
    // rooted (holds nothing while it collects), so the collection may run
    Value collect = new_native_function(I, "collect", collect_fn);
    as<NativeFunctionObj>(collect)->rooted = true;
    dict_set_str(I, d, I.intern("collect"), collect);
    set_fn(I, d, "counts", counts_fn);
    return m;
}

} // namespace loopscope
