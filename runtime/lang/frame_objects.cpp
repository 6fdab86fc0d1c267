// frame_objects.cpp - `frame` and `traceback` objects (frame_objects.h).
#include "lang/frame_objects.h"
#include "lang/classes.h"
#include "lang/finalize.h"
#include "lang/frame.h"
#include "lang/interp.h"
#include "lang/ops.h"

#include <algorithm>

namespace loopscope {

FrameObj::FrameObj(TypeObj* t, Frame* f)
    : NativeObj(t), code(f->code), globals(f->globals), locals_dict(f->locals_dict), live(f),
      module_frame((f->flags & FRAME_MODULE) != 0) {}

FrameObj::~FrameObj() {
    if (live) live->obj = nullptr;
}

void FrameObj::mark_refs(Gc& gc) {
    NativeObj::mark_refs(gc);
    gc.mark(code);
    if (globals) gc.mark(globals);
    if (locals_dict) gc.mark(locals_dict);
    if (back) gc.mark(back);
    for (const Value& v : locals) gc.mark(v);
    // A suspended generator's frame is kept with its generator (so that its locals are there
    // to copy when it ends, even in the sweep that frees the generator). A running frame is
    // on the VM's chain, marked there (its saved stack top may be stale while it runs).
    if (live && live->gen) gc.mark(live->gen);
}

int32_t FrameObj::lineno() const {
    return live ? live->line() : line;
}

void TracebackObj::mark_refs(Gc& gc) {
    NativeObj::mark_refs(gc);
    gc.mark(next);
    gc.mark(frame);
}

FrameObj* frame_object(Interp& I, Frame* f) {
    if (!f->obj) f->obj = I.alloc<FrameObj>(I.t.frame, f);
    return f->obj;
}

void frame_finished(Frame* f) {
    FrameObj* o = f->obj;
    f->obj = nullptr;
    o->live = nullptr;
    o->line = f->line();
    o->locals_dict = f->locals_dict;
    o->locals.assign(f->slots, f->slots + f->code->nslots());
    // a generator's frame has no caller once it ended (CPython: f_back is None)
    if (!f->gen && f->back && f->back->obj) o->back = f->back->obj;
}

bool is_traceback(Interp& I, Value v) {
    return v.is_obj() && v.o->kind == Kind::Native && v.o->type == I.t.traceback;
}

bool is_frame(Interp& I, Value v) {
    return v.is_obj() && v.o->kind == Kind::Native && v.o->type == I.t.frame;
}

Value exception_traceback(Interp& I, ExceptionObj* e) {
    auto& entries = e->traceback;
    if (entries.empty()) return Value::none();
    // Entries are innermost first; each one's tb_next is the one before it.
    for (size_t k = 0; k < entries.size(); ++k) {
        TracebackEntry& t = entries[k];
        if (t.tb) continue;
        t.tb = I.alloc<TracebackObj>(I.t.traceback, t.frame, t.line, t.lasti);
        if (k > 0) t.tb->next = Value::object(entries[k - 1].tb);
    }
    return Value::object(entries.back().tb);
}

std::vector<TracebackEntry> traceback_entries(Interp& I, Value tb) {
    std::vector<TracebackEntry> out;
    while (is_traceback(I, tb)) {
        auto* t = static_cast<TracebackObj*>(tb.o);
        // tb_next's setter refuses a loop: no guard needed
        out.push_back(TracebackEntry{t->frame->code, t->lineno, t->lasti, t->frame, t});
        tb = t->next;
    }
    std::reverse(out.begin(), out.end());
    return out;
}

std::vector<TracebackEntry> shown_traceback(Interp& I, ExceptionObj* e) {
    const auto& entries = e->traceback;
    size_t made = entries.size();
    while (made > 0 && !entries[made - 1].tb) --made;
    if (made == 0) return entries;
    // the objects made so far are a prefix (innermost first); entries added since are outer
    std::vector<TracebackEntry> out = traceback_entries(I, Value::object(entries[made - 1].tb));
    out.insert(out.end(), entries.begin() + std::ptrdiff_t(made), entries.end());
    return out;
}

bool set_exception_traceback(Interp& I, ExceptionObj* e, Value tb) {
    if (!tb.is_none() && !is_traceback(I, tb)) {
        raise_type_error(I, "__traceback__ must be a traceback or None");
        return false;
    }
    // The frames the old traceback held may hold the last reference to an object with __del__.
    bool drops = false;
    if (I.fin_count != 0)
        for (const TracebackEntry& t : e->traceback)
            if (t.frame) drops |= fin_dropped_deep(I, Value::object(t.frame), false);
    e->traceback = traceback_entries(I, tb);
    if (drops) fin_request(I);
    return true;
}

namespace {

Value self_arg(Value self, const CallArgs& a) {
    return self.is_undef() && a.nargs > 0 ? a.args[0] : self;
}

FrameObj* self_frame(Interp& I, Value self, const CallArgs& a, const char* name) {
    Value v = self_arg(self, a);
    if (is_frame(I, v)) return static_cast<FrameObj*>(v.o);
    raise_type_error(I, std::string("descriptor '") + name +
                            "' for 'frame' objects doesn't apply to a '" + type_name(I, v) +
                            "' object");
    return nullptr;
}

TracebackObj* self_tb(Interp& I, Value self, const CallArgs& a, const char* name) {
    Value v = self_arg(self, a);
    if (is_traceback(I, v)) return static_cast<TracebackObj*>(v.o);
    raise_type_error(I, std::string("descriptor '") + name +
                            "' for 'traceback' objects doesn't apply to a '" + type_name(I, v) +
                            "' object");
    return nullptr;
}

#define FRAME_GETTER(fn, attr, expr)                                                               \
    Value fn(Interp& I, Value self, const CallArgs& a) {                                           \
        FrameObj* f = self_frame(I, self, a, attr);                                                \
        if (!f) return Value::error();                                                             \
        return expr;                                                                               \
    }
#define TB_GETTER(fn, attr, expr)                                                                  \
    Value fn(Interp& I, Value self, const CallArgs& a) {                                           \
        TracebackObj* t = self_tb(I, self, a, attr);                                               \
        if (!t) return Value::error();                                                             \
        return expr;                                                                               \
    }

Value frame_back(Interp& I, FrameObj* f) {
    if (f->live) {
        if (!f->live->back) return Value::none();
        return Value::object(frame_object(I, f->live->back));
    }
    return f->back ? Value::object(f->back) : Value::none();
}

// f_locals: a new dict of the function's bound locals and cells (module and class bodies: their
// namespace), as CPython's PyFrame_FastToLocals.
Value frame_locals(Interp& I, FrameObj* f) {
    if (f->module_frame) return Value::object(f->globals);
    if (f->live && f->live->locals_dict) return Value::object(f->live->locals_dict);
    if (!f->live && f->locals_dict) return Value::object(f->locals_dict);
    CodeObj* c = f->code;
    const Value* slots = f->live ? f->live->slots : f->locals.data();
    size_t n = f->live ? size_t(c->nslots()) : f->locals.size();
    DictObj* d = new_dict(I);
    Value dv = Value::object(d);
    auto put = [&](StrObj* name, Value v) {
        if (is_kind(v, Kind::Cell)) v = as<CellObj>(v)->value;
        if (v.is_undef()) return true;
        return dict_set(I, d, Value::object(name), v);
    };
    size_t i = 0;
    for (StrObj* s : c->varnames)
        if (i < n && !put(s, slots[i++])) return Value::error();
    for (StrObj* s : c->cellnames)
        if (i < n && !put(s, slots[i++])) return Value::error();
    for (StrObj* s : c->freenames)
        if (i < n && !put(s, slots[i++])) return Value::error();
    return dv;
}

FRAME_GETTER(f_code, "f_code", Value::object(f->code))
FRAME_GETTER(f_lineno, "f_lineno", Value::integer(f->lineno()))
FRAME_GETTER(f_globals, "f_globals", Value::object(f->globals))
FRAME_GETTER(f_builtins, "f_builtins", Value::object(I.builtins))
FRAME_GETTER(f_back, "f_back", frame_back(I, f))
FRAME_GETTER(f_locals, "f_locals", frame_locals(I, f))
FRAME_GETTER(f_lasti, "f_lasti",
             Value::integer(f->live ? int64_t(std::max(f->live->lasti(), 0)) * 2 : 0))

// <frame at 0x..., file 'x.py', line 3, code f>
Value frame_repr(Interp& I, Value self, const CallArgs& a) {
    FrameObj* f = self_frame(I, self, a, "__repr__");
    if (!f) return Value::error();
    Value file = repr(I, f->code->filename ? Value::object(f->code->filename) : Value::none());
    if (file.is_error()) return file;
    return I.str("<frame at " + object_address(I, f) + ", file " + std::string(str_view(file)) +
                 ", line " + std::to_string(f->lineno()) + ", code " +
                 (f->code->name ? f->code->name->s.str() : "?") + ">");
}

// f.clear(): as CPython, a running frame cannot be cleared; an ended one drops its locals.
Value frame_clear(Interp& I, Value self, const CallArgs& a) {
    FrameObj* f = self_frame(I, self, a, "clear");
    if (!f || !check_nargs(I, a, "clear", 0, 0)) return Value::error();
    if (f->live) return raise(I, I.t.RuntimeError, "cannot clear an executing frame");
    f->locals.clear();
    return Value::none();
}

TB_GETTER(tb_next, "tb_next", t->next)
TB_GETTER(tb_frame, "tb_frame", Value::object(t->frame))
TB_GETTER(tb_lineno, "tb_lineno", Value::integer(t->lineno))
TB_GETTER(tb_lasti, "tb_lasti", Value::integer(int64_t(std::max(t->lasti, 0)) * 2))

// tb.tb_next = x: a traceback or None, never one that leads back to tb (as CPython's
// tb_next_set)
Value tb_set_next(Interp& I, Value self, const CallArgs& a) {
    TracebackObj* t = self_tb(I, self, a, "tb_next");
    if (!t) return Value::error();
    Value v = a.args[a.nargs - 1];
    if (!v.is_none() && !is_traceback(I, v))
        return raise_type_error(I, "expected traceback object, got '" + type_name(I, v) + "'");
    for (Value c = v; is_traceback(I, c); c = static_cast<TracebackObj*>(c.o)->next)
        if (c.o == t) return raise(I, I.t.ValueError, "traceback loop detected");
    // the entries the old link led to may hold the last reference to an object with __del__
    bool drops = I.fin_count != 0 && fin_dropped_deep(I, t->next, false);
    t->next = v;
    if (drops) fin_request(I);
    return Value::none();
}

Value tb_del_next(Interp& I, Value, const CallArgs&) {
    return raise_type_error(I, "can't delete tb_next attribute");
}

Value tb_readonly(Interp& I, Value, const CallArgs&) {
    return raise(I, I.t.AttributeError, "readonly attribute");
}

void add_getter(Interp& I, TypeObj* t, const char* name, NativeFn fn, NativeFn set = nullptr,
                NativeFn del = nullptr) {
    Value g = new_native_function(I, name, fn);
    Value s = set ? new_native_function(I, name, set) : Value::none();
    Value d = del ? new_native_function(I, name, del) : Value::none();
    dict_set_str(I, t->dict, I.intern(name),
                 Value::object(I.alloc<PropertyObj>(I.t.property, g, s, d)));
}

} // namespace

void init_frame_objects(Interp& I) {
    TypeObj* f = new_builtin_type(I, "frame", I.t.object, Kind::Native);
    I.t.frame = f;
    add_getter(I, f, "f_code", f_code);
    add_getter(I, f, "f_lineno", f_lineno);
    add_getter(I, f, "f_globals", f_globals);
    add_getter(I, f, "f_builtins", f_builtins);
    add_getter(I, f, "f_back", f_back);
    add_getter(I, f, "f_locals", f_locals);
    add_getter(I, f, "f_lasti", f_lasti);
    add_method(I, f, "__repr__", frame_repr);
    add_method(I, f, "clear", frame_clear);
    TypeObj* t = new_builtin_type(I, "traceback", I.t.object, Kind::Native);
    I.t.traceback = t;
    add_getter(I, t, "tb_next", tb_next, tb_set_next, tb_del_next);
    add_getter(I, t, "tb_frame", tb_frame, tb_readonly, tb_readonly); // members in CPython
    add_getter(I, t, "tb_lineno", tb_lineno);
    add_getter(I, t, "tb_lasti", tb_lasti, tb_readonly, tb_readonly);
}

} // namespace loopscope
