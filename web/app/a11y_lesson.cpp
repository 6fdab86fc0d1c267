// a11y_lesson.cpp - the lesson in the accessible page: the lesson picker, the prose (headings,
// paragraphs, lists, code) and every check as form controls a screen reader user can answer.
// Built from the same model the ImGui lesson view draws (LessonViewState, the course progress)
// and acting through the same functions as its widgets (lesson_actions.h), so both show the
// same answers, retry states and hints, and an answer given here is saved with the others.
#include "a11y_build.h"
#include "lesson_actions.h"
#include "lessons/checks.h"

#include <cstdio>
#include <cstdlib>
#include <string>

namespace loopscope::a11y {
namespace {

using lessons::Block;
using lessons::BlockKind;
using lessons::Check;
using lessons::CheckKind;

// A paragraph-like node whose children are the inline spans (code, strong, emphasis).
void inline_node(Builder& b, const char* role, const std::string& id, const lessons::Inline& spans,
                 double level = 0.0) {
    b.doc.open(role, id);
    if (level > 0.0) b.doc.attr("level", level);
    int k = 0;
    for (const lessons::Span& s : spans) {
        b.doc.open("span", id + "." + std::to_string(k++))
            .text(s.text)
            .flag("code", s.code)
            .flag("strong", s.strong)
            .flag("em", s.emphasis)
            .close();
    }
    b.doc.close();
}

// Lesson headings sit under the lesson's title (a level 2 heading): # -> 3, ## -> 3, ### -> 4.
void blocks(Builder& b, const std::string& id, const lessons::Document& doc, size_t first) {
    for (size_t i = first; i < doc.blocks.size(); ++i) {
        const Block& block = doc.blocks[i];
        const std::string bid = id + "." + std::to_string(i);
        switch (block.kind) {
            case BlockKind::Heading:
                inline_node(b, "heading", bid, block.text, block.level <= 2 ? 3.0 : 4.0);
                break;
            case BlockKind::Paragraph: inline_node(b, "p", bid, block.text); break;
            case BlockKind::BulletList:
            case BlockKind::NumberedList:
                b.doc.open("list", bid).flag("ordered", block.kind == BlockKind::NumberedList);
                if (block.kind == BlockKind::NumberedList) b.doc.attr("start", block.start);
                for (size_t k = 0; k < block.items.size(); ++k) {
                    inline_node(b, "item", bid + "." + std::to_string(k), block.items[k]);
                }
                b.doc.close();
                break;
            case BlockKind::CodeBlock:
                b.doc.open("pre", bid).text(block.code).flag("code", true);
                b.doc.attr("name", block.language.empty() ? "Code" : block.language + " code");
                b.doc.close();
                break;
        }
    }
}

const char* kind_words(CheckKind k) {
    switch (k) {
        case CheckKind::Choice: return "Multiple choice";
        case CheckKind::Output: return "Predict the output";
        case CheckKind::Scheduler: return "Predict the scheduler";
        case CheckKind::Challenge: return "Challenge";
    }
    return "";
}

const lessons::Lesson& current(const AppModel& m) {
    return m.lessons[static_cast<size_t>(m.lesson)];
}

void verdict(Builder& b, AppModel& m, const std::string& id, size_t index) {
    b.doc.open("status", id + ".verdict")
        .text(lesson_actions::verdict_words(m.lesson_view, current(m), index))
        .close();
}

// "Check" and "Show me" while the check can be answered.
void answer_buttons(Builder& b, AppModel& m, const std::string& id, size_t index) {
    const lessons::Lesson& lesson = current(m);
    const Check& check = lesson.checks[index];
    if (course::settled(lesson_actions::progress_of(m.lesson_view, lesson, index))) return;
    b.button(id + ".check", "Check", lesson_actions::target(check, "submit"),
             lesson_actions::can_submit(m.lesson_view, lesson, index),
             [&m, index] { lesson_actions::submit(m.lesson_view, current(m), index); });
    b.button(id + ".show-me", "Show me the answer", lesson_actions::target(check, "show-me"), true,
             [&m, index] { lesson_actions::show_me(m.lesson_view, current(m), index); });
}

// Options as radio buttons: a multiple choice's, or a scheduler question's `choices`.
void options(Builder& b, AppModel& m, const std::string& id, size_t index,
             const std::vector<std::string>& texts, const char* part) {
    const lessons::Lesson& lesson = current(m);
    const Check& check = lesson.checks[index];
    const CheckUi& ui = lesson_actions::ui_of(m.lesson_view, lesson, index);
    const course::CheckProgress& p = lesson_actions::progress_of(m.lesson_view, lesson, index);
    const int graded_pick = ui.graded ? ui.picked : -1;
    b.doc.open("radiogroup", id + ".options").name("Your answer");
    for (size_t i = 0; i < texts.size(); ++i) {
        const std::string oid = id + ".option." + std::to_string(i);
        const int option = static_cast<int>(i);
        b.doc.open("radio", oid)
            .text(texts[i])
            .target(lesson_actions::target(check, part + (":" + std::to_string(i))))
            .flag("checked", ui.picked == option);
        // A choice's feedback: the graded pick's own, and once settled the right option's too.
        if (check.kind == CheckKind::Choice && i < check.options.size()) {
            const lessons::ChoiceOption& o = check.options[i];
            if (option == graded_pick || (course::settled(p) && o.correct)) {
                b.doc.attr("desc", std::string(o.correct ? "Right: " : "Not right: ") +
                                       lessons::plain_text(o.feedback));
            }
        }
        b.doc.close();
        b.on(oid, [&m, index, option](const std::string&, const std::string&) {
            lesson_actions::pick(m.lesson_view, current(m), index, option);
        });
    }
    b.doc.close();
}

void choice(Builder& b, AppModel& m, const std::string& id, size_t index) {
    const Check& check = current(m).checks[index];
    std::vector<std::string> texts;
    for (const lessons::ChoiceOption& o : check.options)
        texts.push_back(lessons::plain_text(o.text));
    options(b, m, id, index, texts, "option");
    answer_buttons(b, m, id, index);
    verdict(b, m, id, index);
}

void output(Builder& b, AppModel& m, const std::string& id, size_t index) {
    const lessons::Lesson& lesson = current(m);
    const Check& check = lesson.checks[index];
    const CheckUi& ui = lesson_actions::ui_of(m.lesson_view, lesson, index);
    const course::CheckProgress& p = lesson_actions::progress_of(m.lesson_view, lesson, index);
    if (check.mode == lessons::OutputMode::Type) {
        const std::string tid = id + ".typed";
        b.doc.open("textbox", tid)
            .name(check.with_times
                      ? "Your prediction: the lines it prints, one per line, each with its time"
                      : "Your prediction: the lines it prints, one per line")
            .attr("value", ui.typed)
            .flag("multiline", true)
            .target(lesson_actions::target(check, "input"))
            .close();
        b.on(tid, [&m, index](const std::string&, const std::string& value) {
            lesson_actions::set_typed(m.lesson_view, current(m), index, value);
        });
    } else {
        const std::vector<std::string> lines = lesson_actions::order(m.lesson_view, lesson, index);
        const bool open = course::can_answer(p);
        b.doc.open("list", id + ".order")
            .name("The printed lines in your order")
            .flag("ordered", true);
        for (size_t i = 0; i < lines.size(); ++i) {
            const std::string lid = id + ".line." + std::to_string(i);
            const bool wrong =
                ui.graded && !ui.grade.correct && static_cast<int>(i) == ui.grade.first_wrong_line;
            const std::string line_target =
                lesson_actions::target(check, "line:" + std::to_string(i));
            b.doc.open("item", lid);
            b.doc.leaf("span", lid + ".text",
                       lines[i] + (wrong ? " (first line out of place)" : ""));
            b.button(lid + ".up", "Move up: " + lines[i], line_target, open && i > 0,
                     [&m, index, i] {
                         lesson_actions::move_line(m.lesson_view, current(m), index, i, -1);
                     });
            b.button(lid + ".down", "Move down: " + lines[i], line_target,
                     open && i + 1 < lines.size(), [&m, index, i] {
                         lesson_actions::move_line(m.lesson_view, current(m), index, i, +1);
                     });
            b.doc.close();
        }
        b.doc.close();
    }
    answer_buttons(b, m, id, index);
    verdict(b, m, id, index);
    if (p.state == course::AttemptState::Revealed) {
        lessons::Check timed = check;
        timed.with_times = true;
        std::string text;
        for (const std::string& l : lessons::expected_output_lines(
                 timed, lesson_actions::run_of(m.lesson_view, lesson, index)))
            text += l + "\n";
        b.doc.open("pre", id + ".expected").name("The real output").text(text).close();
    }
}

void scheduler(Builder& b, AppModel& m, const std::string& id, size_t index) {
    const lessons::Lesson& lesson = current(m);
    const Check& check = lesson.checks[index];
    const CheckUi& ui = lesson_actions::ui_of(m.lesson_view, lesson, index);
    const lessons::SchedulerAnswer a =
        lessons::derive_answer(check, lesson_actions::run_of(m.lesson_view, lesson, index));
    if (!a.ok) {
        b.doc.leaf("p", id + ".unfit", "This question does not fit the program: " + a.error);
        return;
    }
    b.button(id + ".moment", "Pause the run at this moment",
             lesson_actions::target(check, "moment"), true,
             [&m, index] { lesson_actions::pause_at_moment(m.lesson_view, current(m), index); });
    if (!a.choices.empty()) {
        options(b, m, id, index, a.choices, "choice");
    } else {
        const std::string tid = id + ".typed";
        b.doc.open("textbox", tid)
            .name("Your answer: t = how many seconds")
            .attr("value", ui.typed)
            .attr("inputmode", "decimal")
            .target(lesson_actions::target(check, "input"))
            .close();
        b.on(tid, [&m, index](const std::string& verb, const std::string& value) {
            lesson_actions::set_typed(m.lesson_view, current(m), index, value);
            if (verb == "submit") lesson_actions::submit(m.lesson_view, current(m), index);
        });
    }
    answer_buttons(b, m, id, index);
    verdict(b, m, id, index);
    if (course::settled(lesson_actions::progress_of(m.lesson_view, lesson, index))) {
        b.button(id + ".reveal", "Show me the next step", lesson_actions::target(check, "reveal"),
                 true,
                 [&m, index] { lesson_actions::next_step(m.lesson_view, current(m), index); });
    }
}

void challenge(Builder& b, AppModel& m, const std::string& id, size_t index) {
    const lessons::Lesson& lesson = current(m);
    const Check& check = lesson.checks[index];
    const CheckUi& ui = lesson_actions::ui_of(m.lesson_view, lesson, index);
    const course::CheckProgress& p = lesson_actions::progress_of(m.lesson_view, lesson, index);
    blocks(b, id + ".task", check.task, 0);
    b.doc.open("list", id + ".goal").name("Goal: your program");
    const std::vector<std::string> words = lessons::describe_goal(check.goal);
    for (size_t i = 0; i < words.size(); ++i) {
        std::string text = words[i];
        if (ui.goal && i < ui.goal->items.size()) {
            const lessons::GoalItem& item = ui.goal->items[i];
            text = std::string(item.met ? "Met: " : "Not met: ") + text;
            if (!item.detail.empty()) text += " (" + item.detail + ")";
        }
        b.doc.leaf("item", id + ".goal." + std::to_string(i), text);
    }
    b.doc.close();
    verdict(b, m, id, index);
    b.button(id + ".starter", "Load the starter code", lesson_actions::target(check, "starter"),
             true, [&m, index] { lesson_actions::load_starter(m.lesson_view, current(m), index); });
    const bool running = m.lesson_view.challenge_check == static_cast<int>(index);
    b.button(id + ".run", running ? "Running..." : "Run and check",
             lesson_actions::target(check, "run"), !running,
             [&m, index] { lesson_actions::run_and_check(m.lesson_view, current(m), index); });
    const int hints = static_cast<int>(check.hints.size());
    if (hints > 0) {
        char label[48];
        std::snprintf(label, sizeof label, "Hint (%d of %d shown)", p.hints, hints);
        b.button(id + ".hint", label, lesson_actions::target(check, "hint"), p.hints < hints,
                 [&m, index] { lesson_actions::show_hint(m.lesson_view, current(m), index); });
    }
    for (int i = 0; i < p.hints && i < hints; ++i) {
        inline_node(b, "p", id + ".hints." + std::to_string(i),
                    check.hints[static_cast<size_t>(i)]);
    }
    if (!check.solution.empty()) {
        b.button(id + ".solution", "Show me a solution", lesson_actions::target(check, "solution"),
                 true,
                 [&m, index] { lesson_actions::load_solution(m.lesson_view, current(m), index); });
    }
}

void check_group(Builder& b, AppModel& m, size_t index) {
    const lessons::Lesson& lesson = current(m);
    const Check& check = lesson.checks[index];
    const course::CheckProgress& p = lesson_actions::progress_of(m.lesson_view, lesson, index);
    const std::string id = "lesson." + lesson.id + ".check." + check.id;
    char title[96];
    std::snprintf(title, sizeof title, "Check %zu of %zu: %s%s", index + 1, lesson.checks.size(),
                  kind_words(check.kind),
                  p.state == course::AttemptState::Correct    ? " (done)"
                  : p.state == course::AttemptState::Revealed ? " (answer shown)"
                                                              : "");
    b.doc.open("group", id).name(title);
    b.doc.open("heading", id + ".title").attr("level", 3.0).text(title).close();
    inline_node(b, "p", id + ".question", check.question);
    switch (check.kind) {
        case CheckKind::Choice: choice(b, m, id, index); break;
        case CheckKind::Output: output(b, m, id, index); break;
        case CheckKind::Scheduler: scheduler(b, m, id, index); break;
        case CheckKind::Challenge: challenge(b, m, id, index); break;
    }
    if (course::settled(p) && !check.explain.blocks.empty()) {
        b.doc.open("group", id + ".explain").name("Explanation");
        blocks(b, id + ".explain", check.explain, 0);
        b.doc.close();
    }
    b.doc.close();
}

} // namespace

void build_lesson(Builder& b, AppModel& m) {
    if (m.lessons.empty()) {
        b.doc.leaf("p", "lesson.none", "No lessons are loaded: the program is in the editor.");
        return;
    }
    b.doc.open("select", "lesson.picker").name("Lesson").target("lesson-picker");
    for (size_t i = 0; i < m.lessons.size(); ++i) {
        b.doc.open("option", "lesson.picker." + std::to_string(i))
            .text(std::to_string(i + 1) + ". " + m.lessons[i].title)
            .flag("selected", static_cast<int>(i) == m.lesson)
            .close();
    }
    b.doc.close();
    b.on("lesson.picker", [&m](const std::string&, const std::string& value) {
        const int i = std::atoi(value.c_str());
        if (i >= 0 && i < static_cast<int>(m.lessons.size())) cmd_load_lesson(m, m.lessons[i].id);
    });
    // Choosing in the list does nothing until this button (or Enter): no lesson is loaded
    // while a keyboard user moves through the list.
    b.doc.open("button", "lesson.open")
        .name("Open this lesson")
        .attr("for", "lesson.picker")
        .target("lesson-picker")
        .close();
    b.doc.open("group", "left-pane").name("The left pane shows");
    b.button(
        "left.lesson", "Lesson", "left-tab:Lesson", true,
        [&m] {
            m.show_lesson = true;
            if (m.lesson < 0 && m.lesson_pending < 0) cmd_load_lesson(m, m.lessons[0].id);
        },
        nullptr, m.show_lesson ? 1 : 0);
    b.button(
        "left.code", m.file_name, "left-tab:" + m.file_name, true, [&m] { m.show_lesson = false; },
        nullptr, m.show_lesson ? 0 : 1);
    b.doc.close();
    if (m.lesson_pending >= 0) { // opened before its text arrived (course_view.h)
        const lessons::Lesson& l = m.lessons[static_cast<size_t>(m.lesson_pending)];
        b.doc.leaf("p", "lesson.waiting",
                   m.lessons_problem.empty()
                       ? l.title + ": this lesson is still downloading. It opens by itself as "
                                   "soon as it has arrived."
                       : l.title + ": this lesson could not be downloaded (" + m.lessons_problem +
                             "). Reload the page to try again: your work is saved.");
        return;
    }
    if (m.lesson < 0) return;
    const lessons::Lesson& lesson = m.lessons[static_cast<size_t>(m.lesson)];
    lesson_actions::prepare(m.lesson_view, lesson);
    const std::string id = "lesson." + lesson.id;
    b.doc.open("article", id).name(lesson.title);
    b.doc.open("heading", id + ".title").attr("level", 2.0).text(lesson.title).close();
    b.doc.leaf("p", id + ".summary", lesson.summary);
    const auto& bl = lesson.prose.blocks;
    const bool titled = !bl.empty() && bl[0].kind == BlockKind::Heading && bl[0].level == 1;
    blocks(b, id + ".prose", lesson.prose, titled ? 1 : 0);
    for (size_t i = 0; i < lesson.checks.size(); ++i) check_group(b, m, i);
    b.doc.close();
}

} // namespace loopscope::a11y
