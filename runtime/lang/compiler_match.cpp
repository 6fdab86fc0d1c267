// compiler_match.cpp - code for the match statement (as CPython 3.11's compiler_match and its
// compiler_pattern_* helpers, the same opcodes and stack discipline).
//
// A pattern is compiled with its subject on top of the stack and always consumes it. While a
// case's pattern runs, the values its capture names will get are kept on the stack (below the
// items still being matched) and stored only when the whole pattern has matched, so a failed
// case binds nothing. A failing check jumps to fail_pop[n], where n is the number of values
// above the subject's slot at that point; the fail_pop labels pop them one by one before going
// on to the next case.
#include "lang/compiler_impl.h"

#include <algorithm>

namespace loopscope {

namespace {

using ast::Pattern;

struct Capture {
    std::string name;
    ast::Resolution res;
    const ast::Pos* where;
};

struct PatternState {
    std::vector<Capture> stores; // captured so far, top of stack first
    bool allow_irrefutable = false;
    std::vector<Label> fail_pop; // fail_pop[n]: pop n values, then fail
    int on_top = 0;              // values above the captures that must stay there
};

bool is_wildcard(const Pattern* p) {
    auto* a = p ? p->as<ast::MatchAs>() : nullptr;
    return a && !a->pattern && a->name.empty();
}
bool is_star_wildcard(const Pattern* p) {
    auto* s = p->as<ast::MatchStar>();
    return s && s->name.empty();
}

class MatchCompiler {
public:
    explicit MatchCompiler(Compiler& c) : c(c) {}

    void match(ast::Match* m);

private:
    void pattern(Pattern* p, PatternState& pc);
    void subpattern(Pattern* p, PatternState& pc) {
        bool saved = pc.allow_irrefutable;
        pc.allow_irrefutable = true;
        pattern(p, pc);
        pc.allow_irrefutable = saved;
    }
    void value(ast::MatchValue* p, PatternState& pc);
    void sequence(ast::MatchSequence* p, PatternState& pc);
    void mapping(ast::MatchMapping* p, PatternState& pc);
    void class_(ast::MatchClass* p, PatternState& pc);
    void as(ast::MatchAs* p, PatternState& pc);
    void or_(ast::MatchOr* p, PatternState& pc);
    void store_name(const std::string& name, const ast::Resolution& res, const ast::Pos& where,
                    PatternState& pc);

    void ensure_fail_pop(PatternState& pc, size_t n) {
        while (pc.fail_pop.size() <= n) pc.fail_pop.push_back(c.new_label());
    }
    void jump_to_fail_pop(PatternState& pc, Op op) {
        size_t pops = size_t(pc.on_top) + pc.stores.size();
        ensure_fail_pop(pc, pops);
        c.emit_jump(op, pc.fail_pop[pops]);
    }
    void emit_and_reset_fail_pop(PatternState& pc) {
        if (pc.fail_pop.empty()) return;
        for (size_t i = pc.fail_pop.size() - 1; i > 0; --i) {
            c.bind(pc.fail_pop[i]);
            c.emit(Op::POP_TOP);
        }
        c.bind(pc.fail_pop[0]);
        pc.fail_pop.clear();
    }
    // Move TOS down to stack[-count] (SWAP count, count-1, ..., 2).
    void rotate(size_t count) {
        while (count > 1) c.emit(Op::SWAP, uint32_t(count--));
    }
    std::string key_repr(ast::Expr* key);
    void load_int(int64_t v) { c.emit(Op::LOAD_CONST, uint32_t(c.add_const(Value::integer(v)))); }

    Compiler& c;
};

void MatchCompiler::match(ast::Match* m) {
    c.expr(m->subject);
    Label end = c.new_label();
    size_t cases = m->cases.size();
    bool has_default = is_wildcard(m->cases.back()->pattern) && cases > 1;
    for (size_t i = 0; i < cases - has_default; ++i) {
        ast::MatchCase* mc = m->cases[i];
        c.set_loc(*mc->pattern);
        bool last = i == cases - has_default - 1;
        if (!last) c.emit(Op::COPY, 1); // every case but the last works on a copy
        PatternState pc;
        pc.allow_irrefutable = mc->guard != nullptr || i == cases - 1;
        pattern(mc->pattern, pc);
        // It matched: store the captures (the first one is on top).
        for (const Capture& cap : pc.stores) c.name_op(cap.name, cap.res, ast::ExprContext::Store);
        pc.stores.clear();
        if (mc->guard) {
            ensure_fail_pop(pc, 0);
            c.jump_if(mc->guard, false, pc.fail_pop[0]);
        }
        if (!last) c.emit(Op::POP_TOP); // the subject
        c.stmts(mc->body);
        c.emit_jump(Op::JUMP, end);
        c.set_loc(*mc->pattern);
        emit_and_reset_fail_pop(pc);
    }
    if (has_default) {
        ast::MatchCase* mc = m->cases.back();
        c.set_loc(*mc->pattern);
        if (cases == 1)
            c.emit(Op::POP_TOP);
        else
            c.emit(Op::NOP);
        if (mc->guard) c.jump_if(mc->guard, false, end);
        c.stmts(mc->body);
    }
    c.bind(end);
}

void MatchCompiler::pattern(Pattern* p, PatternState& pc) {
    c.set_loc(*p);
    switch (p->kind) {
        case Pattern::Kind::MatchValue: value(p->as<ast::MatchValue>(), pc); return;
        case Pattern::Kind::MatchSingleton: {
            auto* s = p->as<ast::MatchSingleton>();
            Value v = s->value == ast::ConstantType::None   ? Value::none()
                      : s->value == ast::ConstantType::True ? Value::boolean(true)
                                                            : Value::boolean(false);
            c.emit(Op::LOAD_CONST, uint32_t(c.add_const(v)));
            c.emit(Op::IS_OP, 0);
            jump_to_fail_pop(pc, Op::POP_JUMP_IF_FALSE);
            return;
        }
        case Pattern::Kind::MatchSequence: sequence(p->as<ast::MatchSequence>(), pc); return;
        case Pattern::Kind::MatchMapping: mapping(p->as<ast::MatchMapping>(), pc); return;
        case Pattern::Kind::MatchClass: class_(p->as<ast::MatchClass>(), pc); return;
        case Pattern::Kind::MatchStar: {
            auto* s = p->as<ast::MatchStar>();
            store_name(s->name, s->res, *s, pc);
            return;
        }
        case Pattern::Kind::MatchAs: as(p->as<ast::MatchAs>(), pc); return;
        case Pattern::Kind::MatchOr: or_(p->as<ast::MatchOr>(), pc); return;
    }
}

void MatchCompiler::value(ast::MatchValue* p, PatternState& pc) {
    ast::Expr* v = p->value;
    bool ok = v->is<ast::Constant>() || v->is<ast::Attribute>() || v->is<ast::UnaryOp>() ||
              v->is<ast::BinOp>();
    if (!ok) {
        c.error(*v, "patterns may only match literals and attribute lookups");
        return;
    }
    c.expr(v);
    c.emit(Op::COMPARE_OP, uint32_t(CmpOp::Eq));
    jump_to_fail_pop(pc, Op::POP_JUMP_IF_FALSE);
}

// Capture the value on top (or drop it for `_`), keeping it on the stack until the case matches.
void MatchCompiler::store_name(const std::string& name, const ast::Resolution& res,
                               const ast::Pos& where, PatternState& pc) {
    if (name.empty()) {
        c.emit(Op::POP_TOP);
        return;
    }
    for (const Capture& s : pc.stores)
        if (s.name == name) {
            c.error(where, "multiple assignments to name '" + name + "' in pattern");
            return;
        }
    rotate(size_t(pc.on_top) + pc.stores.size() + 1);
    pc.stores.push_back({name, res, &where});
}

void MatchCompiler::sequence(ast::MatchSequence* p, PatternState& pc) {
    const ast::PatternList& pats = p->patterns;
    size_t size = pats.size();
    long star = -1;
    bool only_wildcard = true, star_wildcard = false;
    for (size_t i = 0; i < size; ++i) {
        if (pats[i]->is<ast::MatchStar>()) {
            if (star >= 0) {
                c.error(*p, "multiple starred names in sequence pattern");
                return;
            }
            star_wildcard = is_star_wildcard(pats[i]);
            only_wildcard = only_wildcard && star_wildcard;
            star = long(i);
            continue;
        }
        only_wildcard = only_wildcard && is_wildcard(pats[i]);
    }
    pc.on_top++; // the subject stays on top during the checks
    c.emit(Op::MATCH_SEQUENCE);
    jump_to_fail_pop(pc, Op::POP_JUMP_IF_FALSE);
    if (star < 0) {
        c.emit(Op::GET_LEN);
        load_int(int64_t(size));
        c.emit(Op::COMPARE_OP, uint32_t(CmpOp::Eq));
        jump_to_fail_pop(pc, Op::POP_JUMP_IF_FALSE);
    } else if (!only_wildcard || size > 1) {
        c.emit(Op::GET_LEN);
        load_int(int64_t(size) - 1);
        c.emit(Op::COMPARE_OP, uint32_t(CmpOp::Ge));
        jump_to_fail_pop(pc, Op::POP_JUMP_IF_FALSE);
    }
    pc.on_top--; // what follows consumes the subject
    if (only_wildcard) {
        c.emit(Op::POP_TOP);
    } else if (star_wildcard) {
        // index the items instead of unpacking them all (`[a, *_, b]`)
        pc.on_top++;
        for (size_t i = 0; i < size; ++i) {
            if (is_wildcard(pats[i]) || long(i) == star) continue;
            c.emit(Op::COPY, 1);
            if (long(i) < star) {
                load_int(int64_t(i));
            } else { // a nonnegative index: the subject may not support negative ones
                c.emit(Op::GET_LEN);
                load_int(int64_t(size - i));
                c.emit(Op::BINARY_OP, uint32_t(BinOp::Sub));
            }
            c.emit(Op::BINARY_SUBSCR);
            subpattern(pats[i], pc);
        }
        pc.on_top--;
        c.emit(Op::POP_TOP);
    } else {
        if (star < 0)
            c.emit(Op::UNPACK_SEQUENCE, uint32_t(size));
        else
            c.emit(Op::UNPACK_EX, uint32_t(star) | (uint32_t(size - size_t(star) - 1) << 8));
        pc.on_top += int(size);
        for (Pattern* x : pats) {
            pc.on_top--;
            subpattern(x, pc);
        }
    }
}

// The folded value of a constant key (a literal, -literal), for the duplicate check.
std::string key_text(const ast::Expr* e) {
    std::string sign;
    if (auto* u = e->as<ast::UnaryOp>()) {
        sign = "-";
        e = u->operand;
    }
    auto* k = e->as<ast::Constant>();
    if (!k) return {};
    return sign + std::to_string(int(k->type)) + ":" + k->text + ":" + std::to_string(k->number);
}

// repr() of a constant key, as CPython's message shows it.
std::string MatchCompiler::key_repr(ast::Expr* key) {
    bool negative = false;
    if (auto* u = key->as<ast::UnaryOp>()) {
        negative = true;
        key = u->operand;
    }
    Value v = c.constant(key->as<ast::Constant>());
    if (negative) v = unary_op(c.I, UnaryOp::Neg, v);
    Value r = v.is_error() ? v : repr(c.I, v);
    if (r.is_error()) {
        c.I.exc = Value::none();
        return "?";
    }
    return std::string(str_view(r));
}

void MatchCompiler::mapping(ast::MatchMapping* p, PatternState& pc) {
    size_t size = p->keys.size();
    pc.on_top++;
    c.emit(Op::MATCH_MAPPING);
    jump_to_fail_pop(pc, Op::POP_JUMP_IF_FALSE);
    if (!size && p->rest.empty()) { // `{}` matches any mapping
        pc.on_top--;
        c.emit(Op::POP_TOP);
        return;
    }
    if (size) {
        c.emit(Op::GET_LEN);
        load_int(int64_t(size));
        c.emit(Op::COMPARE_OP, uint32_t(CmpOp::Ge));
        jump_to_fail_pop(pc, Op::POP_JUMP_IF_FALSE);
    }
    std::vector<std::string> seen;
    for (ast::Expr* key : p->keys) {
        if (key->is<ast::Attribute>()) {
            c.expr(key);
            continue;
        }
        std::string text = key_text(key);
        if (key->is<ast::BinOp>()) text = {};
        if (!text.empty()) {
            if (std::find(seen.begin(), seen.end(), text) != seen.end()) {
                c.error(*p, "mapping pattern checks duplicate key (" + key_repr(key) + ")");
                return;
            }
            seen.push_back(text);
        }
        c.expr(key);
    }
    c.emit(Op::BUILD_TUPLE, uint32_t(size));
    c.emit(Op::MATCH_KEYS);
    pc.on_top += 2; // the keys and the values (or None) above the subject
    c.emit(Op::COPY, 1);
    c.load_const_none();
    c.emit(Op::IS_OP, 1);
    jump_to_fail_pop(pc, Op::POP_JUMP_IF_FALSE);
    c.emit(Op::UNPACK_SEQUENCE, uint32_t(size));
    pc.on_top += int(size) - 1;
    for (Pattern* x : p->patterns) {
        pc.on_top--;
        subpattern(x, pc);
    }
    pc.on_top -= 2; // what follows consumes the keys and the subject
    if (!p->rest.empty()) {
        // rest = dict(subject) without the matched keys
        c.emit(Op::BUILD_MAP, 0);   // [subject, keys, {}]
        c.emit(Op::SWAP, 3);        // [{}, keys, subject]
        c.emit(Op::DICT_UPDATE, 2); // [rest, keys]
        c.emit(Op::UNPACK_SEQUENCE, uint32_t(size));
        for (size_t n = size; n > 0; --n) {
            c.emit(Op::COPY, uint32_t(n + 1));
            c.emit(Op::SWAP, 2);
            c.emit(Op::DELETE_SUBSCR);
        }
        store_name(p->rest, p->rest_res, *p, pc);
    } else {
        c.emit(Op::POP_TOP); // the keys
        c.emit(Op::POP_TOP); // the subject
    }
}

void MatchCompiler::class_(ast::MatchClass* p, PatternState& pc) {
    size_t nargs = p->patterns.size(), nattrs = p->kwd_attrs.size();
    for (size_t i = 0; i < nattrs; ++i)
        for (size_t j = i + 1; j < nattrs; ++j)
            if (p->kwd_attrs[i] == p->kwd_attrs[j]) {
                c.error(*p->kwd_patterns[j],
                        "attribute name repeated in class pattern: " + p->kwd_attrs[j]);
                return;
            }
    c.expr(p->cls);
    std::vector<Value> names;
    for (const std::string& n : p->kwd_attrs) names.push_back(Value::object(c.I.intern(n)));
    c.emit(Op::LOAD_CONST, uint32_t(c.add_const(new_tuple(c.I, std::move(names)))));
    c.set_loc(*p);
    c.emit(Op::MATCH_CLASS, uint32_t(nargs));
    c.emit(Op::COPY, 1);
    c.load_const_none();
    c.emit(Op::IS_OP, 1);
    pc.on_top++; // the tuple of attributes (or None)
    jump_to_fail_pop(pc, Op::POP_JUMP_IF_FALSE);
    c.emit(Op::UNPACK_SEQUENCE, uint32_t(nargs + nattrs));
    pc.on_top += int(nargs + nattrs) - 1;
    for (size_t i = 0; i < nargs + nattrs; ++i) {
        pc.on_top--;
        Pattern* x = i < nargs ? p->patterns[i] : p->kwd_patterns[i - nargs];
        if (is_wildcard(x)) {
            c.emit(Op::POP_TOP);
            continue;
        }
        subpattern(x, pc);
    }
}

void MatchCompiler::as(ast::MatchAs* p, PatternState& pc) {
    if (!p->pattern) {
        if (!pc.allow_irrefutable) {
            if (!p->name.empty())
                c.error(*p, "name capture '" + p->name + "' makes remaining patterns unreachable");
            else
                c.error(*p, "wildcard makes remaining patterns unreachable");
            return;
        }
        store_name(p->name, p->res, *p, pc);
        return;
    }
    pc.on_top++; // a copy for the name, stored if the inner pattern matches
    c.emit(Op::COPY, 1);
    pattern(p->pattern, pc); // (not a subpattern: `(a as b) | c` is still unreachable code)
    pc.on_top--;
    store_name(p->name, p->res, *p, pc);
}

void MatchCompiler::or_(ast::MatchOr* p, PatternState& pc) {
    Label end = c.new_label();
    size_t size = p->patterns.size();
    PatternState old = pc;
    // The names bound by the first alternative; the others must bind the same ones, and their
    // captures are reordered on the stack to this order.
    std::vector<Capture> control;
    for (size_t i = 0; i < size; ++i) {
        Pattern* alt = p->patterns[i];
        pc.stores.clear();
        pc.allow_irrefutable = i == size - 1 && old.allow_irrefutable;
        pc.fail_pop.clear();
        pc.on_top = 0;
        c.emit(Op::COPY, 1);
        pattern(alt, pc);
        size_t nstores = pc.stores.size();
        bool differ = false;
        if (i == 0) {
            control = pc.stores;
        } else if (nstores != control.size()) {
            differ = true;
        } else if (nstores) {
            for (size_t ic = nstores; ic-- > 0;) {
                auto it = std::find_if(pc.stores.begin(), pc.stores.end(), [&](const Capture& s) {
                    return s.name == control[ic].name;
                });
                if (it == pc.stores.end()) {
                    differ = true;
                    break;
                }
                size_t is = size_t(it - pc.stores.begin());
                if (is != ic) {
                    // move the first is+1 captures so this one lands at position ic
                    size_t rotations = is + 1;
                    std::vector<Capture> rotated(pc.stores.begin(),
                                                 pc.stores.begin() + long(rotations));
                    pc.stores.erase(pc.stores.begin(), pc.stores.begin() + long(rotations));
                    pc.stores.insert(pc.stores.begin() + long(ic - is), rotated.begin(),
                                     rotated.end());
                    while (rotations--) rotate(ic + 1);
                }
            }
        }
        if (differ) {
            c.error(*p, "alternative patterns bind different names");
            return;
        }
        c.emit_jump(Op::JUMP, end);
        emit_and_reset_fail_pop(pc);
    }
    pc = old;
    // No alternative matched: drop the subject's copy and fail.
    c.emit(Op::POP_TOP);
    jump_to_fail_pop(pc, Op::JUMP);
    c.bind(end);
    // Move each capture below the earlier captures, whatever is on top, and the subject.
    size_t nrots = control.size() + 1 + size_t(pc.on_top) + pc.stores.size();
    for (const Capture& cap : control) {
        rotate(nrots);
        for (const Capture& s : pc.stores)
            if (s.name == cap.name) {
                c.error(*cap.where, "multiple assignments to name '" + cap.name + "' in pattern");
                return;
            }
        pc.stores.push_back(cap);
    }
    c.emit(Op::POP_TOP); // the subject's copy
}

} // namespace

void Compiler::match_stmt(ast::Match* m) {
    MatchCompiler(*this).match(m);
}

} // namespace loopscope
