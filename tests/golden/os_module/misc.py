# os's constants and small helpers
import os
import os.path
from os import path as osp

print(os.name, os.sep, repr(os.linesep), os.curdir, os.pardir, os.extsep, os.pathsep, os.devnull)
print(os.path is osp, os.path.sep, os.altsep, os.error is OSError)
print(os.SEEK_SET, os.SEEK_CUR, os.SEEK_END)
print(type(os.getpid()).__name__, os.getpid() == os.getpid(), os.getpid() > 0)
print(type(os.cpu_count()).__name__, os.cpu_count() >= 1)
b = os.urandom(16)
print(type(b).__name__, len(b), os.urandom(0), len(set(os.urandom(4) for _ in range(5))) > 1)
print(os.fspath("a/b"), os.fspath(b"a/b"))


class Box:
    def __init__(self, where):
        self.where = where

    def __fspath__(self):
        return self.where


print(os.fspath(Box("inside.txt")), isinstance(Box("x"), os.PathLike), isinstance("x", os.PathLike))
print(os.fsencode("naïve.txt"), os.fsdecode(b"caf\xc3\xa9"))
with open(Box("boxed.txt"), "w") as f:
    f.write("via __fspath__")
print(os.listdir(Box(".")), os.path.getsize(Box("boxed.txt")))
print(os.strerror(2), "|", os.strerror(17))
print(os.getcwd() == os.path.abspath("."), os.path.isabs(os.getcwd()))
print(os.getcwdb() == os.getcwd().encode())
for bad in [42, None, Box(3)]:
    try:
        os.fspath(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    os.urandom(-1)
except ValueError as e:
    print("ValueError", e)
