// progress.cpp - see progress.h. JSON through nlohmann without exceptions (the UI is built with
// -fno-exceptions, where the library's throws abort): the text is parsed with
// allow_exceptions = false, every value is type-checked before it is read, and dump() replaces
// invalid UTF-8 instead of throwing.
#include "model/course/progress.h"

#include "model/course/progress_json.h"

namespace loopscope::course {

using json = nlohmann::json;

namespace {

constexpr int kFormat = 1;

const char* const kStateNames[] = {"fresh", "not_yet", "correct", "revealed"};

bool state_from_name(const std::string& name, AttemptState* out) {
    for (int i = 0; i < 4; ++i) {
        if (name == kStateNames[i]) {
            *out = static_cast<AttemptState>(i);
            return true;
        }
    }
    return false;
}

int small_count(const json& j) {
    if (!j.is_number_integer()) return 0;
    const long long v = j.get<long long>();
    return v < 0 ? 0 : v > 1000000 ? 1000000 : static_cast<int>(v);
}

} // namespace

const char* attempt_state_name(AttemptState s) {
    return kStateNames[static_cast<int>(s)];
}

AttemptState record_answer(CheckProgress& p, bool correct, std::string answer) {
    p.answer = std::move(answer);
    if (settled(p)) return p.state;
    if (correct) {
        p.state = AttemptState::Correct;
    } else {
        ++p.wrong;
        p.state = p.wrong >= 2 ? AttemptState::Revealed : AttemptState::NotYet;
    }
    return p.state;
}

void reveal_answer(CheckProgress& p) {
    if (p.state != AttemptState::Correct) p.state = AttemptState::Revealed;
}

bool settled(const CheckProgress& p) {
    return p.state == AttemptState::Correct || p.state == AttemptState::Revealed;
}

bool hint_visible(const CheckProgress& p) {
    return p.wrong > 0;
}

bool can_answer(const CheckProgress& p) {
    return !settled(p);
}

CheckProgress& check_progress(CourseProgress& p, const std::string& lesson,
                              const std::string& check) {
    return p.lessons[lesson].checks[check];
}

const CheckProgress& find_check_progress(const CourseProgress& p, const std::string& lesson,
                                         const std::string& check) {
    static const CheckProgress fresh;
    auto l = p.lessons.find(lesson);
    if (l == p.lessons.end()) return fresh;
    auto c = l->second.checks.find(check);
    return c == l->second.checks.end() ? fresh : c->second;
}

json lesson_progress_to_json(const LessonProgress& lesson) {
    json checks = json::object();
    for (const auto& [cid, c] : lesson.checks) {
        json jc = {{"state", attempt_state_name(c.state)}, {"wrong", c.wrong}};
        if (!c.answer.empty()) jc["answer"] = c.answer;
        if (c.hints) jc["hints"] = c.hints;
        checks[cid] = std::move(jc);
    }
    json jl = {{"opened", lesson.opened}, {"checks", std::move(checks)}};
    if (lesson.code) jl["code"] = *lesson.code;
    return jl;
}

bool lesson_progress_from_json(const json& jl, const std::string& where, LessonProgress* out,
                               std::string* error) {
    auto fail = [&](const std::string& why) {
        if (error) *error = why;
        return false;
    };
    *out = LessonProgress{};
    if (!jl.is_object()) return fail(where.substr(0, where.size() - 1) + " is not an object");
    if (auto o = jl.find("opened"); o != jl.end() && o->is_boolean()) out->opened = o->get<bool>();
    if (auto c = jl.find("code"); c != jl.end() && !c->is_null()) {
        if (!c->is_string()) return fail(where + "code is not text");
        out->code = c->get<std::string>();
    }
    auto checks = jl.find("checks");
    if (checks == jl.end() || checks->is_null()) return true;
    if (!checks->is_object()) return fail(where + "checks is not an object");
    for (auto ct = checks->begin(); ct != checks->end(); ++ct) {
        const std::string at = where + "checks." + ct.key();
        const json& jc = ct.value();
        if (!jc.is_object()) return fail(at + " is not an object");
        CheckProgress& c = out->checks[ct.key()];
        auto state = jc.find("state");
        if (state == jc.end() || !state->is_string() ||
            !state_from_name(state->get<std::string>(), &c.state)) {
            return fail(at + ".state is not a known state");
        }
        if (auto w = jc.find("wrong"); w != jc.end()) c.wrong = small_count(*w);
        if (auto h = jc.find("hints"); h != jc.end()) c.hints = small_count(*h);
        if (auto a = jc.find("answer"); a != jc.end() && a->is_string()) {
            c.answer = a->get<std::string>();
        }
    }
    return true;
}

bool lesson_progress_empty(const LessonProgress& lesson) {
    return !lesson.opened && !lesson.code && lesson.checks.empty();
}

std::string progress_to_json(const CourseProgress& p) {
    json lessons = json::object();
    for (const auto& [id, lesson] : p.lessons) lessons[id] = lesson_progress_to_json(lesson);
    json root = {{"format", kFormat}, {"current", p.current}, {"lessons", std::move(lessons)}};
    return root.dump(-1, ' ', false, json::error_handler_t::replace);
}

bool progress_from_json(std::string_view text, CourseProgress* out, std::string* error) {
    *out = CourseProgress{};
    auto fail = [&](const std::string& why) {
        *out = CourseProgress{};
        if (error) *error = "the saved progress could not be read: " + why;
        return false;
    };
    const json root = json::parse(text.begin(), text.end(), nullptr, false);
    if (root.is_discarded()) return fail("it is not valid JSON");
    if (!root.is_object()) return fail("it is not a JSON object");
    auto format = root.find("format");
    if (format == root.end() || !format->is_number_integer() ||
        format->get<long long>() != kFormat) {
        return fail("it is not in format 1");
    }
    auto current = root.find("current");
    if (current != root.end() && current->is_string()) out->current = current->get<std::string>();
    auto lessons = root.find("lessons");
    if (lessons == root.end() || !lessons->is_object()) return fail("it has no \"lessons\"");
    for (auto it = lessons->begin(); it != lessons->end(); ++it) {
        std::string why;
        if (!lesson_progress_from_json(it.value(), "lessons." + it.key() + ".",
                                       &out->lessons[it.key()], &why)) {
            return fail(why);
        }
    }
    return true;
}

} // namespace loopscope::course
