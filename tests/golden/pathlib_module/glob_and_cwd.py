# Path.glob / rglob, and the working folder
import os
from pathlib import Path

for d in ["src/app", "src/tests", "docs", ".git"]:
    Path(d).mkdir(parents=True)
for f in ["src/app/main.py", "src/app/util.py", "src/tests/test_main.py", "docs/index.md",
          "README.md", "setup.py", ".git/config", "src/.hidden.py"]:
    Path(f).write_text(f)

root = Path(".")
print(sorted(root.glob("*.py")))
print(sorted(root.glob("*")))
print(sorted(root.glob("src/*")))
print(sorted(root.glob("src/*/*.py")))
print(sorted(root.glob("**/*.py")))
print(sorted(root.rglob("*.py")))
print(sorted(root.rglob("*.md")))
print(sorted(root.glob("**")))
print(sorted(root.glob("src/**")))
print(sorted(root.glob("**/")))
print(sorted(root.glob("*/")))
print(sorted(root.glob("[a-s]*.py")), sorted(root.glob("?????.md")), sorted(root.glob("src/app/main.py")))
print(sorted(Path("src").rglob("test_*")), sorted(Path("src").glob("app/*")))
print(list(root.glob("nothing*")), list(Path("missing").glob("*")))
print(sorted(p.name for p in Path("src/app").iterdir()))

try:
    list(root.glob(""))
except ValueError as e:
    print("ValueError", e)
try:
    list(root.glob("/abs/*"))
except NotImplementedError as e:
    print("NotImplementedError", e)

print(Path.cwd() == Path(os.getcwd()), Path.cwd().is_absolute())
print(Path.home() == Path(os.path.expanduser("~")), Path("~/x").expanduser() == Path.home() / "x")
print(Path("src/../docs").resolve() == Path.cwd() / "docs", Path("docs").absolute() == Path.cwd() / "docs")
print(Path("docs").resolve().relative_to(Path.cwd()))
os.chdir("src")
print(Path.cwd().name, sorted(Path().iterdir()), Path("app/main.py").read_text())
os.chdir("..")
print(Path("nofile").exists(), Path("README.md").samefile("./README.md"))
try:
    Path("missing/dir").resolve(strict=True)
except FileNotFoundError as e:
    print("FileNotFoundError", e)
for bad in ["a**/x", "x**"]:
    try:
        list(root.glob(bad))
    except ValueError as e:
        print("ValueError", e)
try:
    list(root.rglob("y**"))
except ValueError as e:
    print("ValueError", e)
