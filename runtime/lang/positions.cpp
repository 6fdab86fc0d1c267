// positions.cpp - the per-instruction source ranges of a code object (positions.h).
#include "lang/positions.h"

#include "lang/object.h"

namespace loopscope {

namespace {

void put(std::vector<uint8_t>& out, uint32_t v) {
    while (v >= 0x80) {
        out.push_back(uint8_t(v | 0x80));
        v >>= 7;
    }
    out.push_back(uint8_t(v));
}

bool get(const std::vector<uint8_t>& in, size_t& at, uint32_t* v) {
    uint32_t r = 0;
    for (int shift = 0; at < in.size() && shift < 35; shift += 7) {
        uint8_t b = in[at++];
        r |= uint32_t(b & 0x7f) << shift;
        if (!(b & 0x80)) {
            *v = r;
            return true;
        }
    }
    return false;
}

} // namespace

std::vector<uint8_t> encode_positions(const std::vector<SourceRange>& ranges) {
    std::vector<uint8_t> out;
    for (size_t i = 0; i < ranges.size();) {
        size_t j = i + 1;
        while (j < ranges.size() && ranges[j] == ranges[i]) ++j;
        const SourceRange& r = ranges[i];
        put(out, uint32_t(j - i));
        put(out, uint32_t(r.end_line >= r.line ? r.end_line - r.line : 0));
        put(out, uint32_t(r.col + 1));
        put(out, uint32_t(r.end_col + 1));
        i = j;
    }
    out.shrink_to_fit();
    return out;
}

bool instruction_range(const CodeObj* code, int32_t instr, SourceRange* out) {
    if (instr < 0 || size_t(instr) >= code->lines.size()) return false;
    size_t at = 0;
    uint32_t first = 0;
    while (at < code->positions.size()) {
        uint32_t n, dl, c, ec;
        if (!get(code->positions, at, &n) || !get(code->positions, at, &dl) ||
            !get(code->positions, at, &c) || !get(code->positions, at, &ec))
            return false;
        if (uint32_t(instr) < first + n) {
            out->line = code->lines[size_t(instr)];
            out->end_line = out->line + int32_t(dl);
            out->col = int32_t(c) - 1;
            out->end_col = int32_t(ec) - 1;
            return true;
        }
        first += n;
    }
    return false;
}

} // namespace loopscope
