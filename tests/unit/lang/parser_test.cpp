// parser_test.cpp - the parser builds the same tree as CPython's `ast` module.
#include "lang/ast_dump.h"
#include "lang/compiler.h"
#include "lang/interp.h"
#include "lang/parser.h"
#include "lang/scope.h"

#include <catch2/catch.hpp>

#include <dirent.h>
#include <sys/stat.h>

#include <algorithm>
#include <cstdint>
#include <fstream>
#include <sstream>
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
} // namespace

TEST_CASE("parser produces the same AST as CPython for every snippet", "[lang][parser]") {
    for (const DumpCase& c : kDumpCases) {
        INFO("source:\n" << c.source);
        ParseResult r = parse_module(c.source, "t.py");
        CAPTURE(r.ok() ? std::string() : format_syntax_error(r.error, "t.py"));
        CHECK((r.ok() ? ast::dump(*r.module) : std::string("<SyntaxError>")) ==
              std::string(c.dump));
    }
}

//-----------------------------------------------------------------------------
// Robustness: no input crashes or hangs the front end
//-----------------------------------------------------------------------------

namespace {
struct SourceOnly {
    const char* source;
    const char* a;
};
struct SourceOnly3 {
    const char* source;
    const char* a;
    const char* b;
};
const SourceOnly kErrorSources[] = {
#include "syntax_errors.inc"
};
const SourceOnly3 kScopeSources[] = {
#include "scopes.inc"
};
const SourceOnly kTokenSources[] = {
#include "tokens.inc"
};

std::vector<std::string> all_test_sources() {
    std::vector<std::string> v;
    for (const DumpCase& c : kDumpCases) v.push_back(c.source);
    for (const SourceOnly& c : kErrorSources) v.push_back(c.source);
    for (const SourceOnly3& c : kScopeSources) v.push_back(c.source);
    for (const SourceOnly& c : kTokenSources) v.push_back(c.source);
    return v;
}

// Front end on `src`; either a module or an error that formats.
bool front_end_survives(const std::string& src) {
    ParseResult r = parse_and_resolve(src, "t.py");
    if (r.ok()) return r.module->scope != nullptr;
    return !format_syntax_error(r.error, "t.py").empty();
}
} // namespace

TEST_CASE("every prefix of every test program is handled without crashing", "[lang][parser]") {
    size_t runs = 0;
    for (const std::string& src : all_test_sources()) {
        for (size_t n = 0; n <= src.size(); ++n) {
            std::string prefix = src.substr(0, n);
            if (!front_end_survives(prefix)) FAIL("prefix failed: " << prefix);
            ++runs;
        }
    }
    CHECK(runs > 10000);
}

TEST_CASE("random edits of test programs are handled without crashing", "[lang][parser]") {
    std::vector<std::string> sources = all_test_sources();
    const char pieces[] = "()[]{}:,;.=+-*/%@!<>'\"\\#\n\t fx0_9\xc3\xa9";
    uint32_t seed = 12345;
    auto next = [&]() {
        seed = seed * 1103515245u + 12345u;
        return (seed >> 8) & 0xFFFFFF;
    };
    for (int i = 0; i < 3000; ++i) {
        std::string s = sources[next() % sources.size()];
        int edits = 1 + next() % 4;
        for (int e = 0; e < edits; ++e) {
            size_t at = s.empty() ? 0 : next() % (s.size() + 1);
            char c = pieces[next() % (sizeof(pieces) - 1)];
            switch (next() % 3) {
                case 0: s.insert(at, 1, c); break;
                case 1:
                    if (at < s.size()) s.erase(at, 1);
                    break;
                default:
                    if (at < s.size()) s[at] = c;
                    break;
            }
        }
        INFO("source:\n" << s);
        REQUIRE(front_end_survives(s));
    }
}

TEST_CASE("deep nesting is reported, never overflows the stack", "[lang][parser]") {
    CHECK(parse_and_resolve("x = " + std::string(199, '(') + "1" + std::string(199, ')') + "\n",
                            "t.py")
              .ok());
    ParseResult parens = parse_and_resolve(std::string(250, '(') + "\n", "t.py");
    REQUIRE_FALSE(parens.ok());
    CHECK(parens.error.msg == "too many nested parentheses");

    const std::string deep[] = {
        "x = " + std::string(100000, '-') + "1\n",
        "x = " + std::string(60000, '~') + "1\n",
        [] {
            std::string s = "x = a";
            for (int i = 0; i < 100000; ++i) s += " + a";
            return s + "\n";
        }(),
        [] {
            std::string s = "x = a";
            for (int i = 0; i < 100000; ++i) s += ".b";
            return s + "\n";
        }(),
        [] {
            std::string s = "x = ";
            for (int i = 0; i < 50000; ++i) s += "not ";
            return s + "a\n";
        }(),
        [] {
            std::string s = "x = ";
            for (int i = 0; i < 50000; ++i) s += "lambda: ";
            return s + "a\n";
        }(),
        [] {
            std::string s = "x = ";
            for (int i = 0; i < 50000; ++i) s += "a if b else ";
            return s + "c\n";
        }(),

        [] {
            std::string s = "if a:\n    pass\n";
            for (int i = 0; i < 50000; ++i) s += "elif a:\n    pass\n";
            return s;
        }(),
        [] {
            std::string s = "x = a";
            for (int i = 0; i < 50000; ++i) s += "[0]";
            return s + "\n";
        }(),
        [] {
            std::string s = "x = a";
            for (int i = 0; i < 50000; ++i) s += "()";
            return s + "\n";
        }(),
        [] {
            std::string s = "x = 2";
            for (int i = 0; i < 50000; ++i) s += " ** 2";
            return s + "\n";
        }(),
    };
    for (const std::string& src : deep) {
        ParseResult r = parse_and_resolve(src, "t.py");
        REQUIRE_FALSE(r.ok());
        CHECK(format_syntax_error(r.error, "t.py") ==
              "RecursionError: maximum recursion depth exceeded during compilation\n");
    }
    // 101 indentation levels is CPython's limit too
    std::string blocks;
    for (int i = 0; i < 101; ++i) blocks += std::string(i, ' ') + "if x:\n";
    blocks += std::string(101, ' ') + "pass\n";
    ParseResult r = parse_and_resolve(blocks, "t.py");
    REQUIRE_FALSE(r.ok());
    CHECK(r.error.msg == "too many levels of indentation");
}

//-----------------------------------------------------------------------------
// Corpus: every Python program in the repository
//-----------------------------------------------------------------------------

namespace {
std::string read_file(const std::string& path, bool& ok) {
    std::ifstream f(path, std::ios::binary);
    ok = static_cast<bool>(f);
    std::stringstream ss;
    ss << f.rdbuf();
    return ss.str();
}

void find_py(const std::string& dir, std::vector<std::string>& out) {
    DIR* d = opendir(dir.c_str());
    if (!d) return;
    while (dirent* e = readdir(d)) {
        std::string name = e->d_name;
        if (name == "." || name == "..") continue;
        std::string path = dir + "/" + name;
        struct stat st;
        if (stat(path.c_str(), &st) != 0) continue;
        if (S_ISDIR(st.st_mode))
            find_py(path, out);
        else if (name.size() > 3 && name.compare(name.size() - 3, 3, ".py") == 0)
            out.push_back(path);
    }
    closedir(d);
}

std::string repo_root() {
    std::string here = __FILE__; // [<root>/]tests/unit/lang/parser_test.cpp
    size_t at = here.rfind("tests/unit/lang/");
    std::string root = at == std::string::npos ? std::string() : here.substr(0, at);
    return root.empty() ? "." : root.substr(0, root.size() - 1);
}

std::string last_line(const std::string& text) {
    std::size_t end = text.find_last_not_of('\n');
    if (end == std::string::npos) return {};
    std::size_t newline = text.rfind('\n', end);
    std::size_t start = newline == std::string::npos ? 0 : newline + 1;
    return text.substr(start, end + 1 - start);
}

bool names_syntax_error(const std::string& line) {
    for (const char* kind : {"SyntaxError:", "IndentationError:", "TabError:"})
        if (line.rfind(kind, 0) == 0) return true;
    return false;
}
} // namespace

// The expected outcome comes from CPython, recorded next to each program: golden programs
// keep CPython's stderr in <name>.err, conformance scripts mark a SyntaxError in <name>.out.
// The whole front end is asked (parse, scopes, compile): CPython reports some SyntaxErrors
// only while compiling (a name captured twice in one pattern).
TEST_CASE("every Python program in the repository compiles as CPython compiles it",
          "[lang][parser][corpus]") {
    std::vector<std::string> files;
    find_py(repo_root() + "/tests/golden", files);
    find_py(repo_root() + "/tests/conformance", files);
    if (files.empty()) {
        WARN("no corpus found under " << repo_root() << " (no file system access?)");
        return;
    }
    int compared = 0;
    Interp I;
    for (const std::string& path : files) {
        bool ok = false;
        std::string src = read_file(path, ok);
        if (!ok) continue;
        std::string stem = path.substr(0, path.size() - 3);
        std::string base = path.substr(path.find_last_of('/') + 1);
        bool has_err = false, has_out = false;
        std::string err = read_file(stem + ".err", has_err);
        std::string out = read_file(stem + ".out", has_out);
        // a compile-time error: CPython printed no traceback, just the error report, whose
        // last line names a syntax error (print_stack output also starts with "  File")
        bool golden_syntax = has_err && err.find("Traceback") == std::string::npos &&
                             names_syntax_error(last_line(err));
        bool conformance_syntax =
            has_out && (out.find("!error SyntaxError") != std::string::npos ||
                        out.find("!error IndentationError") != std::string::npos ||
                        out.find("!error TabError") != std::string::npos);
        INFO(path);
        ParseResult r = parse_and_resolve(src, base);
        if (r.ok()) {
            CompileResult c = compile_module(I, *r.module, src);
            if (c.error) {
                r.error = *c.error;
                r.module.reset();
            }
        }
        if (golden_syntax) {
            REQUIRE_FALSE(r.ok());
            CHECK(format_syntax_error(r.error, base) == err);
        } else if (conformance_syntax) {
            REQUIRE_FALSE(r.ok());
            CHECK(out.find("!error " + r.error.type + ": " + r.error.msg) != std::string::npos);
        } else {
            CAPTURE(r.ok() ? std::string() : format_syntax_error(r.error, base));
            CHECK(r.ok());
        }
        ++compared;
    }
    CHECK(compared > 0);
}
