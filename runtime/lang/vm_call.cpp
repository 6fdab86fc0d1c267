// vm_call.cpp - frames for Python function calls: binding arguments to parameters with
// CPython's error messages (as ceval.c's initialize_locals), cells and closures, and
// generator/coroutine creation.
#include "lang/finalize.h"
#include "lang/ops.h"
#include "lang/vm_internal.h"

#include <string>

namespace loopscope {

static std::string fn_label(FunctionObj* f) {
    return f->qualname->s + "()";
}

// "'a'", "'a' and 'b'", "'a', 'b', and 'c'"
static std::string name_list(const std::vector<StrObj*>& names) {
    std::string s;
    for (size_t i = 0; i < names.size(); ++i) {
        if (i > 0) s += names.size() == 2 ? " and " : (i + 1 == names.size() ? ", and " : ", ");
        s += "'" + names[i]->s + "'";
    }
    return s;
}

static void missing_args(Interp& I, FunctionObj* f, Frame* fr, int from, int to, bool kwonly) {
    std::vector<StrObj*> missing;
    for (int i = from; i < to; ++i)
        if (fr->slots[i].is_undef()) missing.push_back(f->code->varnames[size_t(i)]);
    std::string msg = fn_label(f) + " missing " + std::to_string(missing.size()) + " required " +
                      (kwonly ? "keyword-only" : "positional") + " argument" +
                      (missing.size() == 1 ? "" : "s") + ": " + name_list(missing);
    raise_type_error(I, msg);
}

static void too_many_positional(Interp& I, FunctionObj* f, int given, int kwonly_given) {
    CodeObj* c = f->code;
    int defcount = int(f->defaults.size());
    std::string takes;
    if (defcount > 0) {
        takes = "from " + std::to_string(c->argcount - defcount) + " to " +
                std::to_string(c->argcount) + " positional arguments";
    } else {
        takes =
            std::to_string(c->argcount) + " positional argument" + (c->argcount == 1 ? "" : "s");
    }
    std::string msg = fn_label(f) + " takes " + takes + " but " + std::to_string(given);
    if (kwonly_given) {
        msg += " positional argument" + std::string(given == 1 ? "" : "s") + " (and " +
               std::to_string(kwonly_given) + " keyword-only argument" +
               (kwonly_given == 1 ? "" : "s") + ")";
        msg += " were given";
    } else {
        msg += given == 1 ? " was given" : " were given";
    }
    raise_type_error(I, msg);
}

// Bind `a` (plus `self` first when given) to the parameters of `f` in `fr`'s slots.
static bool bind_args(Interp& I, FunctionObj* f, Frame* fr, const CallArgs& a, Value self) {
    CodeObj* c = f->code;
    Value* slots = fr->slots;
    int argcount = c->argcount;
    int total_pos = a.nargs + (self.is_undef() ? 0 : 1);
    bool varargs = c->flags & CO_VARARGS;
    bool varkw = c->flags & CO_VARKEYWORDS;
    int kwonly_start = argcount;
    int varargs_slot = argcount + c->kwonlyargcount;
    int varkw_slot = varargs_slot + (varargs ? 1 : 0);

    // Positional arguments
    auto pos = [&](int i) -> Value {
        if (self.is_undef()) return a.args[i];
        return i == 0 ? self : a.args[i - 1];
    };
    int n = total_pos < argcount ? total_pos : argcount;
    for (int i = 0; i < n; ++i) slots[i] = pos(i);
    DictObj* kwdict = nullptr;
    if (varkw) {
        kwdict = new_dict(I);
        slots[varkw_slot] = Value::object(kwdict);
    }
    if (varargs) {
        std::vector<Value> rest;
        for (int i = n; i < total_pos; ++i) rest.push_back(pos(i));
        slots[varargs_slot] =
            rest.empty() ? Value::object(I.empty_tuple) : new_tuple(I, std::move(rest));
    } else if (total_pos > argcount) {
        int kwonly_given = 0;
        for (int k = 0; k < a.nkw(); ++k) {
            StrObj* name = as<StrObj>(a.kwnames->items[size_t(k)]);
            for (int j = kwonly_start; j < kwonly_start + c->kwonlyargcount; ++j)
                if (c->varnames[size_t(j)] == name || c->varnames[size_t(j)]->s == name->s)
                    ++kwonly_given;
        }
        too_many_positional(I, f, total_pos, kwonly_given);
        return false;
    }

    // Keyword arguments
    std::vector<StrObj*> posonly_as_kw;
    for (int k = 0; k < a.nkw(); ++k) {
        StrObj* name = as<StrObj>(a.kwnames->items[size_t(k)]);
        Value v = a.kwvalues()[k];
        int found = -1;
        int total = argcount + c->kwonlyargcount;
        for (int j = c->posonlyargcount; j < total; ++j)
            if (c->varnames[size_t(j)] == name) {
                found = j;
                break;
            }
        if (found < 0)
            for (int j = c->posonlyargcount; j < total; ++j)
                if (c->varnames[size_t(j)]->s == name->s) {
                    found = j;
                    break;
                }
        if (found < 0) {
            bool is_posonly = false;
            for (int j = 0; j < c->posonlyargcount; ++j)
                if (c->varnames[size_t(j)]->s == name->s) is_posonly = true;
            if (kwdict) {
                if (is_posonly && false) posonly_as_kw.push_back(name);
                if (!dict_set(I, kwdict, Value::object(name), v)) return false;
                continue;
            }
            if (is_posonly) {
                posonly_as_kw.push_back(name);
                continue;
            }
            raise_type_error(I,
                             fn_label(f) + " got an unexpected keyword argument '" + name->s + "'");
            return false;
        }
        if (!slots[found].is_undef()) {
            raise_type_error(I,
                             fn_label(f) + " got multiple values for argument '" + name->s + "'");
            return false;
        }
        slots[found] = v;
    }
    if (!posonly_as_kw.empty()) {
        std::string names;
        for (size_t i = 0; i < posonly_as_kw.size(); ++i)
            names += (i ? ", " : "") + posonly_as_kw[i]->s;
        names = "'" + names + "'";
        raise_type_error(
            I, fn_label(f) +
                   " got some positional-only arguments passed as keyword arguments: " + names);
        return false;
    }

    // Defaults and missing arguments
    if (total_pos < argcount) {
        int defcount = int(f->defaults.size());
        int first_default = argcount - defcount;
        for (int i = total_pos; i < argcount; ++i) {
            if (!slots[i].is_undef()) continue;
            if (i >= first_default) slots[i] = f->defaults[size_t(i - first_default)];
        }
        for (int i = 0; i < argcount; ++i)
            if (slots[i].is_undef()) {
                missing_args(I, f, fr, 0, argcount, false);
                return false;
            }
    }
    for (int j = kwonly_start; j < kwonly_start + c->kwonlyargcount; ++j) {
        if (!slots[j].is_undef()) continue;
        if (f->kwdefaults) {
            Value d = dict_get_str(f->kwdefaults, c->varnames[size_t(j)]);
            if (!d.is_undef()) {
                slots[j] = d;
                continue;
            }
        }
    }
    for (int j = kwonly_start; j < kwonly_start + c->kwonlyargcount; ++j)
        if (slots[j].is_undef()) {
            missing_args(I, f, fr, kwonly_start, kwonly_start + c->kwonlyargcount, true);
            return false;
        }
    return true;
}

// Cells for captured locals (seeded from arguments) and the closure's free variables.
void init_cells(Interp& I, Frame* fr, FunctionObj* f) {
    CodeObj* c = fr->code;
    int nlocals = c->nlocals();
    int ncells = int(c->cellnames.size());
    for (int i = 0; i < ncells; ++i) {
        CellObj* cell = I.alloc<CellObj>(I.t.cell);
        int arg = c->cell_arg[size_t(i)];
        if (arg >= 0) cell->value = fr->slots[arg];
        fr->slots[nlocals + i] = Value::object(cell);
    }
    if (f)
        for (size_t j = 0; j < f->closure.size(); ++j)
            fr->slots[nlocals + ncells + int(j)] = Value::object(f->closure[j]);
}

Frame* make_call_frame(Interp& I, FunctionObj* f, const CallArgs& a, Value self) {
    CodeObj* c = f->code;
    if (c->calls < kCodeWarmCalls) ++c->calls;
    if (!a.kwnames && c->fast_argc == a.nargs + (self.is_undef() ? 0 : 1))
        return Frame::create_exact(c, f, self, a.args, a.nargs);
    Frame* fr = Frame::create(c, f, f->globals);
    // Positional arguments only, the missing last ones from the defaults (a generator's, a
    // closure's, asyncio.sleep(0)'s): as bind_args, without its general case.
    int given = a.nargs + (self.is_undef() ? 0 : 1);
    int first_default = c->argcount - int(f->defaults.size());
    if (!a.kwnames && !(c->flags & (CO_VARARGS | CO_VARKEYWORDS)) && c->kwonlyargcount == 0 &&
        given <= c->argcount && given >= first_default) {
        int i = 0;
        if (!self.is_undef()) fr->slots[i++] = self;
        for (int k = 0; k < a.nargs; ++k) fr->slots[i++] = a.args[k];
        for (; i < c->argcount; ++i) fr->slots[i] = f->defaults[size_t(i - first_default)];
    } else if (!bind_args(I, f, fr, a, self)) {
        Frame::destroy(fr);
        return nullptr;
    }
    if (!c->cellnames.empty() || !c->freenames.empty()) init_cells(I, fr, f);
    return fr;
}

Value make_generator(Interp& I, FunctionObj* f, Frame* fr) {
    uint32_t fl = f->code->flags;
    GenKind k = (fl & CO_COROUTINE)         ? GenKind::Coroutine
                : (fl & CO_ASYNC_GENERATOR) ? GenKind::AsyncGenerator
                                            : GenKind::Generator;
    TypeObj* t = k == GenKind::Coroutine        ? I.t.coroutine
                 : k == GenKind::AsyncGenerator ? I.t.async_generator
                                                : I.t.generator;
    GenObj* g = I.alloc<GenObj>(t, k, fr, f->name, f->qualname);
    fr->gen = g;
    // A coroutine (never awaited, or left suspended), a generator with a handler to run, or
    // one given an object with a finalizer (a generator expression over such a generator).
    if (k == GenKind::Coroutine || !f->code->handlers.empty()) {
        fin_watch(I, g);
    } else if (I.fin_count != 0) {
        for (int32_t i = 0, n = f->code->argcount; i < n; ++i)
            if (fr->slots[i].is_obj() && fr->slots[i].o->fin) {
                fin_watch(I, g);
                break;
            }
    }
    if (I.frame) g->set_born(I.frame->code, I.frame->line());
    return Value::object(g);
}

Value run_class_body(Interp& I, FunctionObj* body, DictObj* ns) {
    if (body->code->calls < kCodeWarmCalls) ++body->code->calls;
    Frame* fr = Frame::create(body->code, body, body->globals);
    fr->locals_dict = ns;
    fr->flags |= FRAME_CLASS_BODY;
    init_cells(I, fr, body);
    return run_nested(I, fr);
}

Value run_module_code(Interp& I, CodeObj* code, DictObj* globals) {
    Frame* fr = Frame::create(code, nullptr, globals);
    fr->locals_dict = globals;
    fr->flags |= FRAME_MODULE;
    return run_nested(I, fr);
}

} // namespace loopscope
