// ast.h - the abstract syntax tree of the Python subset Loopscope runs.
//
// Shape and names mirror CPython's Parser/Python.asdl (3.11) so a reader who knows `ast.dump`
// finds their way: Stmt and Expr are base structs with an `enum class Kind`; each concrete node
// is a struct named as CPython names it (ast::BinOp, ast::Call, ...). Differences from CPython:
//   - AsyncFunctionDef / AsyncFor / AsyncWith are FunctionDef / For / With with `is_async`.
//   - TryStar is Try with `is_star`.
//   - int literals keep their source text (arbitrary precision is the compiler's business).
//   - Name nodes (and every other name-binding site) carry a `Resolution` filled in by the scope
//     pass (lang/scope.h), and function-like nodes point at their `Scope`, so the compiler does
//     no name analysis of its own.
//
// Ownership: every node lives in the AstArena of its Module. Pointers between nodes are plain
// non-owning pointers; they are valid as long as the Module lives. Optional children are nullptr.
//
// Positions: every node has line/col/end_line/end_col as CPython's ast: 1-based lines, 0-based
// UTF-8 byte columns, end exclusive.
//
// [SECTION] Arena
// [SECTION] Operators and contexts
// [SECTION] Name resolution (filled by the scope pass)
// [SECTION] Expressions
// [SECTION] Helper nodes (arguments, keyword, alias, comprehension, with item, except handler)
// [SECTION] Statements
// [SECTION] Module
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace loopscope {

struct Scope; // lang/scope.h

namespace ast {

//-----------------------------------------------------------------------------
// [SECTION] Arena
//-----------------------------------------------------------------------------

// Bump allocator that also runs destructors (nodes hold std::string / std::vector).
// Objects are destroyed in reverse creation order when the arena dies. Not copyable; moving
// keeps every object at its address (chunks are heap blocks).
class AstArena {
public:
    AstArena() = default;
    AstArena(const AstArena&) = delete;
    AstArena& operator=(const AstArena&) = delete;
    AstArena(AstArena&&) = default;
    AstArena& operator=(AstArena&&) = default;
    ~AstArena() {
        for (size_t i = dtors_.size(); i-- > 0;) dtors_[i].fn(dtors_[i].obj);
    }

    // Allocate and construct a T; the arena destroys it.
    template <class T, class... Args>
    T* make(Args&&... args) {
        void* mem = allocate(sizeof(T), alignof(T));
        T* obj = new (mem) T(std::forward<Args>(args)...);
        dtors_.push_back({obj, [](void* p) { static_cast<T*>(p)->~T(); }});
        return obj;
    }

private:
    void* allocate(size_t size, size_t align) {
        size_t at = (used_ + align - 1) & ~(align - 1);
        if (chunks_.empty() || at + size > chunk_size_) {
            chunk_size_ = size > kChunk ? size : kChunk;
            chunks_.push_back(std::make_unique<std::max_align_t[]>(
                (chunk_size_ + sizeof(std::max_align_t) - 1) / sizeof(std::max_align_t)));
            at = 0;
        }
        used_ = at + size;
        return reinterpret_cast<char*>(chunks_.back().get()) + at;
    }
    static constexpr size_t kChunk = 32 * 1024;
    struct Dtor {
        void* obj;         // object to destroy
        void (*fn)(void*); // its type's destructor
    };
    std::vector<std::unique_ptr<std::max_align_t[]>> chunks_; // memory blocks
    size_t chunk_size_ = 0;                                   // size of chunks_.back()
    size_t used_ = 0;                                         // bytes used in chunks_.back()
    std::vector<Dtor> dtors_;                                 // in creation order
};

// Source range of a node (CPython's lineno/col_offset/end_lineno/end_col_offset).
struct Pos {
    int line = 0;     // 1-based
    int col = 0;      // 0-based UTF-8 byte offset
    int end_line = 0; // 1-based
    int end_col = 0;  // 0-based, exclusive
};

//-----------------------------------------------------------------------------
// [SECTION] Operators and contexts
//-----------------------------------------------------------------------------

enum class ExprContext : uint8_t { Load, Store, Del };
enum class BoolOperator : uint8_t { And, Or };
enum class Operator : uint8_t {
    Add,
    Sub,
    Mult,
    MatMult,
    Div,
    Mod,
    Pow,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd,
    FloorDiv
};
enum class UnaryOperator : uint8_t { Invert, Not, UAdd, USub };
enum class CmpOperator : uint8_t { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn };

//-----------------------------------------------------------------------------
// [SECTION] Name resolution (filled by the scope pass, see lang/scope.h)
//-----------------------------------------------------------------------------

// How the compiler must access a name at one use/binding site. Mirrors the opcode families
// CPython's compiler picks in compiler_nameop().
enum class NameAccess : uint8_t {
    Unresolved, // scope pass has not run
    Fast,       // function local: LOAD_FAST/STORE_FAST slot = index in Scope::varnames
    Cell,       // local captured by an inner scope: LOAD_DEREF, slot = index in Scope::cellvars
    Free,       // variable of an enclosing function: LOAD_DEREF, slot = index in Scope::freevars
    Global,     // LOAD_GLOBAL/STORE_GLOBAL (declared global, or implicit global in a function)
    Name,       // LOAD_NAME/STORE_NAME: module body, or class body (dict, then globals, builtins)
    ClassDeref, // load of a free variable inside a class body: LOAD_CLASSDEREF, slot in freevars
};

struct Resolution {
    NameAccess access = NameAccess::Unresolved;
    int slot = -1; // for Fast / Cell / Free / ClassDeref, else -1
};

//-----------------------------------------------------------------------------
// [SECTION] Expressions
//-----------------------------------------------------------------------------

struct Expr;
struct Stmt;
using ExprList = std::vector<Expr*>;
using StmtList = std::vector<Stmt*>;

struct Expr : Pos {
    enum class Kind : uint8_t {
        BoolOp,
        NamedExpr,
        BinOp,
        UnaryOp,
        Lambda,
        IfExp,
        Dict,
        Set,
        ListComp,
        SetComp,
        DictComp,
        GeneratorExp,
        Await,
        Yield,
        YieldFrom,
        Compare,
        Call,
        FormattedValue,
        JoinedStr,
        Constant,
        Attribute,
        Subscript,
        Starred,
        Name,
        List,
        Tuple,
        Slice
    };
    const Kind kind;
    explicit Expr(Kind k) : kind(k) {}
    Expr(const Expr&) = delete;
    Expr& operator=(const Expr&) = delete;

    // Checked downcast: `e->as<ast::Call>()`; nullptr if the kind does not match.
    template <class T>
    T* as() {
        return kind == T::kKind ? static_cast<T*>(this) : nullptr;
    }
    template <class T>
    const T* as() const {
        return kind == T::kKind ? static_cast<const T*>(this) : nullptr;
    }
    template <class T>
    bool is() const {
        return kind == T::kKind;
    }
};

template <Expr::Kind K>
struct ExprOf : Expr {
    static constexpr Kind kKind = K;
    ExprOf() : Expr(K) {}
};

// a and b and c  ->  values = [a, b, c]
struct BoolOp : ExprOf<Expr::Kind::BoolOp> {
    BoolOperator op = BoolOperator::And;
    ExprList values; // >= 2
};

// target := value (target is a Name with ctx Store)
struct NamedExpr : ExprOf<Expr::Kind::NamedExpr> {
    Expr* target = nullptr;
    Expr* value = nullptr;
};

struct BinOp : ExprOf<Expr::Kind::BinOp> {
    Expr* left = nullptr;
    Operator op = Operator::Add;
    Expr* right = nullptr;
};

struct UnaryOp : ExprOf<Expr::Kind::UnaryOp> {
    UnaryOperator op = UnaryOperator::Not;
    Expr* operand = nullptr;
};

struct Arguments;

struct Lambda : ExprOf<Expr::Kind::Lambda> {
    Arguments* args = nullptr; // never null (may be empty)
    Expr* body = nullptr;
    Scope* scope = nullptr; // filled by the scope pass
};

// body if test else orelse
struct IfExp : ExprOf<Expr::Kind::IfExp> {
    Expr* test = nullptr;
    Expr* body = nullptr;
    Expr* orelse = nullptr;
};

// {k: v, **m}  ->  keys = [k, nullptr], values = [v, m]
struct Dict : ExprOf<Expr::Kind::Dict> {
    ExprList keys;   // nullptr entry = `**value` unpacking
    ExprList values; // same length as keys
};

struct Set : ExprOf<Expr::Kind::Set> {
    ExprList elts; // may contain Starred
};

struct Comprehension;

// Comprehensions and generator expressions are their own function scope (as CPython 3.11):
// the first generator's `iter` is evaluated in the enclosing scope and passed as `.0`.
struct ListComp : ExprOf<Expr::Kind::ListComp> {
    Expr* elt = nullptr;
    std::vector<Comprehension*> generators; // >= 1
    Scope* scope = nullptr;
};
struct SetComp : ExprOf<Expr::Kind::SetComp> {
    Expr* elt = nullptr;
    std::vector<Comprehension*> generators;
    Scope* scope = nullptr;
};
struct DictComp : ExprOf<Expr::Kind::DictComp> {
    Expr* key = nullptr;
    Expr* value = nullptr;
    std::vector<Comprehension*> generators;
    Scope* scope = nullptr;
};
struct GeneratorExp : ExprOf<Expr::Kind::GeneratorExp> {
    Expr* elt = nullptr;
    std::vector<Comprehension*> generators;
    Scope* scope = nullptr;
};

struct Await : ExprOf<Expr::Kind::Await> {
    Expr* value = nullptr;
};
struct Yield : ExprOf<Expr::Kind::Yield> {
    Expr* value = nullptr; // nullptr for bare `yield`
};
struct YieldFrom : ExprOf<Expr::Kind::YieldFrom> {
    Expr* value = nullptr;
};

// a < b <= c  ->  left = a, ops = [Lt, LtE], comparators = [b, c]
struct Compare : ExprOf<Expr::Kind::Compare> {
    Expr* left = nullptr;
    std::vector<CmpOperator> ops;
    ExprList comparators; // same length as ops
};

struct Keyword;

// f(a, *b, k=1, **m)  ->  args = [a, Starred(b)], keywords = [k=1, (arg "")=m]
struct Call : ExprOf<Expr::Kind::Call> {
    Expr* func = nullptr;
    ExprList args; // may contain Starred (call-site *unpacking)
    std::vector<Keyword*> keywords;
};

// One `{...}` of an f-string. conversion: -1 none, 's', 'r', 'a' (as CPython: the char code).
// `f"{x=}"` is parsed as CPython does: Constant("x=") followed by FormattedValue(x) whose
// conversion is 'r' unless a conversion or format spec was given.
struct FormattedValue : ExprOf<Expr::Kind::FormattedValue> {
    Expr* value = nullptr;
    int conversion = -1;
    Expr* format_spec = nullptr; // a JoinedStr (may itself hold FormattedValues) or nullptr
};

// An f-string (or implicit concatenation involving one): Constant(str) and FormattedValue parts.
struct JoinedStr : ExprOf<Expr::Kind::JoinedStr> {
    ExprList values;
};

struct Constant : ExprOf<Expr::Kind::Constant> {
    enum class Type : uint8_t { None, True, False, Ellipsis, Int, Float, Imaginary, Str, Bytes };
    Type type = Type::None;
    // Int: source text without underscores, prefix kept ("123", "0x1f", "0o17", "0b101").
    // Str: the decoded value, UTF-8. Bytes: the raw byte values.
    std::string text;
    double number = 0.0; // Float value, or the imaginary part of an Imaginary literal
};

// value.attr
struct Attribute : ExprOf<Expr::Kind::Attribute> {
    Expr* value = nullptr;
    std::string attr;
    ExprContext ctx = ExprContext::Load;
};

// value[slice]; `a[1:2, 3]` has slice = Tuple(Slice, Constant)
struct Subscript : ExprOf<Expr::Kind::Subscript> {
    Expr* value = nullptr;
    Expr* slice = nullptr;
    ExprContext ctx = ExprContext::Load;
};

struct Starred : ExprOf<Expr::Kind::Starred> {
    Expr* value = nullptr;
    ExprContext ctx = ExprContext::Load;
};

struct Name : ExprOf<Expr::Kind::Name> {
    std::string id;
    ExprContext ctx = ExprContext::Load;
    Resolution res; // filled by the scope pass
};

struct List : ExprOf<Expr::Kind::List> {
    ExprList elts; // may contain Starred
    ExprContext ctx = ExprContext::Load;
};

struct Tuple : ExprOf<Expr::Kind::Tuple> {
    ExprList elts; // may contain Starred
    ExprContext ctx = ExprContext::Load;
};

// lower:upper:step, only inside a Subscript's slice
struct Slice : ExprOf<Expr::Kind::Slice> {
    Expr* lower = nullptr;
    Expr* upper = nullptr;
    Expr* step = nullptr;
};

//-----------------------------------------------------------------------------
// [SECTION] Helper nodes
//-----------------------------------------------------------------------------

// One parameter. Parameters are the first entries of their function's Scope::varnames, in
// order posonlyargs, args, vararg, kwonlyargs, kwarg (as CPython's co_varnames).
struct Arg : Pos {
    std::string name;
    Expr* annotation = nullptr;
};

// def f(a, /, b=1, *args, c, d=2, **kw)
struct Arguments : Pos {
    std::vector<Arg*> posonlyargs; // a
    std::vector<Arg*> args;        // b
    Arg* vararg = nullptr;         // args
    std::vector<Arg*> kwonlyargs;  // c, d
    ExprList kw_defaults;          // per kwonlyarg, nullptr if none: [nullptr, 2]
    Arg* kwarg = nullptr;          // kw
    ExprList defaults;             // for the LAST len(defaults) of posonlyargs + args: [1]
};

// name=value at a call site (or in a class's bases); arg "" means `**value`
struct Keyword : Pos {
    std::string arg;
    Expr* value = nullptr;
};

// import a.b as c / from m import x as y. `res` is the binding of asname, or of the first
// dotted component of name when there is no asname (import a.b binds `a`).
struct Alias : Pos {
    std::string name;   // dotted name, or "*"
    std::string asname; // "" if none
    Resolution res;
};

// for target in iter if c1 if c2 (async for when is_async)
struct Comprehension {
    Expr* target = nullptr;
    Expr* iter = nullptr;
    ExprList ifs;
    bool is_async = false;
};

struct WithItem {
    Expr* context_expr = nullptr;
    Expr* optional_vars = nullptr; // the `as` target or nullptr
};

// except type as name: body  (also except* in a Try with is_star)
struct ExceptHandler : Pos {
    Expr* type = nullptr; // nullptr for bare `except:`
    std::string name;     // "" if no `as`
    StmtList body;
    Resolution name_res; // binding of `name` (it is also deleted at the end of the handler)
};

//-----------------------------------------------------------------------------
// [SECTION] Statements
//-----------------------------------------------------------------------------

struct Stmt : Pos {
    enum class Kind : uint8_t {
        FunctionDef,
        ClassDef,
        Return,
        Delete,
        Assign,
        AugAssign,
        AnnAssign,
        For,
        While,
        If,
        With,
        Raise,
        Try,
        Assert,
        Import,
        ImportFrom,
        Global,
        Nonlocal,
        Expr,
        Pass,
        Break,
        Continue
    };
    const Kind kind;
    explicit Stmt(Kind k) : kind(k) {}
    Stmt(const Stmt&) = delete;
    Stmt& operator=(const Stmt&) = delete;

    template <class T>
    T* as() {
        return kind == T::kKind ? static_cast<T*>(this) : nullptr;
    }
    template <class T>
    const T* as() const {
        return kind == T::kKind ? static_cast<const T*>(this) : nullptr;
    }
    template <class T>
    bool is() const {
        return kind == T::kKind;
    }
};

template <Stmt::Kind K>
struct StmtOf : Stmt {
    static constexpr Kind kKind = K;
    StmtOf() : Stmt(K) {}
};

// [async] def name(args) -> returns: body. Position starts at `def`/`async` (CPython 3.8+:
// decorators are not included in the node's position).
struct FunctionDef : StmtOf<Stmt::Kind::FunctionDef> {
    std::string name;
    Arguments* args = nullptr; // never null
    StmtList body;
    ExprList decorator_list;
    Expr* returns = nullptr; // return annotation
    bool is_async = false;
    Resolution name_res;    // where `name` is bound in the enclosing scope
    Scope* scope = nullptr; // the function's own scope
};

struct ClassDef : StmtOf<Stmt::Kind::ClassDef> {
    std::string name;
    ExprList bases;
    std::vector<Keyword*> keywords;
    StmtList body;
    ExprList decorator_list;
    Resolution name_res;
    Scope* scope = nullptr;
};

struct Return : StmtOf<Stmt::Kind::Return> {
    Expr* value = nullptr;
};

struct Delete : StmtOf<Stmt::Kind::Delete> {
    ExprList targets; // ctx Del
};

// a = b = value  ->  targets = [a, b]
struct Assign : StmtOf<Stmt::Kind::Assign> {
    ExprList targets;
    Expr* value = nullptr;
};

struct AugAssign : StmtOf<Stmt::Kind::AugAssign> {
    Expr* target = nullptr; // Name / Attribute / Subscript, ctx Store
    Operator op = Operator::Add;
    Expr* value = nullptr;
};

// target: annotation [= value]. simple = target is a bare Name not in parentheses.
struct AnnAssign : StmtOf<Stmt::Kind::AnnAssign> {
    Expr* target = nullptr;
    Expr* annotation = nullptr;
    Expr* value = nullptr;
    bool simple = false;
};

struct For : StmtOf<Stmt::Kind::For> {
    Expr* target = nullptr;
    Expr* iter = nullptr;
    StmtList body;
    StmtList orelse;
    bool is_async = false;
};

struct While : StmtOf<Stmt::Kind::While> {
    Expr* test = nullptr;
    StmtList body;
    StmtList orelse;
};

// elif chains are nested Ifs in orelse, as CPython.
struct If : StmtOf<Stmt::Kind::If> {
    Expr* test = nullptr;
    StmtList body;
    StmtList orelse;
};

struct With : StmtOf<Stmt::Kind::With> {
    std::vector<WithItem*> items; // >= 1
    StmtList body;
    bool is_async = false;
};

struct Raise : StmtOf<Stmt::Kind::Raise> {
    Expr* exc = nullptr;   // nullptr for bare `raise`
    Expr* cause = nullptr; // `from` expression
};

// try/except/else/finally; is_star for except* (CPython's TryStar)
struct Try : StmtOf<Stmt::Kind::Try> {
    StmtList body;
    std::vector<ExceptHandler*> handlers;
    StmtList orelse;
    StmtList finalbody;
    bool is_star = false;
};

struct Assert : StmtOf<Stmt::Kind::Assert> {
    Expr* test = nullptr;
    Expr* msg = nullptr;
};

struct Import : StmtOf<Stmt::Kind::Import> {
    std::vector<Alias*> names;
};

// from ..module import a as b; level = number of leading dots
struct ImportFrom : StmtOf<Stmt::Kind::ImportFrom> {
    std::string module; // "" for `from . import x`
    std::vector<Alias*> names;
    int level = 0;
};

struct Global : StmtOf<Stmt::Kind::Global> {
    std::vector<std::string> names;
};

struct Nonlocal : StmtOf<Stmt::Kind::Nonlocal> {
    std::vector<std::string> names;
};

// expression statement (CPython's Expr)
struct ExprStmt : StmtOf<Stmt::Kind::Expr> {
    Expr* value = nullptr;
};

struct Pass : StmtOf<Stmt::Kind::Pass> {};
struct Break : StmtOf<Stmt::Kind::Break> {};
struct Continue : StmtOf<Stmt::Kind::Continue> {};

//-----------------------------------------------------------------------------
// [SECTION] Module
//-----------------------------------------------------------------------------

// The parse result: owns every node (and, after the scope pass, every Scope) in its arena.
// Held by unique_ptr; never copied.
struct Module {
    AstArena arena;
    StmtList body;
    std::string filename;
    Scope* scope = nullptr; // module scope, filled by the scope pass

    // Allocate a node in this module's arena.
    template <class T, class... Args>
    T* make(Args&&... args) {
        return arena.make<T>(std::forward<Args>(args)...);
    }
};

} // namespace ast
} // namespace loopscope
