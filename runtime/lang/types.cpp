// types.cpp - creating the interpreter: builtin types, the exception hierarchy, interned
// names, and the registration helpers natives use (add_method, add_builtin, ...).
#include "lang/finalize.h"
#include "lang/frame_objects.h"
#include "lang/init.h"
#include "lang/interp.h"
#include "lang/ops.h"
#include "lang/syntax_error.h"

#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <set>

namespace loopscope {

bool is_subtype(TypeObj* t, TypeObj* base) {
    if (t == base) return true;
    for (TypeObj* m : t->mro)
        if (m == base) return true;
    return false;
}

Value type_lookup(TypeObj* type, StrObj* name) {
    for (TypeObj* m : type->mro) {
        Value v = dict_get_str(m->dict, name);
        if (!v.is_undef()) return v;
    }
    return Value::undef();
}

std::string type_name(Interp& I, Value v) {
    return type_of(I, v)->name->s;
}

StrObj* Interp::intern(std::string_view s) {
    auto it = interned.find(s);
    if (it != interned.end()) return it->second;
    StrObj* o = StrObj::make(*this, t.str, s);
    o->interned = true;
    interned.emplace(std::string_view(o->s), o);
    return o;
}

Value Interp::str(std::string_view s) {
    if (s.empty() && empty_str) return Value::object(empty_str);
    return Value::object(StrObj::make(*this, t.str, s));
}

// C3 linearisation, as CPython's mro_internal; returns false on a conflict.
static bool compute_mro(TypeObj* type) {
    std::vector<std::vector<TypeObj*>> seqs;
    for (TypeObj* b : type->bases) seqs.push_back(b->mro);
    seqs.push_back(type->bases);
    std::vector<TypeObj*> out{type};
    for (;;) {
        bool empty = true;
        for (auto& s : seqs)
            if (!s.empty()) empty = false;
        if (empty) break;
        TypeObj* cand = nullptr;
        for (auto& s : seqs) {
            if (s.empty()) continue;
            TypeObj* head = s.front();
            bool in_tail = false;
            for (auto& s2 : seqs)
                for (size_t i = 1; i < s2.size(); ++i)
                    if (s2[i] == head) in_tail = true;
            if (!in_tail) {
                cand = head;
                break;
            }
        }
        if (!cand) return false;
        out.push_back(cand);
        for (auto& s : seqs)
            if (!s.empty() && s.front() == cand) s.erase(s.begin());
    }
    type->mro = std::move(out);
    ++g_type_dict_epoch; // the type lookup cache's entries assume the MRO they were filled with
    return true;
}

bool init_type_mro(TypeObj* type) {
    return compute_mro(type);
}

TypeObj* new_builtin_type(Interp& I, std::string_view name, TypeObj* base, Kind instance_kind) {
    DictObj* d = new_dict(I);
    TypeObj* t = I.alloc<TypeObj>(I.t.type, I.intern(name), d);
    if (base) t->bases.push_back(base);
    compute_mro(t);
    t->is_builtin = true;
    t->instance_kind = instance_kind;
    t->layout = base ? base->layout : Layout::Builtin;
    return t;
}

Value new_native_function(Interp& I, std::string_view name, NativeFn fn, Value self) {
    auto* f = I.alloc<NativeFunctionObj>(I.t.builtin_function, fn, I.intern(name));
    f->self = self;
    return Value::object(f);
}

void add_method(Interp& I, TypeObj* type, std::string_view name, NativeFn fn, bool rooted) {
    Value f = new_native_function(I, name, fn);
    as<NativeFunctionObj>(f)->is_method = true;
    as<NativeFunctionObj>(f)->rooted = rooted;
    as<NativeFunctionObj>(f)->number_method = type == I.t.int_ ? 1 : type == I.t.float_ ? 2 : 0;
    dict_set_str(I, type->dict, I.intern(name), f);
}

void add_classmethod(Interp& I, TypeObj* type, std::string_view name, NativeFn fn) {
    Value f = new_native_function(I, name, fn);
    dict_set_str(I, type->dict, I.intern(name),
                 Value::object(I.alloc<MethodWrapperObj>(Kind::ClassMethod, I.t.classmethod, f)));
}

void add_builtin(Interp& I, std::string_view name, NativeFn fn, bool rooted) {
    Value f = new_native_function(I, name, fn);
    as<NativeFunctionObj>(f)->rooted = rooted;
    dict_set_str(I, I.builtins, I.intern(name), f);
}

static void init_names(Interp& I) {
    Names& n = I.n;
#define LS_NAME(field, text) n.field = I.intern(text);
    // clang-format off (the macro has no semicolon: one name per line)
    LS_NAME(__init__, "__init__")
    LS_NAME(__new__, "__new__")
    LS_NAME(__repr__, "__repr__")
    LS_NAME(__str__, "__str__")
    LS_NAME(__call__, "__call__")
    LS_NAME(__getattr__, "__getattr__")
    LS_NAME(__getattribute__, "__getattribute__")
    LS_NAME(__setattr__, "__setattr__")
    LS_NAME(__delattr__, "__delattr__")
    LS_NAME(__eq__, "__eq__")
    LS_NAME(__ne__, "__ne__")
    LS_NAME(__lt__, "__lt__")
    LS_NAME(__le__, "__le__")
    LS_NAME(__gt__, "__gt__")
    LS_NAME(__ge__, "__ge__")
    LS_NAME(__hash__, "__hash__")
    LS_NAME(__bool__, "__bool__")
    LS_NAME(__len__, "__len__")
    LS_NAME(__iter__, "__iter__")
    LS_NAME(__next__, "__next__")
    LS_NAME(__aiter__, "__aiter__")
    LS_NAME(__anext__, "__anext__")
    LS_NAME(__await__, "__await__")
    LS_NAME(__enter__, "__enter__")
    LS_NAME(__exit__, "__exit__")
    LS_NAME(__aenter__, "__aenter__")
    LS_NAME(__aexit__, "__aexit__")
    LS_NAME(__getitem__, "__getitem__")
    LS_NAME(__setitem__, "__setitem__")
    LS_NAME(__delitem__, "__delitem__")
    LS_NAME(__contains__, "__contains__")
    LS_NAME(__name__, "__name__")
    LS_NAME(__qualname__, "__qualname__")
    LS_NAME(__module__, "__module__")
    LS_NAME(__doc__, "__doc__")
    LS_NAME(__class__, "__class__")
    LS_NAME(__dict__, "__dict__")
    LS_NAME(__main__, "__main__")
    LS_NAME(__builtins__, "__builtins__")
    LS_NAME(__file__, "__file__")
    LS_NAME(__format__, "__format__")
    LS_NAME(__index__, "__index__")
    LS_NAME(__int__, "__int__")
    LS_NAME(__float__, "__float__")
    LS_NAME(__neg__, "__neg__")
    LS_NAME(__pos__, "__pos__")
    LS_NAME(__abs__, "__abs__")
    LS_NAME(__invert__, "__invert__")
    LS_NAME(__set_name__, "__set_name__")
    LS_NAME(__init_subclass__, "__init_subclass__")
    LS_NAME(__class_getitem__, "__class_getitem__")
    LS_NAME(__missing__, "__missing__")
    LS_NAME(__reversed__, "__reversed__")
    LS_NAME(__round__, "__round__")
    LS_NAME(__get__, "__get__")
    LS_NAME(__set__, "__set__")
    LS_NAME(__delete__, "__delete__")
    LS_NAME(args, "args")
    LS_NAME(send, "send")
    LS_NAME(throw_, "throw")
    LS_NAME(close, "close")
    LS_NAME(value, "value")
    LS_NAME(name, "name")
    LS_NAME(__notes__, "__notes__")
    LS_NAME(__traceback__, "__traceback__")
    LS_NAME(__cause__, "__cause__")
    LS_NAME(__context__, "__context__")
    LS_NAME(__suppress_context__, "__suppress_context__")
    LS_NAME(__annotations__, "__annotations__")
    LS_NAME(__slots__, "__slots__")
    // clang-format on
#undef LS_NAME
    static const char* ops[13] = {"add",    "sub",    "mul", "truediv", "floordiv", "mod",   "pow",
                                  "lshift", "rshift", "and", "or",      "xor",      "matmul"};
    for (int i = 0; i < 13; ++i) {
        n.binop[i] = I.intern(std::string("__") + ops[i] + "__");
        n.rbinop[i] = I.intern(std::string("__r") + ops[i] + "__");
        n.ibinop[i] = I.intern(std::string("__i") + ops[i] + "__");
    }
}

// The exception hierarchy of CPython 3.11 that lesson scripts can meet.
static void init_exception_types(Interp& I) {
    BuiltinTypes& t = I.t;
    auto E = [&](std::string_view name, TypeObj* base) {
        TypeObj* ty = new_builtin_type(I, name, base, Kind::Exception);
        ty->layout = Layout::Exception;
        dict_set_str(I, I.builtins, ty->name, Value::object(ty));
        return ty;
    };
    t.BaseException = E("BaseException", t.object);
    t.Exception = E("Exception", t.BaseException);
    t.BaseExceptionGroup = E("BaseExceptionGroup", t.BaseException);
    t.ExceptionGroup = E("ExceptionGroup", t.BaseExceptionGroup);
    t.ExceptionGroup->bases.push_back(t.Exception);
    init_type_mro(t.ExceptionGroup);
    t.GeneratorExit = E("GeneratorExit", t.BaseException);
    t.KeyboardInterrupt = E("KeyboardInterrupt", t.BaseException);
    t.SystemExit = E("SystemExit", t.BaseException);
    t.ArithmeticError = E("ArithmeticError", t.Exception);
    t.ZeroDivisionError = E("ZeroDivisionError", t.ArithmeticError);
    t.OverflowError = E("OverflowError", t.ArithmeticError);
    E("FloatingPointError", t.ArithmeticError);
    t.AssertionError = E("AssertionError", t.Exception);
    t.AttributeError = E("AttributeError", t.Exception);
    t.LookupError = E("LookupError", t.Exception);
    t.IndexError = E("IndexError", t.LookupError);
    t.KeyError = E("KeyError", t.LookupError);
    t.NameError = E("NameError", t.Exception);
    t.UnboundLocalError = E("UnboundLocalError", t.NameError);
    t.RuntimeError = E("RuntimeError", t.Exception);
    t.NotImplementedError = E("NotImplementedError", t.RuntimeError);
    t.RecursionError = E("RecursionError", t.RuntimeError);
    t.StopIteration = E("StopIteration", t.Exception);
    t.StopAsyncIteration = E("StopAsyncIteration", t.Exception);
    t.TypeError = E("TypeError", t.Exception);
    t.ValueError = E("ValueError", t.Exception);
    t.UnicodeError = E("UnicodeError", t.ValueError);
    t.SyntaxError = E("SyntaxError", t.Exception);
    t.IndentationError = E("IndentationError", t.SyntaxError);
    t.TabError = E("TabError", t.IndentationError);
    t.MemoryError = E("MemoryError", t.Exception);
    t.OSError = E("OSError", t.Exception);
    dict_set_str(I, I.builtins, I.intern("IOError"), Value::object(t.OSError));
    dict_set_str(I, I.builtins, I.intern("EnvironmentError"), Value::object(t.OSError));
    t.TimeoutError = E("TimeoutError", t.OSError);
    TypeObj* connection = E("ConnectionError", t.OSError);
    for (const char* name : {"BrokenPipeError", "ConnectionAbortedError", "ConnectionRefusedError",
                             "ConnectionResetError"})
        E(name, connection);
    for (const char* name : {"BlockingIOError", "ChildProcessError", "FileExistsError",
                             "FileNotFoundError", "InterruptedError", "IsADirectoryError",
                             "NotADirectoryError", "PermissionError", "ProcessLookupError"})
        E(name, t.OSError);
    t.ImportError = E("ImportError", t.Exception);
    t.ModuleNotFoundError = E("ModuleNotFoundError", t.ImportError);
    t.EOFError = E("EOFError", t.Exception);
    E("BufferError", t.Exception);
    E("ReferenceError", t.Exception);
    t.Warning = E("Warning", t.Exception);
    t.UserWarning = E("UserWarning", t.Warning);
    t.DeprecationWarning = E("DeprecationWarning", t.Warning);
    t.RuntimeWarning = E("RuntimeWarning", t.Warning);
    for (const char* name :
         {"PendingDeprecationWarning", "SyntaxWarning", "FutureWarning", "ImportWarning",
          "UnicodeWarning", "BytesWarning", "ResourceWarning", "EncodingWarning"})
        E(name, t.Warning);
    // asyncio's own exceptions (exported by the asyncio module, not builtins).
    auto A = [&](std::string_view name, TypeObj* base) {
        TypeObj* ty = new_builtin_type(I, name, base, Kind::Exception);
        ty->layout = Layout::Exception;
        return ty;
    };
    t.CancelledError = A("CancelledError", t.BaseException);
    t.InvalidStateError = A("InvalidStateError", t.Exception);
    t.QueueEmpty = A("QueueEmpty", t.Exception);
    t.QueueFull = A("QueueFull", t.Exception);
    t.BrokenBarrierError = A("BrokenBarrierError", t.RuntimeError);
}

Interp::Interp() {
    write_out = [](std::string_view s) { std::fwrite(s.data(), 1, s.size(), stdout); };
    write_err = [](std::string_view s) { std::fwrite(s.data(), 1, s.size(), stderr); };

    // Bootstrap: `type`, `object`, `str` and `dict` refer to each other.
    t.type = heap.alloc<TypeObj>(nullptr, nullptr, nullptr);
    t.type->type = t.type;
    t.object = heap.alloc<TypeObj>(t.type, nullptr, nullptr);
    t.str = heap.alloc<TypeObj>(t.type, nullptr, nullptr);
    t.dict = heap.alloc<TypeObj>(t.type, nullptr, nullptr);
    for (TypeObj* ty : {t.type, t.object, t.str, t.dict}) {
        ty->dict = heap.alloc<DictObj>(t.dict);
        ty->dict->type_dict = true;
        ty->is_builtin = true;
        ty->layout = Layout::Builtin;
    }
    t.object->layout = Layout::Object;
    t.type->bases = {t.object};
    t.str->bases = {t.object};
    t.dict->bases = {t.object};
    compute_mro(t.object);
    compute_mro(t.type);
    compute_mro(t.str);
    compute_mro(t.dict);
    t.type->instance_kind = Kind::Type;
    t.str->instance_kind = Kind::Str;
    t.dict->instance_kind = Kind::Dict;
    t.object->instance_kind = Kind::Instance;
    init_names(*this);
    t.type->name = t.type->qualname = intern("type");
    t.object->name = t.object->qualname = intern("object");
    t.str->name = t.str->qualname = intern("str");
    t.dict->name = t.dict->qualname = intern("dict");
    empty_str = StrObj::make(*this, t.str, std::string_view());

    Interp& self = *this;
    auto B = [&](std::string_view name, Kind k, TypeObj* base = nullptr) {
        return new_builtin_type(self, name, base ? base : t.object, k);
    };
    t.none = B("NoneType", Kind::Instance);
    t.int_ = B("int", Kind::BigInt);
    t.bool_ = B("bool", Kind::BigInt, t.int_);
    t.float_ = B("float", Kind::Instance);
    t.tuple = B("tuple", Kind::Tuple);
    t.list = B("list", Kind::List);
    t.set = B("set", Kind::Set);
    t.frozenset = B("frozenset", Kind::Set);
    t.range = B("range", Kind::Range);
    t.slice = B("slice", Kind::Slice);
    t.cell = B("cell", Kind::Cell);
    t.code = B("code", Kind::Code);
    t.function = B("function", Kind::Function);
    t.builtin_function = B("builtin_function_or_method", Kind::NativeFunction);
    t.method = B("method", Kind::BoundMethod);
    t.module = B("module", Kind::Module);
    t.generator = B("generator", Kind::Generator);
    t.coroutine = B("coroutine", Kind::Generator);
    t.async_generator = B("async_generator", Kind::Generator);
    t.property = B("property", Kind::Property);
    t.staticmethod = B("staticmethod", Kind::StaticMethod);
    t.classmethod = B("classmethod", Kind::ClassMethod);
    t.super = B("super", Kind::Super);
    t.dict_keys = B("dict_keys", Kind::DictView);
    t.dict_values = B("dict_values", Kind::DictView);
    t.dict_items = B("dict_items", Kind::DictView);
    t.not_implemented_type = B("NotImplementedType", Kind::Instance);
    t.ellipsis_type = B("ellipsis", Kind::Instance);
    empty_tuple = TupleObj::make(*this, t.tuple, size_t(0));
    not_implemented = Value::object(alloc<InstanceObj>(t.not_implemented_type, nullptr));
    ellipsis = Value::object(alloc<InstanceObj>(t.ellipsis_type, nullptr));

    builtins = new_dict(self);
    modules = new_dict(self);
    for (TypeObj* ty :
         {t.object, t.type, t.int_, t.bool_, t.float_, t.str, t.tuple, t.list, t.dict, t.set,
          t.frozenset, t.range, t.slice, t.property, t.staticmethod, t.classmethod, t.super})
        dict_set_str(self, builtins, ty->name, Value::object(ty));
    dict_set_str(self, builtins, intern("NotImplemented"), not_implemented);
    dict_set_str(self, builtins, intern("Ellipsis"), ellipsis);
    init_exception_types(self);

    init_object_methods(self);
    init_number_methods(self);
    init_complex(self);
    init_str_methods(self);
    init_list_methods(self);
    init_dict_methods(self);
    init_set_methods(self);
    init_builtin_subclass_news(self);
    init_range_methods(self);
    init_exception_methods(self);
    init_os_error_methods(self);
    init_function_methods(self);
    init_bytes_types(self);
    init_memoryview(self);
    init_frame_objects(self);
    init_builtin_functions(self);
    init_async_builtins(self);
    warn = [this, shown = std::set<std::string>()](TypeObj* category, std::string_view message,
                                                   WarnSite site) mutable {
        std::string line;
        if (site.file) line = site.file->s + ":" + std::to_string(site.line) + ": ";
        line += category->name->s + ": " + std::string(message) + "\n";
        if (!shown.insert(line).second) return;
        // As warnings.formatwarning: the site's source line, stripped, when the program's own;
        // a warning about an object (a coroutine never awaited: its source is the coroutine)
        // says where tracemalloc would have told its allocation.
        auto text = [&](const char* key) -> std::string_view {
            auto it = registry.find(key);
            return it != registry.end() && is_str(it->second) ? str_view(it->second) : "";
        };
        if (site.file && !site.library && site.file->s == text("__main__.filename")) {
            std::string src = source_line(text("__main__.source"), site.line, false);
            size_t a = src.find_first_not_of(" \t\f\r\n");
            size_t b = src.find_last_not_of(" \t\f\r\n");
            if (a != std::string::npos) line += "  " + src.substr(a, b - a + 1) + "\n";
        }
        // (not at "sys:1", the program's end: there CPython can no longer import tracemalloc)
        bool at_exit = site.file && site.file->s == "sys";
        if (!at_exit && message.starts_with("coroutine '") &&
            message.ends_with("' was never awaited"))
            line +=
                category->name->s + ": Enable tracemalloc to get the object allocation traceback\n";
        write_err(line);
    };
    init_finalize(*this);
    // "coroutine '...' was never awaited" when a coroutine that never started is collected
    // (CPython warns when its refcount drops; here the collector decides when).
    finalizers.push_back([this](std::span<Obj* const>) {
        if (!heap.some_dead(Kind::Generator)) return;
        const std::vector<Obj*> rare = heap.dead_rare; // (a warning hook may collect)
        for (Obj* o : rare) {
            if (o->kind != Kind::Generator) continue;
            auto* g = static_cast<GenObj*>(o);
            if (g->gkind == GenKind::Coroutine && !g->started && !g->warned && g->frame) {
                g->warned = true;
                CodeObj* born = g->born_code();
                WarnSite site = born ? WarnSite{born->filename, g->born_line, is_library_code(born)}
                                     : current_site();
                warn(t.RuntimeWarning, "coroutine '" + g->qualname->s + "' was never awaited",
                     site);
            }
        }
    });
    // Everything created so far lives as long as the interpreter: start counting from here.
    heap.allocated = 0;
    // Testing the collector (heap.h): collect at every safe point nested in native code.
    if (const char* stress = std::getenv("LOOPSCOPE_GC_STRESS"); stress && *stress == '1') {
        heap.stress = true;
        heap.threshold = 0;
    }
}

Interp::~Interp() = default;

Interp::WarnSite Interp::current_site() const {
    if (!frame) return {};
    return {frame->code->filename, frame->line(), is_library_code(frame->code)};
}

} // namespace loopscope
