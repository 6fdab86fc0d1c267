// markdown.h - the Markdown subset lesson prose is written in, parsed into plain data that a
// UI draws (web/app/lesson_view.cpp) and tests inspect. No rendering here.
//
// The subset (lessons/README.md documents it for authors):
//   # Heading / ## Heading / ### Heading
//   paragraphs: consecutive non-blank lines, joined with a space
//   - item / * item          bullet list (one level; an indented or lazy line continues it)
//   1. item                  numbered list (starts at the first number)
//   ```python ... ```        fenced code block (language word optional)
//   inline: *emphasis*, **strong**, `code`, \* \` \\ escapes
// Anything else is text. Problems an author should fix (an unclosed fence, a stray ** ) are
// reported as warnings with their line number; parsing never fails.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace loopscope::lessons {

// A run of inline text with one style. Code spans are never emphasised.
struct Span {
    std::string text;
    bool emphasis = false; // *x*
    bool strong = false;   // **x**
    bool code = false;     // `x`
    bool operator==(const Span&) const = default;
};

using Inline = std::vector<Span>;

enum class BlockKind { Heading, Paragraph, BulletList, NumberedList, CodeBlock };

struct Block {
    BlockKind kind = BlockKind::Paragraph;
    int level = 0;             // Heading: 1..3
    Inline text;               // Heading, Paragraph
    std::vector<Inline> items; // BulletList, NumberedList
    int start = 1;             // NumberedList: the first item's number
    std::string language;      // CodeBlock: the word after ``` ("" if none)
    std::string code;          // CodeBlock: the lines, each ending in '\n'
    int line = 0;              // 1-based source line where the block starts
};

struct MarkdownWarning {
    int line = 0; // 1-based
    std::string message;
};

struct Document {
    std::vector<Block> blocks;
    std::vector<MarkdownWarning> warnings;
};

// Parses a whole text (lines end with \n; \r\n is accepted).
Document parse_markdown(std::string_view text);

// Parses one line's worth of inline markup (*x*, **x**, `x`). Unclosed markers stay literal
// text and add a warning (line `line`) when `warnings` is given.
Inline parse_inline(std::string_view text, int line = 0,
                    std::vector<MarkdownWarning>* warnings = nullptr);

// The text of an Inline without markup: "Use `await`" -> "Use await".
std::string plain_text(const Inline& spans);

} // namespace loopscope::lessons
