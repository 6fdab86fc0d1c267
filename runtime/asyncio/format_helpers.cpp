// format_helpers.cpp - how asyncio writes its objects (see format_helpers.h).
#include "asyncio/format_helpers.h"

#include "asyncio/async_state.h"
#include "asyncio/tasks.h"
#include "lang/classes.h"
#include "lang/vm.h"

#include <algorithm>

namespace loopscope {

// ---------------------------------------------------------------------------------------------
// reprs (base_futures.py, base_tasks.py, format_helpers.py, reprlib)
// ---------------------------------------------------------------------------------------------

static std::string truncate_repr(std::string s, size_t limit) {
    // reprlib: keep the head and the tail around '...' (counted in code points)
    int64_t n = utf8_length(s);
    if (n <= int64_t(limit)) return s;
    int64_t i = std::max<int64_t>(0, (int64_t(limit) - 3) / 2);
    int64_t j = std::max<int64_t>(0, int64_t(limit) - 3 - i);
    size_t a = utf8_offset(s, i);
    size_t b = utf8_offset(s, n - j);
    return s.substr(0, a) + "..." + s.substr(b);
}

// reprlib.repr with its default limits.
static bool reprlib_repr(Interp& I, Value v, std::string& out, int level = 6) {
    if (is_str(v)) {
        std::string_view sv = str_view(v);
        StrObj* so = as_str(v);
        std::string head(sv.substr(0, utf8_offset(so, std::min<int64_t>(so->cp_len, 30))));
        out += truncate_repr(repr_string(head), 30);
        return true;
    }
    if (is_kind(v, Kind::List) || is_kind(v, Kind::Tuple)) {
        bool list = is_kind(v, Kind::List);
        const auto& items = list ? as<ListObj>(v)->items : as<TupleObj>(v)->items;
        if (items.empty()) {
            out += list ? "[]" : "()";
            return true;
        }
        if (level <= 0) {
            out += list ? "[...]" : "(...)";
            return true;
        }
        out += list ? "[" : "(";
        size_t n = std::min<size_t>(items.size(), 6);
        for (size_t i = 0; i < n; ++i) {
            if (i) out += ", ";
            if (!reprlib_repr(I, items[i], out, level - 1)) return false;
        }
        if (items.size() > 6) out += ", ...";
        if (!list && items.size() == 1) out += ",";
        out += list ? "]" : ")";
        return true;
    }
    std::string s;
    if (!repr_into(I, v, s)) return false;
    out += truncate_repr(s, is_int(I, v) ? 40 : 30);
    return true;
}

static std::string coro_description(Interp& I, Value coro, CodeObj* code) {
    if (!is_kind(coro, Kind::Generator)) {
        std::string s;
        if (!repr_into(I, coro, s)) I.exc = Value::none();
        return s;
    }
    GenObj* g = as<GenObj>(coro);
    std::string name = g->qualname->s + "()";
    if (g->frame) {
        int32_t line = g->started ? g->frame->line() : g->frame->code->firstlineno;
        return name + " running at " + g->frame->code->filename->s + ":" + std::to_string(line);
    }
    if (code)
        return name + " done, defined at " + code->filename->s + ":" +
               std::to_string(code->firstlineno);
    return name + " done";
}

static std::string function_source(Value fn) {
    if (is_kind(fn, Kind::BoundMethod)) fn = as<BoundMethodObj>(fn)->func;
    if (is_kind(fn, Kind::Function)) {
        CodeObj* c = as<FunctionObj>(fn)->code;
        return " at " + c->filename->s + ":" + std::to_string(c->firstlineno);
    }
    return "";
}

std::string format_callback_source(Interp& I, Value callback, std::span<const Value> args) {
    std::string s;
    // only functions, methods and classes have a __qualname__ of their own
    bool named = is_kind(callback, Kind::Function) || is_kind(callback, Kind::BoundMethod) ||
                 is_kind(callback, Kind::NativeFunction) || is_kind(callback, Kind::Type);
    Value qn = named ? getattr_opt(I, callback, I.n.__qualname__) : Value::undef();
    if (qn.is_error()) I.exc = Value::none();
    if (is_str(qn) && !str_view(qn).empty()) {
        s = std::string(str_view(qn));
    } else {
        Value nm = named ? getattr_opt(I, callback, I.n.__name__) : Value::undef();
        if (nm.is_error()) I.exc = Value::none();
        if (is_str(nm) && !str_view(nm).empty())
            s = std::string(str_view(nm));
        else if (!repr_into(I, callback, s))
            I.exc = Value::none();
    }
    s += "(";
    for (size_t i = 0; i < args.size(); ++i) {
        if (i) s += ", ";
        if (!reprlib_repr(I, args[i], s)) I.exc = Value::none();
    }
    s += ")";
    return s + function_source(callback);
}

static std::string callbacks_repr(Interp& I, FutureObj* f) {
    auto one = [&](const FutureObj::Callback& c) -> std::string {
        if (c.wakeup) return "Task.task_wakeup()";
        return format_callback_source(I, c.fn, {});
    };
    size_t n = f->callbacks.size();
    std::string s;
    if (n == 1)
        s = one(f->callbacks[0]);
    else if (n == 2)
        s = one(f->callbacks[0]) + ", " + one(f->callbacks[1]);
    else
        s = one(f->callbacks[0]) + ", <" + std::to_string(n - 2) + " more>, " +
            one(f->callbacks[n - 1]);
    return "cb=[" + s + "]";
}

static std::string future_repr_once(Interp& I, FutureObj* f);

// as reprlib.recursive_repr around base_futures._future_repr: a future met again inside its own
// repr (tasks awaiting each other) is "..." there, not an endless recursion
std::string future_repr(Interp& I, FutureObj* f) {
    static std::vector<FutureObj*> in_progress;
    if (std::find(in_progress.begin(), in_progress.end(), f) != in_progress.end()) return "...";
    in_progress.push_back(f);
    std::string s = future_repr_once(I, f);
    in_progress.pop_back();
    return s;
}

static std::string future_repr_once(Interp& I, FutureObj* f) {
    std::vector<std::string> info;
    info.push_back(f->state == FutState::Pending     ? "pending"
                   : f->state == FutState::Cancelled ? "cancelled"
                                                     : "finished");
    if (f->state == FutState::Finished) {
        std::string s;
        if (!f->exception.is_none()) {
            if (!repr_into(I, f->exception, s)) I.exc = Value::none();
            info.push_back("exception=" + s);
        } else {
            if (!reprlib_repr(I, f->result, s)) I.exc = Value::none();
            info.push_back("result=" + s);
        }
    }
    if (!f->callbacks.empty()) info.push_back(callbacks_repr(I, f));
    if (f->site()) info.push_back(f->site()->text().substr(1)); // "created at FILE:LINE"
    std::string head = "Future";
    if (f->is_task) {
        auto* t = static_cast<TaskObj*>(f);
        head = "Task";
        // as base_tasks._task_repr_info: a cancel requested (cancelling() > 0), not yet done
        if (t->num_cancels_requested > 0 && f->state == FutState::Pending) info[0] = "cancelling";
        std::string nm;
        if (!repr_into(I, task_name(I, t), nm)) I.exc = Value::none();
        info.insert(info.begin() + 1, "name=" + nm);
        info.insert(info.begin() + 2, "coro=<" + coro_description(I, t->coro, t->coro_code) + ">");
        if (t->fut_waiter)
            info.insert(info.begin() + 3, "wait_for=" + future_repr(I, t->fut_waiter));
    } else if (f->gathering) {
        head = "_GatheringFuture";
    }
    std::string s = "<" + head;
    for (const auto& x : info) s += " " + x;
    return s + ">";
}

// ---------------------------------------------------------------------------------------------
// logging (asyncio's logger.error through loop.call_exception_handler)
// ---------------------------------------------------------------------------------------------

static std::string_view registry_text(Interp& I, const char* key) {
    auto it = I.registry.find(key);
    if (it == I.registry.end() || !is_str(it->second)) return {};
    return str_view(it->second);
}

std::string logged_traceback(Interp& I, Value exc) {
    return format_exception(I, exc, registry_text(I, "__main__.source"),
                            registry_text(I, "__main__.filename"), TracebackStyle::Module);
}

} // namespace loopscope
