"""shutil in Loopscope: copying, moving and removing files and folder trees of the simulated
file system (loopscope_world), as CPython 3.11's shutil does on a disk without links, owners
or permissions. Copies go through open(), so they take the disk's time."""
import fnmatch
import os

__all__ = ["Error", "SameFileError", "copy", "copy2", "copyfile", "copyfileobj", "copymode",
           "copystat", "copytree", "ignore_patterns", "move", "rmtree", "which"]


class Error(OSError):
    pass


class SameFileError(Error):
    """copyfile's source and destination are one file."""


COPY_BUFSIZE = 64 * 1024


def copyfileobj(fsrc, fdst, length=0):
    size = length if length and length > 0 else COPY_BUFSIZE
    while True:
        chunk = fsrc.read(size)
        if not chunk:
            break
        fdst.write(chunk)


def _same(src, dst):
    try:
        return os.path.samefile(src, dst)
    except OSError:
        return False


def copyfile(src, dst, *, follow_symlinks=True):
    if _same(src, dst):
        raise SameFileError("{!r} and {!r} are the same file".format(src, dst))
    with open(src, "rb") as fsrc:
        with open(dst, "wb") as fdst:
            copyfileobj(fsrc, fdst)
    return dst


def copymode(src, dst, *, follow_symlinks=True):
    os.stat(src)  # (every file has the same mode here)
    os.stat(dst)


def copystat(src, dst, *, follow_symlinks=True):
    st = os.stat(src)
    os.utime(dst, (st.st_atime, st.st_mtime))


def _into_folder(src, dst):
    if os.path.isdir(dst):
        return os.path.join(dst, os.path.basename(src))
    return dst


def copy(src, dst, *, follow_symlinks=True):
    dst = _into_folder(src, dst)
    copyfile(src, dst)
    return dst


def copy2(src, dst, *, follow_symlinks=True):
    dst = _into_folder(src, dst)
    copyfile(src, dst)
    copystat(src, dst)
    return dst


def ignore_patterns(*patterns):
    """An `ignore` for copytree: the names that match any of the wildcard patterns."""
    def _ignore(path, names):
        ignored = []
        for pattern in patterns:
            ignored.extend(fnmatch.filter(names, pattern))
        return set(ignored)
    return _ignore


# shutil.copytree: the folder, then each entry (folders recursively); errors of single files
# are collected and raised together as shutil.Error
def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    with os.scandir(src) as it:
        entries = list(it)
    ignored = ignore(os.fspath(src), [e.name for e in entries]) if ignore is not None else ()
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    errors = []
    for entry in entries:
        if entry.name in ignored:
            continue
        source = os.path.join(src, entry.name)
        target = os.path.join(dst, entry.name)
        try:
            if entry.is_dir():
                copytree(source, target, symlinks, ignore, copy_function,
                         dirs_exist_ok=dirs_exist_ok)
            else:
                copy_function(source, target)
        except Error as err:
            errors.extend(err.args[0])
        except OSError as why:
            errors.append((source, target, str(why)))
    try:
        copystat(src, dst)
    except OSError as why:
        errors.append((src, dst, str(why)))
    if errors:
        raise Error(errors)
    return dst


# shutil.rmtree: everything below the folder, then the folder; onerror(function, path,
# exc_info) is told of each failure instead of raising
def rmtree(path, ignore_errors=False, onerror=None, *, dir_fd=None):
    import sys
    if ignore_errors:
        def onerror(*args):
            pass
    elif onerror is None:
        def onerror(*args):
            raise sys.exc_info()[1]
    try:
        os.lstat(path)
    except OSError:
        onerror(os.lstat, path, sys.exc_info())
        return
    try:
        entries = list(os.scandir(path))
    except OSError:
        onerror(os.scandir, path, sys.exc_info())
        return
    for entry in entries:
        full = os.path.join(path, entry.name)
        if entry.is_dir():
            rmtree(full, ignore_errors, onerror)
        else:
            try:
                os.unlink(full)
            except OSError:
                onerror(os.unlink, full, sys.exc_info())
    try:
        os.rmdir(path)
    except OSError:
        onerror(os.rmdir, path, sys.exc_info())


def move(src, dst, copy_function=copy2):
    real_dst = dst
    if os.path.isdir(dst):
        if _same(src, dst):
            os.rename(src, dst)
            return real_dst
        real_dst = os.path.join(dst, os.path.basename(os.fspath(src).rstrip("/")))
        if os.path.exists(real_dst):
            raise Error("Destination path '%s' already exists" % real_dst)
    try:
        os.rename(src, real_dst)
    except OSError:
        # (as CPython when a rename fails: copy, then remove the source)
        if os.path.isdir(src):
            if _inside(src, dst):
                raise Error("Cannot move a directory '%s' into itself '%s'." % (src, dst))
            copytree(src, real_dst, copy_function=copy_function)
            rmtree(src)
        else:
            copy_function(src, real_dst)
            os.unlink(src)
    return real_dst


def _inside(src, dst):
    src = os.path.abspath(src).rstrip("/") + "/"
    dst = os.path.abspath(dst).rstrip("/") + "/"
    return dst.startswith(src)


def which(cmd, mode=os.F_OK | os.X_OK, path=None):
    """None: the playground has no programs to find."""
    return None


def _unsupported(name, why):
    def unavailable(*args, **kwargs):
        raise NotImplementedError("shutil.%s is not supported in the playground: %s"
                                  % (name, why))
    unavailable.__name__ = name
    return unavailable


chown = _unsupported("chown", "its file system has no owners")
make_archive = _unsupported("make_archive", "it has no archive formats")
unpack_archive = _unsupported("unpack_archive", "it has no archive formats")
disk_usage = _unsupported("disk_usage", "its file system is in memory, without a size")
