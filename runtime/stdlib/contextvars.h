// contextvars.h - contextvars (Context, ContextVar, Token, copy_context) and the current
// context, which asyncio switches per task step and per callback as CPython does.
//
// A Context's variables live in a dict that is never changed once a Context holds it:
// ContextVar.set replaces the current Context's dict by a changed copy. So copy_context() and
// the per-task copies share the dict (O(1), as CPython's immutable HAMT), and a set in one copy
// is never seen by another.
//
// Until the first ContextVar exists every context is empty, so no copy can be told from another
// one: asyncio makes no contexts at all until then (ContextState::active), and a task or
// callback made before then gets a fresh empty Context when it first runs after it.
#pragma once

#include "lang/ops.h"

namespace loopscope {

struct ContextObj : NativeObj {
    DictObj* vars = nullptr; // ContextVar -> value; nullptr: empty; never changed once held
    bool entered = false;
    Value prev = Value::none(); // the context current before this one was entered
    explicit ContextObj(TypeObj* t) : NativeObj(t) {}
    void mark_refs(Gc& gc) override;
    size_t gc_size() const override { return 64; }
};

struct ContextState : NativeObj {
    bool active = false;           // a ContextVar was created: contexts can differ
    Value current = Value::none(); // the current Context; None: the base one, not made yet
    TypeObj *context_type = nullptr, *var_type = nullptr, *token_type = nullptr,
            *missing_type = nullptr;
    Value missing = Value::none(); // Token.MISSING
    explicit ContextState(TypeObj* t) : NativeObj(t) {}
    void mark_refs(Gc& gc) override;
};

// The state of `I` (made by register_standard_modules; never null after it).
ContextState* context_state(Interp& I);
// Makes the state and registers the contextvars module (modules.cpp).
void register_contextvars(Interp& I);
// copy_context(): a new Context with the current one's variables.
ContextObj* context_copy_current(Interp& I, ContextState* cs);
// A new empty Context.
ContextObj* context_new(Interp& I, ContextState* cs);
// True when v is a Context.
bool is_context(ContextState* cs, Value v);
// Make `ctx` current (Context.run's enter); RuntimeError when it is entered already.
bool context_enter(Interp& I, ContextState* cs, ContextObj* ctx);
// Leave `ctx`, the current one: its predecessor is current again.
void context_exit(ContextState* cs, ContextObj* ctx);

} // namespace loopscope
