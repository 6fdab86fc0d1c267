// token.h - the tokens the lexer produces (CPython's Grammar/Tokens, keywords split out).
#pragma once

#include <cstdint>
#include <string_view>

namespace loopscope {

enum class Tok : uint8_t {
    EndMarker,
    Name,
    Number,
    String,
    Newline,
    Indent,
    Dedent,
    LPar,
    RPar,
    LSqb,
    RSqb,
    Colon,
    Comma,
    Semi,
    Plus,
    Minus,
    Star,
    Slash,
    VBar,
    Amper,
    Less,
    Greater,
    Equal,
    Dot,
    Percent,
    LBrace,
    RBrace,
    EqEqual,
    NotEqual,
    LessEqual,
    GreaterEqual,
    Tilde,
    Circumflex,
    LeftShift,
    RightShift,
    DoubleStar,
    PlusEqual,
    MinEqual,
    StarEqual,
    SlashEqual,
    PercentEqual,
    AmperEqual,
    VBarEqual,
    CircumflexEqual,
    LeftShiftEqual,
    RightShiftEqual,
    DoubleStarEqual,
    DoubleSlash,
    DoubleSlashEqual,
    At,
    AtEqual,
    RArrow,
    Ellipsis,
    ColonEqual,
    Exclamation,
    Unknown, // a stray ASCII character such as '$' or '?': the parser reports invalid syntax
    Error,   // tokenizer error; the Lexer's error() says which
};

// Hard keywords (a Name token whose text is one of these has kw != None).
enum class Kw : uint8_t {
    None,
    False_,
    None_,
    True_,
    And,
    As,
    Assert,
    Async,
    Await,
    Break,
    Class,
    Continue,
    Def,
    Del,
    Elif,
    Else,
    Except,
    Finally,
    For,
    From,
    Global,
    If,
    Import,
    In,
    Is,
    Lambda,
    Nonlocal,
    Not,
    Or,
    Pass,
    Raise,
    Return,
    Try,
    While,
    With,
    Yield,
};

struct Token {
    Tok type = Tok::EndMarker;
    Kw kw = Kw::None;
    std::string_view text; // slice of the source (empty for Indent/Dedent/EndMarker)
    int line = 0;          // 1-based
    int col = 0;           // 0-based byte column
    int end_line = 0;
    int end_col = 0;
};

// Printable name ("NAME", "OP", "'('"...), for token dumps in tests.
const char* tok_name(Tok t);

} // namespace loopscope
