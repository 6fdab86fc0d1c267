// course_commands.cpp - the course's commands on the app model (declared in app_model.h):
// opening a lesson with the learner's own code for it, carrying out the lesson view's requests
// once per frame, grading a challenge on the run started for it, and the progress as JSON for
// the page (window.loopscope) to keep.
#include "app_model.h"
#include "frame_pacing.h"
#include "model/course/course_map.h"
#include "model/course/lesson_map.h"

#include <nlohmann/json.hpp>

namespace loopscope {

namespace {

const lessons::Lesson* current_lesson(const AppModel& m) {
    return m.lesson >= 0 && m.lesson < static_cast<int>(m.lessons.size())
               ? &m.lessons[static_cast<size_t>(m.lesson)]
               : nullptr;
}

void open_lesson(AppModel& m, int index) {
    if (!lesson_ready(m, index)) {
        // Its text is still downloading (or failed to): the pane says so, and it opens when
        // it arrives. The lesson shown before stays the open one until then.
        m.lesson_pending = index;
        m.show_lesson = true;
        m.lesson_view.show_map = false;
        return;
    }
    m.lesson_pending = -1;
    keep_lesson_code(m);
    const lessons::Lesson& l = m.lessons[static_cast<size_t>(index)];
    m.lesson = index;
    LessonViewState& v = m.lesson_view;
    v.lesson_id.clear(); // the view rebuilds its per-check state
    v.checks.clear();
    v.reference_runs.clear();
    v.challenge_check = -1;
    v.request_code.reset();
    v.request_moment.reset();
    v.request_run = false;
    v.request_undo = false;
    v.status.clear();
    v.show_map = false;
    m.show_lesson = true;
    m.file_name = l.program;
    course::LessonProgress& p = v.progress.lessons[l.id];
    p.opened = true;
    v.progress.current = l.id;
    ++v.progress.serial;
    cmd_set_code(m, p.code ? *p.code : l.program_source());
}

// A challenge's run has ended: grade it (only this run counts) and note the result.
void grade_challenge_run(AppModel& m, const lessons::Lesson& lesson) {
    LessonViewState& v = m.lesson_view;
    const size_t index = static_cast<size_t>(v.challenge_check);
    v.challenge_check = -1;
    if (index >= lesson.checks.size() || index >= v.checks.size()) return;
    const lessons::Check& check = lesson.checks[index];
    const SyntaxErrorInfo* e = m.run->syntax_error();
    const lessons::ProgramRun run = e ? lessons::program_run_from(*e, "main.py")
                                      : lessons::program_run_from(m.run->recording());
    lessons::GoalResult goal = lessons::evaluate_goal(check.goal, run);
    course::record_answer(course::check_progress(v.progress, lesson.id, check.id), goal.met, "");
    ++v.progress.serial;
    v.checks[index].goal = std::move(goal);
}

// When the session has run one of the lesson's programs to its end, its recording becomes that
// program's reference: the checks are then graded on the very run the learner sees.
void adopt_session_run(AppModel& m, const lessons::Lesson& lesson) {
    if (m.reference_load == m.loads || !m.run->program_finished() || m.run->syntax_error() ||
        m.run->recorded() == 0) {
        return;
    }
    for (auto& [file, run] : m.lesson_view.reference_runs) {
        if (lesson.file(file) == m.source) {
            run = lessons::program_run_from(m.run->recording());
            m.reference_load = m.loads;
        }
    }
}

} // namespace

// The learner's code for the lesson shown, kept in the progress when it is not the lesson's own
// program (so leaving a lesson and coming back, or reloading the page, keeps it).
void keep_lesson_code(AppModel& m) {
    const lessons::Lesson* lesson = current_lesson(m);
    if (!lesson) return;
    course::LessonProgress& p = m.lesson_view.progress.lessons[lesson->id];
    std::optional<std::string> code;
    if (m.source != lesson->program_source()) code = m.source;
    if (p.code != code) {
        p.code = std::move(code);
        ++m.lesson_view.progress.serial;
    }
}

void set_lessons(AppModel& m, std::vector<lessons::Lesson> list) {
    m.lessons = std::move(list);
    m.lesson_ready.assign(m.lessons.size(), true);
    m.lesson = -1;
    m.lesson_pending = -1;
}

void set_lesson_map(AppModel& m, std::vector<lessons::Lesson> stand_ins) {
    m.lessons = std::move(stand_ins);
    m.lesson_ready.assign(m.lessons.size(), false);
    m.lesson = -1;
    m.lesson_pending = -1;
    m.lessons_problem.clear();
}

int add_lessons(AppModel& m, std::vector<lessons::Lesson> list) {
    const int n =
        static_cast<int>(course::fill_lessons(m.lessons, m.lesson_ready, std::move(list)).size());
    if (m.lesson_pending >= 0 && lesson_ready(m, m.lesson_pending)) {
        const bool map = m.lesson_view.show_map;
        open_lesson(m, m.lesson_pending);
        m.lesson_view.show_map = map; // the learner may have gone back to the map meanwhile
    }
    pacing::wake();
    return n;
}

void lessons_failed(AppModel& m, std::string why) {
    m.lessons_problem = std::move(why);
    pacing::wake();
}

bool lesson_ready(const AppModel& m, int index) {
    return index >= 0 && index < static_cast<int>(m.lessons.size()) &&
           (static_cast<size_t>(index) >= m.lesson_ready.size() ||
            m.lesson_ready[static_cast<size_t>(index)]);
}

bool cmd_load_lesson(AppModel& m, const std::string& id) {
    const int index = course::find_lesson(m.lessons, id);
    if (index < 0) return false;
    open_lesson(m, index);
    return true;
}

void cmd_replace_code(AppModel& m, const std::string& code) {
    editor::EditorBuffer& b = m.code.buffer;
    if (b.text() == code) return;
    b.break_undo_group();
    b.select_all();
    if (code.empty()) {
        b.erase_selection();
    } else {
        b.insert_text(code); // one undo step
    }
    b.break_undo_group();
    code_edited(m);
}

void sync_lesson(AppModel& m) {
    LessonViewState& v = m.lesson_view;
    if (v.request_lesson >= 0) { // also while no lesson is open yet (one is downloading)
        const int index = v.request_lesson;
        v.request_lesson = -1;
        if (index < static_cast<int>(m.lessons.size())) open_lesson(m, index);
        return;
    }
    const lessons::Lesson* lesson = current_lesson(m);
    if (!lesson) return;
    if (v.request_code) {
        cmd_replace_code(m, *v.request_code);
        v.request_code.reset();
    }
    if (v.request_undo) {
        v.request_undo = false;
        if (m.code.buffer.undo()) code_edited(m);
    }
    if (v.request_moment) {
        // The stepper: the question's program, run to the question's moment. A pause starts
        // afresh so that nothing after the moment is recorded (the timeline would show it).
        const std::string& program = lesson->file(v.request_moment_program);
        const uint64_t target = *v.request_moment;
        const bool fresh = v.request_moment_fresh && m.run->recorded() > target + 1;
        if (m.source != program) {
            cmd_replace_code(m, program);
            v.status = "The question is about the lesson's program, now in the editor. Undo "
                       "brings your code back.";
        } else if (fresh || !m.loaded) {
            code_edited(m);
        }
        m.playing = false;
        m.run->run_to_event(target);
        v.request_moment.reset();
    }
    if (v.request_run && v.challenge_check >= 0) {
        // "Run and check": a fresh run of the editor's code, the only run the goal is checked on.
        v.request_run = false;
        // Checked at once, whatever the Animated / Instant switch says (it is left as it was).
        code_edited(m);
        cmd_run(m);
        m.instant_once = true;
        v.challenge_load = m.loads;
        v.challenge_started = true;
    }
    if (v.challenge_check >= 0 && v.challenge_started) {
        if (m.loads != v.challenge_load) {
            v.challenge_check = -1; // an edit or a new program ended that run
            v.status = "The run for the challenge was interrupted: press Run and check again.";
        } else if (m.run->program_finished() && !m.playing && !m.run->busy()) {
            grade_challenge_run(m, *lesson);
        }
    }
    adopt_session_run(m, *lesson);
    keep_lesson_code(m);
}

std::string course_progress_json(const AppModel& m) {
    return course::progress_to_json(m.lesson_view.progress);
}

bool cmd_set_course_progress(AppModel& m, std::string_view json, std::string* error) {
    course::CourseProgress p;
    if (!course::progress_from_json(json, &p, error)) return false;
    p.serial = m.lesson_view.progress.serial + 1;
    m.lesson_view.progress = std::move(p);
    m.lesson = -1; // its code must not be written over the restored one
    const std::string current = m.lesson_view.progress.current;
    if (!current.empty() && course::find_lesson(m.lessons, current) >= 0) {
        cmd_load_lesson(m, current);
    }
    return true;
}

std::string course_state_json(AppModel& m) {
    using json = nlohmann::json;
    const LessonViewState& v = m.lesson_view;
    json checks = json::array();
    if (const lessons::Lesson* lesson = current_lesson(m)) {
        for (size_t i = 0; i < lesson->checks.size(); ++i) {
            const lessons::Check& c = lesson->checks[i];
            const course::CheckProgress& p =
                course::find_check_progress(v.progress, lesson->id, c.id);
            json jc = {{"id", c.id},
                       {"kind", lessons::check_kind_name(c.kind)},
                       {"state", course::attempt_state_name(p.state)},
                       {"wrong", p.wrong},
                       {"hints", p.hints},
                       {"answer", p.answer}};
            if (c.kind == lessons::CheckKind::Scheduler && i < v.checks.size()) {
                auto run = v.reference_runs.find(c.program.empty() ? lesson->program : c.program);
                if (run != v.reference_runs.end()) {
                    const lessons::SchedulerAnswer a = lessons::derive_answer(c, run->second);
                    if (a.ok) {
                        jc["pauseEvent"] = a.pause_event;
                        jc["revealEvent"] = a.reveal_event;
                        jc["choices"] = a.choices;
                    }
                }
            }
            if (i < v.checks.size() && v.checks[i].order_ready) {
                jc["order"] = v.checks[i].order.lines;
                jc["picked"] = v.checks[i].order.picked;
            }
            if (i < v.checks.size() && v.checks[i].goal) jc["goalMet"] = v.checks[i].goal->met;
            checks.push_back(std::move(jc));
        }
    }
    json o = {{"showLesson", m.show_lesson},
              {"map", v.show_map},
              {"checks", std::move(checks)},
              {"status", v.status},
              {"challengeRunning", v.challenge_check >= 0},
              {"progressSerial", v.progress.serial},
              {"problems", static_cast<int>(v.problems.problems.size())},
              {"canUndo", m.code.buffer.can_undo()},
              {"editorLine", m.code.buffer.cursor().line + 1},
              {"scrollTo", v.scroll_to}};
    return o.dump(-1, ' ', false, json::error_handler_t::replace);
}

} // namespace loopscope
