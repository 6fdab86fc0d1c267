// memoryview.cpp - memoryview over bytes / bytearray (as CPython's memoryobject.c, format 'B'
// only, one dimension). A view keeps its base object and a strided window (start, step, len)
// into the base's bytes; a slice of a view is a new view on the same base, so writes through a
// bytearray's view show in the bytearray. A view of bytes is read-only.
//
// Unlike CPython, a bytearray does not refuse to resize while views exist; a view whose window
// no longer fits the base's bytes raises instead of reading past the end.
#include "lang/builtins_shared.h"
#include "lang/bytes_object.h"
#include "lang/classes.h"
#include "lang/init.h"

namespace loopscope {

namespace {

struct MemView : NativeObj {
    BytesObj* base;
    int64_t start, step, len;
    bool readonly, released = false;
    MemView(TypeObj* t, BytesObj* b, int64_t s, int64_t st, int64_t n, bool ro)
        : NativeObj(t), base(b), start(s), step(st), len(n), readonly(ro) {}
    size_t gc_size() const override { return 64; }
    void mark_refs(Gc& gc) override { gc.mark(base); }
    // The byte offset of element i, or -1 when the base shrank under the window.
    int64_t at(int64_t i) const {
        int64_t off = start + i * step;
        return off >= 0 && off < int64_t(base->data.size()) ? off : -1;
    }
};

TypeObj* memview_type(Interp& I) {
    return as<TypeObj>(dict_get_str(I.builtins, I.intern("memoryview")));
}

Value forbidden(Interp& I) {
    return raise_value_error(I, "operation forbidden on released memoryview object");
}

// The live view of `self` (property getters get the object as their first argument).
MemView* self_mv(Interp& I, Value self, const CallArgs& a, const char* name,
                 bool allow_released = false) {
    if (self.is_undef() && a.nargs > 0) self = a.args[0];
    if (self.is_obj() && self.o->kind == Kind::Native &&
        is_subtype(self.o->type, memview_type(I))) {
        MemView* m = as<MemView>(self);
        if (m->released && !allow_released) {
            forbidden(I);
            return nullptr;
        }
        return m;
    }
    raise_type_error(I, std::string("descriptor '") + name +
                            "' requires a 'memoryview' object but received a '" +
                            type_name(I, self) + "'");
    return nullptr;
}

#define MV_SELF(name)                                                                              \
    MemView* m = self_mv(I, self, a, name);                                                        \
    if (!m) return Value::error()

Value resized(Interp& I) {
    return raise_value_error(I, "memoryview: underlying buffer was resized");
}

// The bytes the view covers, or false (error raised) when the base shrank.
bool view_bytes(Interp& I, MemView* m, std::string* out) {
    out->clear();
    for (int64_t i = 0; i < m->len; ++i) {
        int64_t off = m->at(i);
        if (off < 0) {
            resized(I);
            return false;
        }
        *out += m->base->data[size_t(off)];
    }
    return true;
}

Value mv_new(Interp& I, Value, const CallArgs& a) {
    ArgSpec spec{"memoryview", {"object"}, {}, 1, false};
    Value o;
    if (!parse_args(I, a, spec, &o)) return Value::error();
    if (!is_bytes_like(I, o)) {
        return raise_type_error(I, "memoryview: a bytes-like object is required, not '" +
                                       type_name(I, o) + "'");
    }
    BytesObj* b = as<BytesObj>(o);
    return Value::object(
        I.alloc<MemView>(memview_type(I), b, 0, 1, int64_t(b->data.size()), !is_bytearray(I, o)));
}

Value mv_len(Interp& I, Value self, const CallArgs& a) {
    MV_SELF("__len__");
    return Value::integer(m->len);
}

// An integer key (or one with __index__) made an index into the view, as memory_subscript's
// and memory_ass_sub's integer case.
bool view_index(Interp& I, const MemView* m, Value key, int64_t* i) {
    if (!is_int(I, key) &&
        (!key.is_obj() || type_lookup(type_of(I, key), I.n.__index__).is_undef())) {
        raise_type_error(I, "memoryview: invalid slice key");
        return false;
    }
    if (!to_index(I, key, i)) return false;
    if (!norm_index(i, m->len)) {
        raise(I, I.t.IndexError, "index out of bounds on dimension 1");
        return false;
    }
    return true;
}

// mv[i] / mv[a:b:c] (as memory_subscript).
Value mv_getitem(Interp& I, Value self, const CallArgs& a) {
    MV_SELF("__getitem__");
    if (!check_one(I, a, "__getitem__")) return Value::error();
    Value key = a.args[0];
    if (is_kind(key, Kind::Slice)) {
        int64_t start, stop, step, len;
        if (!slice_indices(I, as<SliceObj>(key), m->len, &start, &stop, &step, &len))
            return Value::error();
        return Value::object(I.alloc<MemView>(self.o->type, m->base, m->start + start * m->step,
                                              m->step * step, len, m->readonly));
    }
    int64_t i;
    if (!view_index(I, m, key, &i)) return Value::error();
    int64_t off = m->at(i);
    if (off < 0) return resized(I);
    return Value::integer(static_cast<unsigned char>(m->base->data[size_t(off)]));
}

// mv[i] = int, mv[a:b] = bytes-like of the same length (as memory_ass_sub).
Value mv_setitem(Interp& I, Value self, const CallArgs& a) {
    MV_SELF("__setitem__");
    if (!check_range(I, a, "__setitem__", 2, 2)) return Value::error();
    if (m->readonly) return raise_type_error(I, "cannot modify read-only memory");
    Value key = a.args[0], v = a.args[1];
    if (is_kind(key, Kind::Slice)) {
        int64_t start, stop, step, len;
        if (!slice_indices(I, as<SliceObj>(key), m->len, &start, &stop, &step, &len))
            return Value::error();
        std::string_view src;
        if (!bytes_arg(I, v, &src)) return Value::error();
        if (int64_t(src.size()) != len) {
            return raise_value_error(
                I, "memoryview assignment: lvalue and rvalue have different structures");
        }
        std::string copy(src); // the source may be the same buffer
        for (int64_t k = 0; k < len; ++k) {
            int64_t off = m->at(start + k * step);
            if (off < 0) return resized(I);
            m->base->data[size_t(off)] = copy[size_t(k)];
        }
        return Value::none();
    }
    int64_t i;
    if (!view_index(I, m, key, &i)) return Value::error();
    if (!is_int(I, v)) return raise_type_error(I, "memoryview: invalid type for format 'B'");
    int64_t x;
    if (is_kind(v, Kind::BigInt))
        return raise_value_error(I, "memoryview: invalid value for format 'B'");
    if (!to_index(I, v, &x)) return Value::error();
    if (x < 0 || x > 255) {
        return raise_value_error(I, "memoryview: invalid value for format 'B'");
    }
    int64_t off = m->at(i);
    if (off < 0) return resized(I);
    m->base->data[size_t(off)] = char(x);
    return Value::none();
}

Value mv_delitem(Interp& I, Value self, const CallArgs& a) {
    MV_SELF("__delitem__");
    return raise_type_error(I, "cannot delete memory");
}

Value mv_tobytes(Interp& I, Value self, const CallArgs& a) {
    MV_SELF("tobytes");
    std::string s;
    if (!view_bytes(I, m, &s)) return Value::error();
    return new_bytes(I, std::move(s));
}

Value mv_tolist(Interp& I, Value self, const CallArgs& a) {
    MV_SELF("tolist");
    std::string s;
    if (!view_bytes(I, m, &s)) return Value::error();
    std::vector<Value> items;
    for (unsigned char c : s) items.push_back(Value::integer(c));
    return new_list(I, std::move(items));
}

// hex(sep, bytes_per_sep): bytes.hex of the covered bytes.
Value mv_hex(Interp& I, Value self, const CallArgs& a) {
    MV_SELF("hex");
    std::string s;
    if (!view_bytes(I, m, &s)) return Value::error();
    Value b = new_bytes(I, std::move(s));
    return call_bound(I, dict_get_str(I.t.bytes->dict, I.intern("hex")), b, a);
}

Value mv_iter(Interp& I, Value self, const CallArgs& a) {
    MV_SELF("__iter__");
    struct It : IterObj {
        MemView* v;
        int64_t pos = 0;
        It(TypeObj* t, MemView* x) : IterObj(t), v(x) { rooted = true; }
        Value next(Interp& I) override {
            if (!v) return Value::undef();
            if (v->released) return forbidden(I);
            if (pos >= v->len) {
                v = nullptr;
                return Value::undef();
            }
            int64_t off = v->at(pos++);
            if (off < 0) return resized(I);
            return Value::integer(static_cast<unsigned char>(v->base->data[size_t(off)]));
        }
        void mark_refs(Gc& gc) override {
            if (v) gc.mark(v);
        }
    };
    return Value::object(I.alloc<It>(extra(I).memory_iterator, m));
}

Value mv_contains(Interp& I, Value self, const CallArgs& a) {
    MV_SELF("__contains__");
    if (!check_one(I, a, "__contains__")) return Value::error();
    std::string s;
    if (!view_bytes(I, m, &s)) return Value::error();
    for (unsigned char c : s) {
        int e = eq(I, Value::integer(c), a.args[0]);
        if (e != 0) return e < 0 ? Value::error() : Value::boolean(true);
    }
    return Value::boolean(false);
}

// == compares the bytes with another view or a bytes-like object (as memory_richcompare).
template <bool ne>
Value mv_eq(Interp& I, Value self, const CallArgs& a) {
    MemView* m = self_mv(I, self, a, "__eq__", true);
    if (!m || !check_one(I, a, "__eq__")) return Value::error();
    Value o = a.args[0];
    if (o.same(self)) return Value::boolean(!ne);
    std::string mine, theirs;
    if (o.is_obj() && o.o->type == self.o->type) {
        MemView* om = as<MemView>(o);
        if (m->released || om->released) return Value::boolean(ne);
        if (!view_bytes(I, om, &theirs)) return Value::error();
    } else if (is_bytes_like(I, o)) {
        if (m->released) return Value::boolean(ne);
        theirs = std::string(bytes_view(o));
    } else {
        return I.not_implemented;
    }
    if (!view_bytes(I, m, &mine)) return Value::error();
    return Value::boolean((mine == theirs) != ne);
}

Value mv_hash(Interp& I, Value self, const CallArgs& a) {
    MV_SELF("__hash__");
    if (!m->readonly) return raise_value_error(I, "cannot hash writable memoryview object");
    std::string s;
    if (!view_bytes(I, m, &s)) return Value::error();
    return call_special(I, new_bytes(I, std::move(s)), I.n.__hash__, {});
}

Value mv_release(Interp& I, Value self, const CallArgs& a) {
    MemView* m = self_mv(I, self, a, "release", true);
    if (!m) return Value::error();
    m->released = true;
    return Value::none();
}

Value mv_enter(Interp& I, Value self, const CallArgs& a) {
    MV_SELF("__enter__");
    return self;
}

Value mv_cast(Interp& I, Value self, const CallArgs& a) {
    MV_SELF("cast");
    ArgSpec spec{"cast", {"format", "shape"}, {}, 1, false};
    Value av[2];
    if (!parse_args(I, a, spec, av)) return Value::error();
    if (!is_str(av[0])) {
        return raise_type_error(I,
                                "cast() argument 'format' must be str, not " + type_name(I, av[0]));
    }
    std::string_view f = str_view(av[0]);
    if (!f.empty() && f[0] == '@') f.remove_prefix(1);
    if (f.size() != 1 ||
        std::string_view("cbBhHiIlLqQnNfd?eP").find(f[0]) == std::string_view::npos) {
        return raise_value_error(I, "memoryview: destination format must be a native single "
                                    "character format prefixed with an optional '@'");
    }
    if (f != "B")
        return raise(I, I.t.NotImplementedError, "memoryview: only the format 'B' is supported");
    if (!av[1].is_undef())
        return raise(I, I.t.NotImplementedError,
                     "memoryview: cast() with a shape is not supported");
    return Value::object(
        I.alloc<MemView>(self.o->type, m->base, m->start, m->step, m->len, m->readonly));
}

Value mv_repr(Interp& I, Value self, const CallArgs& a) {
    MemView* m = self_mv(I, self, a, "__repr__", true);
    if (!m) return Value::error();
    return new_str(I, std::string(m->released ? "<released memory at " : "<memory at ") +
                          object_address(I, self.o) + ">");
}

// Properties.
Value mv_obj(Interp& I, Value self, const CallArgs& a) {
    MV_SELF("obj");
    return Value::object(m->base);
}
Value mv_nbytes(Interp& I, Value self, const CallArgs& a) {
    MV_SELF("nbytes");
    return Value::integer(m->len);
}
Value mv_readonly(Interp& I, Value self, const CallArgs& a) {
    MV_SELF("readonly");
    return Value::boolean(m->readonly);
}
Value mv_itemsize(Interp& I, Value self, const CallArgs& a) {
    MV_SELF("itemsize");
    return Value::integer(1);
}
Value mv_format(Interp& I, Value self, const CallArgs& a) {
    MV_SELF("format");
    return new_str(I, "B");
}
Value mv_ndim(Interp& I, Value self, const CallArgs& a) {
    MV_SELF("ndim");
    return Value::integer(1);
}
Value mv_shape(Interp& I, Value self, const CallArgs& a) {
    MV_SELF("shape");
    return new_tuple(I, {Value::integer(m->len)});
}
Value mv_strides(Interp& I, Value self, const CallArgs& a) {
    MV_SELF("strides");
    return new_tuple(I, {Value::integer(m->step)});
}

void mv_property(Interp& I, TypeObj* t, const char* name, NativeFn getter) {
    Value g = new_native_function(I, name, getter);
    dict_set_str(
        I, t->dict, I.intern(name),
        Value::object(I.alloc<PropertyObj>(I.t.property, g, Value::none(), Value::none())));
}

} // namespace

void init_memoryview(Interp& I) {
    TypeObj* t = new_builtin_type(I, "memoryview", I.t.object, Kind::Native);
    t->new_fn = mv_new;
    dict_set_str(I, I.builtins, t->name, Value::object(t));
    add_method(I, t, "__len__", mv_len);
    add_method(I, t, "__getitem__", mv_getitem);
    add_method(I, t, "__setitem__", mv_setitem);
    add_method(I, t, "__delitem__", mv_delitem);
    add_method(I, t, "__iter__", mv_iter);
    add_method(I, t, "__contains__", mv_contains);
    add_method(I, t, "__eq__", mv_eq<false>);
    add_method(I, t, "__ne__", mv_eq<true>);
    add_method(I, t, "__hash__", mv_hash);
    add_method(I, t, "__repr__", mv_repr);
    add_method(I, t, "__bytes__", mv_tobytes);
    add_method(I, t, "__enter__", mv_enter);
    add_method(I, t, "__exit__", mv_release);
    add_method(I, t, "tobytes", mv_tobytes);
    add_method(I, t, "tolist", mv_tolist);
    add_method(I, t, "hex", mv_hex);
    add_method(I, t, "release", mv_release);
    add_method(I, t, "cast", mv_cast);
    mv_property(I, t, "obj", mv_obj);
    mv_property(I, t, "nbytes", mv_nbytes);
    mv_property(I, t, "readonly", mv_readonly);
    mv_property(I, t, "itemsize", mv_itemsize);
    mv_property(I, t, "format", mv_format);
    mv_property(I, t, "ndim", mv_ndim);
    mv_property(I, t, "shape", mv_shape);
    mv_property(I, t, "strides", mv_strides);
    ExtraTypes& x = extra(I);
    x.memory_iterator = new_builtin_type(I, "memory_iterator", I.t.object, Kind::Iterator);
    for (StrObj* n : {I.n.__iter__, I.n.__next__})
        dict_set_str(I, x.memory_iterator->dict, n, dict_get_str(x.list_iterator->dict, n));
    Interp* ip = &I; // reachable from no namespace: keep it alive
    I.root_markers.push_back([ip](Gc& gc) { gc.mark(extra(*ip).memory_iterator); });
}

} // namespace loopscope
