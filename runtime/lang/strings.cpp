// strings.cpp - the str object's representation: UTF-8 text with a cached code point count,
// UTF-8 helpers, hashing and repr (quote choice and escapes as CPython's unicode_repr).
#include "lang/builtins_shared.h"
#include "lang/unicode_db.h"

#include <cstdint>
#include <cstring>
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

StrObj::StrObj(TypeObj* t, std::string_view text) : Obj(Kind::Str, t), s(text) {
    cp_len = count_code_points(text, &ascii);
}

StrText::Block* StrText::make_block(size_t cap) {
    auto* b = static_cast<Block*>(::operator new(sizeof(Block) + cap));
    b->refs = 1;
    b->used = 0;
    b->cap = cap;
    return b;
}

// memcpy of n bytes, none when n is 0 (an empty string_view's data may be null, which
// memcpy must not be given even for 0 bytes)
static void put_bytes(char* to, const char* from, size_t n) {
    if (n) std::memcpy(to, from, n);
}

void StrText::drop() {
    if (!sh_.blk)
        ::operator delete(const_cast<char*>(p_));
    else if (--sh_.blk->refs == 0)
        ::operator delete(sh_.blk);
}

StrText::StrText(std::string_view t) : n_(t.size()) {
    if (n_ <= kInline) {
        p_ = in_;
        put_bytes(in_, t.data(), n_);
        in_[n_] = 0;
        return;
    }
    // Text made whole (not by appending) is seldom appended to: no block header, no room.
    char* own = static_cast<char*>(::operator new(n_));
    put_bytes(own, t.data(), n_);
    p_ = own;
    sh_ = {nullptr, n_};
}

void StrText::set_concat(const StrText& a, std::string_view b) {
    const size_t total = a.n_ + b.size();
    if (total <= kInline) { // (this text is fresh and empty: a and b are others')
        put_bytes(in_, a.p_, a.n_);
        put_bytes(in_ + a.n_, b.data(), b.size());
        n_ = total;
        in_[n_] = 0;
        return;
    }
    Block* blk = a.is_inline() ? nullptr : a.sh_.blk; // (null too for a text of its own)
    const bool longest = blk && a.p_ + a.n_ == blk->bytes() + blk->used;
    if (longest && blk->cap - blk->used >= b.size()) {
        // b goes after a's text in the block's spare room; a keeps seeing its prefix.
        put_bytes(blk->bytes() + blk->used, b.data(), b.size());
        blk->used += b.size();
        ++blk->refs;
        p_ = blk->bytes();
        n_ = total;
        sh_ = {blk, b.size()};
        return;
    }
    // A full block's longest text is being built by appends (a loop): room for as much again;
    // any other text a quarter more.
    const size_t cap = longest ? total * 2 : total + total / 4;
    blk = make_block(cap);
    put_bytes(blk->bytes(), a.p_, a.n_);
    put_bytes(blk->bytes() + a.n_, b.data(), b.size());
    blk->used = total;
    p_ = blk->bytes();
    n_ = total;
    sh_ = {blk, cap};
}

std::ostream& operator<<(std::ostream& os, const StrText& t) {
    return os << t.view();
}

bool is_str(Value v) {
    return v.tag == Tag::Obj && v.o->kind == Kind::Str;
}
std::string_view str_view(Value v) {
    return static_cast<StrObj*>(v.o)->s;
}
StrObj* as_str(Value v) {
    return static_cast<StrObj*>(v.o);
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

size_t utf8_offset(const StrObj* s, int64_t index) {
    if (s->ascii) return size_t(index);
    if (index >= s->cp_len) return s->s.size();
    size_t pos = 0;
    const StrText& t = s->s;
    for (int64_t k = 0; k < index; ++k) {
        ++pos;
        while (pos < t.size() && (static_cast<unsigned char>(t[pos]) & 0xC0) == 0x80) ++pos;
    }
    return pos;
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

int64_t str_hash(const StrObj* s) {
    if (s->hash != -1) return s->hash;
    // FNV-1a over the bytes, then a final mix; -1 is reserved as in CPython.
    uint64_t h = 1469598103934665603ULL;
    for (unsigned char c : s->s) {
        h ^= c;
        h *= 1099511628211ULL;
    }
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

// As CPython's unicode_repr: single quotes unless the text holds ' and no ".
std::string repr_string(std::string_view s) {
    bool has_sq = s.find('\'') != std::string_view::npos;
    bool has_dq = s.find('"') != std::string_view::npos;
    char q = (has_sq && !has_dq) ? '"' : '\'';
    std::string out;
    out.reserve(s.size() + 2);
    out.push_back(q);
    size_t pos = 0;
    while (pos < s.size()) {
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
    return out;
}

} // namespace loopscope
