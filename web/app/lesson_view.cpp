// lesson_view.cpp - see lesson_view.h. Prose is laid out here word by word (ImGui's own
// wrapped text takes one font per call, and lesson paragraphs mix three).
#include "lesson_view.h"

#include "editor/editor_colors.h"
#include "imgui.h"
#include "lesson_actions.h"
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

unsigned kGood() {
    return theme::palette().good; // 4.5:1 or more in both themes
}

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

namespace {

// A framed block of monospace lines; Python is highlighted, anything else is plain.
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

// ---- checks ---------------------------------------------------------------------------------

const lessons::ProgramRun& lesson_reference_run(LessonViewState& state,
                                                const lessons::Lesson& lesson, const Check& check) {
    const std::string& program = check.program.empty() ? lesson.program : check.program;
    auto it = state.reference_runs.find(program);
    if (it == state.reference_runs.end()) {
        it = state.reference_runs
                 .emplace(program, lessons::run_program(lesson.file(program), program))
                 .first;
    }
    return it->second;
}

namespace {

// Publishes the item just drawn as the check's widget `what` (lesson_actions::target).
void publish_check_item(const Check& check, const char* what, int index = -1) {
    publish_target(lesson_actions::target(check, what, index).c_str(), ImGui::GetItemRectMin(),
                   ImGui::GetItemRectMax());
}

// InputText over a std::string (imgui_stdlib is not part of the build).
int resize_callback(ImGuiInputTextCallbackData* data) {
    if (data->EventFlag == ImGuiInputTextFlags_CallbackResize) {
        auto* s = static_cast<std::string*>(data->UserData);
        s->resize(static_cast<size_t>(data->BufTextLen));
        data->Buf = s->data();
    }
    return 0;
}

bool input_multiline(const char* id, std::string& s, ImVec2 size) {
    if (s.capacity() < 64) s.reserve(64);
    return ImGui::InputTextMultiline(id, s.data(), s.capacity() + 1, size,
                                     ImGuiInputTextFlags_CallbackResize, resize_callback, &s);
}

bool input_line(const char* id, std::string& s, float width) {
    if (s.capacity() < 32) s.reserve(32);
    ImGui::SetNextItemWidth(width);
    return ImGui::InputText(id, s.data(), s.capacity() + 1,
                            ImGuiInputTextFlags_CallbackResize |
                                ImGuiInputTextFlags_EnterReturnsTrue,
                            resize_callback, &s);
}

// A one-line verdict in green or red.
void draw_verdict(const lessons::Grade& g, const fonts::FontSet& fonts) {
    Inline line{{g.message, false, true, false}};
    draw_inline_wrapped(line, fonts, fonts.ui, theme::rgba(g.correct ? kGood() : theme::kError));
}

void draw_explain(const Check& check, const CheckViewState& cs, const fonts::FontSet& fonts) {
    if (cs.answered && !check.explain.blocks.empty()) draw_markdown(check.explain, fonts);
}

// A filled circle with a tick or a cross, for goal items and picked options.
void status_mark(bool ok, float size) {
    ImVec2 p = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    float r = size * 0.42f;
    ImVec2 c(p.x + size * 0.5f, p.y + size * 0.5f + 2.0f);
    dl->AddCircleFilled(c, r, theme::rgba(ok ? kGood() : theme::kError, 0.9f));
    ImU32 ink = theme::rgba(theme::kPanel);
    if (ok) {
        dl->AddLine(ImVec2(c.x - r * 0.5f, c.y), ImVec2(c.x - r * 0.1f, c.y + r * 0.4f), ink, 2.0f);
        dl->AddLine(ImVec2(c.x - r * 0.1f, c.y + r * 0.4f), ImVec2(c.x + r * 0.5f, c.y - r * 0.4f),
                    ink, 2.0f);
    } else {
        float d = r * 0.4f;
        dl->AddLine(ImVec2(c.x - d, c.y - d), ImVec2(c.x + d, c.y + d), ink, 2.0f);
        dl->AddLine(ImVec2(c.x - d, c.y + d), ImVec2(c.x + d, c.y - d), ink, 2.0f);
    }
    ImGui::Dummy(ImVec2(size, size));
}

void draw_choice(LessonViewState& state, CheckViewState& cs, const lessons::Lesson& lesson,
                 const Check& check, const fonts::FontSet& fonts) {
    cs.tried.resize(check.options.size(), false);
    for (size_t i = 0; i < check.options.size(); ++i) {
        ImGui::PushID(static_cast<int>(i));
        if (ImGui::RadioButton("##option", cs.picked == static_cast<int>(i))) {
            lesson_actions::pick(cs, static_cast<int>(i));
        }
        char target[96]; // browser tests: "check:<id>:option-<n>" (n from 1)
        std::snprintf(target, sizeof target, "check:%s:option-%d", check.id.c_str(),
                      static_cast<int>(i) + 1);
        publish_target(target, ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
        publish_check_item(check, "option", static_cast<int>(i));
        ImGui::SameLine();
        ImGui::BeginGroup();
        // Centre the option's first line on the radio button.
        float lift = (ImGui::GetFrameHeight() - font_size(fonts.ui) * kLineSpacing) * 0.5f;
        if (lift > 0.0f) ImGui::SetCursorPosY(ImGui::GetCursorPosY() + lift);
        draw_inline_wrapped(check.options[i].text, fonts, fonts.ui);
        if (cs.tried[i]) {
            ImU32 col = theme::rgba(check.options[i].correct ? kGood() : theme::kError);
            draw_inline_wrapped(check.options[i].feedback, fonts, fonts.ui, col);
        }
        ImGui::EndGroup();
        ImGui::PopID();
    }
    ImGui::BeginDisabled(cs.picked < 0);
    if (ImGui::Button("Check")) lesson_actions::submit(state, cs, lesson, check);
    char target[96];
    std::snprintf(target, sizeof target, "check:%s:check", check.id.c_str());
    publish_target(target, ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    publish_check_item(check, "check");
    ImGui::EndDisabled();
    if (cs.answered && cs.grade.correct) {
        ImGui::SameLine();
        ImGui::TextColored(theme::rgb_vec(kGood()), "Correct");
    }
}

void draw_expected(const std::vector<std::string>& lines, const fonts::FontSet& fonts) {
    std::string text;
    for (const std::string& l : lines) text += l + "\n";
    draw_code_block(text, false, fonts.code);
}

void draw_output(LessonViewState& state, CheckViewState& cs, const lessons::Lesson& lesson,
                 const Check& check, const lessons::ProgramRun& ref, const fonts::FontSet& fonts) {
    if (check.mode == lessons::OutputMode::Type) {
        ImGui::PushFont(fonts.code);
        float h = ImGui::GetTextLineHeightWithSpacing() *
                  static_cast<float>(std::clamp<size_t>(ref.output.size() + 1, 4, 14));
        input_multiline("##typed", cs.typed, ImVec2(-FLT_MIN, h));
        publish_check_item(check, "typed");
        ImGui::PopFont();
        if (ImGui::Button("Check")) lesson_actions::submit(state, cs, lesson, check);
        publish_check_item(check, "check");
    } else {
        lesson_actions::order(state, cs, lesson, check);
        ImGui::PushFont(fonts.code);
        for (size_t i = 0; i < cs.order.size(); ++i) {
            ImGui::PushID(static_cast<int>(i));
            ImGui::BeginDisabled(i == 0);
            if (ImGui::SmallButton("\xE2\x86\x91")) lesson_actions::move_line(cs, i, -1); // up
            publish_check_item(check, "up", static_cast<int>(i));
            ImGui::EndDisabled();
            ImGui::SameLine();
            ImGui::BeginDisabled(i + 1 == cs.order.size());
            if (ImGui::SmallButton("\xE2\x86\x93")) lesson_actions::move_line(cs, i, +1); // down
            publish_check_item(check, "down", static_cast<int>(i));
            ImGui::EndDisabled();
            ImGui::SameLine();
            bool wrong = cs.answered && !cs.grade.correct &&
                         static_cast<int>(i) == cs.grade.first_wrong_line;
            ImGui::TextColored(theme::rgb_vec(wrong ? theme::kError : theme::kText), "%s",
                               cs.order[i].c_str());
            ImGui::PopID();
        }
        ImGui::PopFont();
        if (ImGui::Button("Check")) lesson_actions::submit(state, cs, lesson, check);
        publish_check_item(check, "check");
    }
    if (cs.answered) {
        ImGui::SameLine();
        ImGui::Checkbox("Show the real output", &cs.show_expected);
        publish_check_item(check, "show-output");
        draw_verdict(cs.grade, fonts);
        if (cs.show_expected) {
            lessons::Check timed = check;
            timed.with_times = true;
            draw_expected(lessons::expected_output_lines(timed, ref), fonts);
        }
    }
}

void draw_scheduler(LessonViewState& state, CheckViewState& cs, const lessons::Lesson& lesson,
                    const Check& check, const lessons::ProgramRun& ref,
                    const fonts::FontSet& fonts) {
    lessons::SchedulerAnswer a = lessons::derive_answer(check, ref);
    if (!a.ok) {
        ImGui::TextColored(theme::rgb_vec(theme::kError),
                           "This question does not fit the program: %s", a.error.c_str());
        return;
    }
    bool submit = false;
    if (!a.choices.empty()) {
        ImGui::PushFont(fonts.code);
        for (size_t i = 0; i < a.choices.size(); ++i) {
            ImGui::PushID(static_cast<int>(i));
            if (ImGui::RadioButton(a.choices[i].c_str(), cs.picked == static_cast<int>(i))) {
                lesson_actions::pick(cs, static_cast<int>(i));
            }
            publish_check_item(check, "option", static_cast<int>(i));
            ImGui::PopID();
        }
        ImGui::PopFont();
        ImGui::BeginDisabled(cs.picked < 0);
        submit = ImGui::Button("Check");
        publish_check_item(check, "check");
        ImGui::EndDisabled();
    } else {
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted("t =");
        ImGui::SameLine();
        submit = input_line("##answer", cs.typed, 120.0f);
        publish_check_item(check, "typed");
        ImGui::SameLine();
        ImGui::TextDisabled("seconds");
        ImGui::SameLine();
        submit = ImGui::Button("Check") || submit;
        publish_check_item(check, "check");
    }
    if (submit) lesson_actions::submit(state, cs, lesson, check);
    if (cs.answered) draw_verdict(cs.grade, fonts);
}

void draw_challenge(LessonViewState& state, CheckViewState& cs, const lessons::Lesson& lesson,
                    const Check& check, const fonts::FontSet& fonts) {
    draw_markdown(check.task, fonts);
    lesson_actions::update_goal(state, cs, check);
    ImGui::PushFont(fonts.strong);
    ImGui::TextUnformatted("Goal: your program");
    ImGui::PopFont();
    std::vector<std::string> words = lessons::describe_goal(check.goal);
    float mark = font_size(fonts.ui);
    for (size_t i = 0; i < words.size(); ++i) {
        if (cs.goal && i < cs.goal->items.size()) {
            const lessons::GoalItem& item = cs.goal->items[i];
            status_mark(item.met, mark);
            ImGui::SameLine();
            ImGui::TextUnformatted(words[i].c_str());
            if (!item.detail.empty()) {
                ImGui::SameLine();
                ImGui::TextDisabled("(%s)", item.detail.c_str());
            }
        } else {
            ImGui::Bullet();
            ImGui::TextUnformatted(words[i].c_str());
        }
    }
    if (cs.goal && cs.goal->met) {
        ImGui::TextColored(theme::rgb_vec(kGood()), "Challenge complete: every condition holds.");
    }
    if (ImGui::Button("Load the starter code")) lesson_actions::load_starter(state, lesson, check);
    publish_check_item(check, "starter");
    ImGui::SameLine();
    if (ImGui::Button("Run and check")) lesson_actions::run_and_check(state);
    publish_check_item(check, "run");
    if (!check.hints.empty()) {
        ImGui::SameLine();
        ImGui::BeginDisabled(cs.hints_shown >= static_cast<int>(check.hints.size()));
        char label[48];
        std::snprintf(label, sizeof label, "Hint (%d/%d)", cs.hints_shown,
                      static_cast<int>(check.hints.size()));
        if (ImGui::Button(label)) lesson_actions::show_hint(cs, check);
        publish_check_item(check, "hint");
        ImGui::EndDisabled();
    }
    for (int i = 0; i < cs.hints_shown && i < static_cast<int>(check.hints.size()); ++i) {
        draw_inline_wrapped(check.hints[static_cast<size_t>(i)], fonts, fonts.ui,
                            theme::rgba(theme::kWaiting));
    }
    if (!check.solution.empty() && cs.hints_shown >= static_cast<int>(check.hints.size())) {
        if (ImGui::SmallButton("Load a solution"))
            lesson_actions::load_solution(state, lesson, check);
        publish_check_item(check, "solution");
    }
    cs.answered = cs.goal.has_value();
}

const char* kind_label(const Check& c) {
    switch (c.kind) {
        case CheckKind::Choice: return "Multiple choice";
        case CheckKind::Output: return "Predict the output";
        case CheckKind::Scheduler: return "Predict the scheduler";
        case CheckKind::Challenge: return "Challenge";
    }
    return "";
}

void draw_check(LessonViewState& state, CheckViewState& cs, const lessons::Lesson& lesson,
                size_t index, const fonts::FontSet& fonts) {
    const Check& check = lesson.checks[index];
    ImGui::PushID(check.id.c_str());
    ImGui::Separator();
    vspace(4.0f);
    ImGui::PushFont(fonts.small);
    ImGui::TextColored(theme::rgb_vec(theme::kAccent), "CHECK %d OF %d  \xC2\xB7  %s",
                       static_cast<int>(index) + 1, static_cast<int>(lesson.checks.size()),
                       kind_label(check));
    ImGui::PopFont();
    draw_inline_wrapped(check.question, fonts, fonts.strong);
    switch (check.kind) {
        case CheckKind::Choice: draw_choice(state, cs, lesson, check, fonts); break;
        case CheckKind::Output:
            draw_output(state, cs, lesson, check, lesson_reference_run(state, lesson, check),
                        fonts);
            break;
        case CheckKind::Scheduler:
            draw_scheduler(state, cs, lesson, check, lesson_reference_run(state, lesson, check),
                           fonts);
            break;
        case CheckKind::Challenge: draw_challenge(state, cs, lesson, check, fonts); break;
    }
    draw_explain(check, cs, fonts);
    vspace(8.0f);
    ImGui::PopID();
}

} // namespace

void draw_lesson(LessonViewState& state, const lessons::Lesson& lesson,
                 const fonts::FontSet& fonts) {
    lesson_actions::prepare(state, lesson);
    ImGui::PushID(lesson.id.c_str());
    ImGui::PushTextWrapPos(0.0f);
    draw_inline_wrapped(Inline{{lesson.title, false, false, false}}, fonts, fonts.title);
    draw_inline_wrapped(Inline{{lesson.summary, false, false, false}}, fonts, fonts.ui,
                        theme::rgba(theme::kTextDim));
    vspace(6.0f);
    // The prose usually opens with "# <title>": the title above already says it.
    const auto& blocks = lesson.prose.blocks;
    bool titled = !blocks.empty() && blocks[0].kind == BlockKind::Heading && blocks[0].level == 1;
    draw_blocks(lesson.prose, titled ? 1 : 0, fonts);
    for (size_t i = 0; i < lesson.checks.size(); ++i) {
        draw_check(state, state.checks[i], lesson, i, fonts);
    }
    ImGui::PopTextWrapPos();
    ImGui::PopID();
}

void draw_lesson_check(LessonViewState& state, const lessons::Lesson& lesson, size_t index,
                       const fonts::FontSet& fonts) {
    if (state.lesson_id != lesson.id || state.checks.size() != lesson.checks.size()) {
        state.lesson_id = lesson.id;
        state.checks.assign(lesson.checks.size(), CheckViewState{});
        state.reference_runs.clear();
    }
    if (index >= lesson.checks.size()) return;
    ImGui::PushID(lesson.id.c_str());
    draw_check(state, state.checks[index], lesson, index, fonts);
    ImGui::PopID();
}

} // namespace loopscope
