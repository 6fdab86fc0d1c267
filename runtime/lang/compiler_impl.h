// compiler_impl.h - the compiler's private state, shared by compiler_stmt.cpp (statements,
// blocks, the exception table) and compiler_expr.cpp (expressions).
//
// One Unit per code object being built. Jumps name labels that are patched when the unit ends.
// The exception table is built from the handler that was innermost when each instruction was
// emitted (as CPython 3.11's co_exceptiontable): a try body "pushes" a handler, and every
// instruction emitted until it is popped is covered by it.
// Control-flow statements that leave blocks (return, break, continue) first emit the blocks'
// exits - finally bodies, `with` exits, handler cleanup - as CPython's compiler_unwind_fblock.
#pragma once

#include "lang/ast.h"
#include "lang/compiler.h"
#include "lang/interp.h"
#include "lang/opcodes.h"
#include "lang/ops.h"
#include "lang/positions.h"
#include "lang/scope.h"

#include <string>
#include <unordered_map>
#include <vector>

// Compiler::expr and Compiler::stmt have a case per node kind and no default: a kind added to
// ast_nodes.def stops the build here until the compiler gives it code (whatever the warning
// flags of the build).
#pragma GCC diagnostic error "-Wswitch"

namespace loopscope {

// The peephole pass over a unit's finished code (compiler_peephole.cpp).
void fuse_instruction_pairs(CodeObj* code, const std::vector<int>& instr_handler);

struct Label {
    int id = -1;
};

// A block that control flow must unwind when leaving it early.
struct FBlock {
    enum class Type {
        WhileLoop,
        ForLoop,
        TryExcept,
        FinallyTry,
        FinallyEnd,
        With,
        AsyncWith,
        HandlerCleanup,
        PopValue,
        AsyncComprehension
    };
    Type type;
    Label loop_start{};                          // loops: `continue` target
    Label exit{};                                // loops: `break` target
    const ast::StmtList* finally_body = nullptr; // FinallyTry
    size_t handler = 0; // handler-stack size outside the block (restored when unwinding)
    const ast::ExceptHandler* named_handler = nullptr; // HandlerCleanup with `as name`
};

struct Unit {
    CodeObj* code;
    Scope* scope;
    std::vector<int32_t> label_pos{};   // instruction index of each label, -1 unbound
    std::vector<int32_t> label_depth{}; // stack depth expected at each label, -1 unknown
    struct Fixup {
        size_t at;
        int label;
    };
    std::vector<Fixup> fixups{};
    struct Handler {
        int label;
        int depth;
    };
    std::vector<Handler> handlers{};  // every handler declared in this unit
    std::vector<int> handler_stack{}; // active handlers, innermost last
    std::vector<int> instr_handler{}; // per instruction: active handler or -1
    std::vector<FBlock> fblocks{};
    int depth = 0;
    int max_depth = 0;
    // the range the next instruction gets (CPython's u_lineno / u_col_offset ...): the node
    // being compiled, as compiler.c's SET_LOC; one per emitted instruction in `ranges`
    SourceRange loc{1, 1, -1, -1};
    std::vector<SourceRange> ranges{};
    bool dead = false; // after an unconditional jump/return: depth is unknown until a label
    // Indexes of code->consts and code->names, hashed (a function with 70,000 names or
    // constants compiles in linear time): consts by tag and payload bits (Value::same).
    std::unordered_map<uint64_t, int> const_slot[4]{}; // None/Bool, Int, Float, Obj
    std::unordered_map<const StrObj*, int> name_slot{};
};

class Compiler {
public:
    Compiler(Interp& I, std::string_view source, std::string_view filename)
        : I(I), source_(source), filename_(filename) {}
    CompileResult compile(ast::Module& m);

    // ---- units ----
    void enter_unit(Scope* scope, std::string_view name, int firstline, uint32_t flags);
    CodeObj* leave_unit();
    Unit& u() { return units_.back(); }

    // ---- emission ----
    void emit(Op op, uint32_t arg = 0);
    void emit_jump(Op op, Label target);
    Label new_label();
    void bind(Label l);
    int add_const(Value v);
    int add_name(std::string_view name);
    void load_const_none() { emit(Op::LOAD_CONST, uint32_t(add_const(Value::none()))); }
    // Declare a handler for the instructions emitted until pop_handler; an exception jumps to
    // `target` with the stack cut to `depth` (default: the current depth) plus the exception.
    int push_handler(Label target, int depth = -1);
    void pop_handler();
    // The node whose range the next instructions carry (columns as CPython's ast).
    void set_loc(const ast::Pos& p) { u().loc = SourceRange{p.line, p.end_line, p.col, p.end_col}; }
    void set_loc(const SourceRange& r) { u().loc = r; }
    // A line without columns (no position markers under it).
    void set_line(int line) { u().loc = SourceRange{line, line, -1, -1}; }
    // As compiler.c's update_start_location_to_match_attr: an attribute spread over lines is
    // placed at its name, on its last line.
    void set_attr_loc(const ast::Pos& attr, size_t name_len);

    // ---- statements (compiler_stmt.cpp) ----
    void stmts(const ast::StmtList& body);
    void stmt(ast::Stmt* s);
    void function_def(ast::FunctionDef* f);
    void class_def(ast::ClassDef* c);
    void for_stmt(ast::For* f);
    void while_stmt(ast::While* w);
    void if_stmt(ast::If* s);
    void with_stmt(ast::With* w, size_t item);
    void try_stmt(ast::Try* t);
    void try_except(ast::Try* t);
    void try_finally(ast::Try* t);
    void try_star(ast::Try* t);
    void raise_stmt(ast::Raise* r);
    void assert_stmt(ast::Assert* a);
    void import_stmt(ast::Import* s);
    void import_from(ast::ImportFrom* s);
    void return_stmt(ast::Return* r);
    void break_continue(bool is_break, const ast::Stmt* s);
    // Emit the exit code of fblocks from the innermost down to (excluding) index `stop`.
    // `preserve_tos`: a return value sits on top of the stack and must stay there.
    void unwind_fblocks(size_t stop, bool preserve_tos);
    void unwind_fblock(const FBlock& b, bool preserve_tos);
    void call_exit_with_nones();
    void handler_cleanup_name(const ast::ExceptHandler* h);
    void match_stmt(ast::Match* m); // compiler_match.cpp

    // ---- expressions (compiler_expr.cpp) ----
    void expr(ast::Expr* e);
    void store(ast::Expr* target);
    void del(ast::Expr* target);
    void name_op(const std::string& id, const ast::Resolution& res, ast::ExprContext ctx);
    void call(ast::Call* c);
    // `method`: the callee of a method call (its CALL is placed as the attribute's name)
    bool call_simple(ast::Call* c, int extra_args, const ast::Attribute* method = nullptr);
    void call_general(ast::Call* c);
    void compare(ast::Compare* c);
    void bool_op(ast::BoolOp* b);
    void jump_if(ast::Expr* e, bool cond, Label target);
    void sequence(const ast::ExprList& elts, Op build, Op extend, bool to_tuple);
    void dict(ast::Dict* d);
    void fstring(ast::JoinedStr* j);
    void formatted_value(ast::FormattedValue* f);
    void lambda(ast::Lambda* l);
    void comprehension(ast::Expr* e, Scope* scope, const std::vector<ast::Comprehension*>& gens,
                       const char* name);
    void comprehension_loop(ast::Expr* e, const std::vector<ast::Comprehension*>& gens, size_t i);
    void await_value(); // the SEND/YIELD_VALUE loop after GET_AWAITABLE
    void subscript(ast::Subscript* s);
    void slice(ast::Slice* s);
    uint32_t slice_parts(ast::Slice* s); // pushes the bounds (and step): 2 or 3
    void unpack_assign(const ast::ExprList& elts, ast::Expr* node);
    Value constant(ast::Constant* c);
    // Build a function object from `scope`'s code (already compiled) with defaults/closure.
    void make_function(CodeObj* code, Scope* scope, ast::Arguments* args,
                       ast::Expr* returns = nullptr);
    // ---- annotations (compiler_annotations.cpp) ----
    bool has_annotations(const ast::StmtList& body);
    void ann_assign(ast::AnnAssign* a);
    uint32_t function_annotations(ast::Arguments* args, ast::Expr* returns);
    // `from __future__ import ...` at the top of the module (future.c); `annotations`
    // (PEP 563) makes every annotation the string of its source.
    void future_imports(const ast::StmtList& body);
    void annotation(ast::Expr* e);
    bool future_annotations_ = false;
    int future_line_ = 0; // the last leading future import's line
    void make_closure(CodeObj* code, Scope* scope, uint32_t flags);
    CodeObj* function_body(Scope* scope, const ast::StmtList* body, ast::Expr* lambda_body,
                           int line, uint32_t flags);

    // ---- errors and warnings (compiler_warnings.cpp) ----
    void error(const ast::Pos& at, std::string msg);
    void warn(int line, std::string message);
    void check_compare(const ast::Compare* c);
    void check_caller(const ast::Call* c);
    void check_subscript(const ast::Subscript* s);
    void check_assert(const ast::Assert* a);
    // A def's body is compiled before its defaults and annotations here, after them in
    // CPython: the warnings [mark, body_end) move after the ones issued since.
    void defaults_warn_first(size_t mark, size_t body_end);

    Interp& I;
    std::string_view source_;
    std::string_view filename_;
    std::vector<Unit> units_;
    std::optional<SyntaxErrorInfo> error_;
    std::vector<CompileWarning> warnings_;
};

inline BinOp to_binop(ast::Operator op) {
    switch (op) {
        case ast::Operator::Add: return BinOp::Add;
        case ast::Operator::Sub: return BinOp::Sub;
        case ast::Operator::Mult: return BinOp::Mul;
        case ast::Operator::MatMult: return BinOp::MatMul;
        case ast::Operator::Div: return BinOp::TrueDiv;
        case ast::Operator::Mod: return BinOp::Mod;
        case ast::Operator::Pow: return BinOp::Pow;
        case ast::Operator::LShift: return BinOp::LShift;
        case ast::Operator::RShift: return BinOp::RShift;
        case ast::Operator::BitOr: return BinOp::Or;
        case ast::Operator::BitXor: return BinOp::Xor;
        case ast::Operator::BitAnd: return BinOp::And;
        case ast::Operator::FloorDiv: return BinOp::FloorDiv;
    }
    return BinOp::Add;
}

} // namespace loopscope
