# os.path's path arithmetic: join, split, splitext, basename, dirname, normpath
import os.path as p

print(p.join("data", "2024", "report.csv"))
print(p.join("data/", "x"), p.join("data", "/abs", "y"), p.join("", "a"), p.join("a", ""), repr(p.join("")))
print(p.join(b"bytes", b"path"), p.join("a", "b/", "c"))
for path in ["dir/file.txt", "/usr/lib/", "file", "/", "", "//x", "a/b/c/", "/only"]:
    print(repr(path), p.split(path), repr(p.basename(path)), repr(p.dirname(path)))
for path in ["report.tar.gz", ".bashrc", "a.", "a..b", "dir.d/file", "...x", "/p/.hidden.txt", "",
             "noext", "x/.y.z"]:
    print(repr(path), p.splitext(path))
print(p.splitext(b"a/b.c"), p.splitdrive("/a/b"))
for path in ["a//b", "a/./b", "a/b/..", "a/b/../../..", "/../x", "//a", "///a", "", ".",
             "./", "a/../../b", "/a/b/../c/./d/", "../../x/y/.."]:
    print(repr(path), repr(p.normpath(path)))
print(p.isabs("/x"), p.isabs("x"), p.isabs(""), p.normcase("AbC"))
print(p.commonprefix(["/usr/lib", "/usr/local", "/usr/libexec"]), repr(p.commonprefix([])))
print(p.commonpath(["/usr/lib", "/usr/local/bin", "/usr/lib64"]), p.commonpath(["a/b", "a/c"]))
print(p.commonpath(["a/./b", "a/b/c"]))
print(p.relpath("/a/b/c", "/a"), p.relpath("/a", "/a/b/c"), p.relpath("/x/y", "/a/b"), p.relpath("/a", "/a"))
print(p.relpath("a/b", "a"), p.relpath("a", "a/b/c"), p.relpath("q"), p.relpath("./q/../r"))
print(p.sep, p.extsep, p.pardir, p.curdir, p.pathsep)
