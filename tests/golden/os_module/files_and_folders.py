# Making, listing, renaming and removing files and folders with os
import os

os.mkdir("project")
os.makedirs("project/src/pkg")
os.makedirs("project/src/pkg", exist_ok=True)
with open("project/README.md", "w") as f:
    f.write("# Demo\n")
with open("project/src/main.py", "w") as f:
    f.write("print('hi')\n")

print(sorted(os.listdir(".")))
print(sorted(os.listdir("project")))
print(sorted(os.listdir("project/src")))
print(os.listdir("project/src/pkg"))

for p in ["project", "project/README.md", "project/nope", "project/src/pkg"]:
    print(p, os.path.exists(p), os.path.isfile(p), os.path.isdir(p))

print(os.path.getsize("project/README.md"), os.stat("project/src/main.py").st_size)

os.rename("project/README.md", "project/README.txt")
print(sorted(os.listdir("project")))
os.replace("project/src/main.py", "project/app.py")
print(sorted(os.listdir("project")), os.listdir("project/src"))

# rename replaces an existing file
with open("project/old.txt", "w") as f:
    f.write("old contents")
os.rename("project/app.py", "project/old.txt")
with open("project/old.txt") as f:
    print(f.read())

# a folder moves with what it holds
os.rename("project/src", "project/lib")
print(sorted(os.listdir("project")), os.listdir("project/lib"))

os.remove("project/old.txt")
os.unlink("project/README.txt")
os.rmdir("project/lib/pkg")
os.rmdir("project/lib")
print(os.listdir("project"))
os.rmdir("project")
print(os.listdir("."), os.path.exists("project"))

# makedirs then removedirs removes the empty chain again
os.makedirs("a/b/c")
os.removedirs("a/b/c")
print(os.path.exists("a"))
os.makedirs("x/y")
os.renames("x/y", "p/q/r")
print(os.path.exists("x"), os.path.isdir("p/q/r"))
