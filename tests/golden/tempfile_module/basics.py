# tempfile: folders and files that clean up after themselves
import os
import tempfile
from pathlib import Path

before = sorted(os.listdir("."))
with tempfile.TemporaryDirectory() as tmp:
    print(type(tmp).__name__, os.path.isabs(tmp), os.path.isdir(tmp), os.listdir(tmp))
    print(os.path.dirname(tmp) == tempfile.gettempdir(), os.path.basename(tmp).startswith("tmp"))
    notes = Path(tmp) / "notes.txt"
    notes.write_text("temporary\n")
    os.mkdir(os.path.join(tmp, "sub"))
    Path(tmp, "sub", "x.bin").write_bytes(b"\x00")
    print(sorted(os.listdir(tmp)), notes.read_text(), end="")
print(os.path.exists(tmp), sorted(os.listdir(".")) == before)

d = tempfile.TemporaryDirectory(prefix="job-", suffix=".work")
name = os.path.basename(d.name)
print(name.startswith("job-"), name.endswith(".work"), len(name) == len("job-") + 8 + len(".work"))
print(repr(d) == "<TemporaryDirectory %r>" % d.name)
d.cleanup()
d.cleanup()
print(os.path.exists(d.name))

with tempfile.NamedTemporaryFile(suffix=".txt") as f:
    print(f.name.endswith(".txt"), os.path.exists(f.name))
    print(f.write(b"hello bytes"), f.seek(0), f.read())
print(os.path.exists(f.name))

with tempfile.NamedTemporaryFile("w+", delete=False, prefix="keep_") as f:
    f.write("kept\n")
    kept = f.name
print(os.path.basename(kept).startswith("keep_"), open(kept).read(), end="")
os.remove(kept)

os.mkdir("scratch")
with tempfile.TemporaryDirectory(dir="scratch") as inner:
    print(os.path.relpath(inner).startswith("scratch/tmp"))
path = tempfile.mkdtemp(dir="scratch")
print(os.path.isdir(path), len(os.listdir("scratch")))
os.rmdir(path)
with tempfile.TemporaryFile("w+") as t:
    t.write("anonymous")
    t.seek(0)
    print(t.read())
print(tempfile.gettempprefix(), type(tempfile.gettempdir()).__name__, sorted(os.listdir(".")))
