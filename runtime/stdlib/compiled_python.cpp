// compiled_python.cpp - code objects as bytes and back (see compiled_python.h).
//
// The format (private to one build: the CLI reads what the same sources' generator wrote):
// unsigned numbers as LEB128, signed ones zigzagged, a string as its length and bytes, a
// float as its 8 bytes; a code object as its scalar fields, instructions, lines, positions,
// constants (each a tag and its payload, code objects nested), name tables, cell arguments
// and exception entries, in that order.
#include "stdlib/compiled_python.h"

#include "lang/bytes_object.h"
#include "lang/complex_object.h"
#include "lang/ops.h"

#include <cstring>

namespace loopscope {

namespace {

enum class ConstTag : uint8_t {
    None,
    False,
    True,
    Int,
    Float,
    Str,
    InternedStr,
    Bytes,
    Tuple,
    Code,
    BigInt,
    Complex,
    Ellipsis
};

struct Writer {
    Interp& I;
    std::string& out;

    void u(uint64_t v) {
        do {
            uint8_t b = v & 0x7f;
            v >>= 7;
            out.push_back(char(v ? b | 0x80 : b));
        } while (v);
    }
    void s(int64_t v) { u((uint64_t(v) << 1) ^ uint64_t(v >> 63)); }
    void f(double d) {
        char b[8];
        std::memcpy(b, &d, 8);
        out.append(b, 8);
    }
    void text(std::string_view t) {
        u(t.size());
        out.append(t);
    }
    void str(const StrObj* p) { text(p ? std::string_view(p->s) : std::string_view()); }
    void strs(const std::vector<StrObj*>& v) {
        u(v.size());
        for (StrObj* p : v) str(p);
    }
    void tag(ConstTag t) { out.push_back(char(t)); }

    bool value(Value v) {
        switch (v.tag) {
            case Tag::None: tag(ConstTag::None); return true;
            case Tag::Bool: tag(v.b ? ConstTag::True : ConstTag::False); return true;
            case Tag::Int: tag(ConstTag::Int), s(v.i); return true;
            case Tag::Float: tag(ConstTag::Float), f(v.f); return true;
            case Tag::Obj: break;
            default: return false;
        }
        Obj* o = v.o;
        if (v.same(I.ellipsis)) return tag(ConstTag::Ellipsis), true;
        if (o->type == I.t.str) {
            auto* p = static_cast<StrObj*>(o);
            tag(p->interned ? ConstTag::InternedStr : ConstTag::Str);
            return str(p), true;
        }
        if (o->type == I.t.bytes) return tag(ConstTag::Bytes), text(as<BytesObj>(v)->data), true;
        if (o->type == I.t.complex_) {
            auto* c = as<ComplexObj>(v);
            return tag(ConstTag::Complex), f(c->re), f(c->im), true;
        }
        if (o->type == I.t.int_ && o->kind == Kind::BigInt) {
            std::string digits = static_cast<BigIntObj*>(o)->v.to_string_unlimited();
            return tag(ConstTag::BigInt), text(digits), true;
        }
        if (o->type == I.t.tuple) {
            auto* t = static_cast<TupleObj*>(o);
            tag(ConstTag::Tuple);
            u(t->items.size());
            for (const Value& x : t->items)
                if (!value(x)) return false;
            return true;
        }
        if (o->kind == Kind::Code) return tag(ConstTag::Code), code(static_cast<CodeObj*>(o));
        return false;
    }

    bool code(const CodeObj* c) {
        u(c->flags);
        s(c->firstlineno), s(c->argcount), s(c->posonlyargcount), s(c->kwonlyargcount);
        s(c->stacksize), s(c->frame_size), s(c->fast_argc);
        str(c->name), str(c->qualname), str(c->filename);
        u(c->doc != nullptr);
        if (c->doc) str(c->doc);
        u(c->code.size());
        for (uint32_t w : c->code) u(w);
        u(c->lines.size());
        for (int32_t l : c->lines) s(l);
        text(std::string_view(reinterpret_cast<const char*>(c->positions.data()),
                              c->positions.size()));
        u(c->consts.size());
        for (const Value& v : c->consts)
            if (!value(v)) return false;
        strs(c->names), strs(c->varnames), strs(c->cellnames), strs(c->freenames);
        u(c->cell_arg.size());
        for (int32_t a : c->cell_arg) s(a);
        u(c->handlers.size());
        for (const ExcEntry& h : c->handlers)
            u(h.start), u(h.end), u(h.target), u(h.depth), u(h.push_lasti);
        return true;
    }
};

struct Reader {
    Interp& I;
    const unsigned char* p;
    const unsigned char* end;
    bool bad = false;

    uint64_t u() {
        uint64_t v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (p == end) return bad = true, 0;
            uint8_t b = *p++;
            v |= uint64_t(b & 0x7f) << shift;
            if (!(b & 0x80)) return v;
        }
        return bad = true, 0;
    }
    int64_t s() {
        uint64_t v = u();
        return int64_t(v >> 1) ^ -int64_t(v & 1);
    }
    double f() {
        double d = 0;
        if (end - p < 8) return bad = true, d;
        std::memcpy(&d, p, 8);
        p += 8;
        return d;
    }
    std::string_view text() {
        uint64_t n = u();
        if (bad || uint64_t(end - p) < n) return bad = true, std::string_view();
        std::string_view t(reinterpret_cast<const char*>(p), size_t(n));
        p += n;
        return t;
    }
    StrObj* str() { return I.intern(text()); }
    void strs(std::vector<StrObj*>& v) {
        uint64_t n = u();
        for (uint64_t i = 0; i < n && !bad; ++i) v.push_back(str());
    }

    Value value() {
        if (p == end) return bad = true, Value::none();
        switch (ConstTag(*p++)) {
            case ConstTag::None: return Value::none();
            case ConstTag::False: return Value::boolean(false);
            case ConstTag::True: return Value::boolean(true);
            case ConstTag::Int: return Value::integer(s());
            case ConstTag::Float: return Value::floating(f());
            case ConstTag::InternedStr: return Value::object(str());
            case ConstTag::Str: return Value::object(StrObj::make(I, I.t.str, text()));
            case ConstTag::Bytes: return new_bytes(I, std::string(text()));
            case ConstTag::Complex: {
                double re = f();
                return new_complex(I, re, f());
            }
            case ConstTag::BigInt: {
                auto r = BigInt::parse(text(), 10);
                if (!r.ok()) return bad = true, Value::none();
                return new_int(I, r.value());
            }
            case ConstTag::Ellipsis: return I.ellipsis;
            case ConstTag::Tuple: {
                uint64_t n = u();
                std::vector<Value> items;
                for (uint64_t i = 0; i < n && !bad; ++i) items.push_back(value());
                return new_tuple(I, std::move(items));
            }
            case ConstTag::Code: {
                CodeObj* c = code();
                return c ? Value::object(c) : Value::none();
            }
        }
        return bad = true, Value::none();
    }

    CodeObj* code() {
        CodeObj* c = I.alloc<CodeObj>(I.t.code);
        c->flags = uint32_t(u());
        c->firstlineno = int32_t(s()), c->argcount = int32_t(s());
        c->posonlyargcount = int32_t(s()), c->kwonlyargcount = int32_t(s());
        c->stacksize = int32_t(s()), c->frame_size = int32_t(s());
        c->fast_argc = int16_t(s());
        c->name = str(), c->qualname = str(), c->filename = str();
        if (u()) c->doc = str();
        uint64_t n = u();
        for (uint64_t i = 0; i < n && !bad; ++i) c->code.push_back(uint32_t(u()));
        n = u();
        for (uint64_t i = 0; i < n && !bad; ++i) c->lines.push_back(int32_t(s()));
        std::string_view pos = text();
        c->positions.assign(pos.begin(), pos.end());
        n = u();
        for (uint64_t i = 0; i < n && !bad; ++i) c->consts.push_back(value());
        strs(c->names), strs(c->varnames), strs(c->cellnames), strs(c->freenames);
        n = u();
        for (uint64_t i = 0; i < n && !bad; ++i) c->cell_arg.push_back(int32_t(s()));
        n = u();
        for (uint64_t i = 0; i < n && !bad; ++i) {
            ExcEntry h;
            h.start = uint32_t(u()), h.end = uint32_t(u()), h.target = uint32_t(u());
            h.depth = uint32_t(u()), h.push_lasti = u() != 0;
            c->handlers.push_back(h);
        }
        return bad ? nullptr : c;
    }
};

std::span<const CompiledPython> g_modules;

CodeObj* lookup(Interp& I, const PythonSource& src, std::string_view text) {
    for (const CompiledPython& m : g_modules) {
        if (std::strcmp(m.module, src.module) != 0) continue;
        if (m.text_hash != python_text_hash(text)) return nullptr; // not the text compiled
        return read_code(I, std::span(m.code, m.size));
    }
    return nullptr;
}

} // namespace

uint64_t python_text_hash(std::string_view text) {
    uint64_t h = 0xcbf29ce484222325ull;
    for (unsigned char c : text) h = (h ^ c) * 0x100000001b3ull;
    return h;
}

bool write_code(Interp& I, const CodeObj* code, std::string& out) {
    Writer w{I, out};
    return w.code(code);
}

CodeObj* read_code(Interp& I, std::span<const unsigned char> bytes) {
    Reader r{I, bytes.data(), bytes.data() + bytes.size()};
    CodeObj* c = r.code();
    return r.bad || r.p != r.end ? nullptr : c;
}

void set_compiled_python(std::span<const CompiledPython> modules) {
    g_modules = modules;
    set_compiled_lookup(modules.empty() ? nullptr : lookup);
}

} // namespace loopscope
