# glob.glob over the files a program made
import glob
import os

for d in ["logs/2024", "logs/2025", "src/pkg", ".venv/lib"]:
    os.makedirs(d)
for f in ["logs/2024/jan.log", "logs/2024/feb.log", "logs/2025/jan.log", "logs/index.txt",
          "src/main.py", "src/pkg/__init__.py", "src/pkg/util.py", "src/.secret.py",
          ".venv/lib/site.py", "setup.py", ".hidden.py", "a[b].txt"]:
    with open(f, "w") as fh:
        fh.write(f)

for pattern in ["*.py", "*", ".*", "logs/*", "logs/*/*.log", "logs/20??/jan.log", "src/*.py",
                "src/**/*.py", "**/*.py", "*/", "logs/2024/", "missing/*", "setup.py", "nope.py",
                "logs/[0-9]*", "a[b].txt", glob.escape("a[b].txt"), "logs/*/"]:
    print(pattern, sorted(glob.glob(pattern)))
print("-- recursive")
for pattern in ["**/*.py", "**", "src/**", "**/", "logs/**/*.log", "src/**/util.py", "**/.*"]:
    print(pattern, sorted(glob.glob(pattern, recursive=True)))
print("-- include_hidden, root_dir")
print(sorted(glob.glob("*", include_hidden=True)))
print(sorted(glob.glob("**/*.py", recursive=True, include_hidden=True)))
print(sorted(glob.glob("*.py", root_dir="src")), sorted(glob.glob("**/*.log", root_dir="logs", recursive=True)))
print(sorted(glob.glob("*.log", root_dir="logs/2024")))
it = glob.iglob("logs/*/*.log")
print(type(it).__name__ in ("generator", "chain"), sorted(it))
print(glob.has_magic("a*"), glob.has_magic("a[b]"), glob.has_magic("plain.txt"), glob.has_magic(b"x?"))
print(glob.escape("what?*[x].txt"), glob.escape(b"a*"))
print(sorted(glob.glob(b"logs/*")))
total = sum(os.path.getsize(p) for p in glob.glob("logs/**/*.log", recursive=True))
print("log bytes:", total)
