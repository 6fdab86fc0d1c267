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
        t = self.template
        out = []
        i = 0
        n = len(t)
        while i < n:
            j = t.find('$', i)
            if j < 0:
                out.append(t[i:])
                break
            out.append(t[i:j])
            k = j + 1
            if k < n and t[k] == '$':
                out.append('$')
                i = k + 1
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
                    out.append('$')
                    i = k
                    continue
                self._invalid(j + 1)
            if k < n and _is_ident_start(t[k]):
                e = k + 1
                while e < n and _is_ident_char(t[e]):
                    e += 1
                out.append(lookup(t[k:e], t[j:e]))
                i = e
                continue
            if safe:
                out.append('$')
                i = k
                continue
            self._invalid(j + 1)
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
    """The str.format machinery as a class; format() and vformat() only."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        return format_string.format(*args, **kwargs)
