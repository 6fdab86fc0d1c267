// lesson.cpp - loading and validating lesson.json (format: lessons/README.md).
//
// nlohmann_json is used without exceptions (the runtime is built with -fno-exceptions, where
// the library's throws become aborts), so: syntax errors come from a SAX parse that reports
// instead of throwing, and every value is type-checked before get<>().
#include "lessons/lesson.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <dirent.h>
#include <fstream>
#include <functional>
#include <set>
#include <sstream>

namespace loopscope::lessons {

using json = nlohmann::json;

const char* check_kind_name(CheckKind k) {
    switch (k) {
        case CheckKind::Choice: return "choice";
        case CheckKind::Output: return "output";
        case CheckKind::Scheduler: return "scheduler";
        case CheckKind::Challenge: return "challenge";
    }
    return "?";
}

const char* scheduler_ask_name(SchedulerAsk a) {
    switch (a) {
        case SchedulerAsk::Clock: return "clock";
        case SchedulerAsk::NextOutput: return "next_output";
        case SchedulerAsk::FirstOf: return "first_of";
        case SchedulerAsk::NextTask: return "next_task";
    }
    return "?";
}

std::string LoadError::to_string() const {
    std::string s = file;
    if (!field.empty()) s += (s.empty() ? "" : ": ") + field;
    return s + ": " + message;
}

const std::string& Lesson::file(const std::string& name) const {
    static const std::string empty;
    auto it = files.find(name);
    return it == files.end() ? empty : it->second;
}

const std::string& Lesson::program_source() const {
    return file(program);
}

namespace {

// ---- JSON text -> value, with a line:column message instead of an exception ---------------

// Forwards SAX events to nlohmann's DOM builder and remembers the first syntax error.
// Lessons nest a few levels; input nested deeper than this is refused while it is read, so
// nothing later (validation, messages, dump) recurses over it.
constexpr size_t kMaxNesting = 64;

struct ReportingSax {
    nlohmann::detail::json_sax_dom_parser<json> dom;
    std::string error;
    size_t error_pos = 0;
    size_t depth = 0;

    bool nest() {
        if (++depth <= kMaxNesting) return true;
        error = "nested deeper than " + std::to_string(kMaxNesting) +
                " arrays and objects (a lesson needs a few levels)";
        return false;
    }

    explicit ReportingSax(json& result) : dom(result, false) {}

    bool null() { return dom.null(); }
    bool boolean(bool v) { return dom.boolean(v); }
    bool number_integer(json::number_integer_t v) { return dom.number_integer(v); }
    bool number_unsigned(json::number_unsigned_t v) { return dom.number_unsigned(v); }
    bool number_float(json::number_float_t v, const std::string& s) {
        return dom.number_float(v, s);
    }
    bool string(std::string& v) { return dom.string(v); }
    bool binary(json::binary_t& v) { return dom.binary(v); }
    bool start_object(std::size_t n) { return nest() && dom.start_object(n); }
    bool key(std::string& k) { return dom.key(k); }
    bool end_object() {
        --depth;
        return dom.end_object();
    }
    bool start_array(std::size_t n) { return nest() && dom.start_array(n); }
    bool end_array() {
        --depth;
        return dom.end_array();
    }
    bool parse_error(std::size_t pos, const std::string&, const nlohmann::detail::exception& ex) {
        error_pos = pos;
        error = ex.what();
        return false;
    }
};

// "[json.exception.parse_error.101] parse error at line 3, column 5: ..." -> the words after
// the library's tag (they already say where).
std::string syntax_message(const std::string& what) {
    if (what.rfind("[json.exception", 0) != 0) return what; // ours (ReportingSax::nest)
    size_t tag = what.find("] ");
    return "not valid JSON: " + (tag == std::string::npos ? what : what.substr(tag + 2));
}

// ---- validation with field paths -------------------------------------------------------------

struct Ctx {
    std::string file;
    std::vector<LoadError>* errors;
    const std::function<bool(const std::string&, std::string*)>* read;
    std::map<std::string, std::string>* files;

    void fail(const std::string& field, const std::string& message) const {
        errors->push_back({file, field, message});
    }
};

std::string join(const std::string& path, const std::string& key) {
    return path.empty() ? key : path + "." + key;
}
std::string index(const std::string& path, size_t i) {
    return path + "[" + std::to_string(i) + "]";
}

const char* type_name(const json& v) {
    switch (v.type()) {
        case json::value_t::null: return "null";
        case json::value_t::object: return "an object";
        case json::value_t::array: return "an array";
        case json::value_t::string: return "a string";
        case json::value_t::boolean: return "true/false";
        case json::value_t::number_integer:
        case json::value_t::number_unsigned: return "an integer";
        case json::value_t::number_float: return "a number";
        default: return "something else";
    }
}

// Reports keys of `obj` that are not in `known` (catches typos such as "corect").
void no_unknown_keys(const Ctx& c, const json& obj, const std::string& path,
                     std::initializer_list<const char*> known) {
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        bool found = false;
        for (const char* k : known) found = found || it.key() == k;
        if (!found) {
            std::string list;
            for (const char* k : known) list += std::string(list.empty() ? "" : ", ") + k;
            c.fail(join(path, it.key()), "unknown field (known here: " + list + ")");
        }
    }
}

const json* member(const json& obj, const char* key) {
    auto it = obj.find(key);
    return it == obj.end() ? nullptr : &*it;
}

// A string field. `required`: missing is an error; non-empty strings only.
bool get_string(const Ctx& c, const json& obj, const std::string& path, const char* key,
                bool required, std::string* out) {
    const json* v = member(obj, key);
    if (!v) {
        if (required) c.fail(join(path, key), "missing (a non-empty string)");
        return false;
    }
    if (!v->is_string()) {
        c.fail(join(path, key), std::string("must be a string, not ") + type_name(*v));
        return false;
    }
    *out = v->get<std::string>();
    if (out->empty()) {
        c.fail(join(path, key), "must not be empty");
        return false;
    }
    return true;
}

bool get_bool(const Ctx& c, const json& obj, const std::string& path, const char* key, bool* out) {
    const json* v = member(obj, key);
    if (!v) return false;
    if (!v->is_boolean()) {
        c.fail(join(path, key), std::string("must be true or false, not ") + type_name(*v));
        return false;
    }
    *out = v->get<bool>();
    return true;
}

bool get_number(const Ctx& c, const json& obj, const std::string& path, const char* key,
                double* out) {
    const json* v = member(obj, key);
    if (!v) return false;
    if (!v->is_number()) {
        c.fail(join(path, key), std::string("must be a number, not ") + type_name(*v));
        return false;
    }
    *out = v->get<double>();
    return true;
}

// An array of non-empty strings.
bool get_strings(const Ctx& c, const json& obj, const std::string& path, const char* key,
                 std::vector<std::string>* out) {
    const json* v = member(obj, key);
    if (!v) return false;
    if (!v->is_array()) {
        c.fail(join(path, key), std::string("must be an array of strings, not ") + type_name(*v));
        return false;
    }
    bool ok = true;
    for (size_t i = 0; i < v->size(); ++i) {
        const json& e = (*v)[i];
        if (!e.is_string() || e.get_ref<const std::string&>().empty()) {
            c.fail(index(join(path, key), i), "must be a non-empty string");
            ok = false;
        } else {
            out->push_back(e.get<std::string>());
        }
    }
    return ok;
}

// Markdown given as one string or as an array of lines (easier to write in JSON).
bool get_markdown(const Ctx& c, const json& obj, const std::string& path, const char* key,
                  bool required, std::string* source, Document* doc) {
    const json* v = member(obj, key);
    std::string field = join(path, key);
    if (!v) {
        if (required) c.fail(field, "missing (Markdown: a string or an array of lines)");
        return false;
    }
    if (v->is_string()) {
        *source = v->get<std::string>();
    } else if (v->is_array()) {
        for (size_t i = 0; i < v->size(); ++i) {
            const json& e = (*v)[i];
            if (!e.is_string()) {
                c.fail(index(field, i),
                       std::string("must be a string (one line of Markdown), not ") + type_name(e));
                return false;
            }
            *source += e.get_ref<const std::string&>();
            *source += '\n';
        }
    } else {
        c.fail(field, std::string("must be Markdown: a string or an array of lines, not ") +
                          type_name(*v));
        return false;
    }
    if (source->find_first_not_of(" \t\r\n") == std::string::npos) {
        c.fail(field, "must not be empty");
        return false;
    }
    *doc = parse_markdown(*source);
    for (const MarkdownWarning& w : doc->warnings) {
        c.fail(field, "Markdown line " + std::to_string(w.line) + ": " + w.message);
    }
    return doc->warnings.empty();
}

// One line of inline Markdown (questions, options, feedback).
bool get_inline(const Ctx& c, const json& obj, const std::string& path, const char* key,
                bool required, Inline* out) {
    std::string s;
    if (!get_string(c, obj, path, key, required, &s)) return false;
    if (s.find('\n') != std::string::npos) {
        c.fail(join(path, key), "must be one line (use \"explain\" for longer text)");
        return false;
    }
    std::vector<MarkdownWarning> warnings;
    *out = parse_inline(s, 0, &warnings);
    for (const MarkdownWarning& w : warnings) c.fail(join(path, key), w.message);
    return warnings.empty();
}

bool valid_file_name(const std::string& name) {
    if (name.size() < 4 || name.substr(name.size() - 3) != ".py" || name[0] == '.') return false;
    return std::all_of(name.begin(), name.end(), [](char ch) {
        return std::isalnum(static_cast<unsigned char>(ch)) || ch == '_' || ch == '-' || ch == '.';
    });
}

// A program file the lesson names: a plain *.py name next to lesson.json, which must exist.
bool get_file(const Ctx& c, const json& obj, const std::string& path, const char* key,
              std::string* out) {
    std::string name;
    if (!get_string(c, obj, path, key, false, &name)) return false;
    if (!valid_file_name(name)) {
        c.fail(join(path, key), "\"" + name + "\" must be a plain file name ending in .py, " +
                                    "in the lesson's folder");
        return false;
    }
    if (!c.files->count(name)) {
        std::string text;
        if (!(*c.read)(name, &text)) {
            c.fail(join(path, key), "file \"" + name + "\" not found next to lesson.json");
            return false;
        }
        (*c.files)[name] = std::move(text);
    }
    *out = name;
    return true;
}

bool valid_id(const std::string& id) {
    return !id.empty() && std::all_of(id.begin(), id.end(), [](char ch) {
        return (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '-';
    });
}

void parse_choice(const Ctx& c, const json& j, const std::string& path, Check* check) {
    const json* opts = member(j, "options");
    if (!opts) {
        c.fail(join(path, "options"), "missing (an array of {text, correct, feedback})");
        return;
    }
    // Two options make a coin toss, not a question (issue 11): three at least.
    if (!opts->is_array() || opts->size() < 3) {
        c.fail(join(path, "options"), "must be an array of at least 3 options");
        return;
    }
    int correct = 0;
    for (size_t i = 0; i < opts->size(); ++i) {
        const json& o = (*opts)[i];
        std::string op = index(join(path, "options"), i);
        if (!o.is_object()) {
            c.fail(op,
                   std::string("must be an object {text, correct, feedback}, not ") + type_name(o));
            continue;
        }
        no_unknown_keys(c, o, op, {"text", "correct", "feedback"});
        ChoiceOption opt;
        get_inline(c, o, op, "text", true, &opt.text);
        get_bool(c, o, op, "correct", &opt.correct);
        if (!member(o, "feedback")) {
            c.fail(join(op, "feedback"), "missing: every option needs feedback, right or wrong");
        } else {
            get_inline(c, o, op, "feedback", true, &opt.feedback);
        }
        correct += opt.correct ? 1 : 0;
        check->options.push_back(std::move(opt));
    }
    if (correct != 1) {
        c.fail(join(path, "options"), "exactly one option must have \"correct\": true (found " +
                                          std::to_string(correct) + ")");
    }
}

void parse_output(const Ctx& c, const json& j, const std::string& path, Check* check) {
    std::string mode;
    if (get_string(c, j, path, "mode", false, &mode)) {
        if (mode == "type") {
            check->mode = OutputMode::Type;
        } else if (mode == "order") {
            check->mode = OutputMode::Order;
        } else {
            c.fail(join(path, "mode"), "\"" + mode + "\" is not a mode (\"type\" or \"order\")");
        }
    }
    get_bool(c, j, path, "with_times", &check->with_times);
    if (check->with_times && check->mode == OutputMode::Order) {
        c.fail(join(path, "with_times"), "only for mode \"type\"");
    }
}

void parse_at(const Ctx& c, const json& j, const std::string& path, AtPoint* at) {
    std::string field = join(path, "at");
    const json* v = member(j, "at");
    if (!v) {
        c.fail(field, "missing: {\"output_line\": N}, {\"output_contains\": \"text\"} or "
                      "{\"task_suspends\": \"name\", \"nth\": N}");
        return;
    }
    bool task_point = v->is_object() && v->contains("task_suspends");
    if (!v->is_object() || v->size() != (task_point && v->contains("nth") ? 2u : 1u)) {
        c.fail(field, "must be {\"output_line\": N}, {\"output_contains\": \"text\"} or "
                      "{\"task_suspends\": \"name\", \"nth\": N}");
        return;
    }
    no_unknown_keys(c, *v, field, {"output_line", "output_contains", "task_suspends", "nth"});
    if (task_point) {
        at->kind = AtPoint::Kind::TaskSuspends;
        get_string(c, *v, field, "task_suspends", true, &at->task);
        if (const json* n = member(*v, "nth")) {
            if (!n->is_number_integer() || n->get<int64_t>() < 1 || n->get<int64_t>() > 1000000) {
                c.fail(join(field, "nth"), "must be a count (1 = the first time)");
            } else {
                at->nth = static_cast<int>(n->get<int64_t>());
            }
        }
        return;
    }
    if (const json* n = member(*v, "output_line")) {
        if (!n->is_number_integer() || n->get<int64_t>() < 1 || n->get<int64_t>() > 1000000) {
            c.fail(join(field, "output_line"), "must be a line number (1 = the first line)");
            return;
        }
        at->kind = AtPoint::Kind::OutputLine;
        at->output_line = static_cast<int>(n->get<int64_t>());
    } else if (member(*v, "output_contains")) {
        at->kind = AtPoint::Kind::OutputContains;
        get_string(c, *v, field, "output_contains", true, &at->contains);
    }
}

void parse_scheduler(const Ctx& c, const json& j, const std::string& path, Check* check) {
    std::string ask;
    if (!get_string(c, j, path, "ask", true, &ask)) return;
    if (ask == "clock") {
        check->ask = SchedulerAsk::Clock;
    } else if (ask == "next_output") {
        check->ask = SchedulerAsk::NextOutput;
    } else if (ask == "first_of") {
        check->ask = SchedulerAsk::FirstOf;
    } else if (ask == "next_task") {
        check->ask = SchedulerAsk::NextTask;
    } else {
        c.fail(join(path, "ask"), "\"" + ask +
                                      "\" is not a question (\"clock\", \"next_output\", "
                                      "\"first_of\", \"next_task\")");
        return;
    }
    if (check->ask == SchedulerAsk::FirstOf) {
        if (member(j, "at")) c.fail(join(path, "at"), "not used by \"first_of\"");
        if (!member(j, "lines")) c.fail(join(path, "lines"), "missing: the lines to choose from");
        if (get_strings(c, j, path, "lines", &check->lines) && check->lines.size() < 3) {
            c.fail(join(path, "lines"), "needs at least 3 lines (two would be a coin toss)");
        }
    } else {
        parse_at(c, j, path, &check->at);
        if (member(j, "lines")) c.fail(join(path, "lines"), "only used by \"first_of\"");
        bool task_point = check->at.kind == AtPoint::Kind::TaskSuspends;
        if (check->ask == SchedulerAsk::NextTask && !task_point && member(j, "at")) {
            c.fail(join(path, "at"), "\"next_task\" needs {\"task_suspends\": \"name\"}");
        }
        if (check->ask == SchedulerAsk::NextOutput && task_point) {
            c.fail(join(path, "at"), "\"next_output\" needs a printed line as its point");
        }
    }
    if (get_number(c, j, path, "tolerance", &check->tolerance) &&
        !(check->tolerance > 0 && check->tolerance < 1)) {
        c.fail(join(path, "tolerance"), "must be between 0 and 1 (seconds)");
    }
}

void parse_goal(const Ctx& c, const json& j, const std::string& path, Goal* goal) {
    std::string field = join(path, "goal");
    const json* g = member(j, "goal");
    if (!g) {
        c.fail(field, "missing: what the learner's program must do");
        return;
    }
    if (!g->is_object()) {
        c.fail(field, std::string("must be an object, not ") + type_name(*g));
        return;
    }
    no_unknown_keys(
        c, *g, field,
        {"finish_before", "output_contains", "output_in_order", "no_errors", "no_warnings"});
    double t = 0;
    if (get_number(c, *g, field, "finish_before", &t)) {
        if (t > 0) {
            goal->finish_before = t;
        } else {
            c.fail(join(field, "finish_before"), "must be a positive number of seconds");
        }
    }
    get_strings(c, *g, field, "output_contains", &goal->output_contains);
    get_strings(c, *g, field, "output_in_order", &goal->output_in_order);
    get_bool(c, *g, field, "no_errors", &goal->no_errors);
    get_bool(c, *g, field, "no_warnings", &goal->no_warnings);
    if (!goal->finish_before && goal->output_contains.empty() && goal->output_in_order.empty() &&
        !goal->no_warnings) {
        c.fail(field, "needs a condition: finish_before, output_contains, output_in_order or "
                      "no_warnings");
    }
}

void parse_challenge(const Ctx& c, const json& j, const std::string& path, Check* check) {
    std::string source;
    get_markdown(c, j, path, "task", true, &source, &check->task);
    get_file(c, j, path, "starter", &check->starter);
    get_file(c, j, path, "solution", &check->solution);
    parse_goal(c, j, path, &check->goal);
    if (const json* h = member(j, "hints")) {
        if (!h->is_array()) {
            c.fail(join(path, "hints"), "must be an array of one-line strings");
        } else {
            for (size_t i = 0; i < h->size(); ++i) {
                const json& e = (*h)[i];
                std::string field = index(join(path, "hints"), i);
                if (!e.is_string() || e.get_ref<const std::string&>().empty()) {
                    c.fail(field, "must be a non-empty string");
                    continue;
                }
                std::vector<MarkdownWarning> warnings;
                Inline hint = parse_inline(e.get_ref<const std::string&>(), 0, &warnings);
                for (const MarkdownWarning& w : warnings) c.fail(field, w.message);
                check->hints.push_back(std::move(hint));
            }
        }
    }
}

void parse_check(const Ctx& c, const json& j, const std::string& path, Check* check) {
    std::string kind;
    get_string(c, j, path, "id", true, &check->id);
    if (!check->id.empty() && !valid_id(check->id)) {
        c.fail(join(path, "id"), "\"" + check->id + "\" must use only a-z, 0-9 and -");
    }
    if (!get_string(c, j, path, "kind", true, &kind)) return;
    if (kind == "choice") {
        check->kind = CheckKind::Choice;
        no_unknown_keys(c, j, path, {"id", "kind", "question", "options", "explain", "hint"});
    } else if (kind == "output") {
        check->kind = CheckKind::Output;
        no_unknown_keys(
            c, j, path,
            {"id", "kind", "question", "program", "mode", "with_times", "explain", "hint"});
    } else if (kind == "scheduler") {
        check->kind = CheckKind::Scheduler;
        no_unknown_keys(c, j, path,
                        {"id", "kind", "question", "program", "ask", "at", "lines", "tolerance",
                         "explain", "hint"});
    } else if (kind == "challenge") {
        check->kind = CheckKind::Challenge;
        no_unknown_keys(c, j, path,
                        {"id", "kind", "question", "task", "starter", "solution", "goal", "hints",
                         "explain", "hint"});
    } else {
        c.fail(join(path, "kind"), "\"" + kind +
                                       "\" is not a kind of check (\"choice\", \"output\", "
                                       "\"scheduler\", \"challenge\")");
        return;
    }
    get_inline(c, j, path, "question", true, &check->question);
    get_inline(c, j, path, "hint", false, &check->hint);
    std::string explain;
    get_markdown(c, j, path, "explain", false, &explain, &check->explain);
    if (check->kind == CheckKind::Output || check->kind == CheckKind::Scheduler) {
        get_file(c, j, path, "program", &check->program);
    }
    switch (check->kind) {
        case CheckKind::Choice: parse_choice(c, j, path, check); break;
        case CheckKind::Output: parse_output(c, j, path, check); break;
        case CheckKind::Scheduler: parse_scheduler(c, j, path, check); break;
        case CheckKind::Challenge: parse_challenge(c, j, path, check); break;
    }
}

LoadResult parse_with_reader(std::string_view json_text, std::string_view label,
                             std::string_view dir,
                             const std::function<bool(const std::string&, std::string*)>& read) {
    LoadResult r;
    json root;
    ReportingSax sax(root);
    json::sax_parse(json_text.begin(), json_text.end(), &sax);
    if (!sax.error.empty()) {
        r.errors.push_back({std::string(label), "", syntax_message(sax.error)});
        return r;
    }
    Lesson lesson;
    lesson.dir = std::string(dir);
    Ctx c{std::string(label), &r.errors, &read, &lesson.files};
    if (!root.is_object()) {
        c.fail("", std::string("must be a JSON object, not ") + type_name(root));
        return r;
    }
    no_unknown_keys(c, root, "",
                    {"format", "id", "title", "summary", "program", "prose", "checks"});
    const json* format = member(root, "format");
    if (!format) {
        c.fail("format", "missing (the format version: " + std::to_string(kFormatVersion) + ")");
    } else if (!format->is_number_integer() || format->get<int64_t>() != kFormatVersion) {
        c.fail("format", "this build reads format " + std::to_string(kFormatVersion) + ", not " +
                             format->dump());
    }
    if (get_string(c, root, "", "id", true, &lesson.id)) {
        if (!valid_id(lesson.id)) {
            c.fail("id", "\"" + lesson.id + "\" must use only a-z, 0-9 and -");
        } else if (!dir.empty()) {
            std::string_view want = std::string_view(lesson.id);
            size_t dash = dir.find('-');
            if (dash == std::string_view::npos || dir.substr(dash + 1) != want) {
                c.fail("id", "\"" + lesson.id + "\" must match the folder name \"" +
                                 std::string(dir) + "\" (NN-" + lesson.id + ")");
            }
        }
    }
    get_string(c, root, "", "title", true, &lesson.title);
    get_string(c, root, "", "summary", true, &lesson.summary);
    if (!member(root, "program")) {
        lesson.program = "main.py";
        std::string text;
        if (read("main.py", &text)) {
            lesson.files["main.py"] = std::move(text);
        } else {
            c.fail("program", "no main.py next to lesson.json (or name the program here)");
        }
    } else {
        get_file(c, root, "", "program", &lesson.program);
    }
    get_markdown(c, root, "", "prose", true, &lesson.prose_source, &lesson.prose);

    const json* checks = member(root, "checks");
    if (!checks) {
        c.fail("checks", "missing (an array of knowledge checks)");
    } else if (!checks->is_array() || checks->empty()) {
        c.fail("checks", "must be a non-empty array of knowledge checks");
    } else {
        std::set<std::string> ids;
        for (size_t i = 0; i < checks->size(); ++i) {
            const json& cj = (*checks)[i];
            std::string path = index("checks", i);
            if (!cj.is_object()) {
                c.fail(path, std::string("must be an object, not ") + type_name(cj));
                continue;
            }
            Check check;
            parse_check(c, cj, path, &check);
            if (!check.id.empty() && !ids.insert(check.id).second) {
                c.fail(join(path, "id"), "\"" + check.id + "\" is used by an earlier check");
            }
            lesson.checks.push_back(std::move(check));
        }
    }
    if (r.errors.empty()) r.lesson = std::move(lesson);
    return r;
}

bool read_whole_file(const std::string& path, std::string* out) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    std::ostringstream ss;
    ss << in.rdbuf();
    *out = ss.str();
    return true;
}

std::string base_name(const std::string& path) {
    std::string p = path;
    while (p.size() > 1 && p.back() == '/') p.pop_back();
    size_t slash = p.rfind('/');
    return slash == std::string::npos ? p : p.substr(slash + 1);
}

} // namespace

LoadResult parse_lesson(std::string_view json_text, std::string_view label, std::string_view dir,
                        const std::map<std::string, std::string>& files) {
    return parse_with_reader(json_text, label, dir, [&](const std::string& name, std::string* out) {
        auto it = files.find(name);
        if (it == files.end()) return false;
        *out = it->second;
        return true;
    });
}

LoadResult load_lesson_dir(const std::string& dir) {
    std::string label = dir + "/lesson.json";
    std::string text;
    if (!read_whole_file(label, &text)) {
        LoadResult r;
        r.errors.push_back({label, "", "cannot read the file"});
        return r;
    }
    return parse_with_reader(text, label, base_name(dir),
                             [&](const std::string& name, std::string* out) {
                                 return read_whole_file(dir + "/" + name, out);
                             });
}

LoadAllResult load_lessons(const std::string& root) {
    LoadAllResult all;
    std::vector<std::string> dirs;
    DIR* d = opendir(root.c_str());
    if (!d) {
        all.errors.push_back({root, "", "cannot open the lessons folder"});
        return all;
    }
    while (dirent* e = readdir(d)) {
        std::string name = e->d_name;
        // Lesson folders are NN-id: they start with a digit (README.md and others are skipped).
        if (!name.empty() && std::isdigit(static_cast<unsigned char>(name[0]))) {
            dirs.push_back(name);
        }
    }
    closedir(d);
    std::sort(dirs.begin(), dirs.end());
    for (const std::string& name : dirs) {
        LoadResult r = load_lesson_dir(root + "/" + name);
        all.errors.insert(all.errors.end(), r.errors.begin(), r.errors.end());
        if (r.lesson) all.lessons.push_back(std::move(*r.lesson));
    }
    return all;
}

LoadAllResult parse_bundle(std::string_view json_text, std::string_view label) {
    LoadAllResult all;
    json root;
    ReportingSax sax(root);
    json::sax_parse(json_text.begin(), json_text.end(), &sax);
    std::string file(label);
    if (!sax.error.empty()) {
        all.errors.push_back({file, "", syntax_message(sax.error)});
        return all;
    }
    const json* lessons = root.is_object() ? member(root, "lessons") : nullptr;
    if (!lessons || !lessons->is_array()) {
        all.errors.push_back({file, "lessons", "missing: the bundle's array of lessons"});
        return all;
    }
    for (size_t i = 0; i < lessons->size(); ++i) {
        const json& l = (*lessons)[i];
        std::string path = index("lessons", i);
        const json* dir = l.is_object() ? member(l, "dir") : nullptr;
        const json* lesson = l.is_object() ? member(l, "lesson") : nullptr;
        const json* files = l.is_object() ? member(l, "files") : nullptr;
        if (!dir || !dir->is_string() || !lesson || !files || !files->is_object()) {
            all.errors.push_back({file, path, "must be {dir, lesson, files}"});
            continue;
        }
        std::map<std::string, std::string> texts;
        for (auto it = files->begin(); it != files->end(); ++it) {
            if (it.value().is_string()) texts[it.key()] = it.value().get<std::string>();
        }
        std::string d = dir->get<std::string>();
        LoadResult r = parse_lesson(lesson->dump(), file + ": " + d + "/lesson.json", d, texts);
        all.errors.insert(all.errors.end(), r.errors.begin(), r.errors.end());
        if (r.lesson) all.lessons.push_back(std::move(*r.lesson));
    }
    return all;
}

} // namespace loopscope::lessons
