// compiler_expr.cpp - expressions, assignment targets, calls, comprehensions, f-strings.
#include "lang/bytes_object.h"
#include "lang/compiler_impl.h"
#include "lang/complex_object.h"

namespace loopscope {

using ast::Expr;

static bool has_starred(const ast::ExprList& xs) {
    for (Expr* e : xs)
        if (e->is<ast::Starred>()) return true;
    return false;
}

Value Compiler::constant(ast::Constant* c) {
    using T = ast::ConstantType;
    switch (c->type) {
        case T::None: return Value::none();
        case T::True: return Value::boolean(true);
        case T::False: return Value::boolean(false);
        case T::Ellipsis: return I.ellipsis;
        case T::Int: {
            auto r = BigInt::parse(c->text, 0);
            if (!r.ok()) {
                error(*c, "invalid integer literal");
                return Value::none();
            }
            return new_int(I, r.value());
        }
        case T::Float: return Value::floating(c->number);
        case T::Str: return Value::object(I.intern(c->text));
        case T::Imaginary: return new_complex(I, 0.0, c->number);
        case T::Bytes: return new_bytes(I, c->text);
    }
    return Value::none();
}

void Compiler::name_op(const std::string& id, const ast::Resolution& res, ast::ExprContext ctx) {
    using A = ast::NameAccess;
    using C = ast::ExprContext;
    int ncells = u().scope ? int(u().scope->cellvars.size()) : 0;
    switch (res.access) {
        case A::Fast:
            emit(ctx == C::Load    ? Op::LOAD_FAST
                 : ctx == C::Store ? Op::STORE_FAST
                                   : Op::DELETE_FAST,
                 uint32_t(res.slot));
            return;
        case A::Cell:
        case A::Free: {
            uint32_t slot = uint32_t(res.access == A::Cell ? res.slot : ncells + res.slot);
            emit(ctx == C::Load    ? Op::LOAD_DEREF
                 : ctx == C::Store ? Op::STORE_DEREF
                                   : Op::DELETE_DEREF,
                 slot);
            return;
        }
        case A::ClassDeref:
            if (ctx == C::Load)
                emit(Op::LOAD_CLASSDEREF, uint32_t(ncells + res.slot));
            else
                emit(ctx == C::Store ? Op::STORE_DEREF : Op::DELETE_DEREF,
                     uint32_t(ncells + res.slot));
            return;
        case A::Global:
            emit(ctx == C::Load    ? Op::LOAD_GLOBAL
                 : ctx == C::Store ? Op::STORE_GLOBAL
                                   : Op::DELETE_GLOBAL,
                 uint32_t(add_name(id)));
            return;
        case A::Name:
        case A::Unresolved:
            emit(ctx == C::Load    ? Op::LOAD_NAME
                 : ctx == C::Store ? Op::STORE_NAME
                                   : Op::DELETE_NAME,
                 uint32_t(add_name(id)));
            return;
    }
}

void Compiler::expr(Expr* e) {
    using K = Expr::Kind;
    SourceRange saved = u().loc;
    set_loc(*e);
    switch (e->kind) {
        case K::BoolOp: bool_op(e->as<ast::BoolOp>()); break;
        case K::NamedExpr: {
            auto* n = e->as<ast::NamedExpr>();
            expr(n->value);
            emit(Op::COPY, 1);
            store(n->target);
            break;
        }
        case K::BinOp: {
            auto* b = e->as<ast::BinOp>();
            expr(b->left);
            expr(b->right);
            set_loc(*e);
            emit(Op::BINARY_OP, uint32_t(to_binop(b->op)));
            break;
        }
        case K::UnaryOp: {
            auto* un = e->as<ast::UnaryOp>();
            // -<number literal> is a constant (as CPython's AST optimizer folds it): no
            // negation at every run of a loop
            if (un->op == ast::UnaryOperator::USub && un->operand->kind == K::Constant &&
                (un->operand->as<ast::Constant>()->type == ast::ConstantType::Int ||
                 un->operand->as<ast::Constant>()->type == ast::ConstantType::Float)) {
                Value c = constant(un->operand->as<ast::Constant>());
                if ((c.is_int() && c.i != INT64_MIN) || c.is_float()) {
                    emit(Op::LOAD_CONST, uint32_t(add_const(c.is_int() ? Value::integer(-c.i)
                                                                       : Value::floating(-c.f))));
                    break;
                }
            }
            expr(un->operand);
            set_loc(*e);
            UnaryOp op = UnaryOp::Not;
            switch (un->op) {
                case ast::UnaryOperator::Invert: op = UnaryOp::Invert; break;
                case ast::UnaryOperator::Not: op = UnaryOp::Not; break;
                case ast::UnaryOperator::UAdd: op = UnaryOp::Pos; break;
                case ast::UnaryOperator::USub: op = UnaryOp::Neg; break;
            }
            emit(Op::UNARY_OP, uint32_t(op));
            break;
        }
        case K::Lambda: lambda(e->as<ast::Lambda>()); break;
        case K::IfExp: {
            auto* x = e->as<ast::IfExp>();
            Label orelse = new_label(), end = new_label();
            jump_if(x->test, false, orelse);
            expr(x->body);
            emit_jump(Op::JUMP, end);
            bind(orelse);
            expr(x->orelse);
            bind(end);
            break;
        }
        case K::Dict: dict(e->as<ast::Dict>()); break;
        case K::Set: sequence(e->as<ast::Set>()->elts, Op::BUILD_SET, Op::SET_UPDATE, false); break;
        case K::ListComp: {
            auto* c = e->as<ast::ListComp>();
            comprehension(e, c->scope, c->generators, "<listcomp>");
            break;
        }
        case K::SetComp: {
            auto* c = e->as<ast::SetComp>();
            comprehension(e, c->scope, c->generators, "<setcomp>");
            break;
        }
        case K::DictComp: {
            auto* c = e->as<ast::DictComp>();
            comprehension(e, c->scope, c->generators, "<dictcomp>");
            break;
        }
        case K::GeneratorExp: {
            auto* c = e->as<ast::GeneratorExp>();
            comprehension(e, c->scope, c->generators, "<genexpr>");
            break;
        }
        case K::Await:
            expr(e->as<ast::Await>()->value);
            set_loc(*e);
            emit(Op::GET_AWAITABLE, 0);
            load_const_none();
            await_value();
            break;
        case K::Yield: {
            auto* y = e->as<ast::Yield>();
            if (y->value)
                expr(y->value);
            else
                load_const_none();
            set_loc(*e);
            emit(Op::YIELD_VALUE, 0);
            break;
        }
        case K::YieldFrom:
            expr(e->as<ast::YieldFrom>()->value);
            set_loc(*e);
            emit(Op::GET_YIELD_FROM_ITER);
            load_const_none();
            await_value();
            break;
        case K::Compare: compare(e->as<ast::Compare>()); break;
        case K::Call: call(e->as<ast::Call>()); break;
        case K::FormattedValue: formatted_value(e->as<ast::FormattedValue>()); break;
        case K::JoinedStr: fstring(e->as<ast::JoinedStr>()); break;
        case K::Constant:
            emit(Op::LOAD_CONST, uint32_t(add_const(constant(e->as<ast::Constant>()))));
            break;
        case K::Attribute: {
            auto* a = e->as<ast::Attribute>();
            expr(a->value);
            set_loc(*e);
            set_attr_loc(*a, a->attr.size());
            emit(Op::LOAD_ATTR, uint32_t(add_name(a->attr)));
            break;
        }
        case K::Subscript: subscript(e->as<ast::Subscript>()); break;
        case K::Starred: error(*e, "can't use starred expression here"); break;
        case K::Name: {
            auto* n = e->as<ast::Name>();
            name_op(n->id, n->res, ast::ExprContext::Load);
            break;
        }
        case K::List:
            sequence(e->as<ast::List>()->elts, Op::BUILD_LIST, Op::LIST_EXTEND, false);
            break;
        case K::Tuple: {
            auto& elts = e->as<ast::Tuple>()->elts;
            bool all_const = !elts.empty();
            for (Expr* x : elts)
                if (!x->is<ast::Constant>()) all_const = false;
            if (all_const) {
                std::vector<Value> items;
                for (Expr* x : elts) items.push_back(constant(x->as<ast::Constant>()));
                emit(Op::LOAD_CONST, uint32_t(add_const(new_tuple(I, std::move(items)))));
            } else {
                sequence(elts, Op::BUILD_TUPLE, Op::LIST_EXTEND, true);
            }
            break;
        }
        case K::Slice: slice(e->as<ast::Slice>()); break;
    }
    set_loc(saved);
}

void Compiler::sequence(const ast::ExprList& elts, Op build, Op extend, bool to_tuple) {
    if (!has_starred(elts)) {
        for (Expr* x : elts) expr(x);
        emit(build, uint32_t(elts.size()));
        return;
    }
    bool is_set = build == Op::BUILD_SET;
    emit(is_set ? Op::BUILD_SET : Op::BUILD_LIST, 0);
    for (Expr* x : elts) {
        if (auto* s = x->as<ast::Starred>()) {
            expr(s->value);
            emit(extend, 1);
        } else {
            expr(x);
            emit(is_set ? Op::SET_ADD : Op::LIST_APPEND, 1);
        }
    }
    if (to_tuple) emit(Op::LIST_TO_TUPLE);
}

void Compiler::dict(ast::Dict* d) {
    bool unpack = false;
    for (Expr* k : d->keys)
        if (!k) unpack = true;
    if (!unpack) {
        for (size_t i = 0; i < d->keys.size(); ++i) {
            expr(d->keys[i]);
            expr(d->values[i]);
        }
        emit(Op::BUILD_MAP, uint32_t(d->keys.size()));
        return;
    }
    emit(Op::BUILD_MAP, 0);
    for (size_t i = 0; i < d->keys.size(); ++i) {
        if (!d->keys[i]) {
            expr(d->values[i]);
            emit(Op::DICT_UPDATE, 1);
        } else {
            expr(d->keys[i]);
            expr(d->values[i]);
            emit(Op::MAP_ADD, 1);
        }
    }
}

void Compiler::store(Expr* t) {
    set_loc(*t);
    if (auto* n = t->as<ast::Name>()) {
        name_op(n->id, n->res, ast::ExprContext::Store);
    } else if (auto* a = t->as<ast::Attribute>()) {
        expr(a->value);
        set_loc(*t);
        set_attr_loc(*a, a->attr.size());
        emit(Op::STORE_ATTR, uint32_t(add_name(a->attr)));
    } else if (auto* s = t->as<ast::Subscript>()) {
        expr(s->value);
        if (auto* sl = s->slice->as<ast::Slice>()) {
            uint32_t n = slice_parts(sl);
            set_loc(*t);
            emit(Op::STORE_SLICE, n);
            return;
        }
        expr(s->slice);
        set_loc(*t);
        emit(Op::STORE_SUBSCR);
    } else if (auto* tu = t->as<ast::Tuple>()) {
        unpack_assign(tu->elts, t);
    } else if (auto* l = t->as<ast::List>()) {
        unpack_assign(l->elts, t);
    } else if (auto* st = t->as<ast::Starred>()) {
        error(*st, "starred assignment target must be in a list or tuple");
    } else {
        error(*t, "cannot assign to expression");
    }
}

void Compiler::unpack_assign(const ast::ExprList& elts, Expr* node) {
    size_t star = elts.size();
    for (size_t i = 0; i < elts.size(); ++i)
        if (elts[i]->is<ast::Starred>()) {
            if (star != elts.size()) {
                error(*elts[i], "multiple starred expressions in assignment");
                return;
            }
            star = i;
        }
    set_loc(*node);
    if (star == elts.size()) {
        emit(Op::UNPACK_SEQUENCE, uint32_t(elts.size()));
    } else {
        emit(Op::UNPACK_EX, uint32_t(star) | (uint32_t(elts.size() - star - 1) << 8));
    }
    for (Expr* x : elts) {
        if (auto* s = x->as<ast::Starred>())
            store(s->value);
        else
            store(x);
    }
}

void Compiler::del(Expr* t) {
    set_loc(*t);
    if (auto* n = t->as<ast::Name>()) {
        name_op(n->id, n->res, ast::ExprContext::Del);
    } else if (auto* a = t->as<ast::Attribute>()) {
        expr(a->value);
        set_loc(*t);
        set_attr_loc(*a, a->attr.size());
        emit(Op::DELETE_ATTR, uint32_t(add_name(a->attr)));
    } else if (auto* s = t->as<ast::Subscript>()) {
        expr(s->value);
        if (auto* sl = s->slice->as<ast::Slice>())
            slice(sl);
        else
            expr(s->slice);
        set_loc(*t);
        emit(Op::DELETE_SUBSCR);
    } else if (auto* tu = t->as<ast::Tuple>()) {
        for (Expr* x : tu->elts) del(x);
    } else if (auto* l = t->as<ast::List>()) {
        for (Expr* x : l->elts) del(x);
    } else {
        error(*t, "cannot delete expression");
    }
}

uint32_t Compiler::slice_parts(ast::Slice* s) {
    if (s->lower)
        expr(s->lower);
    else
        load_const_none();
    if (s->upper)
        expr(s->upper);
    else
        load_const_none();
    if (!s->step) return 2;
    expr(s->step);
    return 3;
}

void Compiler::slice(ast::Slice* s) {
    emit(Op::BUILD_SLICE, slice_parts(s));
}

// `a[i:j]` (and `a[i:j:k]`) pass the bounds on the stack, as CPython 3.12's BINARY_SLICE: no
// slice object for builtin sequences.
void Compiler::subscript(ast::Subscript* s) {
    check_subscript(s);
    expr(s->value);
    if (auto* sl = s->slice->as<ast::Slice>()) {
        uint32_t n = slice_parts(sl);
        set_loc(*s);
        emit(Op::BINARY_SLICE, n);
        return;
    }
    expr(s->slice);
    set_loc(*s);
    emit(Op::BINARY_SUBSCR);
}

void Compiler::bool_op(ast::BoolOp* b) {
    Label end = new_label();
    Op jump = b->op == ast::BoolOperator::And ? Op::JUMP_IF_FALSE_OR_POP : Op::JUMP_IF_TRUE_OR_POP;
    for (size_t i = 0; i < b->values.size(); ++i) {
        expr(b->values[i]);
        if (i + 1 < b->values.size()) emit_jump(jump, end);
    }
    bind(end);
}

void Compiler::jump_if(Expr* e, bool cond, Label target) {
    if (auto* un = e->as<ast::UnaryOp>(); un && un->op == ast::UnaryOperator::Not) {
        jump_if(un->operand, !cond, target);
        return;
    }
    if (auto* c = e->as<ast::Constant>()) {
        using T = ast::ConstantType;
        if (c->type == T::True || c->type == T::False || c->type == T::None) {
            bool truth = c->type == T::True;
            if (truth == cond) emit_jump(Op::JUMP, target);
            return;
        }
    }
    if (auto* b = e->as<ast::BoolOp>()) {
        bool is_and = b->op == ast::BoolOperator::And;
        // and/false and or/true: every operand can jump straight to the target.
        if (is_and != cond) {
            for (Expr* v : b->values) jump_if(v, cond, target);
        } else {
            Label skip = new_label();
            for (size_t i = 0; i + 1 < b->values.size(); ++i) jump_if(b->values[i], !cond, skip);
            jump_if(b->values.back(), cond, target);
            bind(skip);
        }
        return;
    }
    expr(e);
    set_loc(*e);
    emit_jump(cond ? Op::POP_JUMP_IF_TRUE : Op::POP_JUMP_IF_FALSE, target);
}

static void emit_cmp(Compiler& c, ast::CmpOperator op) {
    using O = ast::CmpOperator;
    switch (op) {
        case O::Eq: c.emit(Op::COMPARE_OP, uint32_t(CmpOp::Eq)); break;
        case O::NotEq: c.emit(Op::COMPARE_OP, uint32_t(CmpOp::Ne)); break;
        case O::Lt: c.emit(Op::COMPARE_OP, uint32_t(CmpOp::Lt)); break;
        case O::LtE: c.emit(Op::COMPARE_OP, uint32_t(CmpOp::Le)); break;
        case O::Gt: c.emit(Op::COMPARE_OP, uint32_t(CmpOp::Gt)); break;
        case O::GtE: c.emit(Op::COMPARE_OP, uint32_t(CmpOp::Ge)); break;
        case O::Is: c.emit(Op::IS_OP, 0); break;
        case O::IsNot: c.emit(Op::IS_OP, 1); break;
        case O::In: c.emit(Op::CONTAINS_OP, 0); break;
        case O::NotIn: c.emit(Op::CONTAINS_OP, 1); break;
    }
}

// As CPython 3.11's compiler_compare: a < b < c keeps b for the next comparison.
void Compiler::compare(ast::Compare* c) {
    check_compare(c);
    expr(c->left);
    size_t n = c->ops.size();
    if (n == 1) {
        expr(c->comparators[0]);
        set_loc(*c);
        emit_cmp(*this, c->ops[0]);
        return;
    }
    Label cleanup = new_label(), end = new_label();
    for (size_t i = 0; i + 1 < n; ++i) {
        expr(c->comparators[i]);
        emit(Op::SWAP, 2);
        emit(Op::COPY, 2);
        set_loc(*c);
        emit_cmp(*this, c->ops[i]);
        emit_jump(Op::JUMP_IF_FALSE_OR_POP, cleanup);
    }
    expr(c->comparators[n - 1]);
    set_loc(*c);
    emit_cmp(*this, c->ops[n - 1]);
    emit_jump(Op::JUMP, end);
    bind(cleanup);
    emit(Op::SWAP, 2);
    emit(Op::POP_TOP);
    bind(end);
}

void Compiler::set_attr_loc(const ast::Pos& attr, size_t name_len) {
    SourceRange& l = u().loc;
    if (l.line == attr.end_line) return;
    l.line = attr.end_line;
    if (int(name_len) <= attr.end_col) {
        l.col = attr.end_col - int(name_len);
    } else {
        l.col = -1;
        l.end_col = -1;
    }
    if (l.end_line < l.line) l.end_line = l.line;
    if (l.line == l.end_line && l.end_col < l.col) l.end_col = l.col;
}

bool Compiler::call_simple(ast::Call* c, int extra_args, const ast::Attribute* method) {
    if (has_starred(c->args)) return false;
    for (ast::Keyword* k : c->keywords)
        if (k->arg.empty()) return false;
    for (Expr* a : c->args) expr(a);
    std::vector<Value> kwnames;
    for (ast::Keyword* k : c->keywords) {
        expr(k->value);
        kwnames.push_back(Value::object(I.intern(k->arg)));
    }
    set_loc(*c);
    if (method) set_attr_loc(*method, method->attr.size());
    if (!kwnames.empty()) emit(Op::KW_NAMES, uint32_t(add_const(new_tuple(I, std::move(kwnames)))));
    emit(Op::CALL, uint32_t(extra_args + int(c->args.size() + c->keywords.size())));
    return true;
}

void Compiler::call(ast::Call* c) {
    check_caller(c);
    bool simple = !has_starred(c->args);
    for (ast::Keyword* k : c->keywords)
        if (k->arg.empty()) simple = false;
    if (simple) {
        if (auto* a = c->func->as<ast::Attribute>()) {
            expr(a->value);
            set_loc(*a);
            set_attr_loc(*a, a->attr.size());
            emit(Op::LOAD_METHOD, uint32_t(add_name(a->attr)));
            call_simple(c, 0, a);
            return;
        }
        emit(Op::PUSH_NULL);
        expr(c->func);
        call_simple(c, 0);
        return;
    }
    call_general(c);
}

void Compiler::call_general(ast::Call* c) {
    emit(Op::PUSH_NULL);
    expr(c->func);
    emit(Op::BUILD_LIST, 0);
    // f(*x) alone: CPython checks x in the call and names the function in its error
    // (kLoneStarArg); f(a, *x) and f(*x, *y) say "Value after *"
    bool lone = c->args.size() == 1;
    for (Expr* a : c->args) {
        if (auto* s = a->as<ast::Starred>()) {
            expr(s->value);
            emit(Op::LIST_EXTEND, lone ? 1 | kLoneStarArg : 1);
        } else {
            expr(a);
            emit(Op::LIST_APPEND, 1);
        }
    }
    emit(Op::LIST_TO_TUPLE);
    uint32_t flags = 0;
    if (!c->keywords.empty()) {
        emit(Op::BUILD_MAP, 0);
        for (ast::Keyword* k : c->keywords) {
            if (k->arg.empty()) {
                expr(k->value);
            } else {
                emit(Op::LOAD_CONST, uint32_t(add_const(Value::object(I.intern(k->arg)))));
                expr(k->value);
                emit(Op::BUILD_MAP, 1);
            }
            emit(Op::DICT_MERGE, 1);
        }
        flags = 1;
    }
    set_loc(*c);
    emit(Op::CALL_FUNCTION_EX, flags);
}

void Compiler::fstring(ast::JoinedStr* j) {
    if (j->values.empty()) {
        emit(Op::LOAD_CONST, uint32_t(add_const(Value::object(I.intern("")))));
        return;
    }
    for (Expr* part : j->values) {
        if (auto* f = part->as<ast::FormattedValue>())
            formatted_value(f);
        else
            expr(part);
    }
    if (j->values.size() > 1 || !j->values[0]->is<ast::FormattedValue>())
        emit(Op::BUILD_STRING, uint32_t(j->values.size()));
}

void Compiler::formatted_value(ast::FormattedValue* f) {
    expr(f->value);
    uint32_t flags = 0;
    switch (f->conversion) {
        case 's': flags = 1; break;
        case 'r': flags = 2; break;
        case 'a': flags = 3; break;
        default: break;
    }
    if (f->format_spec) {
        expr(f->format_spec);
        flags |= 4;
    }
    set_loc(*f);
    emit(Op::FORMAT_VALUE, flags);
}

void Compiler::lambda(ast::Lambda* l) {
    size_t mark = warnings_.size();
    CodeObj* code = function_body(l->scope, nullptr, l->body, l->line, 0);
    size_t body_end = warnings_.size();
    set_loc(*l);
    make_function(code, l->scope, l->args);
    defaults_warn_first(mark, body_end);
}

void Compiler::await_value() {
    Label loop = new_label(), exit = new_label();
    bind(loop);
    emit_jump(Op::SEND, exit);
    emit(Op::YIELD_VALUE, 1);
    emit_jump(Op::JUMP, loop);
    bind(exit);
}

void Compiler::comprehension(Expr* e, Scope* scope, const std::vector<ast::Comprehension*>& gens,
                             const char* name) {
    enter_unit(scope, name, e->line, 0);
    switch (e->kind) {
        case Expr::Kind::ListComp: emit(Op::BUILD_LIST, 0); break;
        case Expr::Kind::SetComp: emit(Op::BUILD_SET, 0); break;
        case Expr::Kind::DictComp: emit(Op::BUILD_MAP, 0); break;
        default: break;
    }
    comprehension_loop(e, gens, 0);
    if (e->kind == Expr::Kind::GeneratorExp) load_const_none();
    emit(Op::RETURN_VALUE);
    CodeObj* code = leave_unit();
    set_loc(*e);
    make_closure(code, scope, 0);
    expr(gens[0]->iter);
    set_loc(*e);
    emit(gens[0]->is_async ? Op::GET_AITER : Op::GET_ITER);
    emit(Op::CALL, 0);
    if (scope->is_coroutine && e->kind != Expr::Kind::GeneratorExp) {
        emit(Op::GET_AWAITABLE, 0);
        load_const_none();
        await_value();
    }
}

void Compiler::comprehension_loop(Expr* e, const std::vector<ast::Comprehension*>& gens, size_t i) {
    ast::Comprehension* g = gens[i];
    Label start = new_label(), exit = new_label();
    if (i == 0) {
        emit(Op::LOAD_FAST, 0); // the iterator passed in as ".0"
    } else {
        expr(g->iter);
        emit(g->is_async ? Op::GET_AITER : Op::GET_ITER);
    }
    bind(start);
    if (g->is_async) {
        size_t outer = u().handler_stack.size();
        push_handler(exit);
        emit(Op::GET_ANEXT);
        load_const_none();
        await_value();
        u().handler_stack.resize(outer);
    } else {
        emit_jump(Op::FOR_ITER, exit);
    }
    store(g->target);
    // A filter that fails goes back to the FOR_ITER through a JUMP of its own, on its line: a
    // backward JUMP is where a loop ticks (an `if` that never holds over range(10**18) must stop
    // at the tick budget), and the line tracing sees no line between the filter and the loop.
    for (Expr* cond : g->ifs) {
        Label kept = new_label();
        jump_if(cond, true, kept);
        const SourceRange after = u().loc;
        set_loc(u().ranges.back());
        emit_jump(Op::JUMP, start);
        set_loc(after);
        bind(kept);
    }
    if (i + 1 < gens.size()) {
        comprehension_loop(e, gens, i + 1);
    } else {
        uint32_t at = uint32_t(i + 2);
        switch (e->kind) {
            case Expr::Kind::ListComp:
                expr(e->as<ast::ListComp>()->elt);
                emit(Op::LIST_APPEND, at);
                break;
            case Expr::Kind::SetComp:
                expr(e->as<ast::SetComp>()->elt);
                emit(Op::SET_ADD, at);
                break;
            case Expr::Kind::DictComp:
                expr(e->as<ast::DictComp>()->key);
                expr(e->as<ast::DictComp>()->value);
                emit(Op::MAP_ADD, at);
                break;
            case Expr::Kind::GeneratorExp:
                expr(e->as<ast::GeneratorExp>()->elt);
                emit(Op::YIELD_VALUE, 0);
                emit(Op::POP_TOP);
                break;
            default: break;
        }
    }
    emit_jump(Op::JUMP, start);
    bind(exit);
    if (g->is_async) emit(Op::END_ASYNC_FOR);
}

} // namespace loopscope
