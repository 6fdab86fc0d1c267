// check_text.h - small text helpers shared by the graders (checks.cpp, scheduler_check.cpp):
// how times are written and how a learner's typed lines are read.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace loopscope::lessons {

// "2.000": a virtual time as the transcript writes it.
std::string fmt_time(double t);
// Without trailing spaces, tabs and carriage returns.
std::string_view rstrip(std::string_view s);
// The lines of a text (a last line without "\n" counts; a final "\n" adds no empty line).
std::vector<std::string_view> split_lines(std::string_view text);
// "[2.000] text" -> (2.0, "text"); false when the line has no stamp (learners may type them).
bool split_stamp(std::string_view line, double* time, std::string_view* text);

} // namespace loopscope::lessons
