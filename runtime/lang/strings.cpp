// strings.cpp - the str object's representation: UTF-8 text with a cached code point count,
// UTF-8 helpers, hashing and repr (quote choice and escapes as CPython's unicode_repr).
#include "lang/builtins_shared.h"
#include "lang/memory_guard.h"
#include "lang/str_repr.h"
#include "lang/unicode_db.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <ostream>

namespace loopscope {

namespace {

// Length in code points of UTF-8 text: ASCII text (the common case) is found eight bytes at a
// time; other text counts the bytes that are not continuation bytes.
inline int64_t count_code_points(std::string_view s, bool* ascii) {
    const char* p = s.data();
    size_t n = s.size(), i = 0;
    uint64_t high = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        std::memcpy(&w, p + i, 8);
        high |= w;
    }
    for (; i < n; ++i) high |= static_cast<unsigned char>(p[i]);
    *ascii = (high & 0x8080808080808080ull) == 0;
    if (*ascii) return int64_t(n);
    int64_t cont = 0;
    for (unsigned char c : s) cont += (c & 0xC0) == 0x80;
    return int64_t(n) - cont;
}

} // namespace

// The block a str made by appending points into (str_text.h): reference counted by its strs.
struct StrObj::Block {
    size_t refs;
    size_t used; // bytes written: the longest text that points here ends there
    size_t cap;
    char* bytes() { return reinterpret_cast<char*>(this + 1); }
};

namespace {

// Where a str's own text starts: the object's last field (tail_), running on past its end.
constexpr size_t kTextAt = sizeof(StrObj) - sizeof(StrObj::tail_);
// A text up to this long is copied whole rather than put in a block (appends to it copy it).
constexpr size_t kShortText = 40;

// memcpy of n bytes, none when n is 0 (an empty string_view's data may be null, which
// memcpy must not be given even for 0 bytes). Up to 16 bytes (words, short pieces) are moved
// as two overlapping loads and stores, with no call (wasm's memcpy is a byte loop).
[[gnu::noinline]] void put_bytes(char* to, const char* from, size_t n) {
    if (n >= 8 && n <= 16) {
        uint64_t x, y;
        std::memcpy(&x, from, 8);
        std::memcpy(&y, from + n - 8, 8);
        std::memcpy(to, &x, 8);
        std::memcpy(to + n - 8, &y, 8);
    } else if (n >= 4 && n < 8) {
        uint32_t x, y;
        std::memcpy(&x, from, 4);
        std::memcpy(&y, from + n - 4, 4);
        std::memcpy(to, &x, 4);
        std::memcpy(to + n - 4, &y, 4);
    } else if (n > 0 && n < 4) {
        to[0] = from[0];
        to[n / 2] = from[n / 2];
        to[n - 1] = from[n - 1];
    } else if (n) {
        std::memcpy(to, from, n);
    }
}

} // namespace

// (A str's own text starts at kTextAt, a str subclass instance's after its own fields.)
size_t StrObj::alloc_size() const {
    if (in_block) return sizeof(StrObj) + sizeof(Shared);
    const size_t at = size_t(s.p_ - reinterpret_cast<const char*>(this));
    return std::max(sizeof(StrObj), at + s.n_);
}

size_t StrObj::gc_size() const {
    return 48 + (in_block ? shared().charge : s.n_);
}

StrObj::~StrObj() {
    if (!in_block) return;
    Block* b = shared().blk;
    if (--b->refs == 0) ::operator delete(b);
}

void StrObj::operator delete(StrObj* p, std::destroying_delete_t) {
    const size_t n = p->alloc_size();
    p->~StrObj();
    Obj::operator delete(p, n);
}

inline __attribute__((always_inline)) StrObj* StrObj::adopt(Interp& I, StrObj* o) {
    I.heap.adopt(o);
    if (I.heap.large_made != 0) [[unlikely]]
        I.charge_made();
    return o;
}

StrObj* StrObj::make_blank(Interp& I, TypeObj* t, size_t n, int64_t code_points, bool is_ascii) {
    auto* o = new (Bytes{std::max(sizeof(StrObj), kTextAt + n)}) StrObj(t, code_points, is_ascii);
    o->s.p_ = reinterpret_cast<char*>(o) + kTextAt;
    o->s.n_ = n;
    return adopt(I, o);
}

StrObj* StrObj::make(Interp& I, TypeObj* t, std::string_view text, int64_t code_points,
                     bool is_ascii) {
    // The empty str is shared, as CPython's singleton, once the interpreter made it (extra(I)
    // may then still hold the caches of a former Interp at the same address: cleared here).
    if (text.empty() && t == I.t.str) {
        if (I.empty_str) return I.empty_str;
        std::fill(std::begin(extra(I).ascii_chars), std::end(extra(I).ascii_chars), nullptr);
    }
    StrObj* o = make_blank(I, t, text.size(), code_points, is_ascii);
    put_bytes(o->blank_text(), text.data(), text.size());
    return o;
}

StrObj* ascii_char(Interp& I, unsigned char c) {
    StrObj*& slot = extra(I).ascii_chars[c];
    if (slot) return slot;
    const std::string_view text(reinterpret_cast<const char*>(&c), 1);
    if (auto it = I.interned.find(text); it != I.interned.end()) return slot = it->second;
    // (made here, not by Interp::intern, whose StrObj::make would come back here)
    StrObj* o = StrObj::make_blank(I, I.t.str, 1, 1, true);
    o->blank_text()[0] = char(c);
    o->interned = true;
    I.interned.emplace(o->s.view(), o);
    return slot = o;
}

StrObj* StrObj::make(Interp& I, TypeObj* t, std::string_view text) {
    bool is_ascii;
    const int64_t cps = count_code_points(text, &is_ascii);
    return make(I, t, text, cps, is_ascii);
}

StrObj* StrObj::make_subclass(Interp& I, TypeObj* t, const StrObj* from) {
    using Sub = SubclassObj<StrObj>;
    const size_t n = from->s.n_;
    auto* o = new (Bytes{sizeof(Sub) + n}) Sub(t, from->cp_len, from->ascii);
    char* at = reinterpret_cast<char*>(o) + sizeof(Sub);
    put_bytes(at, from->s.p_, n);
    o->s.p_ = at;
    o->s.n_ = n;
    return adopt(I, o);
}

StrObj* StrObj::concat(Interp& I, const StrObj* a, const StrObj* b) {
    const size_t an = a->s.n_, bn = b->s.n_, total = an + bn;
    const int64_t cps = a->cp_len + b->cp_len;
    const bool is_ascii = a->ascii && b->ascii;
    if (total <= kShortText) {
        auto* o =
            new (Bytes{std::max(sizeof(StrObj), kTextAt + total)}) StrObj(I.t.str, cps, is_ascii);
        char* at = reinterpret_cast<char*>(o) + kTextAt;
        put_bytes(at, a->s.p_, an);
        put_bytes(at + an, b->s.p_, bn);
        o->s.p_ = at;
        o->s.n_ = total;
        return adopt(I, o);
    }
    auto* o = new (Bytes{sizeof(StrObj) + sizeof(Shared)}) StrObj(I.t.str, cps, is_ascii);
    Block* blk = a->in_block ? a->shared().blk : nullptr;
    const bool longest = blk && a->s.p_ + an == blk->bytes() + blk->used;
    size_t charge;
    if (longest && blk->cap - blk->used >= bn) {
        // b goes after a's text in the block's spare room; a keeps seeing its prefix.
        put_bytes(blk->bytes() + blk->used, b->s.p_, bn);
        blk->used += bn;
        ++blk->refs;
        charge = bn;
    } else {
        // A full block's longest text is being built by appends (a loop): room for as much
        // again; any other text a quarter more.
        const size_t cap = longest ? total * 2 : total + total / 4;
        blk = static_cast<Block*>(::operator new(sizeof(Block) + cap));
        blk->refs = 1;
        blk->cap = cap;
        put_bytes(blk->bytes(), a->s.p_, an);
        put_bytes(blk->bytes() + an, b->s.p_, bn);
        blk->used = total;
        charge = cap;
    }
    o->in_block = true;
    o->shared() = {blk, 0};
    o->s.p_ = blk->bytes();
    o->s.n_ = total;
    adopt(I, o);
    // The text's bytes count as allocated with it (gc_size), but not as a large object's work:
    // the caller charged that (native_bytes).
    o->shared().charge = charge;
    I.heap.allocated += charge;
    return o;
}

StrObj* str_add_short(Interp& I, StrObj* a, StrObj* b) {
    // (what ops_arith.cpp's str_concat checks first, for a result under a large object's size:
    // room_for asks only memory::fits, native_bytes nothing)
    const size_t total = a->s.size() + b->s.size();
    if (total >= Heap::kLargeObject || !memory::fits(total)) return nullptr;
    if (b->s.empty()) return a;
    if (a->s.empty()) return b;
    return StrObj::concat(I, a, b);
}

void StrObj::note_formatted(Interp& I, Value v, Value r, size_t objects_before,
                            size_t collections_before) {
    ExtraTypes& x = extra(I);
    if (x.formatted_at != I.heap.collections) {
        x.n_formatted = 0;
        x.formatted_at = I.heap.collections;
    }
    const bool plain = v.tag == Tag::Int || v.tag == Tag::Float ||
                       (v.tag == Tag::Obj && (v.o->type == I.t.int_ || v.o->type == I.t.str));
    ObjList& objs = I.heap.objects;
    StrObj* s = r.tag == Tag::Obj && r.o->kind == Kind::Str ? as_str(r) : nullptr;
    if (plain && s && !r.same(v) && s->type == I.t.str && !s->interned && s != I.empty_str &&
        collections_before == I.heap.collections && objs.size() > objects_before &&
        objs[objs.size() - 1] == s) {
        if (x.n_formatted < std::size(x.formatted)) x.formatted[x.n_formatted++] = s;
        return;
    }
    // Not made here: forgotten if an earlier FORMAT_VALUE noted it (an f-string of one part
    // hands its result on, BUILD_STRING or not).
    for (uint32_t k = 0; k < x.n_formatted; ++k)
        if (r.same(Value::object(x.formatted[k]))) x.formatted[k] = x.formatted[--x.n_formatted];
}

void StrObj::free_formatted(Interp& I, const Value* items, uint32_t n) {
    ExtraTypes& x = extra(I);
    const uint32_t noted = x.n_formatted;
    x.n_formatted = 0;
    if (noted == 0 || x.formatted_at != I.heap.collections) return;
    StrObj* doomed[std::size(x.formatted)];
    uint32_t nd = 0;
    for (uint32_t k = 0; k < noted; ++k) {
        for (uint32_t i = 0; i < n; ++i) {
            if (items[i].same(Value::object(x.formatted[k]))) {
                doomed[nd++] = x.formatted[k];
                break;
            }
        }
    }
    if (nd == 0) return;
    auto is_doomed = [&](const Obj* o) {
        for (uint32_t j = 0; j < nd; ++j)
            if (o == doomed[j]) return true;
        return false;
    };
    // They are among the newest objects (those no pin keeps): found there, then the gaps
    // they leave closed in one pass.
    Heap& heap = I.heap;
    ObjList& objs = heap.objects;
    const size_t end = objs.size(), floor = heap.pins.empty() ? 0 : heap.pins.back();
    const size_t lowest = end > floor + 16 ? end - 16 : floor;
    size_t first = end;
    uint32_t found = 0;
    for (size_t i = end; i-- > lowest && found < nd;) {
        if (is_doomed(objs[i])) {
            first = i;
            ++found;
        }
    }
    size_t w = first;
    for (size_t i = first; i < end; ++i) {
        Obj* o = objs[i];
        if (!is_doomed(o)) {
            objs[w++] = o;
            continue;
        }
        const size_t size = o->gc_size();
        heap.allocated = heap.allocated > size ? heap.allocated - size : 0;
        --heap.count;
        delete static_cast<StrObj*>(o);
    }
    objs.shrink_to(w);
}

std::ostream& operator<<(std::ostream& os, const StrText& t) {
    return os << t.view();
}

void append_utf8(std::string& out, uint32_t cp) {
    if (cp < 0x80) {
        out.push_back(char(cp));
    } else if (cp < 0x800) {
        out.push_back(char(0xC0 | (cp >> 6)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(char(0xE0 | (cp >> 12)));
        out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(char(0xF0 | (cp >> 18)));
        out.push_back(char(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    }
}

int64_t utf8_length(std::string_view s) {
    bool ascii;
    return count_code_points(s, &ascii);
}

size_t utf8_offset(std::string_view t, int64_t index) {
    size_t pos = 0;
    for (int64_t k = 0; k < index && pos < t.size(); ++k) {
        ++pos;
        while (pos < t.size() && (static_cast<unsigned char>(t[pos]) & 0xC0) == 0x80) ++pos;
    }
    return pos;
}

size_t utf8_offset(const StrObj* s, int64_t index) {
    if (s->ascii) return size_t(index);
    if (index >= s->cp_len) return s->s.size();
    return utf8_offset(s->s.view(), index);
}

uint32_t utf8_decode(std::string_view s, size_t* pos) {
    unsigned char c = static_cast<unsigned char>(s[*pos]);
    if (c < 0x80) {
        ++*pos;
        return c;
    }
    int n = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : 1;
    uint32_t cp = c & (0x3F >> n);
    ++*pos;
    for (int k = 0; k < n && *pos < s.size(); ++k) {
        cp = (cp << 6) | (static_cast<unsigned char>(s[*pos]) & 0x3F);
        ++*pos;
    }
    return cp;
}

Value str_substr(Interp& I, StrObj* s, int64_t start, int64_t stop) {
    if (stop <= start) return Value::object(I.empty_str);
    if (start == 0 && stop >= s->cp_len && s->type == I.t.str) return Value::object(s);
    if (s->ascii) {
        const std::string_view piece = s->s.view().substr(size_t(start), size_t(stop - start));
        if (piece.size() == 1) return Value::object(ascii_char(I, uint8_t(piece[0])));
        return Value::object(StrObj::make(I, I.t.str, piece, int64_t(piece.size()), true));
    }
    size_t a = utf8_offset(s, start);
    size_t b = s->ascii ? size_t(stop) : a + (utf8_offset(s, stop) - a);
    return new_str(I, s->s.substr(a, b - a));
}

// Python's str.isspace() for one code point (split() and strip() separators).
bool unicode_space(uint32_t c) {
    if (c < 0x80) return c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F);
    return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 ||
           c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

int64_t str_hash_text(const StrObj* s) {
    // FNV-1a over the bytes, then a final mix; -1 is reserved as in CPython.
    constexpr uint64_t kPrime = 1099511628211ULL;
    uint64_t h = 1469598103934665603ULL;
    const unsigned char* p = reinterpret_cast<const unsigned char*>(s->s.data());
    size_t n = s->s.size();
    for (; n >= 4; n -= 4, p += 4) // (the same steps, four bytes a round)
        h = ((((((h ^ p[0]) * kPrime) ^ p[1]) * kPrime ^ p[2]) * kPrime) ^ p[3]) * kPrime;
    for (; n; --n, ++p) h = (h ^ *p) * kPrime;
    h ^= h >> 29;
    int64_t r = int64_t(h);
    if (r == -1) r = -2;
    s->hash = r;
    return r;
}

namespace {

// Printable as Python's str.isprintable() judges a code point: the Unicode database's answer,
// approximated while the page has not downloaded it (controls, separators, format characters,
// surrogates, private use and noncharacters are not printable).
bool is_printable(uint32_t cp) {
    if (const unicode::CharInfo* r = unicode::info(cp)) return r->flags & unicode::kPrintable;
    if (cp < 0x20 || cp == 0x7F) return false;
    if (cp < 0x7F) return true;
    if (cp <= 0xA0 || cp == 0xAD) return false;
    if (cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200F) || (cp >= 0x2028 && cp <= 0x202F) ||
        (cp >= 0x205F && cp <= 0x206F) || cp == 0x3000 || cp == 0xFEFF ||
        (cp >= 0xFFF0 && cp <= 0xFFFB) || cp == 0xFFFE || cp == 0xFFFF) {
        return false;
    }
    if (cp >= 0xD800 && cp <= 0xF8FF) return false; // surrogates and private use
    if (cp >= 0xF0000) return false;                // private use planes
    if (cp > 0x10FFFF) return false;
    return true;
}

const char kHex[] = "0123456789abcdef";

} // namespace

// The length of the run of printable ASCII at the start of p[0, n) that repr writes as it is
// (no quote `q`, no backslash), eight bytes at a time.
static size_t plain_repr_run(const char* p, size_t n, char q) {
    constexpr uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
    auto has_zero = [](uint64_t x) { return (x - ones) & ~x & highs; };
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        std::memcpy(&w, p + i, 8);
        const uint64_t special = (w & highs) | ((w - ones * 0x20) & ~w & highs) |
                                 has_zero(w ^ (ones * 0x7F)) | has_zero(w ^ (ones * '\\')) |
                                 has_zero(w ^ (ones * uint8_t(q)));
        if (special) break;
    }
    while (i < n && p[i] >= 0x20 && p[i] < 0x7F && p[i] != q && p[i] != '\\') ++i;
    return i;
}

// As CPython's unicode_repr: single quotes unless the text holds ' and no ".
std::string repr_string(std::string_view s) {
    std::string out;
    repr_string_into(s, out);
    return out;
}

void repr_string_into(std::string_view s, std::string& out) {
    bool has_sq = s.find('\'') != std::string_view::npos;
    bool has_dq = s.find('"') != std::string_view::npos;
    char q = (has_sq && !has_dq) ? '"' : '\'';
    if (out.empty()) out.reserve(s.size() + 2);
    out.push_back(q);
    size_t pos = 0;
    while (pos < s.size()) {
        // a run of printable ASCII that needs no escape, copied at once
        size_t run = pos + plain_repr_run(s.data() + pos, s.size() - pos, q);
        out.append(s.data() + pos, run - pos);
        if ((pos = run) == s.size()) break;
        unsigned char c = static_cast<unsigned char>(s[pos]);
        if (c < 0x80) {
            ++pos;
            if (c == uint8_t(q) || c == '\\') {
                out.push_back('\\');
                out.push_back(char(c));
            } else if (c == '\t') {
                out += "\\t";
            } else if (c == '\n') {
                out += "\\n";
            } else if (c == '\r') {
                out += "\\r";
            } else if (c < 0x20 || c == 0x7F) {
                out += "\\x";
                out.push_back(kHex[c >> 4]);
                out.push_back(kHex[c & 15]);
            } else {
                out.push_back(char(c));
            }
            continue;
        }
        size_t start = pos;
        uint32_t cp = utf8_decode(s, &pos);
        if (is_printable(cp)) {
            out.append(s.substr(start, pos - start));
        } else if (cp < 0x100) {
            out += "\\x";
            out.push_back(kHex[cp >> 4]);
            out.push_back(kHex[cp & 15]);
        } else if (cp < 0x10000) {
            out += "\\u";
            for (int sh = 12; sh >= 0; sh -= 4) out.push_back(kHex[(cp >> sh) & 15]);
        } else {
            out += "\\U";
            for (int sh = 28; sh >= 0; sh -= 4) out.push_back(kHex[(cp >> sh) & 15]);
        }
    }
    out.push_back(q);
}

} // namespace loopscope
