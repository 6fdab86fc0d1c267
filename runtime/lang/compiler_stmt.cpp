// compiler_stmt.cpp - units, emission, the exception table, and statements.
// Block layouts follow CPython 3.11's compiler.c (compiler_try_except, compiler_with, ...),
// without the `lasti` slots: tracebacks are recorded as exceptions pass through frames.
#include "lang/compiler_impl.h"

#include <cstring>

namespace loopscope {

// ---- units and emission ----------------------------------------------------------------------

void Compiler::enter_unit(Scope* scope, std::string_view name, int firstline, uint32_t flags) {
    CodeObj* code = I.alloc<CodeObj>(I.t.code);
    code->name = I.intern(name);
    code->qualname = I.intern(scope && !scope->qualname.empty() ? scope->qualname : name);
    code->filename = I.intern(filename_);
    code->firstlineno = firstline;
    code->flags = flags;
    if (scope) {
        for (auto& v : scope->varnames) code->varnames.push_back(I.intern(v));
        for (auto& v : scope->cellvars) code->cellnames.push_back(I.intern(v));
        for (auto& v : scope->freevars) code->freenames.push_back(I.intern(v));
        code->cell_arg.assign(scope->cell_param.begin(), scope->cell_param.end());
        code->cell_arg.resize(code->cellnames.size(), -1);
        code->argcount = scope->argcount;
        code->posonlyargcount = scope->posonlyargcount;
        code->kwonlyargcount = scope->kwonlyargcount;
        if (scope->has_varargs) code->flags |= CO_VARARGS;
        if (scope->has_varkeywords) code->flags |= CO_VARKEYWORDS;
        if (scope->is_async_generator)
            code->flags |= CO_ASYNC_GENERATOR;
        else if (scope->is_coroutine)
            code->flags |= CO_COROUTINE;
        else if (scope->is_generator)
            code->flags |= CO_GENERATOR;
    }
    units_.push_back(Unit{code, scope});
    u().loc = SourceRange{firstline, firstline, -1, -1};
}

CodeObj* Compiler::leave_unit() {
    Unit& U = u();
    CodeObj* code = U.code;
    for (auto& f : U.fixups) {
        int32_t pos = U.label_pos[size_t(f.label)];
        code->code[f.at] = encode(decode_op(code->code[f.at]), uint32_t(pos));
    }
    // Exception table: runs of instructions with the same innermost handler.
    size_t n = code->code.size();
    for (size_t i = 0; i < n;) {
        int h = U.instr_handler[i];
        size_t j = i + 1;
        while (j < n && U.instr_handler[j] == h) ++j;
        if (h >= 0) {
            auto& H = U.handlers[size_t(h)];
            code->handlers.push_back(ExcEntry{uint32_t(i), uint32_t(j),
                                              uint32_t(U.label_pos[size_t(H.label)]),
                                              uint32_t(H.depth), false});
        }
        i = j;
    }
    code->stacksize = U.max_depth;
    code->frame_size = code->nslots() + code->stacksize;
    const uint32_t not_plain = CO_VARARGS | CO_VARKEYWORDS | CO_GENERATOR | CO_COROUTINE |
                               CO_ASYNC_GENERATOR | CO_MODULE | CO_CLASS_BODY;
    if (!(code->flags & not_plain) && code->kwonlyargcount == 0 && code->cellnames.empty() &&
        code->freenames.empty() && code->argcount <= INT16_MAX)
        code->fast_argc = int16_t(code->argcount);
    code->positions = encode_positions(U.ranges);
    fuse_instruction_pairs(code, U.instr_handler);
    units_.pop_back();
    return code;
}

void Compiler::emit(Op op, uint32_t arg) {
    Unit& U = u();
    U.code->code.push_back(encode(op, arg));
    U.code->lines.push_back(U.loc.line);
    U.ranges.push_back(U.loc);
    U.instr_handler.push_back(U.handler_stack.empty() ? -1 : U.handler_stack.back());
    U.depth += stack_effect(op, arg);
    if (U.depth > U.max_depth) U.max_depth = U.depth;
    if (op == Op::JUMP || op == Op::RETURN_VALUE || op == Op::RAISE_VARARGS || op == Op::RERAISE)
        U.dead = true;
}

void Compiler::emit_jump(Op op, Label target) {
    Unit& U = u();
    int before = U.depth;
    U.fixups.push_back({U.code->code.size(), target.id});
    emit(op, 0);
    int at_target = before;
    switch (op) {
        case Op::POP_JUMP_IF_FALSE:
        case Op::POP_JUMP_IF_TRUE:
        case Op::FOR_ITER:
        case Op::SEND: at_target = before - 1; break;
        default: break;
    }
    int& d = U.label_depth[size_t(target.id)];
    if (at_target > d) d = at_target;
}

Label Compiler::new_label() {
    Unit& U = u();
    U.label_pos.push_back(-1);
    U.label_depth.push_back(-1);
    return Label{int(U.label_pos.size() - 1)};
}

void Compiler::bind(Label l) {
    Unit& U = u();
    U.label_pos[size_t(l.id)] = int32_t(U.code->code.size());
    int d = U.label_depth[size_t(l.id)];
    if (U.dead && d >= 0)
        U.depth = d;
    else if (d > U.depth)
        U.depth = d;
    U.dead = false;
}

int Compiler::push_handler(Label target, int depth) {
    Unit& U = u();
    if (depth < 0) depth = U.depth;
    U.handlers.push_back({target.id, depth});
    int& d = U.label_depth[size_t(target.id)];
    if (depth + 1 > d) d = depth + 1;
    if (depth + 1 > U.max_depth) U.max_depth = depth + 1;
    int id = int(U.handlers.size() - 1);
    U.handler_stack.push_back(id);
    return id;
}

void Compiler::pop_handler() {
    u().handler_stack.pop_back();
}

int Compiler::add_const(Value v) {
    // The same constant twice shares a slot: same tag and payload (floats by their bits, so
    // 0.0 and -0.0 stay apart), objects by identity.
    int table = 0;
    uint64_t key = 0;
    switch (v.tag) {
        case Tag::Bool: key = v.b ? 2 : 1; break;
        case Tag::Int:
            table = 1;
            key = uint64_t(v.i);
            break;
        case Tag::Float:
            table = 2;
            std::memcpy(&key, &v.f, sizeof key);
            break;
        case Tag::Obj:
            table = 3;
            key = uint64_t(reinterpret_cast<uintptr_t>(v.o));
            break;
        default: break; // None (Error and Undef are never constants)
    }
    auto& consts = u().code->consts;
    auto [it, added] = u().const_slot[table].emplace(key, int(consts.size()));
    if (added) consts.push_back(v);
    return it->second;
}

int Compiler::add_name(std::string_view name) {
    StrObj* s = I.intern(name);
    auto& names = u().code->names;
    auto [it, added] = u().name_slot.emplace(s, int(names.size()));
    if (added) names.push_back(s);
    return it->second;
}

void Compiler::error(const ast::Pos& at, std::string msg) {
    if (error_) return;
    SyntaxErrorInfo e;
    e.msg = std::move(msg);
    e.line = at.line;
    e.col = at.col + 1;
    e.end_line = at.end_line;
    e.end_col = at.end_col + 1;
    e.text = source_line(source_, at.line, true);
    error_ = e;
}

CompileResult Compiler::compile(ast::Module& m) {
    enter_unit(m.scope, "<module>", 1, CO_MODULE);
    future_imports(m.body);
    if (has_annotations(m.body)) emit(Op::SETUP_ANNOTATIONS);
    stmts(m.body);
    load_const_none();
    emit(Op::RETURN_VALUE);
    CompileResult r;
    r.code = leave_unit();
    r.warnings = std::move(warnings_);
    if (error_) {
        r.code = nullptr;
        r.error = error_;
    }
    return r;
}

CompileResult compile_module(Interp& I, ast::Module& module, std::string_view source) {
    Compiler c(I, source, module.filename);
    return c.compile(module);
}

// ---- statements
// ----------------------------------------------------------------------------------

void Compiler::stmts(const ast::StmtList& body) {
    for (ast::Stmt* s : body) stmt(s);
}

void Compiler::stmt(ast::Stmt* s) {
    using K = ast::Stmt::Kind;
    set_loc(*s);
    switch (s->kind) {
        case K::FunctionDef: function_def(s->as<ast::FunctionDef>()); break;
        case K::ClassDef: class_def(s->as<ast::ClassDef>()); break;
        case K::Return: return_stmt(s->as<ast::Return>()); break;
        case K::Delete:
            for (ast::Expr* t : s->as<ast::Delete>()->targets) del(t);
            break;
        case K::Assign: {
            auto* a = s->as<ast::Assign>();
            expr(a->value);
            for (size_t i = 0; i < a->targets.size(); ++i) {
                if (i + 1 < a->targets.size()) emit(Op::COPY, 1);
                store(a->targets[i]);
            }
            break;
        }
        case K::AugAssign: {
            // As compiler.c's compiler_augassign: the target's loads and stores carry the
            // target's range, the operation the statement's.
            auto* a = s->as<ast::AugAssign>();
            uint32_t op = uint32_t(to_binop(a->op)) + 16;
            set_loc(*a->target);
            if (auto* n = a->target->as<ast::Name>()) {
                name_op(n->id, n->res, ast::ExprContext::Load);
                set_loc(*s);
                expr(a->value);
                emit(Op::BINARY_OP, op);
                set_loc(*a->target);
                name_op(n->id, n->res, ast::ExprContext::Store);
            } else if (auto* at = a->target->as<ast::Attribute>()) {
                expr(at->value);
                emit(Op::COPY, 1);
                set_attr_loc(*at, at->attr.size());
                emit(Op::LOAD_ATTR, uint32_t(add_name(at->attr)));
                set_loc(*s);
                expr(a->value);
                emit(Op::BINARY_OP, op);
                set_loc(*a->target);
                set_attr_loc(*at, at->attr.size());
                emit(Op::SWAP, 2);
                emit(Op::STORE_ATTR, uint32_t(add_name(at->attr)));
            } else if (auto* sub = a->target->as<ast::Subscript>()) {
                expr(sub->value);
                expr(sub->slice);
                emit(Op::COPY, 2);
                emit(Op::COPY, 2);
                emit(Op::BINARY_SUBSCR);
                set_loc(*s);
                expr(a->value);
                emit(Op::BINARY_OP, op);
                set_loc(*a->target);
                emit(Op::SWAP, 3);
                emit(Op::SWAP, 2);
                emit(Op::STORE_SUBSCR);
            }
            break;
        }
        case K::AnnAssign: ann_assign(s->as<ast::AnnAssign>()); break;
        case K::For: for_stmt(s->as<ast::For>()); break;
        case K::While: while_stmt(s->as<ast::While>()); break;
        case K::If: if_stmt(s->as<ast::If>()); break;
        case K::With: with_stmt(s->as<ast::With>(), 0); break;
        case K::Raise: raise_stmt(s->as<ast::Raise>()); break;
        case K::Try: try_stmt(s->as<ast::Try>()); break;
        case K::Assert: assert_stmt(s->as<ast::Assert>()); break;
        case K::Import: import_stmt(s->as<ast::Import>()); break;
        case K::ImportFrom: import_from(s->as<ast::ImportFrom>()); break;
        case K::Global:
        case K::Nonlocal:
        case K::Pass: break;
        case K::ExprStmt: {
            auto* e = s->as<ast::ExprStmt>();
            // A docstring-like constant statement is evaluated to nothing.
            if (e->value->is<ast::Constant>()) break;
            expr(e->value);
            emit(Op::POP_TOP);
            break;
        }
        case K::Break: break_continue(true, s); break;
        case K::Continue: break_continue(false, s); break;
        case K::Match: match_stmt(s->as<ast::Match>()); break;
    }
}

CodeObj* Compiler::function_body(Scope* scope, const ast::StmtList* body, ast::Expr* lambda_body,
                                 int line, uint32_t flags) {
    enter_unit(scope, scope ? scope->name : "<lambda>", line, flags);
    if (body) {
        size_t start = 0;
        // The docstring becomes the first constant, as CPython's co_consts[0].
        if (!body->empty()) {
            if (auto* es = (*body)[0]->as<ast::ExprStmt>())
                if (auto* c = es->value->as<ast::Constant>())
                    if (c->type == ast::ConstantType::Str) {
                        start = 1;
                        u().code->doc = I.intern(c->text);
                    }
        }
        for (size_t i = start; i < body->size(); ++i) stmt((*body)[i]);
        if (!u().dead) {
            load_const_none();
            emit(Op::RETURN_VALUE);
        }
    } else {
        expr(lambda_body);
        emit(Op::RETURN_VALUE);
    }
    return leave_unit();
}

void Compiler::make_closure(CodeObj* code, Scope* scope, uint32_t flags) {
    if (scope && !scope->freevars.empty()) {
        Scope* parent_scope = u().scope;
        int parent_cells = parent_scope ? int(parent_scope->cellvars.size()) : 0;
        for (auto& src : scope->freevar_sources) {
            int slot = src.access == ast::NameAccess::Cell ? src.slot : parent_cells + src.slot;
            emit(Op::LOAD_CLOSURE, uint32_t(slot));
        }
        emit(Op::BUILD_TUPLE, uint32_t(scope->freevars.size()));
        flags |= MF_CLOSURE;
    }
    emit(Op::LOAD_CONST, uint32_t(add_const(Value::object(code))));
    emit(Op::MAKE_FUNCTION, flags);
}

void Compiler::make_function(CodeObj* code, Scope* scope, ast::Arguments* args,
                             ast::Expr* returns) {
    uint32_t flags = 0;
    if (args && !args->defaults.empty()) {
        for (ast::Expr* d : args->defaults) expr(d);
        emit(Op::BUILD_TUPLE, uint32_t(args->defaults.size()));
        flags |= MF_DEFAULTS;
    }
    if (args) {
        int n = 0;
        for (size_t i = 0; i < args->kwonlyargs.size(); ++i) {
            if (!args->kw_defaults[i]) continue;
            emit(Op::LOAD_CONST,
                 uint32_t(add_const(Value::object(I.intern(args->kwonlyargs[i]->name)))));
            expr(args->kw_defaults[i]);
            ++n;
        }
        if (n) {
            emit(Op::BUILD_MAP, uint32_t(n));
            flags |= MF_KWDEFAULTS;
        }
    }
    flags |= function_annotations(args, returns);
    make_closure(code, scope, flags);
}

void Compiler::function_def(ast::FunctionDef* f) {
    for (ast::Expr* d : f->decorator_list) expr(d);
    set_loc(*f);
    size_t mark = warnings_.size();
    CodeObj* code = function_body(f->scope, &f->body, nullptr, f->line, 0);
    size_t body_end = warnings_.size();
    set_loc(*f);
    make_function(code, f->scope, f->args, f->returns);
    defaults_warn_first(mark, body_end);
    // each decorator's call carries the decorator's range, innermost first
    for (size_t i = f->decorator_list.size(); i-- > 0;) {
        set_loc(*f->decorator_list[i]);
        emit(Op::CALL, 0);
    }
    set_loc(*f);
    name_op(f->bound, f->name_res, ast::ExprContext::Store);
}

void Compiler::class_def(ast::ClassDef* c) {
    for (ast::Expr* d : c->decorator_list) expr(d);
    set_loc(*c);
    emit(Op::PUSH_NULL);
    emit(Op::LOAD_BUILD_CLASS);
    // The class body: a function run with the class namespace as its locals.
    enter_unit(c->scope, c->name, c->line, CO_CLASS_BODY);
    name_op("__name__", ast::Resolution{ast::NameAccess::Name, -1}, ast::ExprContext::Load);
    name_op("__module__", ast::Resolution{ast::NameAccess::Name, -1}, ast::ExprContext::Store);
    emit(Op::LOAD_CONST, uint32_t(add_const(Value::object(I.intern(c->scope->qualname)))));
    name_op("__qualname__", ast::Resolution{ast::NameAccess::Name, -1}, ast::ExprContext::Store);
    size_t start = 0;
    if (!c->body.empty())
        if (auto* es = c->body[0]->as<ast::ExprStmt>())
            if (auto* k = es->value->as<ast::Constant>())
                if (k->type == ast::ConstantType::Str) {
                    expr(k);
                    name_op("__doc__", ast::Resolution{ast::NameAccess::Name, -1},
                            ast::ExprContext::Store);
                    start = 1;
                }
    if (has_annotations(c->body)) emit(Op::SETUP_ANNOTATIONS);
    for (size_t i = start; i < c->body.size(); ++i) stmt(c->body[i]);
    if (c->scope->needs_class_cell) {
        int slot = -1;
        for (size_t i = 0; i < c->scope->cellvars.size(); ++i)
            if (c->scope->cellvars[i] == "__class__") slot = int(i);
        emit(Op::LOAD_CLOSURE, uint32_t(slot));
        emit(Op::COPY, 1);
        name_op("__classcell__", ast::Resolution{ast::NameAccess::Name, -1},
                ast::ExprContext::Store);
        emit(Op::RETURN_VALUE);
    } else {
        load_const_none();
        emit(Op::RETURN_VALUE);
    }
    CodeObj* body = leave_unit();
    set_loc(*c);
    make_closure(body, c->scope, 0);
    emit(Op::LOAD_CONST, uint32_t(add_const(Value::object(I.intern(c->name)))));
    for (ast::Expr* b : c->bases) expr(b);
    std::vector<Value> kwnames;
    for (ast::Keyword* k : c->keywords) {
        expr(k->value);
        kwnames.push_back(Value::object(I.intern(k->arg)));
    }
    if (!kwnames.empty()) emit(Op::KW_NAMES, uint32_t(add_const(new_tuple(I, std::move(kwnames)))));
    set_loc(*c);
    emit(Op::CALL, uint32_t(2 + c->bases.size() + c->keywords.size()));
    for (size_t i = c->decorator_list.size(); i-- > 0;) {
        set_loc(*c->decorator_list[i]);
        emit(Op::CALL, 0);
    }
    set_loc(*c);
    name_op(c->bound, c->name_res, ast::ExprContext::Store);
}

void Compiler::return_stmt(ast::Return* r) {
    bool preserve = r->value != nullptr;
    if (r->value) expr(r->value);
    set_loc(*r);
    unwind_fblocks(0, preserve);
    if (!r->value) load_const_none();
    emit(Op::RETURN_VALUE);
}

void Compiler::break_continue(bool is_break, const ast::Stmt* s) {
    auto& fb = u().fblocks;
    size_t loop = fb.size();
    while (loop > 0) {
        auto t = fb[loop - 1].type;
        if (t == FBlock::Type::WhileLoop || t == FBlock::Type::ForLoop) break;
        --loop;
    }
    if (loop == 0) {
        error(*s, is_break ? "'break' outside loop" : "'continue' not properly in loop");
        return;
    }
    FBlock target = fb[loop - 1];
    // Unwind the blocks inside the loop; `break` also leaves the loop itself.
    unwind_fblocks(is_break ? loop - 1 : loop, false);
    emit_jump(Op::JUMP, is_break ? target.exit : target.loop_start);
}

void Compiler::unwind_fblocks(size_t stop, bool preserve_tos) {
    Unit& U0 = u();
    std::vector<FBlock> saved(U0.fblocks.begin() + long(stop), U0.fblocks.end());
    std::vector<int> saved_handlers = U0.handler_stack;
    for (size_t i = saved.size(); i-- > 0;) {
        u().fblocks.resize(stop + i);
        unwind_fblock(saved[i], preserve_tos);
    }
    u().fblocks.resize(stop);
    u().fblocks.insert(u().fblocks.end(), saved.begin(), saved.end());
    u().handler_stack = saved_handlers;
}

void Compiler::call_exit_with_nones() {
    load_const_none();
    load_const_none();
    load_const_none();
    emit(Op::CALL, 2);
}

void Compiler::handler_cleanup_name(const ast::ExceptHandler* h) {
    load_const_none();
    name_op(h->name, h->name_res, ast::ExprContext::Store);
    name_op(h->name, h->name_res, ast::ExprContext::Del);
}

void Compiler::unwind_fblock(const FBlock& b, bool preserve_tos) {
    using T = FBlock::Type;
    switch (b.type) {
        case T::WhileLoop: break;
        case T::ForLoop:
            if (preserve_tos) emit(Op::SWAP, 2);
            emit(Op::POP_TOP);
            break;
        case T::TryExcept: u().handler_stack.resize(b.handler); break;
        case T::FinallyTry:
            u().handler_stack.resize(b.handler);
            if (preserve_tos) u().fblocks.push_back(FBlock{T::PopValue});
            stmts(*b.finally_body);
            if (preserve_tos) u().fblocks.pop_back();
            break;
        case T::FinallyEnd:
            u().handler_stack.resize(b.handler);
            if (preserve_tos) emit(Op::SWAP, 2);
            emit(Op::POP_TOP);
            if (preserve_tos) emit(Op::SWAP, 2);
            emit(Op::POP_EXCEPT);
            break;
        case T::With:
        case T::AsyncWith:
            u().handler_stack.resize(b.handler);
            if (preserve_tos) emit(Op::SWAP, 2);
            call_exit_with_nones();
            if (b.type == T::AsyncWith) {
                emit(Op::GET_AWAITABLE, 2);
                load_const_none();
                await_value();
            }
            emit(Op::POP_TOP);
            break;
        case T::HandlerCleanup:
            u().handler_stack.resize(b.handler);
            if (preserve_tos) emit(Op::SWAP, 2);
            emit(Op::POP_EXCEPT);
            if (b.named_handler) handler_cleanup_name(b.named_handler);
            break;
        case T::PopValue:
            if (preserve_tos) emit(Op::SWAP, 2);
            emit(Op::POP_TOP);
            break;
        case T::AsyncComprehension: break;
    }
}

void Compiler::for_stmt(ast::For* f) {
    Label start = new_label(), exit = new_label(), brk = new_label();
    expr(f->iter);
    set_loc(*f);
    if (f->is_async) {
        emit(Op::GET_AITER);
        bind(start);
        Label end_async = new_label();
        size_t outer = u().handler_stack.size();
        push_handler(end_async);
        emit(Op::GET_ANEXT);
        load_const_none();
        await_value();
        u().handler_stack.resize(outer);
        store(f->target);
        u().fblocks.push_back(FBlock{FBlock::Type::ForLoop, start, brk});
        stmts(f->body);
        u().fblocks.pop_back();
        emit_jump(Op::JUMP, start);
        bind(end_async);
        set_loc(*f);
        emit(Op::END_ASYNC_FOR);
        stmts(f->orelse);
        bind(brk);
        return;
    }
    emit(Op::GET_ITER);
    bind(start);
    set_loc(*f);
    emit_jump(Op::FOR_ITER, exit);
    store(f->target);
    u().fblocks.push_back(FBlock{FBlock::Type::ForLoop, start, brk});
    stmts(f->body);
    u().fblocks.pop_back();
    emit_jump(Op::JUMP, start);
    bind(exit);
    stmts(f->orelse);
    bind(brk);
}

void Compiler::while_stmt(ast::While* w) {
    Label start = new_label(), orelse = new_label(), brk = new_label();
    bind(start);
    set_loc(*w);
    size_t mark = warnings_.size();
    jump_if(w->test, false, orelse);
    size_t test_end = warnings_.size();
    u().fblocks.push_back(FBlock{FBlock::Type::WhileLoop, start, brk});
    stmts(w->body);
    u().fblocks.pop_back();
    // (CPython 3.11 compiles the test again after the body, and warns again)
    for (size_t i = mark; i < test_end; ++i) warnings_.push_back(warnings_[i]);
    emit_jump(Op::JUMP, start);
    bind(orelse);
    stmts(w->orelse);
    bind(brk);
}

void Compiler::if_stmt(ast::If* s) {
    Label orelse = new_label(), end = new_label();
    jump_if(s->test, false, orelse);
    stmts(s->body);
    if (!s->orelse.empty()) {
        if (!u().dead) emit_jump(Op::JUMP, end);
        bind(orelse);
        stmts(s->orelse);
    } else {
        bind(orelse);
    }
    bind(end);
}

void Compiler::with_stmt(ast::With* w, size_t i) {
    ast::WithItem* item = w->items[i];
    bool async = w->is_async;
    expr(item->context_expr);
    set_loc(*w);
    if (async) {
        emit(Op::BEFORE_ASYNC_WITH);
        emit(Op::GET_AWAITABLE, 1);
        load_const_none();
        await_value();
    } else {
        emit(Op::BEFORE_WITH);
    }
    Label handler = new_label(), end = new_label();
    size_t outer = u().handler_stack.size();
    push_handler(handler, u().depth - 1);
    u().fblocks.push_back(
        FBlock{async ? FBlock::Type::AsyncWith : FBlock::Type::With, {}, {}, nullptr, outer});
    if (item->optional_vars)
        store(item->optional_vars);
    else
        emit(Op::POP_TOP);
    if (i + 1 < w->items.size())
        with_stmt(w, i + 1);
    else
        stmts(w->body);
    u().fblocks.pop_back();
    u().handler_stack.resize(outer);
    set_loc(*w);
    call_exit_with_nones();
    if (async) {
        emit(Op::GET_AWAITABLE, 2);
        load_const_none();
        await_value();
    }
    emit(Op::POP_TOP);
    emit_jump(Op::JUMP, end);

    bind(handler); // [exit, exc]
    Label cleanup = new_label(), suppress = new_label();
    emit(Op::PUSH_EXC_INFO); // [exit, prev, exc]
    push_handler(cleanup, u().depth - 1);
    emit(Op::WITH_EXCEPT_START); // [exit, prev, exc, res]
    if (async) {
        emit(Op::GET_AWAITABLE, 2);
        load_const_none();
        await_value();
    }
    emit_jump(Op::POP_JUMP_IF_TRUE, suppress);
    emit(Op::RERAISE);
    pop_handler();
    bind(suppress); // [exit, prev, exc]
    emit(Op::POP_TOP);
    emit(Op::POP_EXCEPT);
    emit(Op::POP_TOP);
    emit_jump(Op::JUMP, end);
    bind(cleanup); // [exit, prev, exc2]
    emit(Op::SWAP, 2);
    emit(Op::POP_EXCEPT);
    emit(Op::RERAISE);
    bind(end);
}

void Compiler::try_stmt(ast::Try* t) {
    if (t->is_star)
        try_star(t);
    else if (!t->finalbody.empty())
        try_finally(t);
    else
        try_except(t);
}

void Compiler::try_finally(ast::Try* t) {
    Label handler = new_label(), end = new_label();
    size_t outer = u().handler_stack.size();
    push_handler(handler);
    u().fblocks.push_back(FBlock{FBlock::Type::FinallyTry, {}, {}, &t->finalbody, outer});
    if (!t->handlers.empty())
        try_except(t);
    else
        stmts(t->body);
    u().fblocks.pop_back();
    u().handler_stack.resize(outer);
    stmts(t->finalbody);
    if (!u().dead) emit_jump(Op::JUMP, end);

    bind(handler); // [exc]
    Label cleanup = new_label();
    emit(Op::PUSH_EXC_INFO); // [prev, exc]
    push_handler(cleanup, u().depth - 1);
    u().fblocks.push_back(FBlock{FBlock::Type::FinallyEnd, {}, {}, nullptr, outer});
    stmts(t->finalbody);
    u().fblocks.pop_back();
    emit(Op::RERAISE);
    u().handler_stack.resize(outer);
    bind(cleanup); // [prev, exc2]
    emit(Op::SWAP, 2);
    emit(Op::POP_EXCEPT);
    emit(Op::RERAISE);
    bind(end);
}

void Compiler::try_except(ast::Try* t) {
    Label handler = new_label(), end = new_label();
    size_t outer = u().handler_stack.size();
    push_handler(handler);
    u().fblocks.push_back(FBlock{FBlock::Type::TryExcept, {}, {}, nullptr, outer});
    stmts(t->body);
    u().fblocks.pop_back();
    u().handler_stack.resize(outer);
    stmts(t->orelse);
    if (!u().dead) emit_jump(Op::JUMP, end);

    bind(handler); // [exc]
    Label cleanup = new_label();
    emit(Op::PUSH_EXC_INFO); // [prev, exc]
    push_handler(cleanup, u().depth - 1);
    for (ast::ExceptHandler* h : t->handlers) {
        Label next = new_label();
        set_loc(*h);
        if (h->type) {
            expr(h->type);
            set_loc(*h);
            emit(Op::CHECK_EXC_MATCH);
            emit_jump(Op::POP_JUMP_IF_FALSE, next);
        }
        if (!h->name.empty()) {
            name_op(h->name, h->name_res, ast::ExprContext::Store); // [prev]
            Label name_cleanup = new_label();
            push_handler(name_cleanup);
            u().fblocks.push_back(FBlock{FBlock::Type::HandlerCleanup, {}, {}, nullptr, outer, h});
            stmts(h->body);
            u().fblocks.pop_back();
            pop_handler();
            if (!u().dead) {
                emit(Op::POP_EXCEPT);
                handler_cleanup_name(h);
                emit_jump(Op::JUMP, end);
            }
            bind(name_cleanup); // [prev, exc2]
            handler_cleanup_name(h);
            emit(Op::RERAISE);
        } else {
            emit(Op::POP_TOP); // [prev]
            u().fblocks.push_back(FBlock{FBlock::Type::HandlerCleanup, {}, {}, nullptr, outer});
            stmts(h->body);
            u().fblocks.pop_back();
            if (!u().dead) {
                emit(Op::POP_EXCEPT);
                emit_jump(Op::JUMP, end);
            }
        }
        bind(next);
    }
    emit(Op::RERAISE); // no clause matched: [prev, exc] -> raise exc
    u().handler_stack.resize(outer);
    bind(cleanup); // [prev, exc2]
    emit(Op::SWAP, 2);
    emit(Op::POP_EXCEPT);
    emit(Op::RERAISE);
    bind(end);
}

// except*: a simplified form of CPython's compiler_try_star_except. The stack holds
// [prev, orig, raised list, rest]; each clause splits `rest`; exceptions raised by a clause are
// collected; PREP_RERAISE_STAR combines what is left to re-raise.
void Compiler::try_star(ast::Try* t) {
    Label handler = new_label(), end = new_label();
    size_t outer = u().handler_stack.size();
    push_handler(handler);
    u().fblocks.push_back(FBlock{FBlock::Type::TryExcept, {}, {}, nullptr, outer});
    stmts(t->body);
    u().fblocks.pop_back();
    u().handler_stack.resize(outer);
    stmts(t->orelse);
    if (!u().dead) emit_jump(Op::JUMP, end);

    bind(handler); // [exc]
    Label cleanup = new_label(), reraise_none = new_label();
    emit(Op::PUSH_EXC_INFO); // [prev, exc]
    push_handler(cleanup, u().depth - 1);
    emit(Op::BUILD_LIST, 0); // [prev, orig, raised]
    emit(Op::COPY, 2);       // [prev, orig, raised, rest]
    for (ast::ExceptHandler* h : t->handlers) {
        Label next = new_label(), no_match = new_label(), raised_in_body = new_label();
        set_loc(*h);
        expr(h->type);
        emit(Op::CHECK_EG_MATCH); // [.., rest', match|None]
        emit(Op::COPY, 1);
        load_const_none();
        emit(Op::IS_OP, 0);
        emit_jump(Op::POP_JUMP_IF_TRUE, no_match);
        // The matched group becomes the handled exception inside the clause.
        emit(Op::PUSH_EXC_INFO); // [.., rest', prev2, match]
        if (!h->name.empty())
            name_op(h->name, h->name_res, ast::ExprContext::Store);
        else
            emit(Op::POP_TOP); // [.., rest', prev2]
        push_handler(raised_in_body);
        stmts(h->body);
        pop_handler();
        if (!u().dead) {
            emit(Op::POP_EXCEPT);
            if (!h->name.empty()) handler_cleanup_name(h);
            emit_jump(Op::JUMP, next);
        }
        bind(raised_in_body); // [prev, orig, raised, rest', prev2, exc2]
        emit(Op::SWAP, 2);
        emit(Op::POP_EXCEPT); // [prev, orig, raised, rest', exc2]
        if (!h->name.empty()) handler_cleanup_name(h);
        emit(Op::LIST_APPEND, 2);
        emit_jump(Op::JUMP, next);
        bind(no_match); // [.., rest', None]
        emit(Op::POP_TOP);
        bind(next);
    }
    emit(Op::LIST_APPEND, 1);    // raised.append(rest)
    emit(Op::PREP_RERAISE_STAR); // [prev, to_raise|None]
    emit(Op::COPY, 1);
    load_const_none();
    emit(Op::IS_OP, 0);
    emit_jump(Op::POP_JUMP_IF_TRUE, reraise_none);
    emit(Op::RERAISE);
    u().handler_stack.resize(outer);
    bind(reraise_none); // [prev, None]
    emit(Op::POP_TOP);
    emit(Op::POP_EXCEPT);
    emit_jump(Op::JUMP, end);
    bind(cleanup); // [prev, exc2]
    emit(Op::SWAP, 2);
    emit(Op::POP_EXCEPT);
    emit(Op::RERAISE);
    bind(end);
}

void Compiler::raise_stmt(ast::Raise* r) {
    uint32_t n = 0;
    if (r->exc) {
        expr(r->exc);
        ++n;
        if (r->cause) {
            expr(r->cause);
            ++n;
        }
    }
    set_loc(*r);
    emit(Op::RAISE_VARARGS, n);
}

void Compiler::assert_stmt(ast::Assert* a) {
    check_assert(a);
    Label end = new_label();
    jump_if(a->test, true, end);
    // CPython 3.11 raises from the test's range when it is a comparison (what its jump_if
    // leaves behind), from the statement's otherwise.
    const ast::Pos& at = a->test->is<ast::Compare>() ? static_cast<const ast::Pos&>(*a->test) : *a;
    set_loc(at);
    emit(Op::LOAD_ASSERTION_ERROR);
    if (a->msg) {
        expr(a->msg);
        set_loc(at);
        emit(Op::CALL, 0);
    }
    emit(Op::RAISE_VARARGS, 1);
    bind(end);
}

void Compiler::import_stmt(ast::Import* s) {
    for (ast::Alias* a : s->names) {
        emit(Op::IMPORT_NAME, uint32_t(add_name(a->name)));
        std::string bound = a->asname.empty() ? a->name.substr(0, a->name.find('.')) : a->asname;
        if (bound != a->asname && bound != a->name) {
            // `import a.b` binds the package a (imported first, so this only looks it up)
            emit(Op::POP_TOP);
            emit(Op::IMPORT_NAME, uint32_t(add_name(bound)));
        }
        name_op(bound, a->res, ast::ExprContext::Store);
    }
}

void Compiler::import_from(ast::ImportFrom* s) {
    if (s->module == "__future__" && s->level == 0 && s->line > future_line_)
        return error(*s, "from __future__ imports must occur at the beginning of the file");
    emit(Op::IMPORT_NAME, uint32_t(add_name(s->module)));
    for (ast::Alias* a : s->names) {
        emit(Op::IMPORT_FROM, uint32_t(add_name(a->name)));
        if (a->name == "*") {
            emit(Op::POP_TOP);
            continue;
        }
        name_op(a->asname.empty() ? a->name : a->asname, a->res, ast::ExprContext::Store);
    }
    emit(Op::POP_TOP);
}

} // namespace loopscope
