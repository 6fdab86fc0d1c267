// lesson_view.cpp - see lesson_view.h. Prose is laid out here word by word (ImGui's own
// wrapped text takes one font per call, and lesson paragraphs mix three).
#include "lesson_view.h"

#include "editor/editor_colors.h"
#include "imgui.h"
#include "lesson_actions.h"
#include "model/course/course_map.h"
#include "model/editor/python_highlight.h"
#include "test_hooks.h"
#include "theme.h"

#include <algorithm>
#include <cfloat>
#include <cstdio>
#include <cstring>

namespace loopscope {

using lessons::Block;
using lessons::BlockKind;
using lessons::Check;
using lessons::CheckKind;
using lessons::Inline;

namespace {

constexpr float kLineSpacing = 1.45f; // prose line height / font size: airy enough to read
constexpr float kItalicShear = 0.2f;  // faux italic: x shift per unit of height

float font_size(ImFont* font) {
    ImGui::PushFont(font);
    float s = ImGui::GetFontSize();
    ImGui::PopFont();
    return s;
}

ImVec2 measure(ImFont* font, float size, const char* b, const char* e) {
    return font->CalcTextSizeA(size, FLT_MAX, 0.0f, b, e);
}

// Draws text, slanted when `italic` (there is no italic face in the embedded fonts: the
// glyph quads just added are sheared around their baseline).
void add_text(ImDrawList* dl, ImFont* font, float size, ImVec2 pos, ImU32 col, const char* b,
              const char* e, bool italic) {
    int start = dl->VtxBuffer.Size;
    dl->AddText(font, size, pos, col, b, e);
    if (!italic) return;
    float base = pos.y + size;
    for (int i = start; i < dl->VtxBuffer.Size; ++i) {
        ImDrawVert& v = dl->VtxBuffer[i];
        v.pos.x += (base - v.pos.y) * kItalicShear;
    }
}

void vspace(float px) {
    ImGui::Dummy(ImVec2(0.0f, px));
}

} // namespace

// ---- inline text ---------------------------------------------------------------------------

void draw_inline_wrapped(const Inline& spans, const fonts::FontSet& fonts, ImFont* base,
                         unsigned color) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float width = std::max(40.0f, ImGui::GetContentRegionAvail().x);
    const float base_size = font_size(base);
    const float code_size = font_size(fonts.code);
    const float line_h = base_size * kLineSpacing;
    const ImU32 text_col = color ? color : theme::rgba(theme::kText);
    float x = 0.0f, y = 0.0f;

    for (size_t k = 0; k < spans.size(); ++k) {
        const lessons::Span& span = spans[k];
        ImFont* font = span.code ? fonts.code : (span.strong ? fonts.strong : base);
        float size = span.code ? code_size : base_size;
        ImU32 col = span.code ? theme::rgba(theme::kSyntaxCall) : text_col;
        const float pad = span.code ? 4.0f : 0.0f; // room for the code span's background
        if (x > 0.0f) x += pad;
        const char* p = span.text.data();
        const char* end = p + span.text.size();
        while (p < end) {
            // One word and the spaces after it; a line may break before any word.
            const char* word_end = p;
            while (word_end < end && *word_end != ' ') ++word_end;
            const char* next = word_end;
            while (next < end && *next == ' ') ++next;
            float w_word = measure(font, size, p, word_end).x;
            float w_full = measure(font, size, p, next).x;
            if (x > 0.0f && x + w_word > width) {
                x = 0.0f;
                y += line_h;
                if (p == word_end) { // only spaces: they vanish at a line break
                    p = next;
                    continue;
                }
            }
            ImVec2 pos(origin.x + x, origin.y + y + (line_h - size) * 0.5f);
            if (span.code && word_end > p) {
                float w = next == end ? w_word : w_full;
                dl->AddRectFilled(ImVec2(pos.x - pad, pos.y - 1.0f),
                                  ImVec2(pos.x + w + pad, pos.y + size + 1.0f),
                                  theme::rgba(theme::kPanelRaised), 3.0f);
            }
            add_text(dl, font, size, pos, col, p, word_end, span.emphasis);
            x += w_full;
            p = next;
        }
        // After a code span its background's padding; after slanted text the room its top
        // leans into.
        bool punct_next = k + 1 < spans.size() && !spans[k + 1].text.empty() &&
                          std::strchr(",.;:!?)", spans[k + 1].text[0]) != nullptr;
        x += (punct_next ? 1.0f : pad) + (span.emphasis ? size * kItalicShear * 0.5f : 0.0f);
    }
    ImGui::Dummy(ImVec2(width, y + line_h));
}

// ---- blocks ---------------------------------------------------------------------------------

void draw_code_block(const std::string& code, bool python, ImFont* mono) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float size = font_size(mono);
    const float line_h = size * 1.35f;
    const float pad = 10.0f;
    std::vector<std::pair<const char*, const char*>> lines;
    const char* p = code.data();
    const char* end = p + code.size();
    while (p < end) {
        const char* nl =
            static_cast<const char*>(std::memchr(p, '\n', static_cast<size_t>(end - p)));
        if (!nl) nl = end;
        lines.emplace_back(p, nl);
        p = nl + 1;
    }
    ImVec2 origin = ImGui::GetCursorScreenPos();
    float width = std::max(40.0f, ImGui::GetContentRegionAvail().x);
    ImVec2 max(origin.x + width, origin.y + pad * 2 + line_h * static_cast<float>(lines.size()));
    dl->AddRectFilled(origin, max, theme::rgba(theme::kGutter), 6.0f);
    dl->AddRect(origin, max, theme::rgba(theme::kBorder), 6.0f);
    dl->PushClipRect(origin, max, true);
    const editor::EditorColors& colors = editor::editor_colors(
        theme::is_dark() ? editor::EditorTheme::Dark : editor::EditorTheme::Light);
    editor::HighlightState state;
    std::vector<editor::HighlightToken> tokens;
    for (size_t i = 0; i < lines.size(); ++i) {
        ImVec2 pos(origin.x + pad,
                   origin.y + pad + line_h * static_cast<float>(i) + (line_h - size) * 0.5f);
        std::string_view line(lines[i].first,
                              static_cast<size_t>(lines[i].second - lines[i].first));
        if (!python) {
            dl->AddText(mono, size, pos, theme::rgba(theme::kText), line.data(),
                        line.data() + line.size());
            continue;
        }
        // the editor's highlighter, its state carried from line to line (triple quotes)
        tokens.clear();
        state = editor::highlight_line(line, state, tokens);
        for (const editor::HighlightToken& t : tokens) {
            float x = measure(mono, size, line.data(), line.data() + t.begin).x;
            dl->AddText(mono, size, ImVec2(pos.x + x, pos.y), colors.syntax[int(t.kind)],
                        line.data() + t.begin, line.data() + t.end);
        }
    }
    dl->PopClipRect();
    ImGui::Dummy(ImVec2(width, max.y - origin.y));
}

namespace {

void draw_list(const Block& b, const fonts::FontSet& fonts) {
    const float indent = 22.0f;
    const float size = font_size(fonts.ui);
    for (size_t i = 0; i < b.items.size(); ++i) {
        ImVec2 at = ImGui::GetCursorScreenPos();
        char marker[16];
        if (b.kind == BlockKind::NumberedList) {
            std::snprintf(marker, sizeof marker, "%d.", b.start + static_cast<int>(i));
        } else {
            std::snprintf(marker, sizeof marker, "\xE2\x80\xA2"); // U+2022 bullet
        }
        float y = at.y + (size * kLineSpacing - size) * 0.5f;
        ImGui::GetWindowDrawList()->AddText(fonts.ui, size, ImVec2(at.x + 6.0f, y),
                                            theme::rgba(theme::kTextDim), marker);
        ImGui::Indent(indent);
        draw_inline_wrapped(b.items[i], fonts, fonts.ui);
        ImGui::Unindent(indent);
    }
}

} // namespace

namespace {

void draw_blocks(const lessons::Document& doc, size_t first, const fonts::FontSet& fonts) {
    for (size_t i = first; i < doc.blocks.size(); ++i) {
        const Block& b = doc.blocks[i];
        switch (b.kind) {
            case BlockKind::Heading:
                if (i > first) vspace(b.level == 3 ? 4.0f : 12.0f);
                draw_inline_wrapped(b.text, fonts, b.level == 3 ? fonts.strong : fonts.title,
                                    b.level == 2 ? theme::rgba(theme::kAccent) : 0);
                break;
            case BlockKind::Paragraph: draw_inline_wrapped(b.text, fonts, fonts.ui); break;
            case BlockKind::BulletList:
            case BlockKind::NumberedList: draw_list(b, fonts); break;
            case BlockKind::CodeBlock:
                draw_code_block(b.code,
                                b.language.empty() || b.language == "python" || b.language == "py",
                                fonts.code);
                break;
        }
        vspace(6.0f);
    }
}

} // namespace

void draw_markdown(const lessons::Document& doc, const fonts::FontSet& fonts) {
    draw_blocks(doc, 0, fonts);
}

// The palette's inks (model/theme/palette.h), whose contrast is tested in both themes.
unsigned good_color() {
    return theme::palette().good;
}

unsigned not_yet_color() {
    return theme::palette().waiting;
}

namespace {

// The lesson's end: how far the learner got, and the way on.
void draw_lesson_end(LessonViewState& state, const lessons::Lesson& lesson,
                     const LessonContext& context, const fonts::FontSet& fonts) {
    ImGui::Separator();
    vspace(8.0f);
    const course::LessonScore score =
        course::lesson_score(lesson, state.progress.lessons[lesson.id]);
    const std::string words = "Your progress: " + course::score_words(score) + ".";
    draw_inline_wrapped(Inline{{words, false, false, false}}, fonts, fonts.ui,
                        theme::rgba(score.complete() ? good_color() : theme::kTextDim));
    publish_lesson_item(state, "lesson:score");
    vspace(4.0f);
    if (context.next_title.empty()) {
        draw_inline_wrapped(Inline{{"This is the last lesson of the course.", false, true, false}},
                            fonts, fonts.ui, theme::rgba(good_color()));
        return;
    }
    const std::string label = "Next lesson: " + context.next_title + "  \xE2\x86\x92";
    ImGui::PushFont(fonts.strong);
    ImGui::PushStyleColor(ImGuiCol_Button, theme::rgb_vec(theme::kAccentDeep));
    if (ImGui::Button(label.c_str())) state.request_lesson = context.lesson_index + 1;
    ImGui::PopStyleColor();
    ImGui::PopFont();
    publish_lesson_item(state, "lesson:next");
}

} // namespace

void draw_lesson(LessonViewState& state, const lessons::Lesson& lesson,
                 const LessonContext& context, const fonts::FontSet& fonts) {
    lesson_actions::prepare(state, lesson);
    ImGui::PushID(lesson.id.c_str());
    ImGui::PushTextWrapPos(0.0f);
    char number[64];
    std::snprintf(number, sizeof number, "LESSON %d OF %d", context.lesson_index + 1,
                  context.lesson_count);
    ImGui::PushFont(fonts.small);
    ImGui::TextColored(theme::rgb_vec(theme::kAccent), "%s", number);
    ImGui::PopFont();
    draw_inline_wrapped(Inline{{lesson.title, false, false, false}}, fonts, fonts.title);
    draw_inline_wrapped(Inline{{lesson.summary, false, false, false}}, fonts, fonts.ui,
                        theme::rgba(theme::kTextDim));
    vspace(6.0f);
    // The prose usually opens with "# <title>": the title above already says it.
    const auto& blocks = lesson.prose.blocks;
    bool titled = !blocks.empty() && blocks[0].kind == BlockKind::Heading && blocks[0].level == 1;
    draw_blocks(lesson.prose, titled ? 1 : 0, fonts);
    for (size_t i = 0; i < lesson.checks.size(); ++i) {
        draw_check(state, lesson, i, context, fonts);
    }
    draw_lesson_end(state, lesson, context, fonts);
    vspace(12.0f);
    ImGui::PopTextWrapPos();
    ImGui::PopID();
}

void draw_lesson_check(LessonViewState& state, const lessons::Lesson& lesson, size_t index,
                       const LessonContext& context, const fonts::FontSet& fonts) {
    lesson_actions::prepare(state, lesson);
    if (index >= lesson.checks.size()) return;
    ImGui::PushID(lesson.id.c_str());
    draw_check(state, lesson, index, context, fonts);
    ImGui::PopID();
}

} // namespace loopscope
