#include "editor/editor_colors.h"

#include "theme.h"

namespace loopscope::editor {

namespace {

using theme::rgba;

// One design for both variants, its inks from the palette (tested for contrast in
// tests/unit/theme/palette_test.cpp); only the translucent bands differ.
EditorColors make(const ui::Palette& p, bool dark) {
    EditorColors c{};
    c.background = rgba(p.panel);
    c.gutter = rgba(p.gutter);
    c.gutter_border = rgba(p.border);
    c.line_number = rgba(p.line_number);
    c.line_number_active = rgba(p.line_number_active);
    c.caret_line = rgba(p.panel_raised, dark ? 0.55f : 0.9f);
    c.hover_line = rgba(p.panel_raised, dark ? 0.35f : 0.5f);
    c.selection = dark ? rgba(0x3B5B9A, 0.55f) : rgba(0xB6CCF5, 0.8f);
    c.selection_inactive = dark ? rgba(0x3B4252, 0.55f) : rgba(0xD5DBE5, 0.8f);
    c.caret = rgba(p.accent);
    c.exec_line = rgba(p.accent, dark ? 0.14f : 0.12f);
    c.exec_marker = rgba(p.accent);
    c.breakpoint = rgba(dark ? 0xE5484D : 0xD92D3A);
    c.breakpoint_ghost = rgba(dark ? 0xE5484D : 0xD92D3A, 0.35f);
    c.error = rgba(p.error);
    c.error_line = rgba(p.error, dark ? 0.08f : 0.07f);
    auto set = [&](TokenKind k, ImU32 color) { c.syntax[static_cast<int>(k)] = color; };
    set(TokenKind::Text, rgba(p.text));
    set(TokenKind::Keyword, rgba(p.syntax_keyword));
    set(TokenKind::AsyncKeyword, rgba(p.syntax_async));
    set(TokenKind::SoftKeyword, rgba(p.syntax_keyword));
    set(TokenKind::Constant, rgba(p.syntax_number));
    set(TokenKind::Builtin, rgba(p.syntax_builtin));
    set(TokenKind::FunctionName, rgba(p.syntax_call));
    set(TokenKind::ClassName, rgba(p.class_name));
    set(TokenKind::Call, rgba(p.syntax_call));
    set(TokenKind::Decorator, rgba(p.decorator));
    set(TokenKind::Number, rgba(p.syntax_number));
    set(TokenKind::String, rgba(p.syntax_string));
    set(TokenKind::StringEscape, rgba(p.string_escape));
    set(TokenKind::FStringDelimiter, rgba(p.string_escape));
    set(TokenKind::Comment, rgba(p.syntax_comment));
    set(TokenKind::Operator, rgba(p.operator_ink));
    set(TokenKind::Punctuation, rgba(p.text_dim));
    return c;
}

} // namespace

const EditorColors& editor_colors(EditorTheme theme) {
    static const EditorColors dark = make(ui::dark_palette(), true);
    static const EditorColors light = make(ui::light_palette(), false);
    return theme == EditorTheme::Light ? light : dark;
}

} // namespace loopscope::editor
