# Path: reading, writing and listing files
from pathlib import Path

base = Path("notes")
base.mkdir()
(base / "todo.txt").write_text("buy milk\nwrite code\n")
(base / "done.txt").write_text("")
print((base / "todo.txt").read_text(), end="")
print((base / "todo.txt").read_text().splitlines())
print(Path("notes/todo.txt").write_text("one\ntwo\nthree\n"), Path("notes/todo.txt").stat().st_size)
n = Path("notes/data.bin").write_bytes(bytes([0, 1, 2, 255]))
print(n, Path("notes/data.bin").read_bytes(), Path("notes/data.bin").write_bytes(bytearray(b"xy")))

print(sorted(base.iterdir()))
print(sorted(p.name for p in base.iterdir() if p.is_file()))
print([p.suffix for p in sorted(base.iterdir())])

with (base / "todo.txt").open() as f:
    for line in f:
        print("line:", line.rstrip())
with (base / "log.txt").open("a") as f:
    f.write("first\n")
with open(base / "log.txt", "a") as f:
    f.write("second\n")
print((base / "log.txt").read_text().split())

p = base / "todo.txt"
print(p.exists(), p.is_file(), p.is_dir(), base.is_dir(), (base / "nope").exists(), p.is_symlink())
print(p.stat().st_size == len(p.read_bytes()))

deep = Path("a/b/c")
deep.mkdir(parents=True)
deep.mkdir(parents=True, exist_ok=True)
print(deep.is_dir(), sorted(str(q) for q in Path("a").iterdir()))

new = p.rename(base / "tasks.txt")
print(repr(new), new.exists(), p.exists())
moved = new.replace("tasks.txt")
print(repr(moved), moved.read_text().count("\n"))

Path("empty.txt").touch()
Path("empty.txt").touch()
print(Path("empty.txt").stat().st_size, Path("empty.txt").read_text() == "")
Path("empty.txt").unlink()
Path("empty.txt").unlink(missing_ok=True)
print(Path("empty.txt").exists())
(base / "done.txt").unlink()
deep.rmdir()
print(sorted(x.name for x in base.iterdir()), Path("a/b").exists(), Path("a/b/c").exists())

# counting words over a folder, as a tutorial would
Path("books").mkdir()
Path("books/one.txt").write_text("the cat sat on the mat")
Path("books/two.txt").write_text("a dog")
Path("books/notes.md").write_text("not a book")
for book in sorted(Path("books").glob("*.txt")):
    print(book.stem, len(book.read_text().split()))
