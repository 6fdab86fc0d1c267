// contextvars_module.cpp - contextvars: Context, ContextVar, Token, copy_context, with
// CPython 3.11's messages (its _contextvars module). See contextvars.h for the sharing rule.
#include "stdlib/contextvars.h"

#include "lang/builtins_shared.h"
#include "lang/classes.h"
#include "stdlib/module_helpers.h"

namespace loopscope {

namespace {

constexpr const char* kStateKey = "_contextvars.state";

struct ContextVarObj : NativeObj {
    Value name;
    Value dflt = Value::undef(); // no default
    explicit ContextVarObj(TypeObj* t) : NativeObj(t) {}
    void mark_refs(Gc& gc) override {
        NativeObj::mark_refs(gc);
        gc.mark(name);
        gc.mark(dflt);
    }
};

struct TokenObj : NativeObj {
    ContextObj* ctx = nullptr;
    ContextVarObj* var = nullptr;
    Value old = Value::undef(); // Token.MISSING
    bool used = false;
    explicit TokenObj(TypeObj* t) : NativeObj(t) {}
    void mark_refs(Gc& gc) override {
        NativeObj::mark_refs(gc);
        if (ctx) gc.mark(ctx);
        if (var) gc.mark(var);
        gc.mark(old);
    }
};

ContextObj* current(Interp& I, ContextState* cs) {
    if (cs->current.is_none()) cs->current = Value::object(context_new(I, cs));
    return as<ContextObj>(cs->current);
}

ContextObj* self_context(Interp& I, ContextState* cs, Value self, std::string_view method) {
    if (is_context(cs, self)) return as<ContextObj>(self);
    raise_type_error(I, "descriptor '" + std::string(method) +
                            "' for '_contextvars.Context' objects doesn't apply to a '" +
                            type_name(I, self) + "' object");
    return nullptr;
}

ContextVarObj* self_var(Interp& I, ContextState* cs, Value self, std::string_view method) {
    if (self.is_obj() && self.o->type == cs->var_type) return as<ContextVarObj>(self);
    raise_type_error(I, "descriptor '" + std::string(method) +
                            "' for '_contextvars.ContextVar' objects doesn't apply to a '" +
                            type_name(I, self) + "' object");
    return nullptr;
}

std::string var_repr(Interp& I, ContextVarObj* v, bool* ok) {
    std::string s = "<ContextVar name=";
    *ok = repr_into(I, v->name, s);
    if (*ok && !v->dflt.is_undef()) {
        s += " default=";
        *ok = repr_into(I, v->dflt, s);
    }
    return s + " at " + object_address(I, v) + ">";
}

std::string token_repr(Interp& I, TokenObj* t, bool* ok) {
    std::string s = t->used ? "<Token used var=" : "<Token var=";
    s += var_repr(I, t->var, ok);
    return s + " at " + object_address(I, t) + ">";
}

// The value of `var` in `ctx`: Undef when it has none.
Value lookup(Interp& I, ContextObj* ctx, ContextVarObj* var) {
    if (!ctx->vars) return Value::undef();
    return dict_get(I, ctx->vars, Value::object(var));
}

// Gives ctx a changed copy of its variables: var -> v (Undef: var removed).
bool replace(Interp& I, ContextObj* ctx, ContextVarObj* var, Value v) {
    DictObj* d = new_dict(I);
    if (ctx->vars) {
        for (const auto& e : ctx->vars->entries) {
            if (e.key().is_undef() || e.key().same(Value::object(var))) continue;
            if (!dict_set(I, d, e.key(), e.value())) return false;
        }
    }
    if (!v.is_undef() && !dict_set(I, d, Value::object(var), v)) return false;
    ctx->vars = d->used ? d : nullptr;
    return true;
}

// ---- ContextVar ------------------------------------------------------------------------------

Value var_new(Interp& I, Value, const CallArgs& a) {
    ContextState* cs = context_state(I);
    if (a.nargs != 1) {
        if (a.nargs == 0)
            return raise_type_error(I,
                                    "ContextVar() takes exactly 1 positional argument (0 given)");
        return raise_type_error(I, "ContextVar() takes at most 1 positional argument (" +
                                       std::to_string(a.nargs) + " given)");
    }
    for (int k = 0; k < a.nkw(); ++k) {
        std::string_view n = str_view(a.kwnames->items[size_t(k)]);
        if (n != "default")
            return raise_type_error(I, "ContextVar() got an unexpected keyword argument '" +
                                           std::string(n) + "'");
    }
    if (!is_str(a.args[0])) return raise_type_error(I, "context variable name must be a str");
    auto* v = I.alloc<ContextVarObj>(cs->var_type);
    v->name = a.args[0];
    v->dflt = kwarg(a, "default");
    cs->active = true;
    return Value::object(v);
}

Value var_get(Interp& I, Value self, const CallArgs& a) {
    ContextState* cs = context_state(I);
    ContextVarObj* v = self_var(I, cs, self, "get");
    if (!v) return Value::error();
    if (a.nkw()) return raise_type_error(I, "ContextVar.get() takes no keyword arguments");
    if (a.nargs > 1)
        return raise_type_error(I,
                                "get expected at most 1 argument, got " + std::to_string(a.nargs));
    Value r = lookup(I, current(I, cs), v);
    if (!r.is_undef()) return r;
    if (a.nargs == 1) return a.args[0];
    if (!v->dflt.is_undef()) return v->dflt;
    bool ok;
    std::string s = var_repr(I, v, &ok);
    if (!ok) return Value::error();
    return raise(I, I.t.LookupError, s);
}

Value var_set(Interp& I, Value self, const CallArgs& a) {
    ContextState* cs = context_state(I);
    ContextVarObj* v = self_var(I, cs, self, "set");
    if (!v) return Value::error();
    if (a.nkw()) return raise_type_error(I, "ContextVar.set() takes no keyword arguments");
    if (a.nargs != 1)
        return raise_type_error(I, "ContextVar.set() takes exactly one argument (" +
                                       std::to_string(a.nargs) + " given)");
    ContextObj* ctx = current(I, cs);
    Value old = lookup(I, ctx, v);
    if (old.is_error()) return old;
    auto* t = I.alloc<TokenObj>(cs->token_type);
    t->ctx = ctx;
    t->var = v;
    t->old = old;
    if (!replace(I, ctx, v, a.args[0])) return Value::error();
    return Value::object(t);
}

Value var_reset(Interp& I, Value self, const CallArgs& a) {
    ContextState* cs = context_state(I);
    ContextVarObj* v = self_var(I, cs, self, "reset");
    if (!v) return Value::error();
    if (a.nkw()) return raise_type_error(I, "ContextVar.reset() takes no keyword arguments");
    if (a.nargs != 1)
        return raise_type_error(I, "ContextVar.reset() takes exactly one argument (" +
                                       std::to_string(a.nargs) + " given)");
    Value tv = a.args[0];
    if (!tv.is_obj() || tv.o->type != cs->token_type) {
        std::string r = "expected an instance of Token, got ";
        if (!repr_into(I, tv, r)) return Value::error();
        return raise_type_error(I, r);
    }
    auto* t = as<TokenObj>(tv);
    bool ok;
    std::string r = token_repr(I, t, &ok);
    if (!ok) return Value::error();
    if (t->used) return raise(I, I.t.RuntimeError, r + " has already been used once");
    if (t->var != v) return raise_value_error(I, r + " was created by a different ContextVar");
    ContextObj* ctx = current(I, cs);
    if (t->ctx != ctx) return raise_value_error(I, r + " was created in a different Context");
    t->used = true;
    if (!replace(I, ctx, v, t->old)) return Value::error();
    return Value::none();
}

Value var_name(Interp& I, Value self0, const CallArgs& a) {
    ContextState* cs = context_state(I);
    ContextVarObj* v = self_var(I, cs, a.nargs ? a.args[0] : self0, "name");
    return v ? v->name : Value::error();
}

Value var_repr_m(Interp& I, Value self, const CallArgs&) {
    ContextVarObj* v = self_var(I, context_state(I), self, "__repr__");
    if (!v) return Value::error();
    bool ok;
    std::string s = var_repr(I, v, &ok);
    return ok ? I.str(s) : Value::error();
}

// ---- Token -----------------------------------------------------------------------------------

TokenObj* self_token(Interp& I, Value self) {
    ContextState* cs = context_state(I);
    if (self.is_obj() && self.o->type == cs->token_type) return as<TokenObj>(self);
    raise_type_error(I, "descriptor for '_contextvars.Token' objects doesn't apply to a '" +
                            type_name(I, self) + "' object");
    return nullptr;
}

Value token_new(Interp& I, Value, const CallArgs&) {
    return raise(I, I.t.RuntimeError, "Tokens can only be created by ContextVars");
}

Value token_var(Interp& I, Value self0, const CallArgs& a) {
    TokenObj* t = self_token(I, a.nargs ? a.args[0] : self0);
    return t ? Value::object(t->var) : Value::error();
}

Value token_old_value(Interp& I, Value self0, const CallArgs& a) {
    TokenObj* t = self_token(I, a.nargs ? a.args[0] : self0);
    if (!t) return Value::error();
    return t->old.is_undef() ? context_state(I)->missing : t->old;
}

Value token_repr_m(Interp& I, Value self, const CallArgs&) {
    TokenObj* t = self_token(I, self);
    if (!t) return Value::error();
    bool ok;
    std::string s = token_repr(I, t, &ok);
    return ok ? I.str(s) : Value::error();
}

Value missing_repr(Interp& I, Value, const CallArgs&) {
    return I.str("<Token.MISSING>");
}

// ---- Context ---------------------------------------------------------------------------------

Value context_new_fn(Interp& I, Value, const CallArgs& a) {
    if (a.nargs || a.nkw()) return raise_type_error(I, "Context() does not accept any arguments");
    return Value::object(context_new(I, context_state(I)));
}

Value ctx_run(Interp& I, Value self, const CallArgs& a) {
    ContextState* cs = context_state(I);
    ContextObj* ctx = self_context(I, cs, self, "run");
    if (!ctx) return Value::error();
    if (a.nargs < 1) return raise_type_error(I, "run() missing 1 required positional argument");
    Rooted keep(I, self);
    if (!context_enter(I, cs, ctx)) return Value::error();
    Value r = call(I, a.args[0], CallArgs{a.args + 1, a.nargs - 1, a.kwnames});
    context_exit(cs, ctx);
    return r;
}

Value ctx_copy(Interp& I, Value self, const CallArgs& a) {
    ContextState* cs = context_state(I);
    ContextObj* ctx = self_context(I, cs, self, "copy");
    if (!ctx || !check_none(I, a, "copy")) return Value::error();
    ContextObj* c = context_new(I, cs);
    c->vars = ctx->vars;
    return Value::object(c);
}

// The variable a mapping method was given: TypeError when it is not a ContextVar.
ContextVarObj* key_var(Interp& I, ContextState* cs, Value k) {
    if (k.is_obj() && k.o->type == cs->var_type) return as<ContextVarObj>(k);
    std::string r = "a ContextVar key was expected, got ";
    if (repr_into(I, k, r)) raise_type_error(I, r);
    return nullptr;
}

Value ctx_getitem(Interp& I, Value self, const CallArgs& a) {
    ContextState* cs = context_state(I);
    ContextObj* ctx = self_context(I, cs, self, "__getitem__");
    if (!ctx || !check_one(I, a, "__getitem__")) return Value::error();
    ContextVarObj* v = key_var(I, cs, a.args[0]);
    if (!v) return Value::error();
    Value r = lookup(I, ctx, v);
    if (r.is_undef()) return raise_key_error(I, a.args[0]);
    return r;
}

Value ctx_get(Interp& I, Value self, const CallArgs& a) {
    ContextState* cs = context_state(I);
    ContextObj* ctx = self_context(I, cs, self, "get");
    if (!ctx || !check_range(I, a, "get", 1, 2)) return Value::error();
    ContextVarObj* v = key_var(I, cs, a.args[0]);
    if (!v) return Value::error();
    Value r = lookup(I, ctx, v);
    if (r.is_undef()) return a.nargs == 2 ? a.args[1] : Value::none();
    return r;
}

Value ctx_contains(Interp& I, Value self, const CallArgs& a) {
    ContextState* cs = context_state(I);
    ContextObj* ctx = self_context(I, cs, self, "__contains__");
    if (!ctx || !check_one(I, a, "__contains__")) return Value::error();
    ContextVarObj* v = key_var(I, cs, a.args[0]);
    if (!v) return Value::error();
    Value r = lookup(I, ctx, v);
    if (r.is_error()) return r;
    return Value::boolean(!r.is_undef());
}

Value ctx_len(Interp& I, Value self, const CallArgs&) {
    ContextObj* ctx = self_context(I, context_state(I), self, "__len__");
    if (!ctx) return Value::error();
    return Value::integer(ctx->vars ? ctx->vars->used : 0);
}

// keys(), values(), items(), iter(): over the variables' dict (a fresh empty one when none).
Value ctx_view(Interp& I, Value self, std::string_view method) {
    ContextObj* ctx = self_context(I, context_state(I), self, method);
    if (!ctx) return Value::error();
    DictObj* d = ctx->vars ? ctx->vars : new_dict(I);
    return call_method(I, Value::object(d), I.intern(method), {});
}
Value ctx_keys(Interp& I, Value self, const CallArgs&) {
    return ctx_view(I, self, "keys");
}
Value ctx_values(Interp& I, Value self, const CallArgs&) {
    return ctx_view(I, self, "values");
}
Value ctx_items(Interp& I, Value self, const CallArgs&) {
    return ctx_view(I, self, "items");
}
Value ctx_iter(Interp& I, Value self, const CallArgs&) {
    return ctx_view(I, self, "__iter__");
}

Value ctx_eq(Interp& I, Value self, const CallArgs& a) {
    ContextState* cs = context_state(I);
    ContextObj* ctx = self_context(I, cs, self, "__eq__");
    if (!ctx || !check_one(I, a, "__eq__")) return Value::error();
    if (!is_context(cs, a.args[0])) return I.not_implemented;
    ContextObj* other = as<ContextObj>(a.args[0]);
    if (ctx->vars == other->vars) return Value::boolean(true);
    DictObj* x = ctx->vars ? ctx->vars : new_dict(I);
    DictObj* y = other->vars ? other->vars : new_dict(I);
    int e = eq(I, Value::object(x), Value::object(y));
    if (e < 0) return Value::error();
    return Value::boolean(e == 1);
}

Value copy_context_fn(Interp& I, Value, const CallArgs& a) {
    if (!check_none(I, a, "copy_context")) return Value::error();
    ContextState* cs = context_state(I);
    return Value::object(context_copy_current(I, cs));
}

void add_prop(Interp& I, TypeObj* t, std::string_view name, NativeFn get) {
    auto* p = I.alloc<PropertyObj>(I.t.property, new_native_function(I, name, get), Value::none(),
                                   Value::none());
    dict_set_str(I, t->dict, I.intern(name), Value::object(p));
}

TypeObj* new_type(Interp& I, std::string_view name, NativeFn new_fn) {
    TypeObj* t = new_builtin_type(I, name, I.t.object, Kind::Native);
    t->new_fn = new_fn;
    dict_set_str(I, t->dict, I.n.__module__, I.str("_contextvars"));
    return t;
}

Value make_contextvars_module(Interp& I) {
    ContextState* cs = context_state(I);
    DictObj* d;
    Value m = new_module(I, "contextvars", &d);
    dict_set_str(I, d, I.intern("Context"), Value::object(cs->context_type));
    dict_set_str(I, d, I.intern("ContextVar"), Value::object(cs->var_type));
    dict_set_str(I, d, I.intern("Token"), Value::object(cs->token_type));
    set_fn(I, d, "copy_context", copy_context_fn);
    return m;
}

} // namespace

void ContextObj::mark_refs(Gc& gc) {
    NativeObj::mark_refs(gc);
    if (vars) gc.mark(vars);
    gc.mark(prev);
}

void ContextState::mark_refs(Gc& gc) {
    NativeObj::mark_refs(gc);
    gc.mark(current);
    gc.mark(missing);
    for (TypeObj* t : {context_type, var_type, token_type, missing_type})
        if (t) gc.mark(t);
}

ContextState* context_state(Interp& I) {
    auto it = I.registry.find(kStateKey);
    return it == I.registry.end() ? nullptr : as<ContextState>(it->second);
}

ContextObj* context_new(Interp& I, ContextState* cs) {
    return I.alloc<ContextObj>(cs->context_type);
}

ContextObj* context_copy_current(Interp& I, ContextState* cs) {
    ContextObj* c = context_new(I, cs);
    if (!cs->current.is_none()) c->vars = as<ContextObj>(cs->current)->vars;
    return c;
}

bool is_context(ContextState* cs, Value v) {
    return v.is_obj() && v.o->type == cs->context_type;
}

bool context_enter(Interp& I, ContextState* cs, ContextObj* ctx) {
    if (ctx->entered) {
        raise(I, I.t.RuntimeError,
              "cannot enter context: <_contextvars.Context object at " + object_address(I, ctx) +
                  "> is already entered");
        return false;
    }
    ctx->entered = true;
    ctx->prev = cs->current;
    cs->current = Value::object(ctx);
    return true;
}

void context_exit(ContextState* cs, ContextObj* ctx) {
    cs->current = ctx->prev;
    ctx->prev = Value::none();
    ctx->entered = false;
}

void register_contextvars(Interp& I) {
    auto* cs = I.alloc<ContextState>(I.t.object);
    I.registry[kStateKey] = Value::object(cs);
    TypeObj* ct = new_type(I, "Context", context_new_fn);
    add_method(I, ct, "run", ctx_run, true);
    add_method(I, ct, "copy", ctx_copy);
    add_method(I, ct, "get", ctx_get);
    add_method(I, ct, "keys", ctx_keys);
    add_method(I, ct, "values", ctx_values);
    add_method(I, ct, "items", ctx_items);
    add_method(I, ct, "__getitem__", ctx_getitem);
    add_method(I, ct, "__contains__", ctx_contains);
    add_method(I, ct, "__len__", ctx_len);
    add_method(I, ct, "__iter__", ctx_iter);
    add_method(I, ct, "__eq__", ctx_eq);
    dict_set_str(I, ct->dict, I.n.__hash__, Value::none());
    cs->context_type = ct;

    TypeObj* vt = new_type(I, "ContextVar", var_new);
    add_method(I, vt, "get", var_get);
    add_method(I, vt, "set", var_set);
    add_method(I, vt, "reset", var_reset);
    add_method(I, vt, "__repr__", var_repr_m);
    add_prop(I, vt, "name", var_name);
    cs->var_type = vt;

    TypeObj* tt = new_type(I, "Token", token_new);
    add_method(I, tt, "__repr__", token_repr_m);
    add_prop(I, tt, "var", token_var);
    add_prop(I, tt, "old_value", token_old_value);
    TypeObj* mt = new_builtin_type(I, "_TokenMissing", I.t.object, Kind::Native);
    add_method(I, mt, "__repr__", missing_repr);
    cs->missing_type = mt;
    cs->missing = Value::object(I.alloc<NativeObj>(mt));
    dict_set_str(I, tt->dict, I.intern("MISSING"), cs->missing);
    cs->token_type = tt;

    I.module_factories["contextvars"] = make_contextvars_module;
}

} // namespace loopscope
