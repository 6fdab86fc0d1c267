# os.path's questions about the file system
import os
import os.path

os.makedirs("data/raw")
with open("data/raw/a.csv", "w") as f:
    f.write("x,y\n1,2\n")

for path in ["data", "data/raw/a.csv", "data/raw/b.csv", "data/raw/a.csv/deeper", "", "."]:
    print(repr(path), os.path.exists(path), os.path.isfile(path), os.path.isdir(path),
          os.path.lexists(path), os.path.islink(path))
print(os.path.getsize("data/raw/a.csv"), type(os.path.getmtime("data/raw/a.csv")).__name__)
print(os.path.abspath("data") == os.path.join(os.getcwd(), "data"))
print(os.path.abspath("data/../data/./raw") == os.path.join(os.getcwd(), "data", "raw"))
print(os.path.realpath("data/raw") == os.path.abspath("data/raw"))
print(os.path.abspath("/etc/../tmp"), os.path.realpath("/a/./b/../c"))
print(os.path.ismount("/"), os.path.ismount("data"))
print(os.path.expanduser("~") == os.environ["HOME"], os.path.expanduser("~/x") == os.path.join(os.environ["HOME"], "x"))
print(os.path.expanduser("no/tilde"), os.path.expanduser("a/~b"), os.path.expanduser("~no_such_user_here/x"))

# a tutorial's pattern: where a data file goes, and whether it is there yet
folder = os.path.join("data", "clean")
if not os.path.isdir(folder):
    os.makedirs(folder)
target = os.path.join(folder, "a.csv")
print(target, os.path.exists(target))
with open(target, "w") as f:
    f.write("done\n")
print(os.path.exists(target), os.path.getsize(target))

for bad in [None, 3]:
    try:
        os.path.join("a", bad)
    except TypeError as e:
        print("TypeError", e)
try:
    os.path.join("a", b"b")
except TypeError as e:
    print("TypeError", e)
try:
    os.path.getsize("nowhere.txt")
except OSError as e:
    print(type(e).__name__, e)
try:
    os.path.commonpath(["/a", "b"])
except ValueError as e:
    print("ValueError", e)
try:
    os.path.commonpath([])
except ValueError as e:
    print("ValueError", e)
try:
    os.path.relpath("")
except ValueError as e:
    print("ValueError", e)
