"""The pattern parser of the playground's re module (re.py): flags, re.error and the parse of
a pattern into a tree of tuples. Split from re.py to keep each file small; re re-exports what a
program uses."""

NOFLAG = 0
TEMPLATE = T = 1
IGNORECASE = I = 2
LOCALE = L = 4
MULTILINE = M = 8
DOTALL = S = 16
UNICODE = U = 32
VERBOSE = X = 64
DEBUG = 128
ASCII = A = 256

_FLAG_NAMES = [(TEMPLATE, 'TEMPLATE'), (IGNORECASE, 'IGNORECASE'), (LOCALE, 'LOCALE'),
               (MULTILINE, 'MULTILINE'), (DOTALL, 'DOTALL'), (UNICODE, 'UNICODE'),
               (VERBOSE, 'VERBOSE'), (DEBUG, 'DEBUG'), (ASCII, 'ASCII')]


class error(Exception):
    """A pattern that cannot be compiled: msg, pattern, pos, lineno, colno."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = f'{msg} at position {pos}'
            self.lineno = pattern.count('\n', 0, pos) + 1
            self.colno = pos - pattern.rfind('\n', 0, pos)
            if '\n' in pattern:
                msg = f'{msg} (line {self.lineno}, column {self.colno})'
        else:
            self.lineno = self.colno = None
        Exception.__init__(self, msg)


PatternError = error

_MAXREPEAT = 4294967295


# ---- parsing: the pattern text becomes a tree of tuples --------------------------------------
# nodes: ('lit', ch) ('any',) ('set', negate, items) ('bol',) ('eol',) ('begin',) ('end',)
# ('bound',) ('nbound',) ('group', index, node) ('ncgroup', node) ('alt', [nodes])
# ('seq', [nodes]) ('rep', node, min, max, greedy) ('backref', index) ('look', ahead, neg, node)

_DIGITS = '0123456789'
_SPECIAL_CLASSES = {'d': ('digit', False), 'D': ('digit', True), 'w': ('word', False),
                    'W': ('word', True), 's': ('space', False), 'S': ('space', True)}
_ESCAPES = {'n': '\n', 't': '\t', 'r': '\r', 'f': '\f', 'v': '\v', 'a': '\a', '0': '\0',
            '\\': '\\'}


class _Parser:
    def __init__(self, pattern, flags):
        self.p = pattern
        self.i = 0
        self.flags = flags
        self.groups = 1
        self.groupindex = {}
        self.open_groups = []
        # global flags (?i) may only come first: before any item, branch or group
        self.flags_ok = True

    def error(self, msg, pos=None):
        return error(msg, self.p, self.i if pos is None else pos)

    def peek(self):
        return self.p[self.i] if self.i < len(self.p) else None

    def parse(self):
        node = self.parse_alt(True)
        if self.i < len(self.p):
            if self.p[self.i] == ')':
                raise self.error('unbalanced parenthesis')
            raise self.error('unexpected end of pattern')
        return node

    def skip_verbose(self):
        if not self.flags & VERBOSE:
            return
        p = self.p
        while self.i < len(p):
            ch = p[self.i]
            if ch in ' \t\n\r\f\v':
                self.i += 1
            elif ch == '#':
                while self.i < len(p) and p[self.i] != '\n':
                    self.i += 1
            else:
                break

    def parse_alt(self, top=False):
        if not top:
            self.flags_ok = False
        branches = [self.parse_seq()]
        while self.peek() == '|':
            self.flags_ok = False
            self.i += 1
            branches.append(self.parse_seq())
        if len(branches) == 1:
            return branches[0]
        return ('alt', branches)

    def parse_seq(self):
        items = []
        while True:
            self.skip_verbose()
            ch = self.peek()
            if ch is None or ch == '|' or ch == ')':
                break
            start = self.i
            atom = self.parse_atom()
            if atom is None:
                continue
            self.skip_verbose()
            atom = self.parse_quantifier(atom, start)
            items.append(atom)
            self.flags_ok = False
        if len(items) == 1:
            return items[0]
        return ('seq', items)

    def parse_quantifier(self, atom, start):
        while True:
            ch = self.peek()
            here = self.i
            if ch == '*':
                lo, hi = 0, _MAXREPEAT
                self.i += 1
            elif ch == '+':
                lo, hi = 1, _MAXREPEAT
                self.i += 1
            elif ch == '?':
                lo, hi = 0, 1
                self.i += 1
            elif ch == '{':
                bounds = self.parse_braces()
                if bounds is None:
                    return atom
                lo, hi = bounds
            else:
                return atom
            if atom[0] in ('bol', 'eol', 'begin', 'end', 'bound', 'nbound', 'look'):
                raise self.error('nothing to repeat', here)
            if atom[0] == 'rep':
                raise self.error('multiple repeat', here)
            greedy = True
            if self.peek() == '?':
                self.i += 1
                greedy = False
            elif self.peek() == '+':
                raise self.error('possessive quantifiers are not supported in the playground',
                                 self.i)
            atom = ('rep', atom, lo, hi, greedy)

    def parse_braces(self):
        p = self.p
        j = self.i + 1
        lo_s = ''
        while j < len(p) and p[j] in _DIGITS:
            lo_s += p[j]
            j += 1
        hi_s = lo_s
        if j < len(p) and p[j] == ',':
            j += 1
            hi_s = ''
            while j < len(p) and p[j] in _DIGITS:
                hi_s += p[j]
                j += 1
        if j >= len(p) or p[j] != '}':
            return None
        lo = int(lo_s) if lo_s else 0
        hi = int(hi_s) if hi_s else _MAXREPEAT
        if hi < lo:
            raise self.error('min repeat greater than max repeat', self.i + 1)
        self.i = j + 1
        return lo, hi

    def parse_atom(self):
        p = self.p
        ch = p[self.i]
        start = self.i
        if ch in '*+?':
            raise self.error('nothing to repeat')
        if ch == '{' and self.parse_braces_probe():
            raise self.error('nothing to repeat')
        self.i += 1
        if ch == '.':
            return ('any',)
        if ch == '^':
            return ('bol',)
        if ch == '$':
            return ('eol',)
        if ch == '[':
            return self.parse_class(start)
        if ch == '(':
            return self.parse_group(start)
        if ch == '\\':
            return self.parse_escape(in_class=False)
        return ('lit', ch)

    def parse_braces_probe(self):
        save = self.i
        try:
            return self.parse_braces() is not None
        finally:
            self.i = save

    def parse_group(self, start):
        p = self.p
        if self.peek() == '?':
            self.i += 1
            ch = self.peek()
            if ch == ':':
                self.i += 1
                node = self.parse_alt()
                self.close_group(start)
                return ('ncgroup', node)
            if ch == 'P':
                self.i += 1
                if self.peek() == '<':
                    self.i += 1
                    end = p.find('>', self.i)
                    if end < 0:
                        raise self.error('missing >, unterminated name')
                    name = p[self.i:end]
                    if not name:
                        raise self.error('missing group name')
                    if not name.isidentifier():
                        raise self.error(f'bad character in group name {name!r}')
                    if name in self.groupindex:
                        raise self.error(f'redefinition of group name {name!r} as group '
                                         f'{self.groups}; was group {self.groupindex[name]}')
                    self.i = end + 1
                    index = self.groups
                    self.groups += 1
                    self.groupindex[name] = index
                    self.open_groups.append(index)
                    node = self.parse_alt()
                    self.open_groups.pop()
                    self.close_group(start)
                    return ('group', index, node)
                if self.peek() == '=':
                    self.i += 1
                    end = p.find(')', self.i)
                    if end < 0:
                        raise self.error('missing ), unterminated name')
                    name = p[self.i:end]
                    if name not in self.groupindex:
                        raise self.error(f'unknown group name {name!r}')
                    self.i = end + 1
                    return ('backref', self.groupindex[name])
                raise self.error('unknown extension ?P' + (self.peek() or ''), self.i - 1)
            if ch in ('=', '!'):
                self.i += 1
                node = self.parse_alt()
                self.close_group(start)
                return ('look', True, ch == '!', node)
            if ch == '<' and self.i + 1 < len(p) and p[self.i + 1] in '=!':
                neg = p[self.i + 1] == '!'
                self.i += 2
                node = self.parse_alt()
                self.close_group(start)
                width = _fixed_width(node)
                if width is None:
                    raise error('look-behind requires fixed-width pattern')
                return ('behind', width, neg, node)
            if ch == '#':
                end = p.find(')', self.i)
                if end < 0:
                    raise self.error('missing ), unterminated comment')
                self.i = end + 1
                return None
            if ch == '(':
                raise self.error('conditional groups are not supported in the playground')
            if ch == '>':
                raise self.error('atomic groups are not supported in the playground')
            if ch is not None and ch in 'aiLmsux-':
                return self.parse_flags(start)
            if ch is None:
                raise self.error('unexpected end of pattern')
            raise self.error('unknown extension ?' + ch, self.i - 1)
        index = self.groups
        self.groups += 1
        self.open_groups.append(index)
        node = self.parse_alt()
        self.open_groups.pop()
        self.close_group(start)
        return ('group', index, node)

    def parse_flags(self, start):
        p = self.p
        letters = {'a': ASCII, 'i': IGNORECASE, 'L': LOCALE, 'm': MULTILINE, 's': DOTALL,
                   'u': UNICODE, 'x': VERBOSE}
        on = 0
        while self.peek() is not None and self.peek() in letters:
            flag = letters[self.peek()]
            if flag == LOCALE:
                raise self.error("bad inline flags: cannot use 'L' flag with a str pattern",
                                 self.i + 1)
            on |= flag
            if flag & (ASCII | UNICODE) and on & (ASCII | UNICODE) != flag:
                raise self.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible",
                                 self.i + 1)
            self.i += 1
        if self.peek() == ')':
            if not self.flags_ok:
                raise self.error('global flags not at the start of the expression', start)
            self.i += 1
            self.flags |= on
            return None
        off = 0
        if self.peek() == '-':
            self.i += 1
            while self.peek() is not None and self.peek() in letters:
                off |= letters[self.peek()]
                self.i += 1
        if self.peek() != ':':
            raise self.error('missing :')
        self.i += 1
        saved = self.flags
        self.flags = (self.flags | on) & ~off
        node = self.parse_alt()
        self.flags = saved
        self.close_group(start)
        return ('flags', on, off, node)

    def close_group(self, start):
        if self.peek() != ')':
            raise self.error('missing ), unterminated subpattern', start)
        self.i += 1

    def parse_escape(self, in_class):
        p = self.p
        if self.i >= len(p):
            raise self.error('bad escape (end of pattern)', self.i - 1)
        ch = p[self.i]
        self.i += 1
        if ch in _SPECIAL_CLASSES:
            return ('set', False, [_SPECIAL_CLASSES[ch]])
        if ch in _ESCAPES:
            if ch == '0':
                digits = '0'
                while len(digits) < 3 and self.peek() is not None and self.peek() in '01234567':
                    digits += self.peek()
                    self.i += 1
                return ('lit', chr(int(digits, 8)))
            return ('lit', _ESCAPES[ch])
        if ch == 'x':
            return ('lit', self.parse_hex(2, ch))
        if ch == 'u':
            return ('lit', self.parse_hex(4, ch))
        if ch == 'U':
            return ('lit', self.parse_hex(8, ch))
        if not in_class:
            if ch == 'A':
                return ('begin',)
            if ch == 'Z':
                return ('end',)
            if ch == 'b':
                return ('bound',)
            if ch == 'B':
                return ('nbound',)
            if ch in '123456789':
                digits = ch
                while self.peek() is not None and self.peek() in _DIGITS and len(digits) < 2:
                    digits += self.peek()
                    self.i += 1
                index = int(digits)
                if index >= self.groups or index in self.open_groups:
                    if index in self.open_groups:
                        raise self.error('cannot refer to an open group', self.i - len(digits) - 1)
                    raise self.error(f'invalid group reference {index}', self.i - len(digits))
                return ('backref', index)
        elif ch == 'b':
            return ('lit', '\b')
        if ch.isalnum():
            raise self.error(f'bad escape \\{ch}', self.i - 2)
        return ('lit', ch)

    def parse_hex(self, n, letter):
        digits = self.p[self.i:self.i + n]
        if len(digits) != n or not all(c in '0123456789abcdefABCDEF' for c in digits):
            raise self.error(f'incomplete escape \\{letter}{digits}', self.i - 2)
        self.i += n
        return chr(int(digits, 16))

    def parse_class(self, start):
        p = self.p
        negate = False
        if self.peek() == '^':
            negate = True
            self.i += 1
        items = []
        first = True
        while True:
            if self.i >= len(p):
                raise self.error('unterminated character set', start)
            ch = p[self.i]
            if ch == ']' and not first:
                self.i += 1
                break
            first = False
            item_start = self.i
            if ch == '\\':
                self.i += 1
                node = self.parse_escape(in_class=True)
                if node[0] == 'set':
                    items.extend(node[2])
                    continue
                lo = node[1]
            else:
                self.i += 1
                lo = ch
            if self.peek() == '-' and self.i + 1 < len(p) and p[self.i + 1] != ']':
                self.i += 1
                if p[self.i] == '\\':
                    self.i += 1
                    node = self.parse_escape(in_class=True)
                    if node[0] == 'set':
                        raise self.error(f'bad character range {p[item_start:self.i]}',
                                         item_start)
                    hi = node[1]
                else:
                    hi = p[self.i]
                    self.i += 1
                if hi < lo:
                    raise self.error(f'bad character range {p[item_start:self.i]}', item_start)
                items.append(('range', lo, hi))
            else:
                items.append(('char', lo))
        return ('set', negate, items)


def _fixed_width(node):
    kind = node[0]
    if kind in ('lit', 'any', 'set'):
        return 1
    if kind in ('bol', 'eol', 'begin', 'end', 'bound', 'nbound', 'look', 'behind'):
        return 0
    if kind == 'group':
        return _fixed_width(node[2])
    if kind in ('ncgroup',):
        return _fixed_width(node[1])
    if kind == 'flags':
        return _fixed_width(node[3])
    if kind == 'seq':
        total = 0
        for item in node[1]:
            w = _fixed_width(item)
            if w is None:
                return None
            total += w
        return total
    if kind == 'alt':
        widths = {_fixed_width(b) for b in node[1]}
        return widths.pop() if len(widths) == 1 and None not in widths else None
    if kind == 'rep' and node[2] == node[3]:
        w = _fixed_width(node[1])
        return None if w is None else w * node[2]
    return None
