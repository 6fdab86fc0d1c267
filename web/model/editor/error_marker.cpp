#include "model/editor/error_marker.h"

#include "lang/syntax_error.h"

namespace loopscope::editor {

ErrorMarker error_marker_from(const SyntaxErrorInfo& err) {
    ErrorMarker m;
    m.line = err.line;
    m.column = err.col;
    m.end_line = err.end_line;
    m.end_column = err.end_col;
    m.message = err.type + ": " + err.msg;
    return m;
}

} // namespace loopscope::editor
