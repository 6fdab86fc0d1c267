// positions.h - where in the source each instruction of a code object comes from: the range
// (line, end line, column, end column) of the expression or statement it belongs to, as
// CPython 3.11's co_positions(), kept compactly next to CodeObj::lines.
//
// The table (CodeObj::positions) is a list of runs of instructions that share one range;
// each run is four unsigned LEB128 numbers: the run's length, end_line - line, col + 1 and
// end_col + 1 (0 = no column). The start line is CodeObj::lines[i] (the line table), so a run
// never spans a change of line. Ranges of the source a learner writes need 4 bytes per run.
#pragma once

#include <cstdint>
#include <vector>

namespace loopscope {

struct CodeObj;

// Columns are 0-based UTF-8 byte offsets, end exclusive; -1 when unknown.
struct SourceRange {
    int32_t line = 0;
    int32_t end_line = 0;
    int32_t col = -1;
    int32_t end_col = -1;
    bool operator==(const SourceRange&) const = default;
};

// Encode one range per instruction (ranges[i].line must equal the line table's entry).
std::vector<uint8_t> encode_positions(const std::vector<SourceRange>& ranges);

// The range of instruction `instr` of `code` (false when the table has none).
bool instruction_range(const CodeObj* code, int32_t instr, SourceRange* out);

} // namespace loopscope
