// scope_test.cpp - the scope pass decides locals, cells, free variables, generator flags and
// each name's access exactly as CPython 3.11's symtable and compiler do.
#include "lang/scope.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <set>
#include <sstream>
#include <string>
#include <vector>

using namespace loopscope;

namespace {

struct ScopeCase {
    const char* source;
    const char* scopes; // one line per code object, from CPython (gen_scopes.py)
    const char* names;  // "qualname name ACCESS" lines, from CPython's bytecode
};
const ScopeCase kScopeCases[] = {
#include "scopes.inc"
};

std::string join(std::vector<std::string> v, bool sort) {
    if (sort) std::sort(v.begin(), v.end());
    std::string out;
    for (size_t i = 0; i < v.size(); ++i) out += (i ? " " : "") + v[i];
    return out;
}

void describe(const Scope* s, std::vector<std::string>& lines) {
    size_t nparams =
        static_cast<size_t>(s->argcount + s->kwonlyargcount + s->has_varargs + s->has_varkeywords);
    std::vector<std::string> params(s->varnames.begin(),
                                    s->varnames.begin() + std::min(nparams, s->varnames.size()));
    std::vector<std::string> rest(s->varnames.begin() + params.size(), s->varnames.end());
    std::vector<std::string> flags;
    if (s->is_generator) flags.push_back("generator");
    if (s->is_coroutine) flags.push_back("coroutine");
    if (s->is_async_generator) flags.push_back("async_generator");
    if (s->has_varargs) flags.push_back("varargs");
    if (s->has_varkeywords) flags.push_back("varkw");
    std::ostringstream os;
    os << (s->type == Scope::Type::Module ? std::string("<module>") : s->qualname)
       << " args=" << s->argcount << " posonly=" << s->posonlyargcount
       << " kwonly=" << s->kwonlyargcount << " params=[" << join(params, false) << "] locals=["
       << join(rest, true) << "] cells=[" << join(s->cellvars, true) << "] frees=["
       << join(s->freevars, true) << "] flags=[" << join(flags, false) << "]";
    lines.push_back(os.str());
    for (const Scope* c : s->children) describe(c, lines);
}

std::string sorted_lines(std::vector<std::string> lines) {
    std::sort(lines.begin(), lines.end());
    lines.erase(std::unique(lines.begin(), lines.end()), lines.end());
    std::string out;
    for (size_t i = 0; i < lines.size(); ++i) out += (i ? "\n" : "") + lines[i];
    return out;
}

} // namespace

TEST_CASE("scopes match the code objects CPython compiles", "[lang][scope]") {
    for (const ScopeCase& c : kScopeCases) {
        INFO("source:\n" << c.source);
        ParseResult r = parse_module(c.source, "t.py");
        REQUIRE(r.ok());
        std::string trace;
        auto err = analyze_scopes(*r.module, c.source, &trace);
        CAPTURE(err ? format_syntax_error(*err, "t.py") : std::string());
        REQUIRE(!err);
        std::vector<std::string> lines;
        describe(r.module->scope, lines);
        CHECK(sorted_lines(lines) == c.scopes);
        std::vector<std::string> names;
        std::istringstream in(trace);
        for (std::string line; std::getline(in, line);)
            if (line.find(" .") == std::string::npos) names.push_back(line);
        CHECK(sorted_lines(names) == c.names);
    }
}

TEST_CASE("every name node is resolved after the scope pass", "[lang][scope]") {
    for (const ScopeCase& c : kScopeCases) {
        ParseResult r = parse_and_resolve(c.source, "t.py");
        REQUIRE(r.ok());
        CHECK(r.module->scope != nullptr);
    }
}

TEST_CASE("closure cells record where the parent keeps them", "[lang][scope]") {
    ParseResult r =
        parse_and_resolve("def outer(x):\n    y = 1\n    def mid():\n        def inner():\n"
                          "            return x + y\n        return inner\n    return mid\n",
                          "t.py");
    REQUIRE(r.ok());
    const Scope* outer = r.module->scope->children.at(0);
    const Scope* mid = outer->children.at(0);
    const Scope* inner = mid->children.at(0);
    // outer: x is a parameter turned cell, y a plain cell
    REQUIRE(outer->cellvars == std::vector<std::string>{"x", "y"});
    CHECK(outer->cell_param == std::vector<int>{0, -1});
    // mid passes both through as free variables taken from outer's cells
    REQUIRE(mid->freevars == std::vector<std::string>{"x", "y"});
    CHECK(mid->freevar_sources[0].access == ast::NameAccess::Cell);
    CHECK(mid->freevar_sources[1].slot == 1);
    // inner takes them from mid's free variables
    REQUIRE(inner->freevars == std::vector<std::string>{"x", "y"});
    CHECK(inner->freevar_sources[0].access == ast::NameAccess::Free);
    CHECK(inner->freevar_sources[1].slot == 1);
}
