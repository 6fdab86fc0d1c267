"""re for the playground, written in Python: a backtracking matcher for the common syntax -
literals, ., classes and their escapes (\\d \\w \\s ...), anchors (^ $ \\A \\Z \\b \\B), groups
(capturing, (?:...), named (?P<name>...)), backreferences, alternation, greedy and lazy
quantifiers, lookahead and lookbehind (fixed strings), inline flags - with match, search,
fullmatch, findall, finditer, sub, subn, split, escape, compile and CPython 3.11's Match and
Pattern behaviour. Flags: IGNORECASE, MULTILINE, DOTALL, VERBOSE, ASCII.

Not supported (they raise re.error saying so): conditional groups (?(1)...), possessive
quantifiers and atomic groups; patterns are str only. The matcher recurses (a few calls per
character it consumes), so while it runs it raises the recursion limit by what the text can
need (_MATCH_DEPTH_PER_CHAR per character): CPython's iterative matcher has no such limit."""

__all__ = ['match', 'fullmatch', 'search', 'sub', 'subn', 'split', 'findall', 'finditer',
           'compile', 'purge', 'escape', 'error', 'Pattern', 'Match', 'A', 'I', 'M', 'S', 'X',
           'ASCII', 'IGNORECASE', 'MULTILINE', 'DOTALL', 'VERBOSE', 'NOFLAG', 'RegexFlag']

import enum as _enum
import sys as _sys
from _re_parser import (IGNORECASE as _IGNORECASE, MULTILINE as _MULTILINE, DOTALL as _DOTALL,
                        UNICODE as _UNICODE, ASCII as _ASCII, error, PatternError, _FLAG_NAMES,
                        _MAXREPEAT, _DIGITS, _ESCAPES, _Parser)

error.__module__ = 're'


# as CPython's re.RegexFlag: an IntFlag whose members are also the module's names (re.I is
# RegexFlag.IGNORECASE), shown as re.NAME, unknown bits in hex
class RegexFlag(_enum.IntFlag, boundary=_enum.KEEP):
    NOFLAG = 0
    ASCII = A = 256
    IGNORECASE = I = 2
    LOCALE = L = 4
    UNICODE = U = 32
    MULTILINE = M = 8
    DOTALL = S = 16
    VERBOSE = X = 64
    TEMPLATE = T = 1
    DEBUG = 128
    __str__ = object.__str__
    _numeric_repr_ = hex

    def __repr__(self):
        if self._name_ is None:
            return 're.RegexFlag(%r)' % self._value_
        return '|'.join(n if n[0].isdigit() else 're.' + n for n in self._name_.split('|'))


globals().update(RegexFlag.__members__)


# ---- matching: each node becomes a function m(i, k) that calls k(j) for each way it can match
# s[i:j], most preferred first, and returns True as soon as k does ------------------------------

class _State:
    def __init__(self):
        self.s = ''
        self.n = 0
        self.caps = []
        self.lastindex = None


def _char_pred(node, flags):
    # a test for one character: literal, any, or a set
    kind = node[0]
    icase = flags & _IGNORECASE
    ascii_only = flags & _ASCII
    if kind == 'lit':
        c = node[1]
        if icase:
            lc = c.lower()
            return lambda ch: ch == c or ch.lower() == lc
        return lambda ch: ch == c
    if kind == 'any':
        if flags & _DOTALL:
            return lambda ch: True
        return lambda ch: ch != '\n'
    negate, items = node[1], node[2]
    tests = []
    for item in items:
        tests.append(_item_pred(item, icase, ascii_only))

    def in_set(ch):
        for t in tests:
            if t(ch):
                return not negate
        return negate
    return in_set


def _item_pred(item, icase, ascii_only):
    kind = item[0]
    if kind == 'char':
        c = item[1]
        if icase:
            lc = c.lower()
            return lambda ch: ch == c or ch.lower() == lc
        return lambda ch: ch == c
    if kind == 'range':
        lo, hi = item[1], item[2]
        if icase:
            return lambda ch: lo <= ch <= hi or lo <= ch.lower() <= hi or lo <= ch.upper() <= hi
        return lambda ch: lo <= ch <= hi
    name, neg = item
    if name == 'digit':
        base = (lambda ch: '0' <= ch <= '9') if ascii_only else (lambda ch: ch.isdecimal())
    elif name == 'word':
        base = _is_word_ascii if ascii_only else _is_word
    else:
        base = (lambda ch: ch in ' \t\n\r\f\v') if ascii_only else (lambda ch: ch.isspace())
    if neg:
        return lambda ch: not base(ch)
    return base


def _is_word(ch):
    return ch.isalnum() or ch == '_'


def _is_word_ascii(ch):
    return ch == '_' or 'a' <= ch <= 'z' or 'A' <= ch <= 'Z' or '0' <= ch <= '9'


def _compile_node(node, flags, st):
    kind = node[0]
    if kind in ('lit', 'any', 'set'):
        ok = _char_pred(node, flags)

        def m_char(i, k):
            return i < st.n and ok(st.s[i]) and k(i + 1)
        return m_char
    if kind == 'seq':
        parts = [_compile_node(item, flags, st) for item in node[1]]
        return _chain(parts)
    if kind == 'alt':
        branches = [_compile_node(b, flags, st) for b in node[1]]

        def m_alt(i, k):
            for b in branches:
                if b(i, k):
                    return True
            return False
        return m_alt
    if kind == 'group':
        index = node[1]
        body = _compile_node(node[2], flags, st)

        def m_group(i, k):
            def closed(j):
                saved = st.caps[index]
                saved_last = st.lastindex
                st.caps[index] = (i, j)
                st.lastindex = index
                if k(j):
                    return True
                st.caps[index] = saved
                st.lastindex = saved_last
                return False
            return body(i, closed)
        return m_group
    if kind == 'ncgroup':
        return _compile_node(node[1], flags, st)
    if kind == 'flags':
        return _compile_node(node[3], (flags | node[1]) & ~node[2], st)
    if kind == 'rep':
        return _compile_rep(node, flags, st)
    if kind == 'bol':
        if flags & _MULTILINE:
            return lambda i, k: (i == 0 or st.s[i - 1] == '\n') and k(i)
        return lambda i, k: i == 0 and k(i)
    if kind == 'eol':
        if flags & _MULTILINE:
            return lambda i, k: (i == st.n or st.s[i] == '\n') and k(i)
        return lambda i, k: (i == st.n or (i == st.n - 1 and st.s[i] == '\n')) and k(i)
    if kind == 'begin':
        return lambda i, k: i == 0 and k(i)
    if kind == 'end':
        return lambda i, k: i == st.n and k(i)
    if kind in ('bound', 'nbound'):
        word = _is_word_ascii if flags & _ASCII else _is_word
        want = kind == 'bound'

        def m_bound(i, k):
            before = i > 0 and word(st.s[i - 1])
            after = i < st.n and word(st.s[i])
            return ((before != after) == want) and k(i)
        return m_bound
    if kind == 'backref':
        index = node[1]
        icase = flags & _IGNORECASE

        def m_backref(i, k):
            span = st.caps[index]
            if span is None:
                return False
            text = st.s[span[0]:span[1]]
            j = i + len(text)
            got = st.s[i:j]
            if icase:
                same = got.lower() == text.lower()
            else:
                same = got == text
            return j <= st.n and same and k(j)
        return m_backref
    if kind == 'look':
        neg = node[2]
        body = _compile_node(node[3], flags, st)

        def m_look(i, k):
            found = body(i, lambda j: True)
            return (found != neg) and k(i)
        return m_look
    if kind == 'behind':
        width, neg = node[1], node[2]
        body = _compile_node(node[3], flags, st)

        def m_behind(i, k):
            start = i - width
            found = start >= 0 and body(start, lambda j: j == i)
            return (found != neg) and k(i)
        return m_behind
    raise error(f'internal: unknown node {kind}')


def _chain(parts):
    if not parts:
        return lambda i, k: k(i)
    if len(parts) == 1:
        return parts[0]
    first = parts[0]
    rest = _chain(parts[1:])
    return lambda i, k: first(i, lambda j: rest(j, k))


def _compile_rep(node, flags, st):
    body_node, lo, hi, greedy = node[1], node[2], node[3], node[4]
    if body_node[0] in ('lit', 'any', 'set'):
        ok = _char_pred(body_node, flags)

        # one character at a time: count the run, then give back (no recursion)
        def m_run(i, k):
            s = st.s
            limit = st.n if hi == _MAXREPEAT else min(st.n, i + hi)
            j = i
            if greedy:
                while j < limit and ok(s[j]):
                    j += 1
                e = j
                while e >= i + lo:
                    if k(e):
                        return True
                    e -= 1
                return False
            while j < i + lo:
                if j >= limit or not ok(s[j]):
                    return False
                j += 1
            while True:
                if k(j):
                    return True
                if j >= limit or not ok(s[j]):
                    return False
                j += 1
        return m_run
    body = _compile_node(body_node, flags, st)

    def m_rep(i, k):
        def attempt(pos, count):
            def again(j):
                # an iteration that matched nothing cannot repeat (no endless empty loops)
                if j == pos and count >= lo:
                    return False
                return attempt(j, count + 1)
            if greedy:
                if count < hi and body(pos, again):
                    return True
                return count >= lo and k(pos)
            if count >= lo and k(pos):
                return True
            return count < hi and body(pos, again)
        return attempt(i, 0)
    return m_rep


# Calls the matcher can nest per character consumed: a repeated group costs about 8 (attempt,
# the group, the chain, the body's parts, the continuation), nested groups more.
_MATCH_DEPTH_PER_CHAR = 24


# ---- the public objects ---------------------------------------------------------------------

class Match:
    """The result of a successful match: the groups and where they are."""

    def __init__(self, pattern, string, pos, endpos, caps, lastindex):
        self.re = pattern
        self.string = string
        self.pos = pos
        self.endpos = endpos
        self._caps = caps
        self.lastindex = lastindex

    @property
    def lastgroup(self):
        if self.lastindex is None:
            return None
        for name, index in self.re.groupindex.items():
            if index == self.lastindex:
                return name
        return None

    def _index(self, g):
        if isinstance(g, int) and not isinstance(g, bool):
            if 0 <= g < len(self._caps):
                return g
        elif isinstance(g, str):
            index = self.re.groupindex.get(g)
            if index is not None:
                return index
        raise IndexError('no such group')

    def _get(self, g, default=None):
        span = self._caps[self._index(g)]
        if span is None:
            return default
        return self.string[span[0]:span[1]]

    def group(self, *groups):
        if not groups:
            return self._get(0)
        if len(groups) == 1:
            return self._get(groups[0])
        return tuple(self._get(g) for g in groups)

    def __getitem__(self, g):
        return self._get(g)

    def groups(self, default=None):
        return tuple(self._get(i, default) for i in range(1, len(self._caps)))

    def groupdict(self, default=None):
        return {name: self._get(index, default) for name, index in self.re.groupindex.items()}

    def start(self, group=0):
        span = self._caps[self._index(group)]
        return -1 if span is None else span[0]

    def end(self, group=0):
        span = self._caps[self._index(group)]
        return -1 if span is None else span[1]

    def span(self, group=0):
        span = self._caps[self._index(group)]
        return (-1, -1) if span is None else span

    def expand(self, template):
        return _expand(self.re, template)(self)

    def __bool__(self):
        return True

    def __repr__(self):
        return f'<re.Match object; span={self.span()!r}, match={self.group()!r}>'


# as sre_parse.fix_flags for a str pattern: UNICODE unless ASCII, never LOCALE
def _fix_flags(flags):
    if flags & RegexFlag.LOCALE._value_:
        raise ValueError('cannot use LOCALE flag with a str pattern')
    if not flags & _ASCII:
        return flags | _UNICODE
    if flags & _UNICODE:
        raise ValueError('ASCII and UNICODE flags are incompatible')
    return flags


class Pattern:
    """A compiled regular expression (re.compile)."""

    def __init__(self, pattern, flags):
        if isinstance(flags, RegexFlag):
            flags = flags._value_
        parser = _Parser(pattern, flags)
        tree = parser.parse()
        self.pattern = pattern
        self.flags = _fix_flags(parser.flags)
        self.groups = parser.groups - 1
        self.groupindex = dict(parser.groupindex)
        self._st = _State()
        self._m = _compile_node(tree, self.flags, self._st)

    def _run(self, string, pos, endpos, anchored, full, no_empty_at=-1):
        if not isinstance(string, str):
            raise TypeError(f"expected string or bytes-like object, got "
                            f"'{type(string).__name__}'")
        n = len(string)
        if endpos is None or endpos > n:
            endpos = n
        if pos < 0:
            pos = 0
        if endpos < 0:
            endpos = 0
        st = self._st
        st.s = string if endpos == n else string[:endpos]
        st.n = endpos
        ngroups = self.groups + 1
        result = []
        start = pos
        # the matcher's recursion grows with the text it consumes: room for it on top of the
        # program's limit, while this match runs
        limit = _sys.getrecursionlimit()
        _sys.setrecursionlimit(limit + _MATCH_DEPTH_PER_CHAR * (max(endpos - pos, 0) + 1))
        try:
            while start <= endpos:
                st.caps = [None] * ngroups
                st.lastindex = None

                def finish(j, start=start):
                    if full and j != endpos:
                        return False
                    if j == start and start == no_empty_at:
                        return False
                    result.append(j)
                    return True
                try:
                    found = self._m(start, finish)
                except RecursionError:
                    raise RecursionError("maximum recursion depth exceeded in the playground's "
                                         're: a repeated group matched too many times (the '
                                         'matcher recurses once per repetition of a group)') \
                        from None
                if found:
                    caps = list(st.caps)
                    caps[0] = (start, result[0])
                    return Match(self, string, pos, endpos, caps, st.lastindex)
                if anchored:
                    break
                start += 1
        finally:
            _sys.setrecursionlimit(limit)
        return None

    def match(self, string, pos=0, endpos=None):
        return self._run(string, pos, endpos, True, False)

    def fullmatch(self, string, pos=0, endpos=None):
        return self._run(string, pos, endpos, True, True)

    def search(self, string, pos=0, endpos=None):
        return self._run(string, pos, endpos, False, False)

    # as sre's iteration: after an empty match the next one may not be empty at that place
    def finditer(self, string, pos=0, endpos=None):
        if not isinstance(string, str):
            raise TypeError(f"expected string or bytes-like object, got "
                            f"'{type(string).__name__}'")
        return self._iter(string, pos, endpos)

    def _iter(self, string, pos, endpos):
        n = len(string) if endpos is None else min(endpos, len(string))
        no_empty_at = -1
        while pos <= n:
            m = self._run(string, pos, endpos, False, False, no_empty_at)
            if m is None:
                return
            yield m
            start, end = m.span()
            if start == end:
                no_empty_at = end
            else:
                no_empty_at = -1
            pos = end

    def findall(self, string, pos=0, endpos=None):
        out = []
        for m in self.finditer(string, pos, endpos):
            if self.groups == 0:
                out.append(m.group())
            elif self.groups == 1:
                out.append(m._get(1, ''))
            else:
                out.append(m.groups(''))
        return out

    def split(self, string, maxsplit=0):
        out = []
        last = 0
        count = 0
        for m in self.finditer(string):
            if maxsplit and count >= maxsplit:
                break
            out.append(string[last:m.start()])
            out.extend(m.groups())
            last = m.end()
            count += 1
        out.append(string[last:])
        return out

    def subn(self, repl, string, count=0):
        if callable(repl):
            fill = repl
        else:
            if not isinstance(repl, str):
                raise TypeError(f'decoding to str: need a bytes-like object, '
                                f'{type(repl).__name__} found')
            fill = _expand(self, repl)
        out = []
        last = 0
        n = 0
        for m in self.finditer(string):
            if count and n >= count:
                break
            out.append(string[last:m.start()])
            piece = fill(m)
            if piece is not None:
                if not isinstance(piece, str):
                    raise TypeError(f'expected str instance, {type(piece).__name__} found')
                out.append(piece)
            last = m.end()
            n += 1
        out.append(string[last:])
        return ''.join(out), n

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __repr__(self):
        shown = repr(self.pattern)
        names = [name for value, name in _FLAG_NAMES
                 if self.flags & value and value != _UNICODE]
        if names:
            return f"re.compile({shown}, {'|'.join('re.' + n for n in names)})"
        return f're.compile({shown})'


# as sre_parse.parse_template: literal text with \1, \g<n>, \g<name> and escapes
def _expand(pattern, template):
    parts = []
    literal = []
    i = 0
    n = len(template)
    while i < n:
        ch = template[i]
        if ch != '\\':
            literal.append(ch)
            i += 1
            continue
        if i + 1 >= n:
            raise error('bad escape (end of pattern)', template, i)
        nxt = template[i + 1]
        if nxt == 'g':
            if i + 2 >= n or template[i + 2] != '<':
                raise error('missing <', template, i + 2)
            end = template.find('>', i + 3)
            if end < 0:
                raise error('missing >, unterminated name', template, i + 3)
            name = template[i + 3:end]
            if not name:
                raise error('missing group name', template, i + 3)
            if name.isdigit():
                index = int(name)
                if index > pattern.groups:
                    raise error(f'invalid group reference {index}', template, i + 3)
            elif name in pattern.groupindex:
                index = pattern.groupindex[name]
            elif name.isidentifier():
                raise IndexError(f'unknown group name {name!r}')
            else:
                raise error(f'bad character in group name {name!r}', template, i + 3)
            parts.append(''.join(literal))
            literal = []
            parts.append(index)
            i = end + 1
            continue
        if nxt in _DIGITS and nxt != '0':
            j = i + 2
            if j < n and template[j] in _DIGITS:
                j += 1
            index = int(template[i + 1:j])
            if index > pattern.groups:
                raise error(f'invalid group reference {index}', template, i + 1)
            parts.append(''.join(literal))
            literal = []
            parts.append(index)
            i = j
            continue
        if nxt in _ESCAPES or nxt == 'b':
            literal.append('\b' if nxt == 'b' else _ESCAPES[nxt])
            i += 2
            continue
        if nxt.isascii() and nxt.isalpha():
            raise error(f'bad escape \\{nxt}', template, i)
        literal.append('\\' + nxt)
        i += 2
    parts.append(''.join(literal))

    def fill(m):
        out = []
        for p in parts:
            if isinstance(p, int):
                out.append(m._get(p, ''))
            else:
                out.append(p)
        return ''.join(out)
    return fill


_cache = {}


def compile(pattern, flags=0):
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError('cannot process flags argument with a compiled pattern')
        return pattern
    if not isinstance(pattern, str):
        raise TypeError('first argument must be string or compiled pattern')
    key = (pattern, flags)
    p = _cache.get(key)
    if p is None:
        p = Pattern(pattern, flags)
        if len(_cache) >= 512:
            _cache.clear()
        _cache[key] = p
    return p


def purge():
    _cache.clear()


def match(pattern, string, flags=0):
    return compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    return compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return compile(pattern, flags).finditer(string)


_special = set('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')


def escape(pattern):
    if not isinstance(pattern, str):
        raise TypeError('escape() argument must be str')
    return ''.join('\\' + ch if ch in _special else ch for ch in pattern)
