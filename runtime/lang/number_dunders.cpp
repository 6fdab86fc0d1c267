// number_dunders.cpp - int's and float's arithmetic and comparison dunders (int.__add__,
// float.__rmul__, int.__lt__...) as natives over ops_arith.cpp's fast paths, for explicit calls
// (`int.__add__(1, 2)`, `super().__eq__(o)`). The operators never need them: binary_op and
// compare handle numbers first. Non-numbers give NotImplemented, as CPython's slots.
#include "lang/classes.h"
#include "lang/ops_internal.h"

#include <cmath>

namespace loopscope {

static bool number_self(Interp& I, Value self, bool is_float_type, const char* name) {
    bool ok = is_float_type ? self.is_float() : is_int(I, self);
    if (!ok)
        raise_type_error(I, std::string("descriptor '") + name + "' requires a '" +
                                (is_float_type ? "float" : "int") + "' object but received a '" +
                                type_name(I, self) + "'");
    return ok;
}

static bool is_number(Interp& I, Value v) {
    return is_int(I, v) || v.is_float();
}

// "expected 1 argument, got 0" (wrapper descriptors' wording)
static bool n_args(Interp& I, const CallArgs& a, int n) {
    if (a.nkw()) {
        raise_type_error(I, "wrapper takes no keyword arguments");
        return false;
    }
    if (a.nargs == n) return true;
    raise_type_error(I, "expected " + std::to_string(n) + (n == 1 ? " argument" : " arguments") +
                            ", got " + std::to_string(a.nargs));
    return false;
}

static const char* const kBinNames[13] = {"add", "sub", "mul",    "truediv", "floordiv",
                                          "mod", "pow", "lshift", "rshift",  "and",
                                          "or",  "xor", "matmul"};
static const char* const kCmpNames[6] = {"lt", "le", "eq", "ne", "gt", "ge"};

// int's dunders take ints only (int.__add__(1, 1.5) is NotImplemented); float's take both.
static bool operand_ok(Interp& I, Value v, bool is_float_type) {
    return is_float_type ? is_number(I, v) : is_int(I, v);
}

// The bodies are shared; the natives registered below are one-line thunks over them (one
// instance per operator, so the bodies are not repeated in the binary).
[[gnu::noinline]] static Value binop_body(Interp& I, BinOp op, bool reflected, bool is_float_type,
                                          Value self, const CallArgs& a) {
    std::string name = std::string(reflected ? "__r" : "__") + kBinNames[size_t(op)] + "__";
    if (!number_self(I, self, is_float_type, name.c_str()) || !n_args(I, a, 1))
        return Value::error();
    Value other = number_value(a.args[0]);
    if (!operand_ok(I, other, is_float_type)) return I.not_implemented;
    Value r = reflected ? number_binop(I, op, other, self) : number_binop(I, op, self, other);
    return r.is_undef() ? I.not_implemented : r;
}
template <BinOp op, bool reflected, bool is_float_type>
static Value number_binop_native(Interp& I, Value self, const CallArgs& a) {
    return binop_body(I, op, reflected, is_float_type, self, a);
}

[[gnu::noinline]] static Value cmp_body(Interp& I, CmpOp op, bool is_float_type, Value self,
                                        const CallArgs& a) {
    std::string name = std::string("__") + kCmpNames[size_t(op)] + "__";
    if (!number_self(I, self, is_float_type, name.c_str()) || !n_args(I, a, 1))
        return Value::error();
    Value other = number_value(a.args[0]);
    if (!operand_ok(I, other, is_float_type)) return I.not_implemented;
    return fast_compare(I, self, other, op);
}
template <CmpOp op, bool is_float_type>
static Value number_cmp_native(Interp& I, Value self, const CallArgs& a) {
    return cmp_body(I, op, is_float_type, self, a);
}

// The one-operand dunders: -x, +x, ~x, and __hash__ / __bool__ / __abs__, which hash(),
// truth testing and abs() reach for an instance of a subclass (plain numbers never ask).
enum class Unary : uint8_t { Neg, Pos, Invert, Hash, Bool, Abs };
static const char* const kUnaryNames[6] = {"neg", "pos", "invert", "hash", "bool", "abs"};

[[gnu::noinline]] static Value unary_body(Interp& I, Unary op, bool is_float_type, Value self,
                                          const CallArgs& a) {
    std::string name = std::string("__") + kUnaryNames[size_t(op)] + "__";
    if (!number_self(I, self, is_float_type, name.c_str()) || !n_args(I, a, 0))
        return Value::error();
    switch (op) {
        case Unary::Neg: return unary_op(I, UnaryOp::Neg, self);
        case Unary::Pos: return unary_op(I, UnaryOp::Pos, self);
        case Unary::Invert: return unary_op(I, UnaryOp::Invert, self);
        case Unary::Hash: {
            int64_t h = 0;
            if (!hash(I, self, &h)) return Value::error();
            return Value::integer(h);
        }
        case Unary::Bool: return Value::boolean(truthy(I, self) == 1);
        case Unary::Abs: {
            if (self.is_float()) return Value::floating(std::fabs(self.f));
            Value negative = fast_compare(I, self, Value::integer(0), CmpOp::Lt);
            return unary_op(I, negative.is_bool() && negative.b ? UnaryOp::Neg : UnaryOp::Pos,
                            self);
        }
    }
    return Value::error();
}
template <Unary op, bool is_float_type>
static Value number_unary_native(Interp& I, Value self, const CallArgs& a) {
    return unary_body(I, op, is_float_type, self, a);
}

template <bool F>
static void add_number_dunders(Interp& I, TypeObj* t) {
#define LS_BIN(name, op)                                                                           \
    add_method(I, t, "__" name "__", number_binop_native<BinOp::op, false, F>);                    \
    add_method(I, t, "__r" name "__", number_binop_native<BinOp::op, true, F>);
    LS_BIN("add", Add)
    LS_BIN("sub", Sub)
    LS_BIN("mul", Mul)
    LS_BIN("truediv", TrueDiv)
    LS_BIN("floordiv", FloorDiv)
    LS_BIN("mod", Mod)
    LS_BIN("pow", Pow)
    if (!F) {
        LS_BIN("lshift", LShift)
        LS_BIN("rshift", RShift)
        LS_BIN("and", And)
        LS_BIN("or", Or)
        LS_BIN("xor", Xor)
        add_method(I, t, "__invert__", number_unary_native<Unary::Invert, F>);
    }
#undef LS_BIN
    add_method(I, t, "__neg__", number_unary_native<Unary::Neg, F>);
    add_method(I, t, "__pos__", number_unary_native<Unary::Pos, F>);
    add_method(I, t, "__eq__", number_cmp_native<CmpOp::Eq, F>);
    add_method(I, t, "__ne__", number_cmp_native<CmpOp::Ne, F>);
    add_method(I, t, "__lt__", number_cmp_native<CmpOp::Lt, F>);
    add_method(I, t, "__le__", number_cmp_native<CmpOp::Le, F>);
    add_method(I, t, "__gt__", number_cmp_native<CmpOp::Gt, F>);
    add_method(I, t, "__ge__", number_cmp_native<CmpOp::Ge, F>);
    add_method(I, t, "__hash__", number_unary_native<Unary::Hash, F>);
    add_method(I, t, "__bool__", number_unary_native<Unary::Bool, F>);
    add_method(I, t, "__abs__", number_unary_native<Unary::Abs, F>);
}

void init_number_dunders(Interp& I) {
    add_number_dunders<false>(I, I.t.int_);
    add_number_dunders<true>(I, I.t.float_);
}

} // namespace loopscope
