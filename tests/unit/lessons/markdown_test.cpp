// markdown_test.cpp - the Markdown subset of lesson prose (runtime/lessons/markdown.h).
#include "lessons/markdown.h"

#include <catch2/catch.hpp>

using namespace loopscope::lessons;

namespace {

Span text(const char* s) {
    return Span{s, false, false, false};
}
Span em(const char* s) {
    return Span{s, true, false, false};
}
Span strong(const char* s) {
    return Span{s, false, true, false};
}
Span code(const char* s) {
    return Span{s, false, false, true};
}

} // namespace

TEST_CASE("plain text is one unstyled span", "[lessons][markdown]") {
    CHECK(parse_inline("just words") == Inline{text("just words")});
}

TEST_CASE("single stars make emphasis and double stars make strong text", "[lessons][markdown]") {
    CHECK(parse_inline("a *b* c") == Inline{text("a "), em("b"), text(" c")});
    CHECK(parse_inline("a **b** c") == Inline{text("a "), strong("b"), text(" c")});
    CHECK(parse_inline("***both***") == Inline{Span{"both", true, true, false}});
}

TEST_CASE("emphasis can sit inside strong text", "[lessons][markdown]") {
    CHECK(parse_inline("**x *y* z**") ==
          Inline{strong("x "), Span{"y", true, true, false}, strong(" z")});
}

TEST_CASE("backticks make inline code whose content is never styled", "[lessons][markdown]") {
    CHECK(parse_inline("call `time.sleep(2)` now") ==
          Inline{text("call "), code("time.sleep(2)"), text(" now")});
    CHECK(parse_inline("`*not em*`") == Inline{code("*not em*")});
    CHECK(parse_inline("*see `x`*") == Inline{em("see "), code("x")});
}

TEST_CASE("double backticks let inline code hold a backtick", "[lessons][markdown]") {
    CHECK(parse_inline("`` a`b ``") == Inline{code("a`b")});
}

TEST_CASE("a star next to spaces is a literal star, not emphasis", "[lessons][markdown]") {
    std::vector<MarkdownWarning> warnings;
    CHECK(parse_inline("N * T and 3 * 4", 1, &warnings) == Inline{text("N * T and 3 * 4")});
    CHECK(warnings.empty());
}

TEST_CASE("an unclosed marker stays literal and is reported with its line", "[lessons][markdown]") {
    std::vector<MarkdownWarning> warnings;
    CHECK(parse_inline("a *b c", 7, &warnings) == Inline{text("a *b c")});
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0].line == 7);
    CHECK(warnings[0].message.find("unclosed *") != std::string::npos);

    warnings.clear();
    CHECK(parse_inline("run `code", 2, &warnings) == Inline{text("run `code")});
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0].message.find("unclosed `") != std::string::npos);
}

TEST_CASE("a backslash escapes markup characters", "[lessons][markdown]") {
    CHECK(parse_inline("\\*not em\\* and \\`tick\\`") == Inline{text("*not em* and `tick`")});
}

TEST_CASE("plain_text drops the markup", "[lessons][markdown]") {
    CHECK(plain_text(parse_inline("Use **`await`** *here*")) == "Use await here");
}

TEST_CASE("headings have levels one to three", "[lessons][markdown]") {
    Document d = parse_markdown("# One\n## Two *em*\n### Three\n");
    REQUIRE(d.blocks.size() == 3);
    CHECK(d.blocks[0].kind == BlockKind::Heading);
    CHECK(d.blocks[0].level == 1);
    CHECK(d.blocks[1].level == 2);
    CHECK(d.blocks[1].text == Inline{text("Two "), em("em")});
    CHECK(d.blocks[2].level == 3);
    CHECK(d.warnings.empty());
}

TEST_CASE("a fourth heading level is shown as the third and reported", "[lessons][markdown]") {
    Document d = parse_markdown("#### Deep\n");
    REQUIRE(d.blocks.size() == 1);
    CHECK(d.blocks[0].level == 3);
    REQUIRE(d.warnings.size() == 1);
    CHECK(d.warnings[0].line == 1);
}

TEST_CASE("a hash without a space is paragraph text", "[lessons][markdown]") {
    Document d = parse_markdown("#hashtag\n");
    REQUIRE(d.blocks.size() == 1);
    CHECK(d.blocks[0].kind == BlockKind::Paragraph);
    CHECK(plain_text(d.blocks[0].text) == "#hashtag");
}

TEST_CASE("lines of a paragraph are joined with spaces and blank lines split paragraphs",
          "[lessons][markdown]") {
    Document d = parse_markdown("first line\nsecond  line\n\n\nnext paragraph\n");
    REQUIRE(d.blocks.size() == 2);
    CHECK(plain_text(d.blocks[0].text) == "first line second  line");
    CHECK(d.blocks[0].line == 1);
    CHECK(plain_text(d.blocks[1].text) == "next paragraph");
    CHECK(d.blocks[1].line == 5);
}

TEST_CASE("emphasis may span the lines of a paragraph", "[lessons][markdown]") {
    Document d = parse_markdown("a *b\nc* d\n");
    REQUIRE(d.blocks.size() == 1);
    CHECK(d.blocks[0].text == Inline{text("a "), em("b c"), text(" d")});
}

TEST_CASE("bullet lists take dash star or plus markers and continuation lines",
          "[lessons][markdown]") {
    Document d = parse_markdown("- one\n* two\n  still two\n+ three\n");
    REQUIRE(d.blocks.size() == 1);
    const Block& b = d.blocks[0];
    CHECK(b.kind == BlockKind::BulletList);
    REQUIRE(b.items.size() == 3);
    CHECK(plain_text(b.items[1]) == "two still two");
    CHECK(plain_text(b.items[2]) == "three");
}

TEST_CASE("numbered lists keep their first number", "[lessons][markdown]") {
    Document d = parse_markdown("3. three\n4) four\n");
    REQUIRE(d.blocks.size() == 1);
    CHECK(d.blocks[0].kind == BlockKind::NumberedList);
    CHECK(d.blocks[0].start == 3);
    REQUIRE(d.blocks[0].items.size() == 2);
    CHECK(plain_text(d.blocks[0].items[1]) == "four");
}

TEST_CASE("a list interrupts a paragraph and a blank line ends the list", "[lessons][markdown]") {
    Document d = parse_markdown("Intro:\n- a\n- b\n\nAfter.\n");
    REQUIRE(d.blocks.size() == 3);
    CHECK(d.blocks[0].kind == BlockKind::Paragraph);
    CHECK(d.blocks[1].kind == BlockKind::BulletList);
    CHECK(d.blocks[2].kind == BlockKind::Paragraph);
}

TEST_CASE("a bullet list followed by a numbered list makes two lists", "[lessons][markdown]") {
    Document d = parse_markdown("- a\n1. b\n");
    REQUIRE(d.blocks.size() == 2);
    CHECK(d.blocks[0].kind == BlockKind::BulletList);
    CHECK(d.blocks[1].kind == BlockKind::NumberedList);
}

TEST_CASE("list items carry inline markup", "[lessons][markdown]") {
    Document d = parse_markdown("- use `await` **always**\n");
    REQUIRE(d.blocks.size() == 1);
    CHECK(d.blocks[0].items[0] == Inline{text("use "), code("await"), text(" "), strong("always")});
}

TEST_CASE("star emphasis at the start of a line is not a bullet", "[lessons][markdown]") {
    Document d = parse_markdown("*Note* this\n");
    REQUIRE(d.blocks.size() == 1);
    CHECK(d.blocks[0].kind == BlockKind::Paragraph);
    CHECK(d.blocks[0].text == Inline{em("Note"), text(" this")});
}

TEST_CASE("fenced code keeps its lines verbatim with the language word", "[lessons][markdown]") {
    Document d =
        parse_markdown("Text\n```python\nasync def f():\n    await x  # *no em*\n\n```\nEnd\n");
    REQUIRE(d.blocks.size() == 3);
    const Block& b = d.blocks[1];
    CHECK(b.kind == BlockKind::CodeBlock);
    CHECK(b.language == "python");
    CHECK(b.code == "async def f():\n    await x  # *no em*\n\n");
    CHECK(b.line == 2);
    CHECK(d.warnings.empty());
}

TEST_CASE("an unclosed code fence runs to the end and is reported", "[lessons][markdown]") {
    Document d = parse_markdown("```\ncode\n");
    REQUIRE(d.blocks.size() == 1);
    CHECK(d.blocks[0].code == "code\n");
    CHECK(d.blocks[0].language.empty());
    REQUIRE(d.warnings.size() == 1);
    CHECK(d.warnings[0].line == 1);
}

TEST_CASE("windows line endings parse like unix ones", "[lessons][markdown]") {
    Document d = parse_markdown("# T\r\n\r\n- a\r\n");
    REQUIRE(d.blocks.size() == 2);
    CHECK(plain_text(d.blocks[0].text) == "T");
    CHECK(plain_text(d.blocks[1].items[0]) == "a");
}

TEST_CASE("empty input gives no blocks", "[lessons][markdown]") {
    CHECK(parse_markdown("").blocks.empty());
    CHECK(parse_markdown("\n\n  \n").blocks.empty());
}
