"""stat for the playground: the constants and tests of os.stat's st_mode (file kinds and
permission bits), the indexes of a stat_result, and filemode() ("-rw-r--r--")."""

ST_MODE, ST_INO, ST_DEV, ST_NLINK, ST_UID, ST_GID, ST_SIZE, ST_ATIME, ST_MTIME, ST_CTIME = range(10)

S_IFDIR = 0o040000
S_IFCHR = 0o020000
S_IFBLK = 0o060000
S_IFREG = 0o100000
S_IFIFO = 0o010000
S_IFLNK = 0o120000
S_IFSOCK = 0o140000
S_IFDOOR = 0
S_IFPORT = 0
S_IFWHT = 0

S_ISUID = 0o4000
S_ISGID = 0o2000
S_ENFMT = S_ISGID
S_ISVTX = 0o1000
S_IREAD = 0o400
S_IWRITE = 0o200
S_IEXEC = 0o100
S_IRWXU = 0o700
S_IRUSR = 0o400
S_IWUSR = 0o200
S_IXUSR = 0o100
S_IRWXG = 0o070
S_IRGRP = 0o040
S_IWGRP = 0o020
S_IXGRP = 0o010
S_IRWXO = 0o007
S_IROTH = 0o004
S_IWOTH = 0o002
S_IXOTH = 0o001


def S_IMODE(mode):
    return mode & 0o7777


def S_IFMT(mode):
    return mode & 0o170000


def S_ISDIR(mode):
    return S_IFMT(mode) == S_IFDIR


def S_ISCHR(mode):
    return S_IFMT(mode) == S_IFCHR


def S_ISBLK(mode):
    return S_IFMT(mode) == S_IFBLK


def S_ISREG(mode):
    return S_IFMT(mode) == S_IFREG


def S_ISFIFO(mode):
    return S_IFMT(mode) == S_IFIFO


def S_ISLNK(mode):
    return S_IFMT(mode) == S_IFLNK


def S_ISSOCK(mode):
    return S_IFMT(mode) == S_IFSOCK


def S_ISDOOR(mode):
    return False


def S_ISPORT(mode):
    return False


def S_ISWHT(mode):
    return False


_KINDS = ((S_IFLNK, "l"), (S_IFSOCK, "s"), (S_IFREG, "-"), (S_IFBLK, "b"), (S_IFDIR, "d"),
          (S_IFCHR, "c"), (S_IFIFO, "p"))


# stat.filemode: the kind's letter, then rwx for user, group and others (s/S, t/T where the
# set-id and sticky bits are set, with or without the execute bit)
def filemode(mode):
    out = "?"
    for bits, letter in _KINDS:
        if mode & bits == bits:
            out = letter
            break
    for read, write, exe, special, with_x, without_x in (
            (S_IRUSR, S_IWUSR, S_IXUSR, S_ISUID, "s", "S"),
            (S_IRGRP, S_IWGRP, S_IXGRP, S_ISGID, "s", "S"),
            (S_IROTH, S_IWOTH, S_IXOTH, S_ISVTX, "t", "T")):
        out += "r" if mode & read else "-"
        out += "w" if mode & write else "-"
        if mode & special:
            out += with_x if mode & exe else without_x
        else:
            out += "x" if mode & exe else "-"
    return out
