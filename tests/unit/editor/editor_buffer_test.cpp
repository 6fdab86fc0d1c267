#include "model/editor/editor_buffer.h"
#include "model/editor/text_columns.h"

#include <catch2/catch.hpp>

#include <random>
#include <string>

using loopscope::editor::EditorBuffer;
using loopscope::editor::TextPos;

namespace {

// The buffer's text with the cursor shown as '|' (and the anchor as '^' when selecting).
std::string show(const EditorBuffer& buf) {
    std::string out;
    for (int l = 0; l < buf.line_count(); ++l) {
        if (l) out += '\n';
        const std::string& line = buf.line(l);
        for (int c = 0; c <= static_cast<int>(line.size()); ++c) {
            if (buf.has_selection() && buf.anchor() == TextPos{l, c}) out += '^';
            if (buf.cursor() == TextPos{l, c}) out += '|';
            if (c < static_cast<int>(line.size())) out += line[c];
        }
    }
    return out;
}

} // namespace

// [SECTION] text and cursor

TEST_CASE("a new buffer holds one empty line") {
    EditorBuffer buf;
    REQUIRE(buf.line_count() == 1);
    REQUIRE(buf.text().empty());
    REQUIRE(buf.cursor() == TextPos{0, 0});
}

TEST_CASE("set_text splits lines, accepts CRLF and CR, and text joins them back") {
    EditorBuffer buf("a\r\nb\rc\n");
    REQUIRE(buf.line_count() == 4);
    REQUIRE(buf.line(1) == "b");
    REQUIRE(buf.text() == "a\nb\nc\n");
    REQUIRE_FALSE(buf.can_undo());
}

TEST_CASE("version changes with the text, not with cursor moves") {
    EditorBuffer buf("x");
    const auto v0 = buf.version();
    buf.move_right(false);
    REQUIRE(buf.version() == v0);
    buf.type_text("y");
    REQUIRE(buf.version() > v0);
    const auto v1 = buf.version();
    REQUIRE(buf.backspace());
    REQUIRE(buf.version() > v1);
}

TEST_CASE("clamp keeps positions on the text and on code point boundaries") {
    EditorBuffer buf("a\xC3\xA9z"); // "aéz": é is two bytes
    REQUIRE(buf.clamp({5, 0}) == TextPos{0, 0});
    REQUIRE(buf.clamp({-3, 2}) == TextPos{0, 1});
    REQUIRE(buf.clamp({0, 99}) == TextPos{0, 4});
}

// [SECTION] typing and deleting

TEST_CASE("typing inserts at the cursor and replaces a selection") {
    EditorBuffer buf("print()");
    buf.set_cursor({0, 6});
    buf.type_text("1");
    REQUIRE(show(buf) == "print(1|)");
    buf.select({0, 0}, {0, 5});
    buf.type_text("len");
    REQUIRE(show(buf) == "len|(1)");
}

TEST_CASE("backspace joins lines, removes whole code points and stops at indent stops") {
    EditorBuffer buf("ab\ncd");
    buf.set_cursor({1, 0});
    buf.backspace();
    REQUIRE(show(buf) == "ab|cd");

    buf.set_text("x\xE2\x86\x92"); // "x→"
    buf.move_to_end(false);
    buf.backspace();
    REQUIRE(buf.text() == "x");

    buf.set_text("        pass");
    buf.set_cursor({0, 8});
    buf.backspace();
    REQUIRE(show(buf) == "    |pass");
    buf.set_text("      pass"); // 6 spaces: back to column 4
    buf.set_cursor({0, 6});
    buf.backspace();
    REQUIRE(show(buf) == "    |pass");
}

TEST_CASE("backspace at the start and delete at the end change nothing") {
    EditorBuffer buf("ab");
    REQUIRE_FALSE(buf.backspace());
    buf.move_to_end(false);
    REQUIRE_FALSE(buf.delete_forward());
    REQUIRE_FALSE(buf.can_undo());
}

TEST_CASE("delete joins the next line and Ctrl+Delete removes a word") {
    EditorBuffer buf("ab\ncd");
    buf.set_cursor({0, 2});
    buf.delete_forward();
    REQUIRE(show(buf) == "ab|cd");
    buf.set_text("await asyncio.sleep(1)");
    buf.delete_forward(true);
    REQUIRE(show(buf) == "| asyncio.sleep(1)");
    buf.move_to_end(false);
    buf.backspace(true);
    buf.backspace(true);
    REQUIRE(show(buf) == " asyncio.sleep(|");
}

// [SECTION] indentation

TEST_CASE("newline keeps the indentation of the line") {
    EditorBuffer buf("    x = 1");
    buf.move_to_end(false);
    buf.newline();
    REQUIRE(show(buf) == "    x = 1\n    |");
}

TEST_CASE("newline indents one level after a line ending in a colon") {
    EditorBuffer buf("async def main():  # entry");
    buf.move_to_end(false);
    buf.newline();
    REQUIRE(show(buf) == "async def main():  # entry\n    |");
    buf.set_text("    for x in xs:");
    buf.move_to_end(false);
    buf.newline();
    REQUIRE(show(buf) == "    for x in xs:\n        |");
}

TEST_CASE("newline indents one level after an open bracket") {
    EditorBuffer buf("    results = await asyncio.gather(");
    buf.move_to_end(false);
    buf.newline();
    REQUIRE(show(buf) == "    results = await asyncio.gather(\n        |");
}

TEST_CASE("a colon inside a string or before a comment's text is not a block opener") {
    EditorBuffer buf("print('a:')");
    buf.move_to_end(false);
    buf.newline();
    REQUIRE(show(buf) == "print('a:')\n|");
    buf.set_text("x = 1  # note:");
    buf.move_to_end(false);
    buf.newline();
    REQUIRE(show(buf) == "x = 1  # note:\n|");
}

TEST_CASE("newline dedents after return, pass, break, continue and raise") {
    for (const char* stmt : {"return x", "pass", "break", "continue", "raise ValueError"}) {
        EditorBuffer buf(std::string("        ") + stmt);
        buf.move_to_end(false);
        buf.newline();
        REQUIRE(buf.line(1) == "    ");
    }
    EditorBuffer buf("    return_value = 1");
    buf.move_to_end(false);
    buf.newline();
    REQUIRE(buf.line(1) == "    ");
}

TEST_CASE("newline splits the line and leaves no trailing blanks on an empty line") {
    EditorBuffer buf("    ab");
    buf.set_cursor({0, 5});
    buf.newline();
    REQUIRE(show(buf) == "    a\n    |b");
    buf.set_text("    ");
    buf.move_to_end(false);
    buf.newline();
    REQUIRE(show(buf) == "\n    |");
}

TEST_CASE("tab inserts spaces to the next indent stop") {
    EditorBuffer buf("ab");
    buf.set_cursor({0, 1});
    buf.indent();
    REQUIRE(show(buf) == "a   |b");
    buf.indent();
    REQUIRE(show(buf) == "a       |b");
}

TEST_CASE("tab and shift+tab indent and dedent every selected line") {
    EditorBuffer buf("a\n  b\n\nc\nd");
    buf.select({0, 0}, {3, 1});
    buf.indent();
    // Blank lines stay blank; the selection keeps covering the same text.
    REQUIRE(buf.text() == "    a\n      b\n\n    c\nd");
    REQUIRE(show(buf) == "^    a\n      b\n\n    c|\nd");
    buf.dedent();
    REQUIRE(buf.text() == "a\n  b\n\nc\nd");
    buf.dedent(); // "  b" loses its two spaces, the others have none
    REQUIRE(buf.text() == "a\nb\n\nc\nd");
    REQUIRE_FALSE(buf.dedent());
}

TEST_CASE("a selection ending at column 0 does not indent that line") {
    EditorBuffer buf("a\nb\nc");
    buf.select({0, 0}, {2, 0});
    buf.indent();
    REQUIRE(buf.text() == "    a\n    b\nc");
}

TEST_CASE("shift+tab dedents the cursor line without a selection") {
    EditorBuffer buf("        x");
    buf.set_cursor({0, 8});
    buf.dedent();
    REQUIRE(show(buf) == "    |x");
    buf.set_text("\tx");
    buf.dedent();
    REQUIRE(buf.text() == "x");
}

// [SECTION] undo and redo

TEST_CASE("undo takes back typed characters a word at a time") {
    EditorBuffer buf;
    for (char c : std::string("await sleep")) buf.type_text(std::string(1, c));
    REQUIRE(buf.text() == "await sleep");
    buf.undo();
    REQUIRE(show(buf) == "await |");
    buf.undo();
    REQUIRE(show(buf) == "|");
    REQUIRE_FALSE(buf.can_undo());
    buf.redo();
    buf.redo();
    REQUIRE(show(buf) == "await sleep|");
}

TEST_CASE("moving the cursor ends a typing group") {
    EditorBuffer buf;
    buf.type_text("a");
    buf.type_text("b");
    buf.move_left(false);
    buf.type_text("c");
    REQUIRE(buf.text() == "acb");
    buf.undo();
    REQUIRE(buf.text() == "ab");
    buf.undo();
    REQUIRE(buf.text().empty());
}

TEST_CASE("consecutive backspaces undo as one step") {
    EditorBuffer buf("hello");
    buf.move_to_end(false);
    buf.backspace();
    buf.backspace();
    buf.backspace();
    REQUIRE(buf.text() == "he");
    buf.undo();
    REQUIRE(show(buf) == "hello|");
}

TEST_CASE("newline, paste, tab and cut are one undo step each") {
    EditorBuffer buf("if x:");
    buf.move_to_end(false);
    buf.newline();
    buf.insert_text("a = 1\nb = 2");
    buf.select_all();
    buf.indent();
    buf.select({0, 0}, {0, 4});
    REQUIRE(buf.cut() == "    ");
    REQUIRE(buf.text() == "if x:\n        a = 1\n    b = 2");
    buf.undo();
    REQUIRE(buf.text() == "    if x:\n        a = 1\n    b = 2");
    buf.undo();
    REQUIRE(buf.text() == "if x:\n    a = 1\nb = 2");
    buf.undo();
    REQUIRE(buf.text() == "if x:\n    ");
    buf.undo();
    REQUIRE(show(buf) == "if x:|");
}

TEST_CASE("an edit after undo discards the redo history") {
    EditorBuffer buf;
    buf.type_text("a");
    buf.undo();
    REQUIRE(buf.can_redo());
    buf.type_text("b");
    REQUIRE_FALSE(buf.can_redo());
    REQUIRE_FALSE(buf.redo());
}

TEST_CASE("undo restores the selection the edit replaced") {
    EditorBuffer buf("one two");
    buf.select({0, 4}, {0, 7});
    buf.insert_text("2");
    buf.undo();
    REQUIRE(show(buf) == "one ^two|");
}

// [SECTION] selection and moves

TEST_CASE("select all and selected text span lines") {
    EditorBuffer buf("ab\ncd\nef");
    buf.select({0, 1}, {2, 1});
    REQUIRE(buf.selected_text() == "b\ncd\ne");
    buf.select_all();
    REQUIRE(buf.selected_text() == "ab\ncd\nef");
}

TEST_CASE("shift extends the selection and a plain arrow collapses it to its side") {
    EditorBuffer buf("abcd");
    buf.set_cursor({0, 1});
    buf.move_right(true);
    buf.move_right(true);
    REQUIRE(show(buf) == "a^bc|d");
    buf.move_left(false);
    REQUIRE(show(buf) == "a|bcd");
    buf.move_end(true);
    buf.move_right(false);
    REQUIRE(show(buf) == "abcd|");
}

TEST_CASE("double-click selects a word, a run of blanks or one punctuation character") {
    EditorBuffer buf("x = asyncio.sleep(1)   ");
    buf.select_word_at({0, 6});
    REQUIRE(buf.selected_text() == "asyncio");
    buf.select_word_at({0, 11});
    REQUIRE(buf.selected_text() == ".");
    buf.select_word_at({0, 23});
    REQUIRE(buf.selected_text() == "   ");
}

TEST_CASE("word moves stop at word, punctuation and line boundaries") {
    EditorBuffer buf("await asyncio.sleep(1)\nx");
    buf.move_right(false, true);
    REQUIRE(buf.cursor().column == 5);
    buf.move_right(false, true);
    REQUIRE(buf.cursor().column == 13);
    buf.move_right(false, true);
    REQUIRE(buf.cursor().column == 14);
    buf.move_to_end(false);
    buf.move_left(false, true);
    REQUIRE(buf.cursor() == TextPos{1, 0});
    buf.move_left(false, true);
    REQUIRE(buf.cursor() == TextPos{0, 22});
    buf.move_left(false, true);
    REQUIRE(buf.cursor() == TextPos{0, 21});
}

TEST_CASE("home goes to the first non-blank, then to column 0") {
    EditorBuffer buf("    pass");
    buf.move_end(false);
    buf.move_home(false);
    REQUIRE(buf.cursor().column == 4);
    buf.move_home(false);
    REQUIRE(buf.cursor().column == 0);
    buf.move_home(false);
    REQUIRE(buf.cursor().column == 4);
}

TEST_CASE("up and down remember the column across shorter lines") {
    EditorBuffer buf("abcdef\nab\nabcdef");
    buf.set_cursor({0, 5});
    buf.move_down(false);
    REQUIRE(buf.cursor() == TextPos{1, 2});
    buf.move_down(false);
    REQUIRE(buf.cursor() == TextPos{2, 5});
    buf.move_up(false);
    buf.move_up(false);
    buf.move_up(false); // past the first line: to its start
    REQUIRE(buf.cursor() == TextPos{0, 0});
}

TEST_CASE("page moves jump by lines and clamp at the ends") {
    EditorBuffer buf("a\nb\nc\nd\ne");
    buf.set_cursor({1, 1});
    buf.move_page(2, false);
    REQUIRE(buf.cursor() == TextPos{3, 1});
    buf.move_page(10, true);
    REQUIRE(buf.cursor() == TextPos{4, 1});
    REQUIRE(buf.selected_text() == "\ne");
    buf.move_page(-10, false);
    REQUIRE(buf.cursor() == TextPos{0, 0});
}

// [SECTION] columns

TEST_CASE("visual columns count code points and expand tabs") {
    using loopscope::editor::visual_column;
    REQUIRE(visual_column("a\xC3\xA9z", 3) == 2);
    REQUIRE(visual_column("\tx", 1) == 4);
    REQUIRE(visual_column("ab\tx", 3) == 4);
    REQUIRE(visual_column("abc", 99) == 3);
}

TEST_CASE("a screen position maps to the nearest character boundary") {
    using loopscope::editor::byte_column_at;
    REQUIRE(byte_column_at("abc", 0.4f) == 0);
    REQUIRE(byte_column_at("abc", 0.6f) == 1);
    REQUIRE(byte_column_at("abc", 10.0f) == 3);
    REQUIRE(byte_column_at("abc", -3.0f) == 0);
    REQUIRE(byte_column_at("\xC3\xA9z", 1.2f) == 2);
    REQUIRE(byte_column_at("\tx", 1.9f) == 0);
    REQUIRE(byte_column_at("\tx", 2.1f) == 1);
}

TEST_CASE("utf8 steps treat invalid bytes as single characters") {
    using loopscope::editor::utf8_next;
    using loopscope::editor::utf8_prev;
    const std::string s = "a\x80\xC3\xA9\xE2\x82"; // stray continuation, é, truncated sequence
    REQUIRE(utf8_next(s, 0) == 1);
    REQUIRE(utf8_next(s, 1) == 2);
    REQUIRE(utf8_next(s, 2) == 4);
    REQUIRE(utf8_next(s, 4) == 5);
    REQUIRE(utf8_prev(s, 4) == 2);
    REQUIRE(utf8_prev(s, 6) == 5);
    REQUIRE(utf8_prev(s, 2) == 1);
}

TEST_CASE("random edits keep the buffer consistent and undo back to the start") {
    std::mt19937 rng(1234);
    const std::string original = "async def main():\n    await asyncio.sleep(1)\n";
    EditorBuffer buf(original);
    const char* pieces[] = {"a", " ", "\n", "\t", ":", "\xC3\xA9", "\xFF", "x\ny", "    "};
    for (int step = 0; step < 900; ++step) {
        const TextPos p{static_cast<int>(rng() % 8), static_cast<int>(rng() % 30)};
        switch (rng() % 14) {
            case 0: buf.set_cursor(p, rng() % 2); break;
            case 1: buf.type_text(pieces[rng() % 9]); break;
            case 2: buf.insert_text(pieces[rng() % 9]); break;
            case 3: buf.backspace(rng() % 2); break;
            case 4: buf.delete_forward(rng() % 2); break;
            case 5: buf.newline(); break;
            case 6: buf.indent(); break;
            case 7: buf.dedent(); break;
            case 8: buf.move_up(rng() % 2); break;
            case 9: buf.move_left(rng() % 2, rng() % 2); break;
            case 10: buf.select_word_at(p); break;
            case 11: buf.cut(); break;
            case 12: buf.undo(); break;
            case 13: buf.redo(); break;
        }
        REQUIRE(buf.line_count() >= 1);
        REQUIRE(buf.clamp(buf.cursor()) == buf.cursor());
        REQUIRE(buf.clamp(buf.anchor()) == buf.anchor());
        for (const std::string& line : buf.lines()) REQUIRE(line.find('\n') == std::string::npos);
    }
    while (buf.undo()) {
    }
    REQUIRE(buf.text() == original);
}
