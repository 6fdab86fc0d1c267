// traceback.cpp - printing an uncaught exception as CPython 3.11 does (the C traceback printer,
// or traceback.py's for the traceback module and logging), with the position markers under
// source lines (traceback_markers.cpp), cause / context chains and exception groups in the
// boxed "Exception Group Traceback" layout of traceback.py.
#include "lang/frame_objects.h"
#include "lang/ops.h"
#include "lang/syntax_error.h"
#include "lang/vm_internal.h"

#include <set>

namespace loopscope {

namespace {

struct Printer {
    Interp& I;
    std::string_view source;   // text of the main file, for source lines
    std::string_view filename; // the main file's name
    TracebackStyle style;
    const TracebackOptions& opt;
    std::string out;
    // Inside exception groups (traceback.py's _ExceptionPrintContext): how deep, and whether the
    // box of the last sub-exception is still to be closed (a nested group's last box closes it).
    int depth = 0;
    bool need_close = false;
    static constexpr int kMaxGroupWidth = 15, kMaxGroupDepth = 10;

    // The source line shown under an entry and the markers under it ("" when not shown): the
    // interpreter's printer keeps the line's trailing blanks, traceback.py strips them.
    std::string line_text(const TracebackEntry& t) {
        CodeObj* code = t.code;
        if (!code->filename || code->filename->s != filename) return "";
        std::string raw = source_line(source, t.line, false);
        if (!raw.empty() && raw.back() == '\r') raw.pop_back();
        size_t a = raw.find_first_not_of(" \t\f");
        if (a == std::string::npos) return "";
        size_t b = style == TracebackStyle::Interpreter ? raw.size() - 1
                                                        : raw.find_last_not_of(" \t\f\r\n\v");
        std::string text = "    " + raw.substr(a, b - a + 1) + "\n";
        SourceRange r;
        if (t.lasti >= 0 && instruction_range(code, t.lasti, &r) && r.line == t.line)
            text += position_markers(raw, r, style);
        return text;
    }

    // The "File ..., line N, in f" lines, outermost first, collapsing runs of the same line
    // after three ("[Previous line repeated N more times]") as CPython's tb_printinternal.
    // The entries shown for `e` (innermost first), `limit` applied.
    std::vector<TracebackEntry> shown(ExceptionObj* e, bool top) {
        std::vector<TracebackEntry> tb = top && opt.top ? *opt.top : shown_traceback(I, e);
        if (opt.has_limit) {
            size_t n = size_t(opt.limit < 0 ? -opt.limit : opt.limit);
            if (n < tb.size()) {
                if (opt.limit >= 0) // the outermost n: the end of the vector
                    tb.erase(tb.begin(), tb.end() - std::ptrdiff_t(n));
                else
                    tb.resize(n);
            }
        }
        return tb;
    }

    std::vector<std::string> stack_lines(const std::vector<TracebackEntry>& tb) {
        std::vector<std::string> lines;
        std::string last_file;
        int last_line = -1;
        std::string last_name;
        int count = 0;
        auto flush_repeats = [&]() {
            if (count > 3) {
                int more = count - 3;
                lines.push_back("  [Previous line repeated " + std::to_string(more) + " more time" +
                                (more > 1 ? "s" : "") + "]\n");
            }
        };
        for (size_t k = tb.size(); k-- > 0;) {
            const TracebackEntry& t = tb[k];
            std::string file = t.code->filename ? t.code->filename->s.str() : "?";
            std::string name = t.code->name ? t.code->name->s.str() : "?";
            if (file == last_file && t.line == last_line && name == last_name) {
                ++count;
                if (count > 3) continue;
            } else {
                flush_repeats();
                last_file = file;
                last_line = t.line;
                last_name = name;
                count = 1;
            }
            std::string s =
                "  File \"" + file + "\", line " + std::to_string(t.line) + ", in " + name + "\n";
            s += line_text(t);
            lines.push_back(s);
        }
        flush_repeats();
        return lines;
    }

    std::string exception_line(Value exc) {
        TypeObj* t = type_of(I, exc);
        std::string name = t->qualname ? t->qualname->s : t->name->s;
        Value mod = dict_get_str(t->dict, I.n.__module__);
        // As print_exception in pythonrun.c: builtins and __main__ types print bare.
        if (is_str(mod) && str_view(mod) != "builtins" && str_view(mod) != "__main__")
            name = std::string(str_view(mod)) + "." + name;
        std::string msg;
        Value s = to_str(I, exc);
        if (s.is_error()) {
            I.exc = Value::none();
            msg = "<exception str() failed>";
        } else {
            msg = std::string(str_view(s));
        }
        std::string line = msg.empty() ? name : name + ": " + msg;
        if (is_kind(exc, Kind::Exception) && !as<ExceptionObj>(exc)->suggestion.empty())
            line += ". Did you mean: '" + as<ExceptionObj>(exc)->suggestion + "'?";
        line += "\n";
        if (is_kind(exc, Kind::Exception))
            for (Value note : as<ExceptionObj>(exc)->notes)
                if (is_str(note)) line += std::string(str_view(note)) + "\n";
        return line;
    }

    void emit(const std::string& text, const std::string& margin) {
        size_t start = 0;
        while (start < text.size()) {
            size_t nl = text.find('\n', start);
            if (nl == std::string::npos) nl = text.size() - 1;
            out += margin + text.substr(start, nl - start + 1);
            start = nl + 1;
        }
    }

    std::string indent() const { return std::string(2 * size_t(depth), ' '); }
    // Each line of `text` at the current group depth: indented, and inside a group behind a
    // margin ('|', or '+' on the header of the outermost group).
    void say(const std::string& text, char margin = '|') {
        std::string m = indent();
        if (depth > 0) m += std::string(1, margin) + " ";
        emit(text, m);
    }

    void print(Value exc, std::set<Obj*>& seen, bool top = false) {
        if (!is_kind(exc, Kind::Exception)) {
            say(exception_line(exc));
            return;
        }
        auto* e = as<ExceptionObj>(exc);
        seen.insert(e);
        const std::vector<TracebackEntry> tb = shown(e, top);
        if (opt.chain && !e->cause.is_none() && is_kind(e->cause, Kind::Exception) &&
            !seen.count(e->cause.o)) {
            print(e->cause, seen);
            say("\nThe above exception was the direct cause of the following exception:\n\n");
        } else if (opt.chain && !e->suppress_context && is_kind(e->context, Kind::Exception) &&
                   !seen.count(e->context.o)) {
            print(e->context, seen);
            say("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
        bool group = isinstance(I, exc, I.t.BaseExceptionGroup);
        if (!group) {
            if (!tb.empty()) say("Traceback (most recent call last):\n");
            for (auto& l : stack_lines(tb)) say(l);
            say(exception_line(exc));
            return;
        }
        print_group(e, tb, seen);
    }

    // traceback.py's TracebackException.format for a group: the outermost one opens the boxes
    // (one level deeper); each sub-exception is a numbered box one level deeper again, the
    // first 15 shown; the last box is closed once, by the innermost group that ends with it.
    void print_group(ExceptionObj* e, const std::vector<TracebackEntry>& tb, std::set<Obj*>& seen) {
        if (depth > kMaxGroupDepth) {
            say("... (max_group_depth is " + std::to_string(kMaxGroupDepth) + ")\n");
            return;
        }
        const bool outermost = depth == 0;
        if (outermost) ++depth;
        if (!tb.empty())
            say("Exception Group Traceback (most recent call last):\n", outermost ? '+' : '|');
        for (auto& l : stack_lines(tb)) say(l);
        say(exception_line(Value::object(e)));
        const size_t count = e->group.size();
        const size_t n = count <= size_t(kMaxGroupWidth) ? count : size_t(kMaxGroupWidth) + 1;
        need_close = false;
        for (size_t i = 0; i < n; ++i) {
            const bool last = i + 1 == n;
            if (last) need_close = true;
            const bool truncated = i >= size_t(kMaxGroupWidth);
            const std::string title = truncated ? "..." : std::to_string(i + 1);
            out += indent() + (i == 0 ? "+-" : "  ") + "+---------------- " + title +
                   " ----------------\n";
            ++depth;
            if (!truncated) {
                std::set<Obj*> sub_seen = seen;
                print(e->group[i], sub_seen);
            } else {
                const size_t more = count - size_t(kMaxGroupWidth);
                say("and " + std::to_string(more) + " more exception" + (more > 1 ? "s" : "") +
                    "\n");
            }
            if (last && need_close) {
                out += indent() + "+------------------------------------\n";
                need_close = false;
            }
            --depth;
        }
        if (outermost) depth = 0;
    }
};

} // namespace

std::string format_exception(Interp& I, Value exc, std::string_view source,
                             std::string_view filename, TracebackStyle style) {
    return format_exception(I, exc, source, filename, style, TracebackOptions{});
}

std::string format_exception(Interp& I, Value exc, std::string_view source,
                             std::string_view filename, TracebackStyle style,
                             const TracebackOptions& options) {
    Printer p{I, source, filename, style, options, {}};
    std::set<Obj*> seen;
    Value saved = I.exc;
    p.print(exc, seen, true);
    I.exc = saved;
    return p.out;
}

} // namespace loopscope
