// lesson_map.cpp - see lesson_map.h.
#include "model/course/lesson_map.h"

#include <nlohmann/json.hpp>

namespace loopscope::course {
namespace {

using nlohmann::json;

bool text_field(const json& o, const char* key, std::string* out) {
    const auto it = o.find(key);
    if (it == o.end() || !it->is_string()) return false;
    *out = it->get<std::string>();
    return true;
}

bool kind_from(const std::string& name, lessons::CheckKind* kind) {
    for (lessons::CheckKind k : {lessons::CheckKind::Choice, lessons::CheckKind::Output,
                                 lessons::CheckKind::Scheduler, lessons::CheckKind::Challenge}) {
        if (name == lessons::check_kind_name(k)) {
            *kind = k;
            return true;
        }
    }
    return false;
}

} // namespace

bool parse_lesson_map(std::string_view text, std::vector<lessons::Lesson>* out,
                      std::string* error) {
    const json j = json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
    if (!j.is_object()) {
        *error = "the lesson map is not a JSON object";
        return false;
    }
    const auto format = j.find("format");
    if (format == j.end() || !format->is_number_integer() ||
        format->get<int>() != lessons::kFormatVersion) {
        *error = "the lesson map has no format or an unknown one";
        return false;
    }
    const auto list = j.find("lessons");
    if (list == j.end() || !list->is_array() || list->empty()) {
        *error = "the lesson map has no lessons";
        return false;
    }
    std::vector<lessons::Lesson> course;
    for (size_t i = 0; i < list->size(); ++i) {
        const json& e = (*list)[i];
        const std::string where = "lessons[" + std::to_string(i) + "]";
        lessons::Lesson l;
        if (!e.is_object() || !text_field(e, "dir", &l.dir) || !text_field(e, "id", &l.id) ||
            !text_field(e, "title", &l.title) || l.dir.empty() || l.id.empty()) {
            *error = where + " needs dir, id and title";
            return false;
        }
        text_field(e, "summary", &l.summary);
        const auto checks = e.find("checks");
        if (checks != e.end() && !checks->is_array()) {
            *error = where + ".checks is not a list";
            return false;
        }
        for (size_t k = 0; checks != e.end() && k < checks->size(); ++k) {
            const json& c = (*checks)[k];
            lessons::Check check;
            std::string kind;
            if (!c.is_object() || !text_field(c, "id", &check.id) ||
                !text_field(c, "kind", &kind) || !kind_from(kind, &check.kind)) {
                *error = where + ".checks[" + std::to_string(k) + "] needs an id and a known kind";
                return false;
            }
            l.checks.push_back(std::move(check));
        }
        course.push_back(std::move(l));
    }
    *out = std::move(course);
    return true;
}

std::vector<int> fill_lessons(std::vector<lessons::Lesson>& lessons, std::vector<bool>& ready,
                              std::vector<lessons::Lesson> full) {
    std::vector<int> filled;
    ready.resize(lessons.size(), false);
    for (lessons::Lesson& l : full) {
        for (size_t i = 0; i < lessons.size(); ++i) {
            if (lessons[i].dir != l.dir) continue;
            if (!ready[i]) {
                lessons[i] = std::move(l);
                ready[i] = true;
                filled.push_back(static_cast<int>(i));
            }
            break;
        }
    }
    return filled;
}

} // namespace loopscope::course
