# CPython's exact errors for the file system's failures, and their attributes
import os

os.mkdir("d")
with open("d/f.txt", "w") as f:
    f.write("x")
with open("file.txt", "w") as f:
    f.write("y")

attempts = [
    ("remove missing", lambda: os.remove("missing.txt")),
    ("remove folder", lambda: os.remove("d")),
    ("rmdir missing", lambda: os.rmdir("nothing")),
    ("rmdir file", lambda: os.rmdir("file.txt")),
    ("rmdir not empty", lambda: os.rmdir("d")),
    ("mkdir exists", lambda: os.mkdir("d")),
    ("mkdir over file", lambda: os.mkdir("file.txt")),
    ("mkdir no parent", lambda: os.mkdir("a/b")),
    ("makedirs over file", lambda: os.makedirs("file.txt", exist_ok=True)),
    ("makedirs exists", lambda: os.makedirs("d")),
    ("listdir missing", lambda: os.listdir("missing")),
    ("listdir file", lambda: os.listdir("file.txt")),
    ("stat missing", lambda: os.stat("missing")),
    ("stat under file", lambda: os.stat("file.txt/x")),
    ("chdir missing", lambda: os.chdir("missing")),
    ("chdir file", lambda: os.chdir("file.txt")),
    ("rename missing", lambda: os.rename("missing", "new")),
    ("rename into missing", lambda: os.rename("file.txt", "nowhere/file.txt")),
    ("rename file over folder", lambda: os.rename("file.txt", "d")),
    ("rename folder over file", lambda: os.rename("d", "file.txt")),
    ("open missing", lambda: open("missing.txt")),
    ("open folder", lambda: open("d")),
    ("open in missing folder", lambda: open("nowhere/new.txt", "w")),
    ("open x existing", lambda: open("file.txt", "x")),
    ("open under file", lambda: open("file.txt/x", "w")),
    ("getsize missing", lambda: os.path.getsize("missing")),
    ("empty path", lambda: os.listdir("")),
]
for label, attempt in attempts:
    try:
        attempt()
        print(label, "-> no error")
    except OSError as e:
        print(label, "->", type(e).__name__, e)
        print("   ", repr(e), e.errno, e.strerror, repr(e.filename), repr(e.filename2))

try:
    os.remove("missing.txt")
except FileNotFoundError as e:
    print(isinstance(e, OSError), e.args)

try:
    os.rename("gone", "there")
except OSError as e:
    print(e.filename, e.filename2, str(e))

# the usual guard
if not os.path.exists("config.ini"):
    print("no config, using defaults")

try:
    with open("settings.json") as f:
        pass
except FileNotFoundError:
    print("settings.json not found")

