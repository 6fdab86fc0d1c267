// ast_visit_test.cpp - the traversal derived from ast_nodes.def reaches every node CPython's
// `ast` module shows, and every kind in the list is checked against CPython by some snippet.
#include "lang/ast_dump.h"
#include "lang/ast_visit.h"
#include "lang/parser.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>
#include <set>
#include <string>
#include <vector>

using namespace loopscope;

namespace {
struct DumpCase {
    const char* source;
    const char* dump; // from CPython, by gen_ast_dumps.py
};
const DumpCase kDumpCases[] = {
#include "ast_dumps.inc"
};

// The class names of the expression and statement nodes in a dump, in order: each "(Name"
// outside a string literal, except the Module and the helper nodes (arg, keyword, ...).
std::vector<std::string> node_names_in_dump(const std::string& d) {
    std::vector<std::string> names;
    for (size_t i = 0; i < d.size(); ++i) {
        if (d[i] == '"') {
            for (++i; i < d.size() && d[i] != '"'; ++i)
                if (d[i] == '\\') ++i;
            continue;
        }
        if (d[i] != '(') continue;
        size_t end = i + 1;
        while (end < d.size() && std::isalpha(static_cast<unsigned char>(d[end]))) ++end;
        std::string name = d.substr(i + 1, end - i - 1);
        bool helper = std::islower(static_cast<unsigned char>(name[0])) || name == "ExceptHandler";
        if (name != "Module" && !helper) names.push_back(name);
    }
    return names;
}

// What for_each_child reaches from a module's statements, and the kinds it met.
struct Walk {
    std::vector<std::string> names;
    std::set<ast::Expr::Kind> expr_kinds;
    std::set<ast::Stmt::Kind> stmt_kinds;
    std::set<ast::Pattern::Kind> pattern_kinds;

    template <class Node>
    void visit(Node* n) {
        std::string d = ast::dump(n, false); // "(ClassName ..."
        names.push_back(d.substr(1, d.find_first_of(" )") - 1));
        if constexpr (std::is_same_v<Node, ast::Expr>)
            expr_kinds.insert(n->kind);
        else if constexpr (std::is_same_v<Node, ast::Stmt>)
            stmt_kinds.insert(n->kind);
        else
            pattern_kinds.insert(n->kind);
        ast::for_each_child(n, [&](auto* child) { visit(child); });
    }
};
} // namespace

TEST_CASE("for_each_child reaches every node CPython's ast has, each once", "[lang][ast]") {
    size_t checked = 0;
    for (const DumpCase& c : kDumpCases) {
        ParseResult r = parse_module(c.source, "t.py");
        if (!r.ok()) continue; // snippets CPython rejects too
        INFO("source:\n" << c.source);
        Walk w;
        for (ast::Stmt* s : r.module->body) w.visit(s);
        std::vector<std::string> expected = node_names_in_dump(c.dump);
        std::sort(expected.begin(), expected.end());
        std::sort(w.names.begin(), w.names.end());
        CHECK(w.names == expected);
        ++checked;
    }
    CHECK(checked > 100);
}

TEST_CASE("every node kind in ast_nodes.def is compared with CPython by a snippet", "[lang][ast]") {
    // A new kind fails here until gen_ast_dumps.py has a snippet using it.
    Walk w;
    for (const DumpCase& c : kDumpCases) {
        ParseResult r = parse_module(c.source, "t.py");
        if (r.ok())
            for (ast::Stmt* s : r.module->body) w.visit(s);
    }
    CHECK(static_cast<int>(w.expr_kinds.size()) == ast::kExprKinds);
    CHECK(static_cast<int>(w.stmt_kinds.size()) == ast::kStmtKinds);
    CHECK(static_cast<int>(w.pattern_kinds.size()) == ast::kPatternKinds);
}

TEST_CASE("for_each_field hands over CPython's fields in order", "[lang][ast]") {
    ParseResult r = parse_module("x: int = f(a, *b, k=1)\n", "t.py");
    REQUIRE(r.ok());
    auto* ann = r.module->body[0]->as<ast::AnnAssign>();
    REQUIRE(ann);
    std::vector<std::string> seen;
    struct {
        std::vector<std::string>& seen;
        void operator()(ast::Expr* e) const { seen.push_back(ast::dump(e, false)); }
        void operator()(bool simple) const { seen.push_back(simple ? "simple" : "not simple"); }
    } record{seen};
    ast::for_each_field(*ann, record);
    REQUIRE(seen.size() == 4);
    CHECK(seen[0] == "(Name x Store)");
    CHECK(seen[1] == "(Name int Load)");
    CHECK(seen[2].rfind("(Call (Name f Load)", 0) == 0);
    CHECK(seen[3] == "simple");
}
