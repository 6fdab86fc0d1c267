// events.cpp - Handle / TimerHandle and the loop getters of events.py (see events.h).
#include "asyncio/events.h"

#include "asyncio/async_state.h"
#include "asyncio/base_events.h"
#include "asyncio/format_helpers.h"
#include "asyncio/futures.h"
#include "asyncio/trace_emit.h"
#include "stdlib/module_helpers.h"

namespace loopscope {

// How many of CPython's frames one of ours stands for, to cut a handle's stack where
// CPython's limit does: asyncio.run is run() and Runner.run there, and a task or callback
// runs under run_until_complete, run_forever, _run_once and Handle._run.
static size_t cpython_frames(const CodeObj* c) {
    if (!is_library_code(c)) return 1;
    if (c->name->s == "run_until_complete" && c->filename->s == "asyncio/base_events.py") return 4;
    if (c->qualname && c->qualname->s == "run" && c->filename->s == "asyncio/runners.py") return 2;
    return 1;
}

// (as format_helpers.extract_stack for handles, limited to the innermost `limit` of CPython's
// frames; traceback.extract_stack, unlimited, for futures and tasks)
void SourceSite::note(Interp& I, const LoopObj* loop, size_t limit) {
    if (!loop->debug) return;
    if (!noted_frames) noted_frames = std::make_unique<std::vector<Entry>>();
    std::vector<Entry>& frames = *noted_frames;
    frames.clear();
    size_t depth = 0;
    for (Frame* f = I.frame; f && depth < limit; f = f->back) {
        frames.push_back(Entry{f->code, f->line()});
        depth += cpython_frames(f->code);
    }
    std::reverse(frames.begin(), frames.end());
}

std::string SourceSite::text() const {
    if (!noted()) return "";
    const Entry& e = noted_frames->back();
    return " created at " + e.code->filename->s + ":" + std::to_string(e.line);
}

// _source_frames(obj) -> [(filename, lineno, name), ...] outermost first, or None: what the
// _source_traceback property (py/base_events.py) of a future, task or handle is made of.
static Value source_frames(Interp& I, Value, const CallArgs& a) {
    if (!check_nargs(I, a, "_source_frames", 1, 1)) return Value::error();
    const SourceSite* site = nullptr;
    if (FutureObj* f = as_future(a.args[0])) site = f->site();
    if (a.args[0].is_obj() && a.args[0].o->kind == Kind::Native)
        if (auto* h = dynamic_cast<HandleObj*>(static_cast<NativeObj*>(a.args[0].o)))
            site = h->site();
    if (!site || !site->noted()) return Value::none();
    RootedValues keep(I);
    for (const SourceSite::Entry& e : site->frames()) {
        keep.items.push_back(new_tuple(I, {Value::object(e.code->filename), Value::integer(e.line),
                                           Value::object(e.code->name)}));
    }
    return new_list(I, std::move(keep.items));
}

// _current_handle(loop) -> the handle running now, or None (BaseEventLoop._current_handle)
static Value current_handle(Interp& I, Value, const CallArgs& a) {
    if (!check_nargs(I, a, "_current_handle", 1, 1)) return Value::error();
    LoopObj* l = as_loop(a.args[0]);
    if (!l || !l->current_handle) return Value::none();
    return Value::object(l->current_handle);
}

void HandleObj::note_site(Interp& I, size_t limit) {
    if (!loop->debug) return;
    if (!debug) debug = std::make_unique<Debug>();
    debug->site.note(I, loop, limit);
}

void HandleObj::mark_refs(Gc& gc) {
    NativeObj::mark_refs(gc);
    if (debug) debug->site.mark(gc);
    gc.mark(callback);
    gc.mark(context);
    for (const Value& v : args) gc.mark(v);
    gc.mark(loop);
}

static void handle_cancel(Interp& I, HandleObj* h) {
    if (h->cancelled) return;
    if (h->is_timer && h->scheduled) h->loop->timer_cancelled_count++;
    h->cancelled = true;
    // as Handle.cancel in debug mode: the repr keeps naming the callback ("Executing ...")
    if (h->loop->debug) {
        std::string r = handle_repr(I, h);
        if (!h->debug) h->debug = std::make_unique<HandleObj::Debug>();
        h->debug->cancelled_repr = std::move(r);
    }
    if (h->op == HandleObj::Op::Call) {
        h->callback = Value::none();
        h->args.clear();
    }
}

// ---------------------------------------------------------------------------------------------
// Python-visible
// ---------------------------------------------------------------------------------------------

static HandleObj* self_handle(Interp& I, Value self) {
    if (self.is_obj() && self.o->kind == Kind::Native) {
        if (auto* h = dynamic_cast<HandleObj*>(static_cast<NativeObj*>(self.o))) return h;
    }
    raise_type_error(I, "descriptor requires a Handle");
    return nullptr;
}

static Value h_cancel(Interp& I, Value self, const CallArgs&) {
    HandleObj* h = self_handle(I, self);
    if (!h) return Value::error();
    if (h->loop->st->trace.sink && h->is_timer && h->scheduled && !h->cancelled)
        trace_timer_cancelled(I, h);
    handle_cancel(I, h);
    return Value::none();
}

static Value h_cancelled(Interp& I, Value self, const CallArgs&) {
    HandleObj* h = self_handle(I, self);
    if (!h) return Value::error();
    return Value::boolean(h->cancelled);
}

static Value h_when(Interp& I, Value self, const CallArgs&) {
    HandleObj* h = self_handle(I, self);
    if (!h) return Value::error();
    return Value::floating(h->when);
}

std::string handle_repr(Interp& I, HandleObj* h) {
    if (h->debug && !h->debug->cancelled_repr.empty()) return h->debug->cancelled_repr;
    std::string s = h->is_timer ? "<TimerHandle" : "<Handle";
    if (h->cancelled) s += " cancelled";
    if (h->is_timer) {
        std::string w;
        if (!repr_into(I, Value::floating(h->when), w)) I.exc = Value::none();
        s += " when=" + w;
    }
    if (h->op == HandleObj::Op::Call && !h->callback.is_none())
        s += " " + format_callback_source(I, h->callback, h->args.span());
    return s + (h->site() ? h->site()->text() : "") + ">";
}

static Value h_repr(Interp& I, Value self, const CallArgs&) {
    HandleObj* h = self_handle(I, self);
    if (!h) return Value::error();
    return I.str(handle_repr(I, h));
}

static Value get_running_loop(Interp& I, Value, const CallArgs& a) {
    if (!check_nargs(I, a, "get_running_loop", 0, 0)) return Value::error();
    AsyncState* st = async_state(I);
    if (!st->running_loop) return raise(I, I.t.RuntimeError, "no running event loop");
    return Value::object(st->running_loop);
}

static Value get_running_loop_opt(Interp& I, Value, const CallArgs&) {
    AsyncState* st = async_state(I);
    return st->running_loop ? Value::object(st->running_loop) : Value::none();
}

// events.get_event_loop: the running loop, else the policy's loop (created on first use).
static Value get_event_loop(Interp& I, Value, const CallArgs&) {
    AsyncState* st = async_state(I);
    if (st->running_loop) return Value::object(st->running_loop);
    if (!st->event_loop) st->event_loop = new_loop(I, st);
    return Value::object(st->event_loop);
}

static Value new_event_loop(Interp& I, Value, const CallArgs&) {
    return Value::object(new_loop(I, async_state(I)));
}

static Value set_event_loop(Interp& I, Value, const CallArgs& a) {
    if (!check_nargs(I, a, "set_event_loop", 1, 1)) return Value::error();
    AsyncState* st = async_state(I);
    if (a.args[0].is_none()) {
        st->event_loop = nullptr;
        return Value::none();
    }
    if (!is_subtype(type_of(I, a.args[0]), st->loop_type))
        return raise_type_error(I, "loop must be an instance of AbstractEventLoop or None, not '" +
                                       type_name(I, a.args[0]) + "'");
    st->event_loop = as<LoopObj>(a.args[0]);
    return Value::none();
}

static Value set_running_loop(Interp& I, Value, const CallArgs& a) {
    AsyncState* st = async_state(I);
    if (!check_nargs(I, a, "_set_running_loop", 1, 1)) return Value::error();
    LoopObj* loop = as_loop(a.args[0]);
    if (!loop && !a.args[0].is_none())
        return raise_type_error(I, "_set_running_loop(): a loop or None is required");
    st->running_loop = loop;
    return Value::none();
}

void init_events(Interp& I, AsyncState* st, DictObj* mod) {
    TypeObj* ht = new_builtin_type(I, "Handle", I.t.object, Kind::Native);
    st->handle_type = ht;
    add_method(I, ht, "cancel", h_cancel);
    add_method(I, ht, "cancelled", h_cancelled);
    add_method(I, ht, "__repr__", h_repr);
    TypeObj* tt = new_builtin_type(I, "TimerHandle", ht, Kind::Native);
    st->timer_handle_type = tt;
    add_method(I, tt, "when", h_when);
    for (TypeObj* t : {ht, tt}) dict_set_str(I, t->dict, I.n.__module__, I.str("asyncio.events"));
    dict_set_str(I, mod, I.intern("Handle"), Value::object(ht));
    dict_set_str(I, mod, I.intern("TimerHandle"), Value::object(tt));
    set_fn(I, mod, "_source_frames", source_frames);
    set_fn(I, mod, "_current_handle", current_handle);
    set_fn(I, mod, "get_running_loop", get_running_loop);
    set_fn(I, mod, "_get_running_loop", get_running_loop_opt);
    set_fn(I, mod, "_set_running_loop", set_running_loop);
    set_fn(I, mod, "get_event_loop", get_event_loop);
    set_fn(I, mod, "new_event_loop", new_event_loop);
    set_fn(I, mod, "set_event_loop", set_event_loop);
}

} // namespace loopscope
