"""fnmatch for the playground: shell-style wildcards (`*`, `?`, `[seq]`, `[!seq]`) matched
against names, through the regular expression translate() makes (as CPython 3.11, POSIX: the
case matters)."""
import re

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

_cache = {}


def fnmatch(name, pat):
    import os
    return fnmatchcase(os.path.normcase(name), os.path.normcase(pat))


def fnmatchcase(name, pat):
    return _compiled(pat).match(_text(name, pat)) is not None


def filter(names, pat):
    import os
    pat = os.path.normcase(pat)
    match = _compiled(pat).match
    return [n for n in names if match(_text(os.path.normcase(n), pat))]


def _text(name, pat):
    """A bytes name as the str the pattern's expression matches (bytes patterns are kept as
    latin-1 text: one character per byte)."""
    if isinstance(pat, bytes):
        if not isinstance(name, bytes):
            raise TypeError("cannot use a bytes pattern on a string-like object")
        return name.decode("latin-1")
    if isinstance(name, bytes):
        raise TypeError("cannot use a string pattern on a bytes-like object")
    return name


def _compiled(pat):
    key = (type(pat), pat)
    r = _cache.get(key)
    if r is None:
        text = pat.decode("latin-1") if isinstance(pat, bytes) else pat
        r = re.compile(_translate(text, False))
        if len(_cache) >= 256:
            _cache.clear()
        _cache[key] = r
    return r


def translate(pat):
    """The regular expression (a str) that matches what the wildcard pattern `pat` matches."""
    return _translate(pat, True)


_STAR = object()


# fnmatch.translate: each `*` run becomes `.*`; the text between two stars is found lazily
# (inside an atomic group in CPython 3.11's text; the matcher here uses the same expression
# without the group, which matches the same names)
def _translate(pat, atomic):
    pieces = _pieces(pat)
    out = []
    i = 0
    n = len(pieces)
    while i < n and pieces[i] is not _STAR:
        out.append(pieces[i])
        i += 1
    while i < n:
        i += 1  # (a star)
        if i == n:
            out.append(".*")
            break
        fixed = []
        while i < n and pieces[i] is not _STAR:
            fixed.append(pieces[i])
            i += 1
        fixed = "".join(fixed)
        if i == n:
            out.append(".*" + fixed)
        elif atomic:
            out.append("(?>.*?" + fixed + ")")
        else:
            out.append(".*?" + fixed)
    return "(?s:" + "".join(out) + ")\\Z"


def _pieces(pat):
    """The pattern as regular-expression pieces, with _STAR for each run of `*`."""
    pieces = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == "*":
            if not pieces or pieces[-1] is not _STAR:
                pieces.append(_STAR)
        elif c == "?":
            pieces.append(".")
        elif c == "[":
            j = i
            if j < n and pat[j] == "!":
                j += 1
            if j < n and pat[j] == "]":
                j += 1
            while j < n and pat[j] != "]":
                j += 1
            if j >= n:
                pieces.append("\\[")
                continue
            pieces.append(_bracket(pat, i, j))
            i = j + 1
        else:
            pieces.append(re.escape(c))
    return pieces


def _bracket(pat, start, end):
    """The regular expression of the set pat[start:end] (what stood between `[` and `]`)."""
    body = pat[start:end]
    if "-" not in body:
        body = body.replace("\\", "\\\\")
    else:
        # split at the hyphens of ranges (a hyphen right after the start, or after `!`, is a
        # character), drop ranges whose ends are out of order, escape what is left
        chunks = []
        first = start + 2 if pat[start] == "!" else start + 1
        k = pat.find("-", first, end)
        at = start
        while k >= 0:
            chunks.append(pat[at:k])
            at = k + 1
            k = pat.find("-", k + 3, end)
        tail = pat[at:end]
        if tail:
            chunks.append(tail)
        else:
            chunks[-1] += "-"
        k = len(chunks) - 1
        while k > 0:
            if chunks[k - 1][-1] > chunks[k][0]:
                chunks[k - 1] = chunks[k - 1][:-1] + chunks[k][1:]
                del chunks[k]
            k -= 1
        body = "-".join(c.replace("\\", "\\\\").replace("-", "\\-") for c in chunks)
    for ch in "&~|":
        body = body.replace(ch, "\\" + ch)
    if not body:
        return "(?!)"
    if body == "!":
        return "."
    if body[0] == "!":
        return "[^" + body[1:] + "]"
    if body[0] in "^[":
        return "[\\" + body + "]"
    return "[" + body + "]"
