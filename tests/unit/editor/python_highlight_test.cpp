#include "model/editor/python_highlight.h"

#include <catch2/catch.hpp>

#include <random>
#include <string>
#include <vector>

using namespace loopscope::editor;

namespace {

// Tokens of a line as "[kind]text" runs; text runs without their blanks.
std::string spans(std::string_view line, HighlightState* state = nullptr) {
    std::vector<HighlightToken> tokens;
    HighlightState start = state ? *state : HighlightState{};
    HighlightState end = highlight_line(line, start, tokens);
    if (state) *state = end;
    std::string out;
    for (const HighlightToken& t : tokens) {
        std::string_view text = line.substr(t.begin, t.end - t.begin);
        if (t.kind == TokenKind::Text) { // names with the blanks around them: just the names
            const size_t b = text.find_first_not_of(" \t");
            if (b == std::string_view::npos) continue;
            text = text.substr(b, text.find_last_not_of(" \t") + 1 - b);
        }
        if (!out.empty()) out += ' ';
        out += '[';
        out += token_kind_name(t.kind);
        out += ']';
        out += text;
    }
    return out;
}

// Kind of the token that holds `needle` (its first occurrence) entirely; "split" if no single
// token does.
std::string kind_of(std::string_view line, std::string_view needle) {
    std::vector<HighlightToken> tokens;
    highlight_line(line, HighlightState{}, tokens);
    const int at = static_cast<int>(line.find(needle));
    REQUIRE(at >= 0);
    for (const HighlightToken& t : tokens) {
        if (t.begin <= at && at < t.end) {
            return at + static_cast<int>(needle.size()) <= t.end ? token_kind_name(t.kind)
                                                                 : "split";
        }
    }
    return "none";
}

// Tokens cover [0, size) in order without gaps or overlaps.
bool covers(std::string_view line, const std::vector<HighlightToken>& tokens) {
    int pos = 0;
    for (const HighlightToken& t : tokens) {
        if (t.begin != pos || t.end <= t.begin) return false;
        pos = t.end;
    }
    return pos == static_cast<int>(line.size());
}

} // namespace

// [SECTION] code

TEST_CASE("keywords, async keywords, constants and builtins get their own kinds") {
    REQUIRE(spans("async def main():") ==
            "[async]async [keyword]def [function-name]main [punctuation]():");
    REQUIRE(kind_of("    await asyncio.sleep(1)", "await") == "async");
    REQUIRE(kind_of("    await asyncio.sleep(1)", "asyncio") == "builtin");
    REQUIRE(kind_of("    await asyncio.sleep(1)", "sleep") == "call");
    REQUIRE(kind_of("x = None if ok else True", "None") == "constant");
    REQUIRE(kind_of("x = None if ok else True", "else") == "keyword");
    REQUIRE(kind_of("print(len(xs))", "len") == "builtin");
    REQUIRE(kind_of("for item in items:", "item") == "text");
}

TEST_CASE("an attribute named like a builtin or keyword is not one") {
    REQUIRE(kind_of("obj.print(1)", "print") == "call");
    REQUIRE(kind_of("obj.list", "list") == "text");
}

TEST_CASE("the names after def and class are marked") {
    REQUIRE(spans("class Worker(Base):") ==
            "[keyword]class [class-name]Worker [punctuation]( [text]Base [punctuation]):");
    REQUIRE(kind_of("def fetch(url):", "fetch") == "function-name");
    REQUIRE(kind_of("def fetch(url):", "url") == "text");
}

TEST_CASE("a decorator is an @name at the start of a line, elsewhere @ is an operator") {
    REQUIRE(spans("    @functools.wraps(f)") ==
            "[decorator]@functools.wraps [punctuation]( [text]f [punctuation])");
    REQUIRE(kind_of("c = a @ b", "@") == "operator");
}

TEST_CASE("numbers in every notation are single tokens") {
    for (const char* n : {"0", "42", "1_000", "3.25", ".5", "1e-3", "2.5E+10", "0x1F", "0o17",
                          "0b1010", "10j", "1."}) {
        const std::string line = std::string("x = ") + n + " * y";
        INFO(line);
        REQUIRE(kind_of(line, n) == "number");
        REQUIRE(kind_of(line, "*") == "operator");
    }
    REQUIRE(kind_of("x1 = 2", "x1") == "text");
}

TEST_CASE("a comment runs to the line end, but # in a string is string text") {
    REQUIRE(spans("x = 1  # wait: why?") == "[text]x [operator]= [number]1 [comment]# wait: why?");
    REQUIRE(spans("print('#not')") == "[builtin]print [punctuation]( [string]'#not' "
                                      "[punctuation])");
}

TEST_CASE("soft keywords are keywords only as statements") {
    REQUIRE(kind_of("match command.split():", "match") == "soft-keyword");
    REQUIRE(kind_of("    case [x, _]:", "case") == "soft-keyword");
    REQUIRE(kind_of("    case [x, _]:", "_") == "soft-keyword");
    REQUIRE(kind_of("    case _:", "_") == "soft-keyword");
    REQUIRE(kind_of("type Pair = tuple[int, int]", "type") == "soft-keyword");
    REQUIRE(kind_of("match = re.match(p, s)", "match") == "text");
    REQUIRE(kind_of("case(x)", "case") == "call");
    REQUIRE(kind_of("print(type(x))", "type") == "builtin");
    REQUIRE(kind_of("_ = compute()", "_") == "text");
}

TEST_CASE("operators and punctuation are told apart") {
    REQUIRE(spans("a -> b := c != d") ==
            "[text]a [operator]-> [text]b [operator]:= [text]c [operator]!= [text]d");
}

// [SECTION] strings

TEST_CASE("string prefixes belong to the string") {
    REQUIRE(spans("x = rb'\\d' + F\"a\"") ==
            "[text]x [operator]= [string]rb'\\d' [operator]+ [string]F\"a\"");
    REQUIRE(spans("bar'x'") == "[text]bar [string]'x'");
}

TEST_CASE("escapes are marked in plain strings but not in raw strings") {
    REQUIRE(spans("'a\\n\\x41\\N{DASH}b'") == "[string]'a [escape]\\n\\x41\\N{DASH} [string]b'");
    REQUIRE(spans("r'\\n'") == "[string]r'\\n'");
    // A backslash still keeps a raw string's quote from ending it.
    REQUIRE(spans("r'\\'' + x") == "[string]r'\\'' [operator]+ [text]x");
}

TEST_CASE("an unterminated string ends at the line end and the next line is code") {
    HighlightState state;
    REQUIRE(spans("x = 'abc", &state) == "[text]x [operator]= [string]'abc");
    REQUIRE_FALSE(state.in_string());
    REQUIRE(spans("def f():", &state) == "[keyword]def [function-name]f [punctuation]():");
}

TEST_CASE("a backslash at the end continues a single-quoted string on the next line") {
    HighlightState state;
    spans("s = 'one \\", &state);
    REQUIRE(state.in_string());
    REQUIRE(spans("two' + x", &state) == "[string]two' [operator]+ [text]x");
    REQUIRE_FALSE(state.in_string());
}

TEST_CASE("triple-quoted strings carry over lines until their closing quotes") {
    HighlightState state;
    REQUIRE(spans("doc = \"\"\"Start", &state) == "[text]doc [operator]= [string]\"\"\"Start");
    REQUIRE(state.in_string());
    REQUIRE(spans("it's \"quoted\" # not a comment", &state) ==
            "[string]it's \"quoted\" # not a comment");
    REQUIRE(spans("end\"\"\" + x  # real", &state) ==
            "[string]end\"\"\" [operator]+ [text]x [comment]# real");
    REQUIRE_FALSE(state.in_string());
}

TEST_CASE("empty strings and a quote run of four close correctly") {
    REQUIRE(spans("'' + \"\"") == "[string]'' [operator]+ [string]\"\"");
    HighlightState state;
    spans("'''a''''", &state); // ''' a ''' then an opening '
    REQUIRE_FALSE(state.in_string());
}

// [SECTION] f-strings

TEST_CASE("f-string fields are highlighted as code") {
    REQUIRE(spans("f\"took {elapsed:.2f}s for {len(xs)!r}\"") ==
            "[string]f\"took  [fstring-delimiter]{ [text]elapsed [fstring-delimiter]: "
            "[string].2f [fstring-delimiter]} [string]s for  [fstring-delimiter]{ "
            "[builtin]len [punctuation]( [text]xs [punctuation]) [fstring-delimiter]!r} "
            "[string]\"");
}

TEST_CASE("f-strings with nested quotes of the other kind") {
    REQUIRE(spans("f\"{d['key']} done\"") ==
            "[string]f\" [fstring-delimiter]{ [text]d [punctuation][ [string]'key' "
            "[punctuation]] [fstring-delimiter]} [string] done\"");
    REQUIRE(kind_of("f'{x + f\"{y}\"}'", "y") == "text");
    REQUIRE(kind_of("f'{x + f\"{y}\"}' + z", "z") == "text");
}

TEST_CASE("as in CPython 3.11, the f-string's own quote ends it inside a field") {
    // f"{x["a"]}": the string is f"{x[" and a is a name.
    REQUIRE(kind_of("f\"{x[\"a\"]}\"", "a") == "text");
    HighlightState state;
    spans("f\"{x[\"a\"]}\"", &state);
    REQUIRE_FALSE(state.in_string());
}

TEST_CASE("doubled braces are literal braces, and nested fields sit in format specs") {
    REQUIRE(spans("f'{{x}}'") == "[string]f' [escape]{{ [string]x [escape]}} [string]'");
    REQUIRE(spans("f'{v:>{width}}'") ==
            "[string]f' [fstring-delimiter]{ [text]v [fstring-delimiter]: [string]> "
            "[fstring-delimiter]{ [text]width [fstring-delimiter]}} [string]'");
}

TEST_CASE("braces and colons inside brackets of a field do not end it") {
    REQUIRE(kind_of("f'{ {1: 2}[1] } x'", " x'") == "string");
    REQUIRE(kind_of("f'{xs[1:2]} y'", "2") == "number");
}

TEST_CASE("a triple-quoted f-string keeps its field open across lines") {
    HighlightState state;
    spans("msg = f\"\"\"total {", &state);
    REQUIRE(state.count == 2);
    REQUIRE(spans("  sum(xs)} items\"\"\"", &state) ==
            "[builtin]sum [punctuation]( [text]xs [punctuation]) [fstring-delimiter]} "
            "[string] items\"\"\"");
    REQUIRE_FALSE(state.in_string());
}

TEST_CASE("an unterminated f-string field ends with its line") {
    HighlightState state;
    spans("f'{x", &state);
    REQUIRE_FALSE(state.in_string());
    REQUIRE(spans("y = 1", &state) == "[text]y [operator]= [number]1");
}

TEST_CASE("deeply nested f-strings degrade to string text instead of failing") {
    // Fields nested in format specs: each level needs a frame, more than the state holds.
    const std::string line = "x = f'{a:{b:{c:{d:{e:{g:{h:{i:{j}}}}}}}}}' + y";
    HighlightState state;
    std::vector<HighlightToken> tokens;
    state = highlight_line(line, state, tokens);
    REQUIRE(covers(line, tokens));
    REQUIRE_FALSE(state.in_string());
}

// [SECTION] robustness

TEST_CASE("highlight_lines carries the state from line to line") {
    const std::vector<std::string> lines = {"'''", "x = 1", "'''", "x = 1"};
    std::vector<std::vector<HighlightToken>> out;
    highlight_lines(lines, out);
    REQUIRE(out.size() == 4);
    REQUIRE(out[1].size() == 1);
    REQUIRE(out[1][0].kind == TokenKind::String);
    REQUIRE(out[3].size() > 1);
}

TEST_CASE("random bytes never fail and tokens always cover each line") {
    std::mt19937 rng(42);
    const std::string alphabet = "'\"fFrRbB{}[]():!#\\ \t\n=.0123456789xeE_@abc\xC3\xA9\xFF\x80";
    HighlightState state;
    for (int n = 0; n < 20000; ++n) {
        std::string line;
        const int len = static_cast<int>(rng() % 40);
        for (int k = 0; k < len; ++k) {
            line += rng() % 4 ? alphabet[rng() % alphabet.size()] : static_cast<char>(rng() % 256);
        }
        std::vector<HighlightToken> tokens;
        state = highlight_line(line, state, tokens);
        REQUIRE(covers(line, tokens));
        REQUIRE(state.count >= 0);
        REQUIRE(state.count <= HighlightState::kMaxFrames);
    }
}

TEST_CASE("the code part of a line stops at a comment outside strings") {
    REQUIRE(python_code_part("if x:  # why") == "if x:");
    REQUIRE(python_code_part("s = '#'  ") == "s = '#'");
    REQUIRE(python_code_part("# only") == "");
}

// [SECTION] against CPython's tokenizer

namespace {

struct OracleLine {
    const char* program; // consecutive lines of one program share the highlight state
    const char* line;
    const char* classes; // per byte, from CPython's tokenize (see gen_highlight_oracle.py)
};

const OracleLine kOracle[] = {
#include "editor/highlight_oracle.inc"
};

bool compatible(char expected, TokenKind kind) {
    switch (expected) {
        case 's': return kind == TokenKind::String || kind == TokenKind::StringEscape;
        case 'f': return kind == TokenKind::String; // an f-string's prefix or closing quote
        case 'c': return kind == TokenKind::Comment;
        case 'n': return kind == TokenKind::Number;
        case 'k':
            return kind == TokenKind::Keyword || kind == TokenKind::AsyncKeyword ||
                   kind == TokenKind::Constant;
        case 'o':
            return kind == TokenKind::Operator || kind == TokenKind::Punctuation ||
                   kind == TokenKind::Decorator;
        default: return true;
    }
}

} // namespace

TEST_CASE("strings, comments, numbers, keywords and operators are where CPython's tokenize "
          "puts them") {
    std::string program;
    std::string mismatches;
    HighlightState state;
    int checked = 0;
    for (const OracleLine& o : kOracle) {
        if (program != o.program) {
            program = o.program;
            state = HighlightState{};
        }
        const std::string_view line = o.line;
        std::vector<HighlightToken> tokens;
        state = highlight_line(line, state, tokens);
        REQUIRE(covers(line, tokens));
        for (const HighlightToken& t : tokens) {
            for (int b = t.begin; b < t.end; ++b) {
                ++checked;
                if (!compatible(o.classes[b], t.kind) && mismatches.size() < 2000) {
                    mismatches += program + ": " + std::string(line) + "\n  byte " +
                                  std::to_string(b) + " is " + token_kind_name(t.kind) +
                                  ", CPython says '" + std::string(1, o.classes[b]) + "'\n";
                }
            }
        }
    }
    INFO(mismatches);
    REQUIRE(mismatches.empty());
    REQUIRE(checked > 10000);
}
