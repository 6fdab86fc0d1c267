"""string for the playground, written in Python: the character constants, capwords, Template
($-substitution with CPython 3.11's errors) and Formatter. The code is the playground's own."""

__all__ = ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords', 'digits',
           'hexdigits', 'octdigits', 'printable', 'punctuation', 'whitespace', 'Formatter',
           'Template']

whitespace = ' \t\n\r\x0b\x0c'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


def _is_ident_start(ch):
    return ch == '_' or ('a' <= ch.lower() <= 'z')


def _is_ident_char(ch):
    return _is_ident_start(ch) or '0' <= ch <= '9'


class Template:
    """Template('Hello $name'): substitute() fills $name and ${name}; $$ is a dollar."""

    delimiter = '$'

    def __init__(self, template):
        self.template = template

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError(f'Invalid placeholder in string: line {lineno}, col {colno}')

    def _scan(self, lookup, safe):
        # the delimiter is the class's (a subclass may set delimiter = '%')
        t = self.template
        d = self.delimiter
        nd = len(d)
        out = []
        i = 0
        n = len(t)
        while i < n:
            j = t.find(d, i)
            if j < 0:
                out.append(t[i:])
                break
            out.append(t[i:j])
            k = j + nd
            if t.startswith(d, k):
                out.append(d)
                i = k + nd
                continue
            if k < n and t[k] == '{':
                e = k + 1
                if e < n and _is_ident_start(t[e]):
                    e += 1
                    while e < n and _is_ident_char(t[e]):
                        e += 1
                    if e < n and t[e] == '}':
                        out.append(lookup(t[k + 1:e], t[j:e + 1]))
                        i = e + 1
                        continue
                if safe:
                    out.append(d)
                    i = k
                    continue
                self._invalid(k)
            if k < n and _is_ident_start(t[k]):
                e = k + 1
                while e < n and _is_ident_char(t[e]):
                    e += 1
                out.append(lookup(t[k:e], t[j:e]))
                i = e
                continue
            if safe:
                out.append(d)
                i = k
                continue
            self._invalid(k)
        return ''.join(out)

    def substitute(self, mapping=None, /, **kws):
        values = _merge(mapping, kws)

        def lookup(name, text):
            return str(values[name])
        return self._scan(lookup, False)

    def safe_substitute(self, mapping=None, /, **kws):
        values = _merge(mapping, kws)

        def lookup(name, text):
            try:
                return str(values[name])
            except KeyError:
                return text
        return self._scan(lookup, True)

    def get_identifiers(self):
        ids = []

        def lookup(name, text):
            if name not in ids:
                ids.append(name)
            return ''
        self._scan(lookup, True)
        return ids

    def is_valid(self):
        try:
            self._scan(lambda name, text: '', False)
        except ValueError:
            return False
        return True


class _Both:
    # keyword arguments first, then the mapping (as string._ChainMap in Template)
    def __init__(self, kws, mapping):
        self.kws = kws
        self.mapping = mapping

    def __getitem__(self, key):
        if key in self.kws:
            return self.kws[key]
        return self.mapping[key]


def _merge(mapping, kws):
    if mapping is None:
        return kws
    if kws:
        return _Both(kws, mapping)
    return mapping


class Formatter:
    """The str.format machinery as a class whose steps (parse, get_field, get_value,
    convert_field, format_field, check_unused_args) a subclass may replace."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used = set()
        text, _ = self._expand(format_string, args, kwargs, used, 2, 0)
        self.check_unused_args(used, args, kwargs)
        return text

    # as Formatter._vformat: fields numbered automatically or by hand, never both; a field's
    # spec is expanded once more (depth 2 in all)
    def _expand(self, format_string, args, kwargs, used, depth, auto):
        if depth < 0:
            raise ValueError('Max string recursion exceeded')
        parts = []
        for literal, name, spec, conversion in self.parse(format_string):
            if literal:
                parts.append(literal)
            if name is None:
                continue
            if name == '':
                if auto is False:
                    raise ValueError('cannot switch from manual field specification to '
                                     'automatic field numbering')
                name = str(auto)
                auto += 1
            elif name.isdigit():
                if auto:  # CPython 3.11 gives the same message both ways
                    raise ValueError('cannot switch from manual field specification to '
                                     'automatic field numbering')
                auto = False
            obj, key = self.get_field(name, args, kwargs)
            used.add(key)
            obj = self.convert_field(obj, conversion)
            spec, auto = self._expand(spec, args, kwargs, used, depth - 1, auto)
            parts.append(self.format_field(obj, spec))
        return ''.join(parts), auto

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError(f'Unknown conversion specifier {conversion!s}')

    def parse(self, format_string):
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            obj = getattr(obj, key) if is_attr else obj[key]
        return obj, first


# as _string.formatter_parser: (literal, field name, spec, conversion) tuples; a doubled brace
# ends a literal with one brace
def _parse_format(s):
    out = []
    n = len(s)
    i = 0
    while i < n:
        j = i
        while j < n and s[j] not in '{}':
            j += 1
        if j == n:
            out.append((s[i:], None, None, None))
            break
        c = s[j]
        if j + 1 < n and s[j + 1] == c:
            out.append((s[i:j + 1], None, None, None))
            i = j + 2
            continue
        if c == '}':
            raise ValueError("Single '}' encountered in format string")
        if j + 1 == n:
            raise ValueError("Single '{' encountered in format string")
        name, spec, conversion, end = _parse_field(s, j + 1)
        out.append((s[i:j], name, spec, conversion))
        i = end
    return iter(out)


# as parse_field in CPython's unicode_format.h: from just after '{', the name ends at '}', ':'
# or '!' (a '[' skips to its ']'); then a conversion character and the spec up to the '}' that
# balances. Returns the name, spec, conversion and the index after the closing '}'.
def _parse_field(s, i):
    n = len(s)
    start = i
    c = ''
    while i < n:
        c = s[i]
        i += 1
        if c == '{':
            raise ValueError("unexpected '{' in field name")
        if c == '[':
            while i < n and s[i] != ']':
                i += 1
            continue
        if c in '}:!':
            break
    if c not in '}:!':
        raise ValueError("expected '}' before end of string")
    name = s[start:i - 1]
    if c == '}':
        return name, '', None, i
    conversion = None
    if c == '!':
        if i >= n:
            raise ValueError('end of string while looking for conversion specifier')
        conversion = s[i]
        i += 1
        if i < n:
            c = s[i]
            i += 1
            if c == '}':
                return name, '', conversion, i
            if c != ':':
                raise ValueError("expected ':' after conversion specifier")
    spec_start = i
    depth = 1
    while i < n:
        c = s[i]
        i += 1
        if c == '{':
            depth += 1
        elif c == '}':
            depth -= 1
            if depth == 0:
                return name, s[spec_start:i - 1], conversion, i
    raise ValueError("unmatched '{' in format spec")


# as _string.formatter_field_name_split: 'a.b[0]' -> ('a', [(True, 'b'), (False, 0)])
def _split_field_name(name):
    i = 0
    n = len(name)
    while i < n and name[i] not in '.[':
        i += 1
    first = name[:i]
    if first.isdigit():
        first = int(first)
    rest = []
    while i < n:
        if name[i] == '.':
            j = i + 1
            while j < n and name[j] not in '.[':
                j += 1
            if j == i + 1:
                raise ValueError('Empty attribute in format string')
            rest.append((True, name[i + 1:j]))
            i = j
        elif name[i] == '[':
            j = name.find(']', i)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = name[i + 1:j]
            rest.append((False, int(key) if key.isdigit() else key))
            i = j + 1
            if i < n and name[i] not in '.[':
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        else:
            i += 1
    return first, rest
