// ast.h - the abstract syntax tree of the Python subset Loopscope runs.
//
// Shape and names mirror CPython's Parser/Python.asdl (3.11) so a reader who knows `ast.dump`
// finds their way. The nodes and their fields are declared once, in ast_nodes.def (our ASDL);
// this header turns that list into structs: Expr and Stmt are the two families, each with an
// `enum class Kind`, and each concrete node is a struct named as CPython names it (ast::BinOp,
// ast::Call, ...). Walking the tree: ast_visit.h. Differences from CPython:
//   - AsyncFunctionDef / AsyncFor / AsyncWith are FunctionDef / For / With with `is_async`.
//   - TryStar is Try with `is_star`. The statement Expr is the struct ExprStmt.
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
// [SECTION] Node families: Expr, Stmt and Pattern
// [SECTION] Node structs, generated from ast_nodes.def
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
// [SECTION] Node families: Expr, Stmt and Pattern
//-----------------------------------------------------------------------------

// What both families share: a source range and the kind, which says which concrete struct
// (ast::BinOp, ast::If, ...) a node is.
template <class KindEnum>
struct Node : Pos {
    using Kind = KindEnum;
    const Kind kind;
    explicit Node(Kind k) : kind(k) {}
    Node(const Node&) = delete;
    Node& operator=(const Node&) = delete;

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

// The kinds, in the order of ast_nodes.def.
enum class ExprKind : uint8_t {
#define AST_EXPR(Name) Name,
#include "lang/ast_nodes.def"
};
enum class StmtKind : uint8_t {
#define AST_STMT(Name) Name,
#include "lang/ast_nodes.def"
};
enum class PatternKind : uint8_t {
#define AST_PATTERN(Name) Name,
#include "lang/ast_nodes.def"
};

struct Expr : Node<ExprKind> {
    using Node::Node;
};
struct Stmt : Node<StmtKind> {
    using Node::Node;
};
struct Pattern : Node<PatternKind> {
    using Node::Node;
};

// Base of each concrete node struct: fixes its kind (kKind, for as<T>() and is<T>()).
template <class Family, typename Family::Kind K>
struct NodeOf : Family {
    static constexpr typename Family::Kind kKind = K;
    NodeOf() : Family(K) {}
};

//-----------------------------------------------------------------------------
// [SECTION] Node structs, generated from ast_nodes.def
//-----------------------------------------------------------------------------

#define AST_NODE(Family, Name) struct Name;
#define AST_HELPER(Name, asdl) struct Name;
#include "lang/ast_nodes.def"

// The field types of ast_nodes.def (see there for what each holds).
using ExprList = std::vector<Expr*>;
using StmtList = std::vector<Stmt*>;
using ArgList = std::vector<Arg*>;
using KeywordList = std::vector<Keyword*>;
using AliasList = std::vector<Alias*>;
using ComprehensionList = std::vector<Comprehension*>;
using WithItemList = std::vector<WithItem*>;
using ExceptHandlerList = std::vector<ExceptHandler*>;
using PatternList = std::vector<Pattern*>;
using MatchCaseList = std::vector<MatchCase*>;
using CmpOperatorList = std::vector<CmpOperator>;
using NameList = std::vector<std::string>; // identifiers (global / nonlocal)

// Constant's value, kept as source (see Constant in ast_nodes.def).
enum class ConstantType : uint8_t {
    None,
    True,
    False,
    Ellipsis,
    Int,
    Float,
    Imaginary,
    Str,
    Bytes
};

// Each entry becomes `struct Name : NodeOf<Family, Family::Kind::Name> { fields };` (helpers
// derive from Pos, or from nothing when CPython gives them no position). kName is the entry's
// name; for a helper, CPython's class name (arg, keyword, ...).
#define AST_NODE(Family, Name)                                                                     \
    struct Name : NodeOf<Family, Family::Kind::Name> {                                             \
        static constexpr const char* kName = #Name;
#define AST_HELPER(Name, asdl)                                                                     \
    struct Name : Pos {                                                                            \
        static constexpr const char* kName = #asdl;
#define AST_HELPER_NOPOS(Name, asdl)                                                               \
    struct Name {                                                                                  \
        static constexpr const char* kName = #asdl;
#define AST_FIELD(Type, name, ...) Type name{__VA_ARGS__};
#define AST_EXTRA(Type, name, ...) Type name{__VA_ARGS__};
#define AST_END                                                                                    \
    }                                                                                              \
    ;
#include "lang/ast_nodes.def"

// The name an import binds: asname, else the first component of a dotted name
// (`import a.b` binds `a`).
inline std::string bound_name(const Alias& a) {
    return a.asname.empty() ? a.name.substr(0, a.name.find('.')) : a.asname;
}

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
