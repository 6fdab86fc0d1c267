"""glob in Loopscope: shell-style patterns ("data/*.txt", "**/*.py" with recursive=True) over
the simulated file system of loopscope_world. As CPython, names that start with a dot match
only a pattern that starts with one (or include_hidden=True)."""
import fnmatch
import os

__all__ = ["escape", "glob", "has_magic", "iglob"]


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd, recursive=recursive,
                      include_hidden=include_hidden))


# glob.iglob: the paths as the pattern spells them; a pattern that starts with `**` (recursive)
# does not yield the empty path of its own folder
def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    if dir_fd is not None:
        raise NotImplementedError("glob's dir_fd (file descriptors) is not supported in the "
                                  "playground: use root_dir")
    pathname = os.fspath(pathname)
    if root_dir is not None:
        root_dir = os.fspath(root_dir)
    else:
        root_dir = pathname[:0]
    found = _iglob(pathname, root_dir, recursive, False, include_hidden)
    skip_first = not pathname or (recursive and _is_recursive(pathname[:2]))
    for p in found:
        if skip_first:
            skip_first = False
            if not p:
                continue
        yield p


def _iglob(pathname, root_dir, recursive, dironly, include_hidden):
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        if basename:
            if os.path.lexists(_join(root_dir, pathname)):
                yield pathname
        elif os.path.isdir(_join(root_dir, dirname)):
            yield pathname  # (a pattern that ends with a slash: folders only)
        return
    if not dirname:
        if recursive and _is_recursive(basename):
            yield from _glob2(root_dir, basename, dironly, include_hidden)
        else:
            yield from _glob1(root_dir, basename, dironly, include_hidden)
        return
    if dirname != pathname and has_magic(dirname):
        dirs = _iglob(dirname, root_dir, recursive, True, include_hidden)
    else:
        dirs = [dirname]
    if not has_magic(basename):
        in_dir = _glob0
    elif recursive and _is_recursive(basename):
        in_dir = _glob2
    else:
        in_dir = _glob1
    for d in dirs:
        for name in in_dir(_join(root_dir, d), basename, dironly, include_hidden):
            yield os.path.join(d, name)


def _glob1(dirname, pattern, dironly, include_hidden):
    """The names in dirname that match a one-level pattern."""
    names = _listdir(dirname, dironly)
    if not (include_hidden or _is_hidden(pattern)):
        names = [n for n in names if not _is_hidden(n)]
    return fnmatch.filter(names, pattern)


def _glob0(dirname, basename, dironly, include_hidden):
    """[basename] when it is there (a pattern part without wildcards)."""
    if basename:
        if os.path.lexists(os.path.join(dirname, basename)):
            return [basename]
    elif os.path.isdir(dirname):
        return [basename]
    return []


def _glob2(dirname, pattern, dironly, include_hidden):
    """`**`: the folder itself (the empty path), then every path below it."""
    if not dirname or os.path.isdir(dirname):
        yield pattern[:0]
    yield from _below(dirname, dironly, include_hidden)


def _below(dirname, dironly, include_hidden):
    for name in _listdir(dirname, dironly):
        if include_hidden or not _is_hidden(name):
            yield name
            sub = os.path.join(dirname, name) if dirname else name
            for deeper in _below(sub, dironly, include_hidden):
                yield os.path.join(name, deeper)


def _listdir(dirname, dironly):
    try:
        with os.scandir(dirname or (b"." if isinstance(dirname, bytes) else ".")) as it:
            return [e.name for e in it if not dironly or e.is_dir()]
    except OSError:
        return []


def _join(dirname, basename):
    if not dirname or not basename:
        return dirname or basename
    return os.path.join(dirname, basename)


def _is_hidden(path):
    return path[:1] in (".", b".")


def _is_recursive(pattern):
    return pattern in ("**", b"**")


def has_magic(s):
    chars = (b"*", b"?", b"[") if isinstance(s, bytes) else ("*", "?", "[")
    return any(c in s for c in chars)


def escape(pathname):
    """pathname with its wildcard characters made literal ("[*]")."""
    if isinstance(pathname, bytes):
        return escape(pathname.decode("latin-1")).encode("latin-1")
    return "".join("[" + c + "]" if c in "*?[" else c for c in pathname)
