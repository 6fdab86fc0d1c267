// str_text.h - the text of a str (StrObj::s): UTF-8 bytes that never change once made, seen
// through a pointer and a length with std::string's reading API.
//
// Where the bytes live is the StrObj's business (object.h, strings.cpp): a str made whole keeps
// its text right after its fields, in the same allocation (one pool block: 64 bytes for up to 5
// bytes of text on a 64-bit build, 80 up to 21, as CPython's compact str of 49 + length). A str
// made by appending (a + b) points into a heap block with spare room that strs made by appending
// share: appending to a str whose text ends where its block's written part ends writes b after it
// in the block's spare room. The new str owns the longer prefix, the old one still sees only its
// own (written bytes never change), so `s += x` in a loop copies each byte about twice in all, as
// CPython's in-place resize, instead of the whole text each time. Appending to any other str
// copies into a new block with room to grow. Blocks are reference counted by the strs that point
// into them (one per str, never shared further), freed with the last.
#pragma once

#include <compare>
#include <cstddef>
#include <cstdint>
#include <iosfwd>
#include <string>
#include <string_view>

namespace loopscope {

// n bytes at p and q are equal: compared a word at a time with no call (dict keys, strip's
// character set; wasm's memcmp is a byte loop). The last word overlaps those already compared;
// a text shorter than a word is read as two overlapping halves (4 to 7 bytes) or as its first,
// middle and last byte (1 to 3).
inline bool same_bytes(const char* p, const char* q, size_t n) {
    if (n >= 8) {
        for (; n > 8; n -= 8, p += 8, q += 8) {
            uint64_t x, y;
            __builtin_memcpy(&x, p, 8);
            __builtin_memcpy(&y, q, 8);
            if (x != y) return false;
        }
        uint64_t x, y;
        __builtin_memcpy(&x, p + n - 8, 8);
        __builtin_memcpy(&y, q + n - 8, 8);
        return x == y;
    }
    if (n >= 4) {
        uint32_t w, x, y, z;
        __builtin_memcpy(&w, p, 4);
        __builtin_memcpy(&x, q, 4);
        __builtin_memcpy(&y, p + n - 4, 4);
        __builtin_memcpy(&z, q + n - 4, 4);
        return ((w ^ x) | (y ^ z)) == 0;
    }
    return n == 0 || (p[0] == q[0] && p[n / 2] == q[n / 2] && p[n - 1] == q[n - 1]);
}

class StrText {
public:
    static constexpr size_t npos = std::string_view::npos;

    StrText() : p_(nullptr), n_(0) {}
    StrText(const StrText&) = delete;
    StrText& operator=(const StrText&) = delete;

    const char* data() const { return p_; }
    size_t size() const { return n_; }
    size_t length() const { return n_; }
    bool empty() const { return n_ == 0; }
    const char* begin() const { return p_; }
    const char* end() const { return p_ + n_; }
    char operator[](size_t i) const { return p_[i]; }
    char front() const { return p_[0]; }
    char back() const { return p_[n_ - 1]; }
    std::string_view view() const { return {p_, n_}; }
    operator std::string_view() const { return {p_, n_}; }
    operator std::string() const { return std::string(p_, n_); }
    std::string str() const { return std::string(p_, n_); }
    std::string substr(size_t pos, size_t n = npos) const {
        return std::string(view().substr(pos, n));
    }
    size_t find(std::string_view t, size_t pos = 0) const { return view().find(t, pos); }
    size_t find(char c, size_t pos = 0) const { return view().find(c, pos); }
    size_t rfind(std::string_view t, size_t pos = npos) const { return view().rfind(t, pos); }
    size_t rfind(char c, size_t pos = npos) const { return view().rfind(c, pos); }
    int compare(std::string_view t) const { return view().compare(t); }
    int compare(size_t pos, size_t n, std::string_view t) const {
        return view().compare(pos, n, t);
    }

    friend bool operator==(const StrText& a, std::string_view b) { return a.view() == b; }
    friend bool operator==(const StrText& a, const StrText& b) { return a.view() == b.view(); }
    friend std::strong_ordering operator<=>(const StrText& a, std::string_view b) {
        return a.view().compare(b) <=> 0;
    }
    friend std::strong_ordering operator<=>(const StrText& a, const StrText& b) {
        return a.view().compare(b.view()) <=> 0;
    }
    friend std::string operator+(const StrText& a, std::string_view b) { return cat(a, b); }
    friend std::string operator+(std::string_view a, const StrText& b) { return cat(a, b); }
    friend std::string operator+(const StrText& a, const StrText& b) { return cat(a, b); }
    friend std::string operator+(const StrText& a, const char* b) { return cat(a, b); }
    friend std::string operator+(const char* a, const StrText& b) { return cat(a, b); }
    friend std::string operator+(const StrText& a, const std::string& b) { return cat(a, b); }
    friend std::string operator+(const std::string& a, const StrText& b) { return cat(a, b); }
    friend std::string operator+(std::string&& a, const StrText& b) {
        a.append(b.p_, b.n_);
        return static_cast<std::string&&>(a);
    }
    friend std::string operator+(const StrText& a, char b) {
        std::string r = a.str();
        r.push_back(b);
        return r;
    }
    friend std::string operator+(char a, const StrText& b) {
        return cat(std::string_view(&a, 1), b);
    }
    friend std::ostream& operator<<(std::ostream& os, const StrText& t);

private:
    friend struct StrObj;
    static std::string cat(std::string_view a, std::string_view b) {
        std::string r;
        r.reserve(a.size() + b.size());
        r.append(a);
        r.append(b);
        return r;
    }
    const char* p_;
    size_t n_;
};

} // namespace loopscope
