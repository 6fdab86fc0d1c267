#include "editor/editor_colors.h"

#include "theme.h"

namespace loopscope::editor {

namespace {

using theme::rgba;

EditorColors make_dark() {
    EditorColors c{};
    c.background = rgba(theme::kPanel);
    c.gutter = rgba(theme::kGutter);
    c.gutter_border = rgba(theme::kBorder);
    c.line_number = rgba(theme::kTextFaint);
    c.line_number_active = rgba(theme::kTextDim);
    c.caret_line = rgba(theme::kPanelRaised, 0.55f);
    c.hover_line = rgba(theme::kPanelRaised, 0.35f);
    c.selection = rgba(0x3B5B9A, 0.55f);
    c.selection_inactive = rgba(0x3B4252, 0.55f);
    c.caret = rgba(theme::kAccent);
    c.exec_line = rgba(theme::kAccent, 0.14f);
    c.exec_marker = rgba(theme::kAccent);
    c.breakpoint = rgba(0xE5484D);
    c.breakpoint_ghost = rgba(0xE5484D, 0.35f);
    c.error = rgba(theme::kError);
    c.error_line = rgba(theme::kError, 0.08f);
    auto set = [&](TokenKind k, ImU32 color) { c.syntax[static_cast<int>(k)] = color; };
    set(TokenKind::Text, rgba(theme::kText));
    set(TokenKind::Keyword, rgba(theme::kSyntaxKeyword));
    set(TokenKind::AsyncKeyword, rgba(theme::kSyntaxAsync));
    set(TokenKind::SoftKeyword, rgba(theme::kSyntaxKeyword));
    set(TokenKind::Constant, rgba(theme::kSyntaxNumber));
    set(TokenKind::Builtin, rgba(theme::kSyntaxBuiltin));
    set(TokenKind::FunctionName, rgba(theme::kSyntaxCall));
    set(TokenKind::ClassName, rgba(0xF5D67B));
    set(TokenKind::Call, rgba(theme::kSyntaxCall));
    set(TokenKind::Decorator, rgba(0xE68CC6));
    set(TokenKind::Number, rgba(theme::kSyntaxNumber));
    set(TokenKind::String, rgba(theme::kSyntaxString));
    set(TokenKind::StringEscape, rgba(0xF2D08A));
    set(TokenKind::FStringDelimiter, rgba(0xF2D08A));
    set(TokenKind::Comment, rgba(theme::kSyntaxComment));
    set(TokenKind::Operator, rgba(0xA9B4CC));
    set(TokenKind::Punctuation, rgba(theme::kTextDim));
    return c;
}

// Light: the same roles, darker inks for contrast on white (WCAG AA for text on 0xFFFFFF).
EditorColors make_light() {
    EditorColors c{};
    c.background = rgba(0xFFFFFF);
    c.gutter = rgba(0xF5F6F8);
    c.gutter_border = rgba(0xE1E4EA);
    c.line_number = rgba(0x9AA1AF);
    c.line_number_active = rgba(0x4B5363);
    c.caret_line = rgba(0xEEF1F6, 0.9f);
    c.hover_line = rgba(0xEEF1F6, 0.5f);
    c.selection = rgba(0xB6CCF5, 0.8f);
    c.selection_inactive = rgba(0xD5DBE5, 0.8f);
    c.caret = rgba(0x0F7A64);
    c.exec_line = rgba(0x1FA386, 0.16f);
    c.exec_marker = rgba(0x0F7A64);
    c.breakpoint = rgba(0xD92D3A);
    c.breakpoint_ghost = rgba(0xD92D3A, 0.3f);
    c.error = rgba(0xC8283A);
    c.error_line = rgba(0xC8283A, 0.07f);
    auto set = [&](TokenKind k, ImU32 color) { c.syntax[static_cast<int>(k)] = color; };
    set(TokenKind::Text, rgba(0x1F2430));
    set(TokenKind::Keyword, rgba(0x2F4FC2));
    set(TokenKind::AsyncKeyword, rgba(0xA15C00));
    set(TokenKind::SoftKeyword, rgba(0x2F4FC2));
    set(TokenKind::Constant, rgba(0xB4410F));
    set(TokenKind::Builtin, rgba(0x7434B8));
    set(TokenKind::FunctionName, rgba(0x0B6E99));
    set(TokenKind::ClassName, rgba(0x8A5A00));
    set(TokenKind::Call, rgba(0x0B6E99));
    set(TokenKind::Decorator, rgba(0xA8327A));
    set(TokenKind::Number, rgba(0xB4410F));
    set(TokenKind::String, rgba(0x2D7A2A));
    set(TokenKind::StringEscape, rgba(0x8A5A00));
    set(TokenKind::FStringDelimiter, rgba(0x8A5A00));
    set(TokenKind::Comment, rgba(0x6E7686));
    set(TokenKind::Operator, rgba(0x4B5363));
    set(TokenKind::Punctuation, rgba(0x5B6373));
    return c;
}

} // namespace

const EditorColors& editor_colors(EditorTheme theme) {
    static const EditorColors dark = make_dark();
    static const EditorColors light = make_light();
    return theme == EditorTheme::Light ? light : dark;
}

} // namespace loopscope::editor
