# shutil: copying, moving and removing files and trees
import os
import shutil


def tree(top):
    out = []
    for root, dirs, files in os.walk(top):
        dirs.sort()
        for f in sorted(files):
            path = os.path.join(root, f)
            with open(path) as fh:
                out.append((path, fh.read()))
    return out


os.makedirs("project/src/pkg")
os.makedirs("project/build")
for path, text in [("project/README.md", "readme"), ("project/src/app.py", "app"),
                   ("project/src/pkg/mod.py", "mod"), ("project/src/app.pyc", "compiled"),
                   ("project/build/out.o", "obj")]:
    with open(path, "w") as f:
        f.write(text)

print(shutil.copyfile("project/README.md", "README.copy"))
print(shutil.copy("project/README.md", "project/src"), sorted(os.listdir("project/src")))
print(shutil.copy2("project/src/app.py", "app_backup.py"))
print(os.stat("app_backup.py").st_mtime == os.stat("project/src/app.py").st_mtime)
with open("README.copy") as f:
    print(f.read())

print(shutil.copytree("project", "snapshot"))
print(tree("snapshot"))
print(shutil.copytree("project", "clean", ignore=shutil.ignore_patterns("*.pyc", "build")))
print(tree("clean"))
print(shutil.copytree("project/src", "clean/src", dirs_exist_ok=True))

print(shutil.move("app_backup.py", "clean"), sorted(os.listdir("clean")))
print(shutil.move("README.copy", "notes.md"), os.path.exists("README.copy"))
print(shutil.move("snapshot", "archive"), os.path.isdir("archive"), os.path.exists("snapshot"))
os.mkdir("vault")
print(shutil.move("archive", "vault"), sorted(os.listdir("vault/archive")))

shutil.rmtree("vault")
shutil.rmtree("clean")
print(sorted(os.listdir(".")))

with open("notes.md") as src, open("notes2.md", "w") as dst:
    shutil.copyfileobj(src, dst)
print(open("notes2.md").read())

attempts = [
    lambda: shutil.copyfile("notes.md", "notes.md"),
    lambda: shutil.copyfile("missing.txt", "x"),
    lambda: shutil.copyfile("notes.md", "project"),
    lambda: shutil.copy("notes.md", "nowhere/x.md"),
    lambda: shutil.rmtree("missing"),
    lambda: shutil.rmtree("notes.md"),
    lambda: shutil.copytree("project", "project"),
    lambda: shutil.copytree("missing", "x"),
    lambda: shutil.move("missing", "x"),
]
os.mkdir("dest")
with open("dest/notes.md", "w") as f:
    f.write("taken")
attempts.append(lambda: shutil.move("notes.md", "dest"))
for attempt in attempts:
    try:
        print("no error:", attempt())
    except OSError as e:
        print(type(e).__name__, e, isinstance(e, shutil.Error))

shutil.rmtree("missing", ignore_errors=True)
seen = []
shutil.rmtree("missing", onerror=lambda func, path, info: seen.append((func.__name__, path, info[0].__name__)))
print(seen)
print(issubclass(shutil.SameFileError, shutil.Error), issubclass(shutil.Error, OSError))
