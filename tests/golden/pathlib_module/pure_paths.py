# PurePath: paths as values, no file system involved
from pathlib import Path, PurePath, PurePosixPath

p = PurePath("/usr/lib/python3.11/config.tar.gz")
print(p, repr(p), type(p).__name__)
print(p.parts, p.drive, repr(p.root), p.anchor)
print(p.name, p.stem, p.suffix, p.suffixes)
print(p.parent, p.parent.parent, list(p.parents))
print(len(p.parents), p.parents[0], p.parents[-1], p.parents[1:3], p.parents)
print(p.with_name("setup.py"), p.with_suffix(".zip"), p.with_suffix(""), p.with_stem("data"))
print(p.is_absolute(), PurePath("a/b").is_absolute())
print(p.relative_to("/usr"), p.relative_to("/usr/lib/"), p.is_relative_to("/usr"), p.is_relative_to("/etc"))
print(p.as_posix(), p.as_uri(), PurePath("/a b/ü").as_uri())
print(p.match("*.gz"), p.match("lib/*/*.gz"), p.match("/usr/*"), p.match("/usr/*/*/*.gz"), p.match("*.zip"))

q = PurePosixPath("docs") / "guide" / "intro.md"
print(q, q.joinpath("x", "y"), "root" / PurePath("sub"), PurePath("a", "b", "/c", "d"))
print(PurePath(), PurePath("."), PurePath(""), PurePath("a//b/./c"), PurePath("a/../b"), PurePath("//x"), PurePath("///x"))
print(PurePath("a") == PurePath("a/"), PurePath("a") == PurePath("A"), PurePath("a") == "a")
print(PurePath("x") == Path("x"), hash(PurePath("a/b")) == hash(PurePath("a//b")))
print(sorted([PurePath("b"), PurePath("a/z"), PurePath("/c"), PurePath("a")]))
print(PurePath("a") < PurePath("b"), PurePath("a/b") > PurePath("a"), max(PurePath("x"), PurePath("y")))
print({PurePath("a"): 1}[PurePath("a")], str(PurePath("a/b")), bytes(PurePath("a/b")))
for name in [".bashrc", "a.", "a.b.c", "..", "/", "noext", "x.tar.gz.", "...x"]:
    r = PurePath(name)
    print(repr(name), repr(r.name), repr(r.stem), repr(r.suffix), r.suffixes)
print(PurePath("/").parent, PurePath(".").parent, PurePath("a").parent, list(PurePath("a/b").parents))
print(PurePath("data.csv").with_suffix(".json").with_name("out.json"))
