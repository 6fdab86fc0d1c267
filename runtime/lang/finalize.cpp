// finalize.cpp - finalizers when the last reference goes (finalize.h).
#include "lang/finalize.h"

#include "lang/classes.h"
#include "lang/frame.h"
#include "lang/frame_objects.h"
#include "lang/heap.h"
#include "lang/inst_values.h"
#include "lang/ops.h"
#include "lang/vm.h"
#include "lang/vm_internal.h"
#include <unordered_set>

#include <algorithm>
#include <unordered_set>

namespace loopscope {

void fin_request(Interp& I) {
    I.heap.threshold = 0;
    if (I.heap.allocated == 0) I.heap.allocated = 1;
}

static bool holds_fin(Interp& I, Obj* o, int depth) {
    if (o->fin) return true;
    if (depth == 0) return false;
    auto check = [&](const Value& v) { return v.is_obj() && holds_fin(I, v.o, depth - 1); };
    auto frame_holds = [&](const FrameObj* f) {
        if (!f || f->live) return false;
        for (size_t i = 0; i < f->locals.size() && i < 32; ++i)
            if (check(f->locals[i])) return true;
        return false;
    };
    constexpr size_t kMax = 32;
    switch (o->kind) {
        case Kind::List: {
            auto& items = static_cast<ListObj*>(o)->items;
            for (size_t i = 0; i < items.size() && i < kMax; ++i)
                if (check(items[i])) return true;
            return false;
        }
        case Kind::Tuple: {
            auto& items = static_cast<TupleObj*>(o)->items;
            for (size_t i = 0; i < items.size() && i < kMax; ++i)
                if (check(items[i])) return true;
            return false;
        }
        case Kind::Instance:
            // (a split instance's values: inst_values.h)
            if (as_split(o))
                for (uint32_t i = 0; i < as_split(o)->nvals && i < kMax; ++i)
                    if (check(as_split(o)->vals[i])) return true;
            if (!static_cast<InstanceObj*>(o)->dict) return false;
            o = static_cast<InstanceObj*>(o)->dict;
            [[fallthrough]];
        case Kind::Dict: {
            auto& entries = static_cast<DictObj*>(o)->entries;
            for (size_t i = 0; i < entries.size() && i < kMax; ++i)
                if (check(entries[i].value())) return true;
            return false;
        }
        case Kind::Exception: {
            // its traceback's ended frames hold their locals (as CPython's frame objects)
            for (const TracebackEntry& t : static_cast<ExceptionObj*>(o)->traceback)
                if (frame_holds(t.frame)) return true;
            if (!static_cast<InstanceObj*>(o)->dict) return false;
            o = static_cast<InstanceObj*>(o)->dict;
            auto& entries = static_cast<DictObj*>(o)->entries;
            for (size_t i = 0; i < entries.size() && i < kMax; ++i)
                if (check(entries[i].value())) return true;
            return false;
        }
        case Kind::Native: {
            // a traceback (its chain's frames) or a frame: their ended frames' locals
            if (o->type == I.t.frame) return frame_holds(static_cast<FrameObj*>(o));
            if (o->type != I.t.traceback) return false;
            Value tb = Value::object(o);
            for (size_t n = 0; n < kMax && is_traceback(I, tb); ++n) {
                auto* t = static_cast<TracebackObj*>(tb.o);
                if (frame_holds(t->frame)) return true;
                tb = t->next;
            }
            return false;
        }
        default: return false;
    }
}

bool fin_dropped_deep(Interp& I, Value v, bool weak, int32_t frame_depth) {
    if (!v.is_obj()) return false;
    if (v.o->fin) {
        if (weak && !fin_weak_probe(v.o, frame_depth)) return false;
    } else if (!holds_fin(I, v.o, 2) || (weak && !fin_weak_probe(v.o, frame_depth))) {
        return false;
    }
    I.fin_drops.push_back(v.o);
    return true;
}

Value fin_peek_attr(Value obj, StrObj* name) {
    if (!is_kind(obj, Kind::Instance)) return Value::undef();
    return inst_get(static_cast<InstanceObj*>(obj.o), name);
}

Value fin_peek_item(Value container, Value key) {
    if (is_kind(container, Kind::List) && key.is_int()) {
        auto& items = as<ListObj>(container)->items;
        int64_t i = key.i < 0 ? key.i + int64_t(items.size()) : key.i;
        return i >= 0 && i < int64_t(items.size()) ? items[size_t(i)] : Value::undef();
    }
    if (is_kind(container, Kind::Dict) && is_kind(key, Kind::Str))
        return dict_get_str(as<DictObj>(container), as<StrObj>(key));
    return Value::undef();
}

bool fin_dropped_all(Interp& I, std::span<const Value> items, bool reverse) {
    bool any = false;
    for (size_t k = 0; k < items.size(); ++k)
        any |= fin_dropped_deep(I, items[reverse ? items.size() - 1 - k : k], false);
    return any;
}

void fin_probe(Interp& I) {
    if (I.unrooted_natives != 0 || I.fin_running) {
        fin_request(I);
        return;
    }
    I.fin_defer_cycles = true;
    I.collect();
    I.fin_defer_cycles = false;
    run_finalizers(I);
}

// Whether unreachable `root` can reach itself through unreachable objects: a reference cycle,
// which CPython's reference counts never free (its cycle collector does, later).
static bool on_cycle(Obj* root) {
    std::vector<Obj*> stack{root};
    std::unordered_set<Obj*> seen;
    Gc kids;
    while (!stack.empty()) {
        Obj* o = stack.back();
        stack.pop_back();
        kids.gray.clear();
        o->mark_refs(kids);
        for (Obj* k : kids.gray) k->marked = false; // only listing what it refers to
        for (Obj* k : kids.gray) {
            if (k == root) return true;
            if (seen.insert(k).second) stack.push_back(k);
        }
    }
    return false;
}

static void take_unreachable(Interp& I, Gc& gc);

void fin_take_unreachable(Interp& I, Gc& gc) {
    size_t queued = I.fin_queue.size();
    take_unreachable(I, gc);
    if (I.fin_keep && I.fin_queue.size() > queued) I.fin_keep(I, gc);
}

static void take_unreachable(Interp& I, Gc& gc) {
    std::vector<Obj*> drops;
    drops.swap(I.fin_drops);
    if (I.fin_count == 0) return;
    // A probe leaves an object with a __del__ on a reference cycle, and what it refers to,
    // alive for a collection that is not a probe (gc.collect(), the heap's own, the end), as
    // CPython's finalizers of a cycle wait for its cycle collector.
    auto deferred = [&](Obj* o) {
        // (not a generator: its frame refers back to it here, not in CPython)
        if (!I.fin_defer_cycles || o->marked || !o->fin || o->kind == Kind::Generator ||
            !on_cycle(o))
            return false;
        gc.mark(o);
        gc.drain();
        return true;
    };
    // Depth first from each root, an object before what it refers to; the children in the
    // order CPython's deallocation releases them (a list's and a tuple's items last first,
    // anything else in order). Everything reached stays alive this cycle.
    std::vector<Obj*> stack;
    Gc kids;
    auto visit = [&](Obj* root) {
        if (root->marked) return;
        root->marked = true;
        stack.push_back(root);
        while (!stack.empty()) {
            Obj* o = stack.back();
            stack.pop_back();
            gc.live_bytes += o->gc_size(); // (marked here, not drained)
            if (o->fin) {
                fin_unwatch(I, o);
                I.fin_queue.push_back(o);
            }
            if (o->type && !o->type->marked) {
                o->type->marked = true;
                stack.push_back(o->type);
            }
            kids.gray.clear();
            o->mark_refs(kids);
            if (o->kind != Kind::List && o->kind != Kind::Tuple)
                std::reverse(kids.gray.begin(), kids.gray.end());
            stack.insert(stack.end(), kids.gray.begin(), kids.gray.end());
        }
    };
    for (Obj* o : drops) {
        if (!deferred(o)) visit(o);
    }
    if (I.fin_count == 0) return;
    std::vector<Obj*> rest; // unreachable, not reached from a drop: oldest first
    for (Obj* o : I.heap.fin_objects)
        if (o->fin && !o->marked) rest.push_back(o);
    if (rest.size() > 1) {
        // Their order is the heap's (an object may have been watched again after it was made).
        rest.clear();
        for (Obj* o : I.heap.objects)
            if (o->fin && !o->marked) rest.push_back(o);
    }
    for (Obj* o : rest)
        if (!deferred(o)) visit(o);
}

// "Exception ignored in: <what>" and the traceback, as CPython's unraisable hook prints it.
void report_unraisable(Interp& I, Value what) {
    Value exc = I.exc;
    I.exc = Value::none();
    Rooted keep(I, exc);
    std::string head = "Exception ignored in: ";
    Value r = repr(I, what);
    if (r.is_error()) {
        I.exc = Value::none();
        head += "<object repr() failed>";
    } else {
        head += str_view(r);
    }
    std::string source;
    auto it = I.registry.find("__main__.source");
    std::string filename;
    if (it != I.registry.end() && is_str(it->second)) source = std::string(str_view(it->second));
    auto fit = I.registry.find("__main__.filename");
    if (fit != I.registry.end() && is_str(fit->second))
        filename = std::string(str_view(fit->second));
    I.write_err(head + "\n" + format_exception(I, exc, source, filename));
    I.exc = Value::none();
}

static void finalize_own(Interp& I, Obj* o) {
    if (o->kind == Kind::Generator) {
        auto* g = static_cast<GenObj*>(o);
        if (!g->frame || g->running) return;
        // A suspended async generator goes to the finalizer hook (asyncio schedules its
        // aclose()), as genobject.c's _PyGen_Finalize.
        if (g->gkind == GenKind::AsyncGenerator && g->ag_finalizer() && !g->ag_closed) {
            Value hook = Value::object(g->ag_finalizer());
            Rooted keep(I, hook);
            Value arg = Value::object(g);
            if (call(I, hook, std::span<const Value>(&arg, 1)).is_error())
                report_unraisable(I, arg);
            return;
        }
        if (!g->started) {
            if (g->gkind == GenKind::Coroutine && !g->warned) {
                g->warned = true;
                // where it was dropped; dropped where no probe looked: where it was made
                Interp::WarnSite site = I.current_site();
                if (!site.file && g->born_code())
                    site = {g->born_code()->filename, g->born_line,
                            is_library_code(g->born_code())};
                I.warn(I.t.RuntimeWarning, "coroutine '" + g->qualname->s + "' was never awaited",
                       site);
            }
            finish_generator(I, g);
            return;
        }
        if (gen_close(I, g).is_error()) report_unraisable(I, Value::object(g));
        return;
    }
    Value del = type_lookup_cached(o->type, I.intern("__del__"));
    if (del.is_undef()) return;
    Rooted keep(I, del);
    if (call_bound(I, del, Value::object(o), std::span<const Value>()).is_error())
        report_unraisable(I, del);
}

// Its finalizer, then (as subtype_dealloc clearing the weak references) their callbacks.
static void finalize_one(Interp& I, Obj* o) {
    finalize_own(I, o);
    if (I.fin_after && !I.stopping()) I.fin_after(I, o);
}

void run_finalizers(Interp& I) {
    if (I.fin_running || I.fin_queue.empty()) return;
    if (I.stopping()) {
        I.fin_queue.clear();
        return;
    }
    I.fin_running = true;
    Value saved = I.exc;
    Rooted keep(I, saved);
    I.exc = Value::none();
    // Finalizers may collect again and queue more: the queue is a root until the end.
    for (size_t i = 0; i < I.fin_queue.size() && !I.stopping(); ++i)
        finalize_one(I, I.fin_queue[i]);
    I.fin_queue.clear();
    if (!I.stopping()) I.exc = saved;
    I.fin_running = false;
}

void fin_shutdown(Interp& I, DictObj* globals) {
    // In insertion order, as CPython 3.11 prints the __del__ of a script's globals at exit.
    std::vector<Value> held;
    for (const DictObj::Entry& e : globals->entries)
        if (!e.key().is_undef() && e.value().is_obj()) held.push_back(e.value());
    dict_clear(globals);
    if (I.fin_count == 0) return;
    for (const Value& v : held) I.fin_drops.push_back(v.o);
    held.clear();
    // Cycles with finalizers, then what those finalizers dropped, a few rounds at most.
    for (int round = 0; round < 4 && I.fin_count > 0 && !I.stopping(); ++round) {
        I.collect();
        if (I.fin_queue.empty()) break;
        run_finalizers(I);
    }
}

void init_finalize(Interp& I) {
    Interp* ip = &I;
    I.root_markers.push_back([ip](Gc& gc) {
        for (Obj* o : ip->fin_queue) gc.mark(o);
    });
}

} // namespace loopscope
