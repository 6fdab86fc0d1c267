"""os.path (posixpath) in Loopscope: POSIX path arithmetic, and questions about the simulated
file system of loopscope_world (exists, isfile, isdir, getsize, getmtime). There are no
symbolic links, so realpath is abspath; `~` is the home folder, "/" (docs/world.md)."""
import loopscope_world as _world

__all__ = ["abspath", "basename", "commonpath", "commonprefix", "dirname", "exists",
           "expanduser", "expandvars", "getatime", "getctime", "getmtime", "getsize", "isabs",
           "isdir", "isfile", "islink", "ismount", "join", "lexists", "normcase", "normpath",
           "realpath", "relpath", "samefile", "split", "splitdrive", "splitext", "sep",
           "altsep", "extsep", "pathsep", "defpath", "curdir", "pardir", "devnull",
           "supports_unicode_filenames"]

sep = "/"
altsep = None
extsep = "."
pathsep = ":"
defpath = "/bin:/usr/bin"
curdir = "."
pardir = ".."
devnull = "/dev/null"
supports_unicode_filenames = False


def _fspath(p, fname):
    """p as a str (or bytes); CPython's TypeError for anything else."""
    if isinstance(p, (str, bytes)):
        return p
    if hasattr(type(p), "__fspath__"):
        r = p.__fspath__()
        if isinstance(r, (str, bytes)):
            return r
        raise TypeError("expected %s.__fspath__() to return str or bytes, not %s"
                        % (type(p).__name__, type(r).__name__))
    if fname:
        raise TypeError("%s() argument must be str, bytes, or os.PathLike object, not '%s'"
                        % (fname, type(p).__name__))
    raise TypeError("expected str, bytes or os.PathLike object, not " + type(p).__name__)


def _seps(p):
    return (b"/", b".", b"") if isinstance(p, bytes) else ("/", ".", "")


def _same_kind(fname, parts):
    kinds = set(isinstance(x, bytes) for x in parts)
    if len(kinds) > 1:
        raise TypeError("Can't mix strings and bytes in path components")


def normcase(s):
    return _fspath(s, None)


def isabs(s):
    s = _fspath(s, None)
    return s.startswith(_seps(s)[0])


# posixpath.join: a component that starts with "/" throws away what came before it
def join(a, *p):
    a = _fspath(a, "join")
    parts = [_fspath(x, "join") for x in p]
    _same_kind("join", [a] + parts)
    slash = _seps(a)[0]
    path = a
    for b in parts:
        if b.startswith(slash):
            path = b
        elif not path or path.endswith(slash):
            path += b
        else:
            path += slash + b
    return path


# posixpath.split: (head, tail), head without its trailing slashes unless it is all slashes
def split(p):
    p = _fspath(p, None)
    slash = _seps(p)[0]
    i = p.rfind(slash) + 1
    head, tail = p[:i], p[i:]
    if head and head != slash * len(head):
        head = head.rstrip(slash)
    return head, tail


# genericpath._splitext: the dot of a leading run of dots does not start an extension
def splitext(p):
    p = _fspath(p, None)
    slash, dot, empty = _seps(p)
    sep_index = p.rfind(slash)
    dot_index = p.rfind(dot)
    if dot_index > sep_index:
        i = sep_index + 1
        while i < dot_index:
            if p[i:i + 1] != dot:
                return p[:dot_index], p[dot_index:]
            i += 1
    return p, p[:0]


def splitdrive(p):
    p = _fspath(p, None)
    return p[:0], p


def basename(p):
    p = _fspath(p, None)
    return p[p.rfind(_seps(p)[0]) + 1:]


def dirname(p):
    p = _fspath(p, None)
    slash = _seps(p)[0]
    head = p[:p.rfind(slash) + 1]
    if head and head != slash * len(head):
        head = head.rstrip(slash)
    return head


# posixpath.normpath: collapses "//", "." and "a/.."; keeps leading ".." of a relative path,
# and exactly two leading slashes (POSIX leaves their meaning to the system)
def normpath(path):
    path = _fspath(path, None)
    slash, dot, empty = _seps(path)
    dotdot = dot + dot
    if path == empty:
        return dot
    initial = 0
    if path.startswith(slash):
        initial = 2 if path.startswith(slash * 2) and not path.startswith(slash * 3) else 1
    comps = []
    for comp in path.split(slash):
        if comp in (empty, dot):
            continue
        if comp != dotdot or (not initial and not comps) or (comps and comps[-1] == dotdot):
            comps.append(comp)
        elif comps:
            comps.pop()
    out = slash * initial + slash.join(comps)
    return out or dot


def abspath(path):
    path = _fspath(path, None)
    if not isabs(path):
        cwd = _world.getcwd()
        path = join(cwd.encode("utf-8") if isinstance(path, bytes) else cwd, path)
    return normpath(path)


def realpath(filename, *, strict=False):
    return abspath(filename)


def relpath(path, start=None):
    if not path:
        raise ValueError("no path specified")
    path = _fspath(path, None)
    slash, dot, empty = _seps(path)
    if start is None:
        start = dot
    else:
        start = _fspath(start, None)
    _same_kind("relpath", [path, start])
    start_list = [x for x in abspath(start).split(slash) if x]
    path_list = [x for x in abspath(path).split(slash) if x]
    i = len(commonprefix([start_list, path_list]))
    rel = [dot + dot] * (len(start_list) - i) + path_list[i:]
    if not rel:
        return dot
    return slash.join(rel)


def commonprefix(m):
    if not m:
        return ""
    if not isinstance(m[0], (list, tuple)):
        m = tuple(_fspath(x, None) for x in m)
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def commonpath(paths):
    paths = tuple(_fspath(p, None) for p in paths)
    if not paths:
        raise ValueError("commonpath() arg is an empty sequence")
    _same_kind("commonpath", list(paths))
    slash, dot, empty = _seps(paths[0])
    split_paths = [p.split(slash) for p in paths]
    absolutes = set(p[:1] == slash for p in paths)
    if len(absolutes) != 1:
        raise ValueError("Can't mix absolute and relative paths")
    split_paths = [[c for c in s if c and c != dot] for s in split_paths]
    s1 = min(split_paths)
    s2 = max(split_paths)
    common = s1
    for i, c in enumerate(s1):
        if c != s2[i]:
            common = s1[:i]
            break
    prefix = slash if paths[0].startswith(slash) else empty
    return prefix + slash.join(common)


def expanduser(path):
    path = _fspath(path, None)
    tilde = b"~" if isinstance(path, bytes) else "~"
    if not path.startswith(tilde):
        return path
    slash = _seps(path)[0]
    i = path.find(slash, 1)
    if i < 0:
        i = len(path)
    if i != 1:  # ~name: only the playground's own user has a home
        import os
        if path[1:i] not in (os.environ.get("USER"),
                             os.environ.get("USER", "").encode("utf-8")):
            return path
    import os
    home = os.environ.get("HOME", "/")
    if isinstance(path, bytes):
        home = home.encode("utf-8")
    home = home.rstrip(slash)
    return (home + path[i:]) or slash


# posixpath.expandvars: $name and ${name} of os.environ; unknown names stay as they are
def expandvars(path):
    path = _fspath(path, None)
    if isinstance(path, bytes):
        return expandvars(path.decode("utf-8")).encode("utf-8")
    if "$" not in path:
        return path
    import os
    out = []
    i = 0
    n = len(path)
    while i < n:
        c = path[i]
        if c != "$":
            out.append(c)
            i += 1
            continue
        if path.startswith("${", i):
            j = path.find("}", i + 2)
            name = path[i + 2:j] if j >= 0 else ""
            end = j + 1
        else:
            j = i + 1
            while j < n and (path[j].isalnum() or path[j] in "_") and path[j].isascii():
                j += 1
            name = path[i + 1:j]
            end = j
        if name and name in os.environ and (not path.startswith("${", i) or end > i):
            out.append(os.environ[name])
            i = end
        else:
            out.append(c)
            i += 1
    return "".join(out)


# Questions about the file system (genericpath): False rather than an error for a bad path
def exists(path):
    try:
        return _world.exists(_world.norm_path(path))
    except (OSError, ValueError):
        return False


def lexists(path):
    return exists(path)


def isfile(path):
    try:
        return _world.norm_path(path) in _world._files
    except (OSError, ValueError):
        return False


def isdir(s):
    try:
        key = _world.norm_path(s)
    except (OSError, ValueError):
        return False
    return key not in _world._files and _world.is_dir(key)


def islink(path):
    _fspath(path, None)
    return False


def ismount(path):
    return abspath(path) == "/" and isdir(path)


def getsize(filename):
    return _world.stat_of(filename)[1]


def getmtime(filename):
    return _world.stat_of(filename)[2]


getatime = getmtime
getctime = getmtime


def samefile(f1, f2):
    a, b = _world.stat_of(f1), _world.stat_of(f2)
    return a[3] == b[3]
