#include "code_view.h"

#include "imgui.h"
#include "theme.h"

#include <cstdio>

namespace loopscope {
namespace {

bool is_ident_start(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}
bool is_digit(char c) {
    return c >= '0' && c <= '9';
}
bool is_ident(char c) {
    return is_ident_start(c) || is_digit(c);
}

bool one_of(std::string_view word, std::initializer_list<std::string_view> words) {
    for (std::string_view w : words) {
        if (w == word) return true;
    }
    return false;
}

CodeTokenKind classify_word(std::string_view word, char next) {
    if (word == "async" || word == "await") return CodeTokenKind::Async;
    if (one_of(word, {"def",    "return",  "import",   "from",  "if",    "elif",     "else",
                      "for",    "while",   "in",       "not",   "and",   "or",       "is",
                      "None",   "True",    "False",    "class", "with",  "as",       "try",
                      "except", "finally", "raise",    "pass",  "break", "continue", "lambda",
                      "yield",  "global",  "nonlocal", "del",   "assert"})) {
        return CodeTokenKind::Keyword;
    }
    if (one_of(word, {"print", "len", "range", "asyncio", "str", "int", "float", "list", "dict",
                      "tuple", "set", "bool", "isinstance", "sorted", "enumerate", "zip"})) {
        return CodeTokenKind::Builtin;
    }
    if (next == '(') return CodeTokenKind::Call;
    return CodeTokenKind::Text;
}

ImU32 token_color(CodeTokenKind kind) {
    using namespace theme;
    switch (kind) {
        case CodeTokenKind::Keyword: return rgba(kSyntaxKeyword);
        case CodeTokenKind::Async: return rgba(kSyntaxAsync);
        case CodeTokenKind::String: return rgba(kSyntaxString);
        case CodeTokenKind::Number: return rgba(kSyntaxNumber);
        case CodeTokenKind::Comment: return rgba(kSyntaxComment);
        case CodeTokenKind::Call: return rgba(kSyntaxCall);
        case CodeTokenKind::Builtin: return rgba(kSyntaxBuiltin);
        case CodeTokenKind::Text: break;
    }
    return rgba(kText);
}

} // namespace

int highlight_python_line(std::string_view line, CodeToken* out, int capacity) {
    int count = 0;
    auto emit = [&](CodeTokenKind kind, size_t begin, size_t end) {
        if (count < capacity && end > begin) {
            out[count++] = CodeToken{kind, static_cast<int>(begin), static_cast<int>(end)};
        }
    };
    size_t i = 0;
    size_t text_start = 0; // start of the pending plain-text run
    while (i < line.size()) {
        char c = line[i];
        size_t start = i;
        CodeTokenKind kind = CodeTokenKind::Text;
        if (c == '#') {
            i = line.size();
            kind = CodeTokenKind::Comment;
        } else if (c == '\'' || c == '"') {
            ++i;
            while (i < line.size() && line[i] != c) {
                i += (line[i] == '\\' && i + 1 < line.size()) ? 2 : 1;
            }
            i = i < line.size() ? i + 1 : i;
            kind = CodeTokenKind::String;
        } else if (is_digit(c)) {
            while (i < line.size() && (is_ident(line[i]) || line[i] == '.')) ++i;
            kind = CodeTokenKind::Number;
        } else if (is_ident_start(c)) {
            while (i < line.size() && is_ident(line[i])) ++i;
            kind = classify_word(line.substr(start, i - start), i < line.size() ? line[i] : '\0');
        } else {
            ++i;
            continue;
        }
        if (kind == CodeTokenKind::Text) continue;
        emit(CodeTokenKind::Text, text_start, start);
        emit(kind, start, i);
        text_start = i;
    }
    emit(CodeTokenKind::Text, text_start, line.size());
    return count;
}

void draw_code_view(const char* id, std::string_view source, ImFont* mono, const CodeMarks& marks) {
    ImGui::PushFont(mono);
    const float font_size = ImGui::GetFontSize();
    const float line_height = font_size * 1.55f;
    // Unrounded glyph advance (CalcTextSize rounds up to whole pixels, which would drift).
    const float advance = mono->CalcTextSizeA(font_size, 1e9f, 0.0f, "MMMMMMMMMM").x / 10.0f;

    int line_count = 0;
    for (char c : source) line_count += c == '\n';
    if (!source.empty() && source.back() != '\n') ++line_count;

    const float gutter_width = advance * 4.0f + 20.0f;
    const float pad_top = 10.0f;
    ImGui::BeginChild(id, ImVec2(0, 0), false, ImGuiWindowFlags_HorizontalScrollbar);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const ImVec2 win_pos = ImGui::GetWindowPos();
    const ImVec2 win_size = ImGui::GetWindowSize();

    // Gutter background spans the visible height, not just the text.
    // Rounded at the bottom left to sit inside the pane's rounded corner.
    draw->AddRectFilled(win_pos, ImVec2(win_pos.x + gutter_width, win_pos.y + win_size.y),
                        theme::rgba(theme::kGutter), 6.0f, ImDrawFlags_RoundCornersBottomLeft);

    // Hovered line: a faint band, the way editors show the line under the pointer.
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    int hovered_line = -1;
    if (ImGui::IsWindowHovered()) {
        hovered_line = static_cast<int>((mouse.y - origin.y - pad_top) / line_height);
    }

    CodeToken tokens[128];
    char number[16];
    size_t pos = 0;
    for (int line = 0; pos < source.size(); ++line) {
        size_t end = source.find('\n', pos);
        if (end == std::string_view::npos) end = source.size();
        std::string_view text = source.substr(pos, end - pos);
        const float y = origin.y + pad_top + line * line_height;
        const float text_y = y + (line_height - font_size) * 0.5f;
        if (line + 1 == marks.current_line) {
            // The line the run is at: an accent band and a bar in the gutter.
            draw->AddRectFilled(ImVec2(win_pos.x + gutter_width, y),
                                ImVec2(win_pos.x + win_size.x, y + line_height),
                                theme::rgba(theme::kAccent, 0.16f));
            draw->AddRectFilled(ImVec2(win_pos.x, y), ImVec2(win_pos.x + 3.0f, y + line_height),
                                theme::rgba(theme::kAccent));
        } else if (line + 1 == marks.error_line) {
            draw->AddRectFilled(ImVec2(win_pos.x + gutter_width, y),
                                ImVec2(win_pos.x + win_size.x, y + line_height),
                                theme::rgba(theme::kError, 0.18f));
            draw->AddCircleFilled(ImVec2(win_pos.x + 9.0f, y + line_height * 0.5f), 4.0f,
                                  theme::rgba(theme::kError));
            if (marks.error &&
                ImGui::IsMouseHoveringRect(ImVec2(win_pos.x, y),
                                           ImVec2(win_pos.x + win_size.x, y + line_height))) {
                ImGui::SetTooltip("%s", marks.error);
            }
        } else if (line + 1 == marks.picked_line) {
            draw->AddRectFilled(ImVec2(win_pos.x + gutter_width, y),
                                ImVec2(win_pos.x + win_size.x, y + line_height),
                                theme::rgba(theme::kWaiting, 0.16f));
        } else if (line == hovered_line) {
            draw->AddRectFilled(ImVec2(win_pos.x + gutter_width, y),
                                ImVec2(win_pos.x + win_size.x, y + line_height),
                                theme::rgba(theme::kPanelRaised, 0.7f));
        }
        std::snprintf(number, sizeof number, "%d", line + 1);
        const float number_width = ImGui::CalcTextSize(number).x;
        draw->AddText(ImVec2(origin.x + gutter_width - 12.0f - number_width, text_y),
                      theme::rgba(line == hovered_line ? theme::kTextDim : theme::kTextFaint),
                      number);
        const float x0 = origin.x + gutter_width + 14.0f;
        const int n = highlight_python_line(text, tokens, 128);
        for (int t = 0; t < n; ++t) {
            const CodeToken& tok = tokens[t];
            draw->AddText(ImVec2(x0 + tok.begin * advance, text_y), token_color(tok.kind),
                          text.data() + tok.begin, text.data() + tok.end);
        }
        pos = end + 1;
    }
    // Reserve the content size so the child scrolls when the source is larger than the pane.
    size_t longest = 0;
    for (size_t p = 0, e; p < source.size(); p = e + 1) {
        e = source.find('\n', p);
        if (e == std::string_view::npos) e = source.size();
        longest = e - p > longest ? e - p : longest;
    }
    ImGui::Dummy(ImVec2(gutter_width + 28.0f + longest * advance,
                        pad_top * 2.0f + line_count * line_height));
    if (marks.jump_line && *marks.jump_line > 0) {
        const float y = pad_top + (*marks.jump_line - 1) * line_height;
        if (y < ImGui::GetScrollY() || y + line_height > ImGui::GetScrollY() + win_size.y) {
            ImGui::SetScrollY(y - win_size.y * 0.4f);
        }
        *marks.jump_line = 0;
    }
    ImGui::EndChild();
    ImGui::PopFont();
}

} // namespace loopscope
