# os.scandir: entries that know their name, path and kind
import os

os.makedirs("docs/img")
for name, text in [("docs/a.md", "alpha"), ("docs/b.md", "beta!"), ("docs/notes.txt", "")]:
    with open(name, "w") as f:
        f.write(text)

entries = sorted(os.scandir("docs"), key=lambda e: e.name)
for e in entries:
    print(repr(e), e.name, e.path, e.is_file(), e.is_dir(), e.is_symlink(), os.fspath(e))
print([e.stat().st_size for e in entries if e.is_file()])

with os.scandir("docs") as it:
    md = sorted(e.name for e in it if e.name.endswith(".md"))
print(md)

print(sorted(e.path for e in os.scandir()))
print(sorted(e.path for e in os.scandir("docs/")))
print(isinstance(entries[0], os.DirEntry), isinstance(entries[0], os.PathLike))
with open(entries[0]) as f:
    print(f.read())
try:
    os.scandir("nothing")
except FileNotFoundError as e:
    print(e)
