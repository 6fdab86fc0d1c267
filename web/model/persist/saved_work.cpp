#include "model/persist/saved_work.h"

#include "model/course/progress_json.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>

namespace loopscope::persist {
namespace {

using json = nlohmann::json;

// kMigrations[v] upgrades a save of version v to v + 1 in place, or says why it cannot
// (entry 0 is unused). When kSaveVersion grows, add the step here and a save of the old
// version to tests/unit/persist/data/.
using Migration = std::string (*)(json& save);

// 1 -> 2: each lesson entry held only "code"; version 2 keeps the lesson's course progress in
// the same entry. A version 1 entry is read as a lesson with that code and no answers: only
// the version changes, after checking that the entries are objects (a damaged version 1 save
// is refused as such).
std::string upgrade_1_to_2(json& save) {
    if (const auto l = save.find("lessons"); l != save.end() && l->is_object()) {
        for (auto it = l->begin(); it != l->end(); ++it) {
            if (it->is_object()) it->erase("checks"); // never written by version 1
        }
    }
    save["version"] = 2;
    return "";
}

constexpr Migration kMigrations[] = {
    nullptr, // (no version 0)
    upgrade_1_to_2,
};
static_assert(sizeof(kMigrations) / sizeof(kMigrations[0]) == kSaveVersion);

// Reads `key` of `obj` when present: false (with `error` set) when it has the wrong type.
bool read_text(const json& obj, const char* key, const std::string& where,
               std::optional<std::string>& out, std::string& error) {
    const auto it = obj.find(key);
    if (it == obj.end() || it->is_null()) return true;
    if (!it->is_string()) {
        error = where + key + " is not text";
        return false;
    }
    out = it->get<std::string>();
    return true;
}

bool read_number(const json& obj, const char* key, const std::string& where, float lo, float hi,
                 std::optional<float>& out, std::string& error) {
    const auto it = obj.find(key);
    if (it == obj.end() || it->is_null()) return true;
    if (!it->is_number()) {
        error = where + key + " is not a number";
        return false;
    }
    const double v = it->get<double>();
    if (!std::isfinite(v)) {
        error = where + key + " is not a finite number";
        return false;
    }
    out = static_cast<float>(std::clamp(v, static_cast<double>(lo), static_cast<double>(hi)));
    return true;
}

bool read_prefs(const json& p, Prefs& prefs, std::string& error) {
    if (!p.is_object()) {
        error = "prefs is not an object";
        return false;
    }
    std::optional<std::string> theme;
    if (!read_text(p, "theme", "prefs.", theme, error)) return false;
    if (theme) {
        if (*theme != "dark" && *theme != "light") {
            error = "prefs.theme is neither \"dark\" nor \"light\"";
            return false;
        }
        prefs.dark = *theme == "dark";
    }
    if (!read_number(p, "zoom", "prefs.", 0.6f, 2.0f, prefs.zoom, error) ||
        !read_number(p, "split", "prefs.", 0.25f, 0.7f, prefs.split, error) ||
        !read_number(p, "timelineSplit", "prefs.", 0.2f, 0.8f, prefs.timeline_split, error) ||
        !read_number(p, "speed", "prefs.", 1.0f, 60.0f, prefs.speed, error) ||
        !read_text(p, "runTab", "prefs.", prefs.run_tab, error) ||
        !read_text(p, "mode", "prefs.", prefs.mode, error)) {
        return false;
    }
    // Names this build does not know (a tab that was removed) are dropped, not an error.
    if (prefs.run_tab && *prefs.run_tab != "console" && *prefs.run_tab != "tasks" &&
        *prefs.run_tab != "sync") {
        prefs.run_tab.reset();
    }
    if (prefs.mode && *prefs.mode != "animated" && *prefs.mode != "instant") prefs.mode.reset();
    return true;
}

bool read_lessons(const json& l, SavedWork& work, std::string& error) {
    if (!l.is_object()) {
        error = "lessons is not an object";
        return false;
    }
    for (const auto& [id, entry] : l.items()) {
        LessonWork w;
        if (!course::lesson_progress_from_json(entry, "lessons." + id + ".", &w, &error)) {
            return false;
        }
        work.lessons[id] = std::move(w);
    }
    return true;
}

// The current version's fields.
bool decode(const json& save, SavedWork& work, std::string& error) {
    if (const auto p = save.find("prefs"); p != save.end() && !p->is_null()) {
        if (!read_prefs(*p, work.prefs, error)) return false;
    }
    if (const auto o = save.find("open"); o != save.end() && !o->is_null()) {
        if (!o->is_object()) {
            error = "open is not an object";
            return false;
        }
        std::optional<std::string> lesson, view;
        if (!read_text(*o, "lesson", "open.", lesson, error) ||
            !read_text(*o, "view", "open.", view, error)) {
            return false;
        }
        work.lesson = lesson.value_or("");
        work.show_lesson = view.value_or("lesson") != "code";
    }
    if (!read_text(save, "scratch", "", work.scratch, error)) return false;
    if (const auto l = save.find("lessons"); l != save.end() && !l->is_null()) {
        if (!read_lessons(*l, work, error)) return false;
    }
    return true;
}

} // namespace

ReadResult read_saved_work(std::string_view text) {
    ReadResult r;
    if (text.size() > kMaxSaveBytes) {
        r.error = "it is larger than " + std::to_string(kMaxSaveBytes >> 20) + " MB";
        return r;
    }
    json save = json::parse(text.begin(), text.end(), nullptr, false);
    if (save.is_discarded()) {
        r.error = "it is not valid JSON (the text is damaged or cut short)";
        return r;
    }
    const auto format = save.is_object() ? save.find("format") : save.end();
    if (!save.is_object() || format == save.end() || !format->is_string() ||
        format->get<std::string>() != kSaveFormat) {
        r.error = "it is not Loopscope progress (no \"format\": \"loopscope-progress\")";
        return r;
    }
    const auto version = save.find("version");
    if (version == save.end() || !version->is_number_integer() || version->get<int64_t>() < 1) {
        r.error = "its version is missing or not a positive whole number";
        return r;
    }
    const int64_t v = version->get<int64_t>();
    if (v > kSaveVersion) {
        r.version = v > 1000000 ? 1000000 : static_cast<int>(v);
        r.error = "it was saved by a newer version of Loopscope (format version " +
                  std::to_string(v) + "; this one reads up to " + std::to_string(kSaveVersion) +
                  ")";
        return r;
    }
    r.version = static_cast<int>(v);
    for (int from = r.version; from < kSaveVersion; ++from) {
        if (const std::string e = kMigrations[from](save); !e.empty()) {
            r.error = "it could not be upgraded from version " + std::to_string(from) + ": " + e;
            return r;
        }
    }
    SavedWork work;
    std::string error;
    if (!decode(save, work, error)) {
        r.error = "it is damaged: " + error;
        return r;
    }
    r.work = std::move(work);
    return r;
}

std::string write_saved_work(const SavedWork& work) {
    json prefs = json::object();
    const Prefs& p = work.prefs;
    if (p.dark) prefs["theme"] = *p.dark ? "dark" : "light";
    if (p.zoom) prefs["zoom"] = *p.zoom;
    if (p.split) prefs["split"] = *p.split;
    if (p.timeline_split) prefs["timelineSplit"] = *p.timeline_split;
    if (p.run_tab) prefs["runTab"] = *p.run_tab;
    if (p.mode) prefs["mode"] = *p.mode;
    if (p.speed) prefs["speed"] = *p.speed;
    json lessons = json::object();
    for (const auto& [id, w] : work.lessons) {
        if (!course::lesson_progress_empty(w)) lessons[id] = course::lesson_progress_to_json(w);
    }
    json save = {
        {"format", kSaveFormat},
        {"version", kSaveVersion},
        {"prefs", std::move(prefs)},
        {"open", {{"lesson", work.lesson}, {"view", work.show_lesson ? "lesson" : "code"}}},
        {"lessons", std::move(lessons)}};
    if (work.scratch) save["scratch"] = *work.scratch;
    // Invalid UTF-8 (never expected from the editor) is replaced rather than thrown about.
    return save.dump(-1, ' ', false, json::error_handler_t::replace);
}

} // namespace loopscope::persist
