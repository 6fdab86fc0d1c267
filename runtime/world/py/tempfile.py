"""tempfile in Loopscope: temporary folders and files on the simulated file system, under
/tmp (made when first needed, and removed again once the last temporary folder or file made
there is gone, so the working folder looks as it did). Names are "tmp" + 8 characters from a
generator of their own (random.Random(0)): every run gets the same names."""
import os as _os
import shutil as _shutil

__all__ = ["NamedTemporaryFile", "TemporaryDirectory", "TemporaryFile", "gettempdir",
           "gettempdirb", "gettempprefix", "mkdtemp", "mkstemp", "SpooledTemporaryFile",
           "TMP_MAX", "tempdir", "template"]

TMP_MAX = 10000
template = "tmp"
tempdir = None
_DEFAULT = "/tmp"
_state = {"made_tmp": False, "live": 0, "rng": None}
_CHARACTERS = "abcdefghijklmnopqrstuvwxyz0123456789_"


def gettempdir():
    return tempdir if tempdir is not None else _DEFAULT


def gettempdirb():
    return _os.fsencode(gettempdir())


def gettempprefix():
    return template


def _next_name():
    if _state["rng"] is None:
        import random
        _state["rng"] = random.Random(0)
    rng = _state["rng"]
    return "".join(rng.choice(_CHARACTERS) for _ in range(8))


def _folder(dir):
    """The folder a temporary name goes in (the default one is made when missing)."""
    if dir is not None:
        return _os.fspath(dir)
    folder = gettempdir()
    if folder == _DEFAULT and not _os.path.isdir(folder):
        _os.mkdir(folder)
        _state["made_tmp"] = True
    return folder


def _new_path(suffix, prefix, dir):
    folder = _folder(dir)
    prefix = template if prefix is None else prefix
    suffix = "" if suffix is None else suffix
    for _ in range(TMP_MAX):
        path = _os.path.join(folder, prefix + _next_name() + suffix)
        if not _os.path.exists(path):
            return _os.path.abspath(path)
    raise FileExistsError(17, "No usable temporary file name found")


def _released():
    """A temporary folder or file is gone: /tmp goes too when tempfile made it and it is empty."""
    _state["live"] -= 1
    if _state["live"] <= 0 and _state["made_tmp"]:
        try:
            if not _os.listdir(_DEFAULT):
                _os.rmdir(_DEFAULT)
                _state["made_tmp"] = False
        except OSError:
            pass


def mkdtemp(suffix=None, prefix=None, dir=None):
    path = _new_path(suffix, prefix, dir)
    _os.mkdir(path)
    return path


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    raise NotImplementedError("tempfile.mkstemp is not supported in the playground: it returns a "
                              "file descriptor; use NamedTemporaryFile(delete=False)")


class TemporaryDirectory:
    """A temporary folder, removed (with what it holds) by cleanup() or at the end of `with`."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_errors = ignore_cleanup_errors
        self._done = False
        _state["live"] += 1

    def __repr__(self):
        return "<{} {!r}>".format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        if self._done:
            return
        self._done = True
        if _os.path.exists(self.name):
            _shutil.rmtree(self.name, ignore_errors=self._ignore_errors)
        _released()


class _TemporaryFileWrapper:
    """NamedTemporaryFile's answer: the open file (`file`), its `name`; closing it removes the
    file when `delete` is true."""

    def __init__(self, file, name, delete):
        self.file = file
        self.name = name
        self.delete = delete
        self._closed = False

    def __getattr__(self, attr):
        return getattr(self.__dict__["file"], attr)

    def __enter__(self):
        return self

    def __exit__(self, exc, value, tb):
        self.close()

    def __iter__(self):
        return iter(self.file)

    def close(self):
        if self._closed:
            return
        self._closed = True
        self.file.close()
        if self.delete:
            try:
                _os.unlink(self.name)
            except FileNotFoundError:
                pass
        _released()

    def __repr__(self):
        return "<tempfile._TemporaryFileWrapper file=%r>" % (self.file,)


def NamedTemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None, suffix=None,
                       prefix=None, dir=None, delete=True, *, errors=None):
    path = _new_path(suffix, prefix, dir)
    if "x" not in mode and not _os.path.exists(path):
        open(path, "x").close()
    f = open(path, mode.replace("x", "w") if "x" in mode else mode, buffering, encoding,
             errors, newline)
    _state["live"] += 1
    return _TemporaryFileWrapper(f, path, delete)


def TemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None, suffix=None,
                  prefix=None, dir=None, *, errors=None):
    return NamedTemporaryFile(mode, buffering, encoding, newline, suffix, prefix, dir, True,
                              errors=errors)


def SpooledTemporaryFile(*args, **kwargs):
    raise NotImplementedError("tempfile.SpooledTemporaryFile is not supported in the "
                              "playground: use io.StringIO / io.BytesIO, or TemporaryFile")
