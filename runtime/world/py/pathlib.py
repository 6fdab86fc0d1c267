"""pathlib in Loopscope: POSIX paths as objects (PurePath, PurePosixPath) and, through os, the
simulated file system of loopscope_world (Path, PosixPath). Windows paths are not supported
(PureWindowsPath and WindowsPath say so)."""
import fnmatch as _fnmatch
import os
import posixpath as _pp

import loopscope_world as _world

__all__ = ["PurePath", "PurePosixPath", "PureWindowsPath", "Path", "PosixPath", "WindowsPath"]


def _parse(args):
    """(root, parts) of the joined path arguments: a later absolute one starts over."""
    root = ""
    parts = []
    for a in args:
        if isinstance(a, PurePath):
            s = a._str()
        else:
            s = os.fspath(a) if not isinstance(a, str) else a
            if not isinstance(s, str):
                raise TypeError("argument should be a str object or an os.PathLike object "
                                "returning str, not %r" % (type(s),))
        if s.startswith("/"):
            # (exactly two leading slashes stay two, as POSIX allows)
            root = "//" if s.startswith("//") and not s.startswith("///") else "/"
            parts = []
        parts.extend(p for p in s.split("/") if p and p != ".")
    return root, parts


class _Parents:
    """p.parents: the logical ancestors of p, nearest first."""

    def __init__(self, path):
        self._path = path
        self._n = len(path._parts) - (1 if path._root else 0)

    def __len__(self):
        return self._n

    def __getitem__(self, i):
        if isinstance(i, slice):
            return tuple(self[k] for k in range(*i.indices(self._n)))
        if not isinstance(i, int):
            raise TypeError("list indices must be integers or slices, not " +
                            type(i).__name__)
        if i >= self._n or i < -self._n:
            raise IndexError(i)
        if i < 0:
            i += self._n
        p = self._path
        return p._from(p._root, p._body()[:-i - 1])

    def __iter__(self):
        for i in range(self._n):
            yield self[i]

    def __repr__(self):
        return "<%s.parents>" % type(self._path).__name__


class PurePath:
    """A POSIX path, as text only: no file system is asked."""

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        self = object.__new__(cls)
        root, body = _parse(args)
        self._root = root
        self._parts = ([root] if root else []) + body
        return self

    def __init__(self, *args):
        pass

    def _from(self, root, body):
        p = object.__new__(type(self))
        p._root = root
        p._parts = ([root] if root else []) + list(body)
        return p

    def _body(self):
        return self._parts[1:] if self._root else self._parts

    def _str(self):
        body = "/".join(self._body())
        return (self._root + body) or "."

    def __str__(self):
        return self._str()

    def __fspath__(self):
        return self._str()

    def as_posix(self):
        return self._str()

    def __bytes__(self):
        return os.fsencode(self._str())

    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, self.as_posix())

    def as_uri(self):
        if not self._root:
            raise ValueError("relative path can't be expressed as a file URI")
        safe = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~/"
        return "file://" + "".join(chr(b) if b in safe else "%%%02X" % b
                                   for b in os.fsencode(self._str()))

    # comparisons: POSIX paths by their parts (PurePosixPath('a') == Path('a'))

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._parts == other._parts

    def __hash__(self):
        return hash(self._str())

    def __lt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._parts < other._parts

    def __le__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._parts <= other._parts

    def __gt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._parts > other._parts

    def __ge__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._parts >= other._parts

    @property
    def drive(self):
        return ""

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._root

    @property
    def parts(self):
        return tuple(self._parts)

    @property
    def name(self):
        body = self._body()
        return body[-1] if body else ""

    @property
    def suffix(self):
        name = self.name
        i = name.rfind(".")
        return name[i:] if 0 < i < len(name) - 1 else ""

    @property
    def suffixes(self):
        name = self.name
        if name.endswith("."):
            return []
        return ["." + s for s in name.lstrip(".").split(".")[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind(".")
        return name[:i] if 0 < i < len(name) - 1 else name

    @property
    def parent(self):
        body = self._body()
        if not body:
            return self
        return self._from(self._root, body[:-1])

    @property
    def parents(self):
        return _Parents(self)

    def with_name(self, name):
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        if not name or "/" in name or name == ".":
            raise ValueError("Invalid name %r" % (name,))
        return self._from(self._root, self._body()[:-1] + [name])

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if "/" in suffix or (suffix and not suffix.startswith(".")) or suffix == ".":
            raise ValueError("Invalid suffix %r" % (suffix,))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old = self.suffix
        name = (name[:-len(old)] if old else name) + suffix
        return self._from(self._root, self._body()[:-1] + [name])

    def joinpath(self, *args):
        return type(self)(self, *args)

    def __truediv__(self, key):
        try:
            return type(self)(self, key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return type(self)(key, self)
        except TypeError:
            return NotImplemented

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    def relative_to(self, *other):
        if not other:
            raise TypeError("need at least one argument")
        base = type(self)(*other)
        n = len(base._parts)
        if self._parts[:n] != base._parts or (n == 0 and self._root):
            raise ValueError("%r is not in the subpath of %r OR one path is relative and the "
                             "other is absolute." % (str(self), str(base)))
        return self._from("", self._parts[n:])

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    # PurePath.match: the pattern's parts against the path's last parts (all of them when the
    # pattern is absolute)
    def match(self, path_pattern):
        pat = type(self)(path_pattern)
        pat_parts = list(pat._parts)
        if not pat_parts:
            raise ValueError("empty pattern")
        parts = self._parts
        if pat._root:
            if len(pat_parts) != len(parts):
                return False
            pat_parts = pat_parts[1:]
        elif len(pat_parts) > len(parts):
            return False
        for part, p in zip(reversed(parts), reversed(pat_parts)):
            if not _fnmatch.fnmatchcase(part, p):
                return False
        return True


class PurePosixPath(PurePath):
    pass


class PureWindowsPath(PurePath):
    def __new__(cls, *args):
        raise NotImplementedError("%s is not supported in the playground: its paths are "
                                  "POSIX paths (PurePosixPath)" % cls.__name__)


class Path(PurePath):
    """A path of the simulated file system."""

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return PurePath.__new__(cls, *args)

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls(_pp.expanduser("~"))

    def absolute(self):
        if self._root:
            return self
        return type(self)(os.getcwd(), self)

    def resolve(self, strict=False):
        if strict:  # (as realpath: the first part that is missing is the error's name)
            walked = self._root
            for name in self._body():
                if name == "..":
                    walked = _pp.dirname(walked) if walked not in ("", "/", "//") else walked
                    continue
                walked = _pp.join(walked, name)
                os.stat(walked)
        return type(self)(_pp.abspath(self._str()))

    def expanduser(self):
        body = self._body()
        if not self._root and body and body[0].startswith("~"):
            home = _pp.expanduser(body[0])
            if home.startswith("~"):
                raise RuntimeError("Could not determine home directory.")
            return type(self)(home, *body[1:])
        return self

    def stat(self, *, follow_symlinks=True):
        return os.stat(self)

    def lstat(self):
        return os.stat(self)

    def exists(self):
        try:
            os.stat(self)
        except (OSError, ValueError):
            return False
        return True

    def is_file(self):
        return _pp.isfile(self)

    def is_dir(self):
        return _pp.isdir(self)

    def is_symlink(self):
        return False

    def is_mount(self):
        return _pp.ismount(self)

    def is_fifo(self):
        return False

    is_socket = is_block_device = is_char_device = is_fifo

    def samefile(self, other_path):
        return _pp.samefile(self, other_path)

    def iterdir(self):
        for name in os.listdir(self):
            yield self._from(self._root, self._body() + [name])

    # Path.glob: the pattern's parts, one folder level each; `**` is this folder and every one
    # below it (a pattern that ends with it yields folders only)
    def glob(self, pattern):
        if not pattern:
            raise ValueError("Unacceptable pattern: %r" % (pattern,))
        pat = PurePosixPath(pattern)
        if pat._root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        parts = list(pat._parts)
        if pattern.endswith("/"):
            parts.append("")
        for p in self._glob(self, parts):
            yield p

    def rglob(self, pattern):
        pat = PurePosixPath(pattern)
        if pat._root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        parts = ["**"] + list(pat._parts)
        if pattern.endswith("/"):
            parts.append("")
        for p in self._glob(self, parts):
            yield p

    def _glob(self, folder, parts):
        for part in parts:
            if "**" in part and part != "**":
                raise ValueError("Invalid pattern: '**' can only be an entire path component")
        yield from self._glob_parts(folder, parts)

    def _glob_parts(self, folder, parts):
        if not parts:
            yield folder
            return
        head, rest = parts[0], parts[1:]
        if head == "":
            if folder.is_dir():
                yield folder
            return
        if head == "**":
            seen = set()
            for sub in self._below(folder):
                for p in self._glob_parts(sub, rest):
                    if tuple(p._parts) not in seen:
                        seen.add(tuple(p._parts))
                        yield p
            return
        if not folder.is_dir():
            return
        wild = any(c in head for c in "*?[")
        if not wild:
            child = folder._from(folder._root, folder._body() + [head])
            if rest:
                yield from self._glob_parts(child, rest)
            elif child.exists():
                yield child
            return
        for name in _safe_listdir(folder):
            if _fnmatch.fnmatchcase(name, head):
                child = folder._from(folder._root, folder._body() + [name])
                if rest:
                    if child.is_dir():
                        yield from self._glob_parts(child, rest)
                else:
                    yield child

    def _below(self, folder):
        """folder and every folder under it, parents first."""
        yield folder
        for name in _safe_listdir(folder):
            child = folder._from(folder._root, folder._body() + [name])
            if child.is_dir():
                yield from self._below(child)

    def open(self, mode="r", buffering=-1, encoding=None, errors=None, newline=None):
        return open(self, mode, buffering, encoding, errors, newline)

    def read_text(self, encoding=None, errors=None):
        with self.open("r", encoding=encoding, errors=errors) as f:
            return f.read()

    def read_bytes(self):
        with self.open("rb") as f:
            return f.read()

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError("data must be str, not %s" % type(data).__name__)
        with self.open("w", encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def write_bytes(self, data):
        view = data if isinstance(data, memoryview) else memoryview(data)
        with self.open("wb") as f:
            return f.write(view.tobytes())

    def touch(self, mode=0o666, exist_ok=True):
        _world.touch_file(self, exist_ok)

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            os.mkdir(self, mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def rmdir(self):
        os.rmdir(self)

    def unlink(self, missing_ok=False):
        try:
            os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rename(self, target):
        os.rename(self, target)
        return type(self)(target)

    def replace(self, target):
        os.replace(self, target)
        return type(self)(target)

    def _unsupported(self, what):
        raise NotImplementedError("Path.%s is not supported in the playground: its file "
                                  "system has no links, owners or permissions" % what)

    def chmod(self, mode, *, follow_symlinks=True):
        self._unsupported("chmod")

    def lchmod(self, mode):
        self._unsupported("lchmod")

    def owner(self):
        self._unsupported("owner")

    def group(self):
        self._unsupported("group")

    def readlink(self):
        self._unsupported("readlink")

    def symlink_to(self, target, target_is_directory=False):
        self._unsupported("symlink_to")

    def hardlink_to(self, target):
        self._unsupported("hardlink_to")

    def link_to(self, target):
        self._unsupported("link_to")


def _safe_listdir(folder):
    try:
        return os.listdir(folder)
    except OSError:
        return []


class PosixPath(Path, PurePosixPath):
    pass


class WindowsPath(Path, PureWindowsPath):
    def __new__(cls, *args, **kwargs):
        raise NotImplementedError("cannot instantiate %r on your system" % (cls.__name__,))
