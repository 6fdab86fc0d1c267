"""os in Loopscope: the simulated file system of loopscope_world (the one built-in open() and
aiofiles use), a small fixed environment, and what a program in a browser can have of the
rest. Nothing here takes virtual time (reading and writing a file's contents does: open()).

The machine the program sees (docs/standard-modules.md, "os"): the disk's root "/" is the
working folder a program starts in and the home folder; os.environ holds HOME=/, LANG=C.UTF-8,
PATH=/usr/local/bin:/usr/bin:/bin, TZ=UTC, USER=learner; getpid() is 4242, cpu_count() 8;
urandom(n) draws from its own random.Random(0), so a run repeats. Starting programs (system,
popen, exec*, spawn*, fork, kill) and file descriptors (os.open, read, write) are not
available and say so.
"""
import abc as _abc
import sys as _sys

import loopscope_world as _world
import posixpath as path

_sys.modules["os.path"] = path

__all__ = ["F_OK", "R_OK", "W_OK", "X_OK", "DirEntry", "PathLike", "SEEK_CUR", "SEEK_END",
           "SEEK_SET", "access", "altsep", "chdir", "cpu_count", "curdir", "defpath", "devnull",
           "environ", "error", "extsep", "fsdecode", "fsencode", "fspath", "get_exec_path",
           "getcwd", "getcwdb", "getenv", "getlogin", "getpid", "getppid", "getuid", "getgid",
           "linesep", "listdir", "lstat", "makedirs", "mkdir", "name", "pardir", "path",
           "pathsep", "remove", "removedirs", "rename", "renames", "replace", "rmdir",
           "scandir", "sep", "stat", "stat_result", "strerror", "unlink", "urandom", "utime",
           "walk"]

name = "posix"
linesep = "\n"
sep = path.sep
altsep = path.altsep
extsep = path.extsep
pathsep = path.pathsep
defpath = path.defpath
curdir = path.curdir
pardir = path.pardir
devnull = path.devnull
error = OSError
SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2
F_OK, X_OK, W_OK, R_OK = 0, 1, 2, 4

_PID = 4242
_UID = 1000


# ---------------------------------------------------------------------------------------------
# Paths as objects
# ---------------------------------------------------------------------------------------------
class PathLike(_abc.ABC):
    """What has __fspath__ (pathlib's paths, DirEntry)."""

    @_abc.abstractmethod
    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            return hasattr(subclass, "__fspath__")
        return NotImplemented


# os.fspath: str and bytes as they are, else what __fspath__ returns
def fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    method = getattr(type(p), "__fspath__", None)
    if method is None:
        raise TypeError("expected str, bytes or os.PathLike object, not " + type(p).__name__)
    r = method(p)
    if not isinstance(r, (str, bytes)):
        raise TypeError("expected %s.__fspath__() to return str or bytes, not %s"
                        % (type(p).__name__, type(r).__name__))
    return r


def fsencode(filename):
    filename = fspath(filename)
    return filename.encode("utf-8") if isinstance(filename, str) else filename


def fsdecode(filename):
    filename = fspath(filename)
    return filename.decode("utf-8") if isinstance(filename, bytes) else filename


# ---------------------------------------------------------------------------------------------
# The environment: a small fixed one (a run repeats), changed only by the program
# ---------------------------------------------------------------------------------------------
def _str_expected(v):
    if not isinstance(v, str):
        raise TypeError("str expected, not " + type(v).__name__)


class _Environ:
    """os.environ: a mapping of str to str."""

    def __init__(self, data):
        self._data = dict(data)

    def __getitem__(self, key):
        if key not in self._data:
            raise KeyError(key)
        return self._data[key]

    def __setitem__(self, key, value):
        _str_expected(key)
        _str_expected(value)
        self._data[key] = value

    def __delitem__(self, key):
        if key not in self._data:
            raise KeyError(key)
        del self._data[key]

    def __contains__(self, key):
        return key in self._data

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __eq__(self, other):
        if isinstance(other, _Environ):
            return self._data == other._data
        return self._data == other

    def __or__(self, other):
        if not isinstance(other, (dict, _Environ)):
            return NotImplemented
        d = dict(self._data)
        d.update(other)
        return d

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        d = dict(other)
        d.update(self._data)
        return d

    def __ior__(self, other):
        self.update(other)
        return self

    def get(self, key, default=None):
        return self._data.get(key, default)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def copy(self):
        return dict(self._data)

    def setdefault(self, key, value):
        if key not in self._data:
            self[key] = value
        return self._data[key]

    _missing = object()

    def pop(self, key, default=_missing):
        if key in self._data:
            return self._data.pop(key)
        if default is _Environ._missing:
            raise KeyError(key)
        return default

    def popitem(self):
        if not self._data:
            raise KeyError("popitem(): dictionary is empty")
        return self._data.popitem()

    def clear(self):
        self._data.clear()

    def update(self, other=(), **kwargs):
        pairs = other.items() if hasattr(other, "items") else other
        for k, v in pairs:
            self[k] = v
        for k in kwargs:
            self[k] = kwargs[k]

    def __repr__(self):
        return "environ(" + repr(self._data) + ")"


environ = _Environ({"HOME": "/", "LANG": "C.UTF-8", "PATH": "/usr/local/bin:/usr/bin:/bin",
                    "TZ": "UTC", "USER": "learner"})


def getenv(key, default=None):
    _str_expected(key)
    return environ.get(key, default)


def get_exec_path(env=None):
    return (env if env is not None else environ).get("PATH", defpath).split(pathsep)


def getlogin():
    return environ.get("USER", "learner")


def getpid():
    return _PID


def getppid():
    return _PID - 1


def getuid():
    return _UID


def getgid():
    return _UID


geteuid = getuid
getegid = getgid


def cpu_count():
    return 8


_urandom = []


def urandom(size):
    """`size` bytes from the playground's own generator (random.Random(0)): repeatable, so
    never secret."""
    if not isinstance(size, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(size).__name__)
    if size < 0:
        raise ValueError("negative argument not allowed")
    if not _urandom:
        import random
        _urandom.append(random.Random(0))
    if size == 0:
        return b""
    return _urandom[0].getrandbits(8 * size).to_bytes(size, "little")


_STRERROR = {0: "Success", 1: "Operation not permitted", 2: "No such file or directory",
             13: "Permission denied", 17: "File exists", 20: "Not a directory",
             21: "Is a directory", 22: "Invalid argument", 28: "No space left on device",
             39: "Directory not empty"}


def strerror(code):
    return _STRERROR.get(code, "Unknown error %d" % code)


# ---------------------------------------------------------------------------------------------
# Folders and files
# ---------------------------------------------------------------------------------------------
def getcwd():
    return _world.getcwd()


def getcwdb():
    return _world.getcwd().encode("utf-8")


def chdir(path):
    _world.chdir(path)


def listdir(path="."):
    names = _world.listdir(path)
    if isinstance(path, bytes):
        return [n.encode("utf-8") for n in names]
    return names


def mkdir(path, mode=0o777, *, dir_fd=None):
    _world.make_dir(path)


# os.makedirs: the missing folders above, then the folder; exist_ok accepts a folder there
def makedirs(name, mode=0o777, exist_ok=False):
    name = fspath(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        if tail == curdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def remove(path, *, dir_fd=None):
    _world.remove(path)


unlink = remove


def rmdir(path, *, dir_fd=None):
    p = fsdecode(path)
    if p == "." or p.endswith("/."):
        raise _world.os_error(OSError, 22, "Invalid argument", path)
    _world.remove_dir(path)


def removedirs(name):
    rmdir(name)
    head, tail = path.split(fspath(name))
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def rename(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    _world.rename(src, dst)


replace = rename


def renames(old, new):
    head, tail = path.split(fspath(new))
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(fspath(old))
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


def access(path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True):
    try:
        _world.stat_of(path)
    except OSError:
        return False
    return True


class stat_result(tuple):
    """os.stat's answer: st_mode, st_ino, st_dev, st_nlink, st_uid, st_gid, st_size and the
    three times (whole seconds by index, floats as attributes)."""

    n_sequence_fields = 10
    n_fields = 10
    n_unnamed_fields = 0
    _names = ("st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
              "st_atime", "st_mtime", "st_ctime")

    def __new__(cls, values):
        values = tuple(values)
        if len(values) != 10:
            raise TypeError("os.stat_result() takes a 10-sequence (%d-sequence given)"
                            % len(values))
        return tuple.__new__(cls, values)

    def __repr__(self):
        return "os.stat_result(" + ", ".join(
            "%s=%r" % (n, v) for n, v in zip(self._names, self)) + ")"

    st_mode = property(lambda self: self[0])
    st_ino = property(lambda self: self[1])
    st_dev = property(lambda self: self[2])
    st_nlink = property(lambda self: self[3])
    st_uid = property(lambda self: self[4])
    st_gid = property(lambda self: self[5])
    st_size = property(lambda self: self[6])
    st_atime = property(lambda self: self._times[0])
    st_mtime = property(lambda self: self._times[1])
    st_ctime = property(lambda self: self._times[2])
    st_atime_ns = property(lambda self: int(self._times[0] * 1000000000))
    st_mtime_ns = property(lambda self: int(self._times[1] * 1000000000))
    st_ctime_ns = property(lambda self: int(self._times[2] * 1000000000))

    @property
    def _times(self):
        t = getattr(self, "_floats", None)
        return t if t is not None else (float(self[7]), float(self[8]), float(self[9]))


_DEV = 2049


def stat(path, *, dir_fd=None, follow_symlinks=True):
    if isinstance(path, int):
        raise NotImplementedError("os.stat of a file descriptor is not supported in the "
                                  "playground: pass the file's path")
    folder, size, mtime, inode, links = _world.stat_of(path)
    mode = 0o40755 if folder else 0o100644
    t = int(mtime)
    r = stat_result((mode, inode, _DEV, links, _UID, _UID, size, t, t, t))
    r._floats = (mtime, mtime, mtime)
    return r


def lstat(path, *, dir_fd=None):
    return stat(path)


def utime(path, times=None, *, ns=None, dir_fd=None, follow_symlinks=True):
    key = _world.norm_path(path)
    _world.stat_of(path)
    if times is not None and ns is not None:
        raise ValueError("utime: you may specify either 'times' or 'ns' but not both")
    if ns is not None:
        t = ns[1] / 1000000000
    elif times is not None:
        if not isinstance(times, tuple) or len(times) != 2:
            raise TypeError("utime: 'times' must be either a tuple of two ints or None")
        t = float(times[1])
    else:
        t = _world.now()
    _world._mtimes[key] = t


class DirEntry:
    """One entry os.scandir yields: name, path, is_file(), is_dir(), stat()."""

    def __init__(self, folder, name):
        self.name = name
        if isinstance(folder, bytes):
            self.path = folder + (b"" if folder.endswith(b"/") else b"/") + name
        else:
            self.path = folder + ("" if folder.endswith("/") else "/") + name

    def is_dir(self, *, follow_symlinks=True):
        return path.isdir(self.path)

    def is_file(self, *, follow_symlinks=True):
        return path.isfile(self.path)

    def is_symlink(self):
        return False

    def is_junction(self):
        return False

    def stat(self, *, follow_symlinks=True):
        return stat(self.path)

    def inode(self):
        return stat(self.path).st_ino

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return "<DirEntry %r>" % (self.name,)


class _ScandirIterator:
    def __init__(self, entries):
        self._entries = entries
        self._i = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._i >= len(self._entries):
            raise StopIteration
        self._i += 1
        return self._entries[self._i - 1]

    def close(self):
        self._i = len(self._entries)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def scandir(path="."):
    folder = fspath(path)
    names = listdir(folder)
    return _ScandirIterator([DirEntry(folder, n) for n in names])


# os.walk: (folder, its subfolders, its files) for the folder and each folder below it, the
# subfolders' list first when topdown (the caller may prune it), after them when not
def walk(top, topdown=True, onerror=None, followlinks=False):
    top = fspath(top)
    try:
        entries = list(scandir(top))
    except OSError as e:
        if onerror is not None:
            onerror(e)
        return
    dirs = [e.name for e in entries if e.is_dir()]
    files = [e.name for e in entries if not e.is_dir()]
    if topdown:
        yield top, dirs, files
        for d in dirs:
            yield from walk(path.join(top, d), topdown, onerror, followlinks)
    else:
        for d in dirs:
            yield from walk(path.join(top, d), topdown, onerror, followlinks)
        yield top, dirs, files


# ---------------------------------------------------------------------------------------------
# What a program in a browser cannot do
# ---------------------------------------------------------------------------------------------
def _no_processes(fname):
    def unavailable(*args, **kwargs):
        raise NotImplementedError(
            "os.%s is not available in the playground: programs run inside the browser, "
            "which cannot start other programs. To run work concurrently use asyncio tasks "
            "(asyncio.create_task, asyncio.gather) or asyncio.to_thread." % fname)
    unavailable.__name__ = fname
    unavailable.__qualname__ = fname
    return unavailable


def _no_descriptors(fname):
    def unavailable(*args, **kwargs):
        raise NotImplementedError(
            "os.%s (file descriptors) is not supported in the playground: use open() and the "
            "file it returns" % fname)
    unavailable.__name__ = fname
    unavailable.__qualname__ = fname
    return unavailable


for _n in ("system", "popen", "fork", "forkpty", "kill", "killpg", "wait", "waitpid",
           "execl", "execle", "execlp", "execlpe", "execv", "execve", "execvp", "execvpe",
           "spawnl", "spawnle", "spawnlp", "spawnlpe", "spawnv", "spawnve", "spawnvp",
           "spawnvpe", "posix_spawn", "posix_spawnp", "startfile"):
    globals()[_n] = _no_processes(_n)
for _n in ("open", "close", "read", "write", "lseek", "fdopen", "pipe", "dup", "dup2",
           "fstat", "fsync", "ftruncate", "isatty"):
    globals()[_n] = _no_descriptors(_n)
del _n
