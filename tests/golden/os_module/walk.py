# os.walk over a small tree: top-down (with pruning) and bottom-up
import os

for d in ["site/css", "site/js/lib", "site/img/icons", "site/.cache"]:
    os.makedirs(d)
for name in ["site/index.html", "site/about.html", "site/css/main.css", "site/js/app.js",
             "site/js/lib/util.js", "site/img/logo.png", "site/.cache/x"]:
    with open(name, "w") as f:
        f.write(name)

for root, dirs, files in sorted(os.walk("site")):
    print(root, sorted(dirs), sorted(files))

print("-- pruned")
found = []
for root, dirs, files in os.walk("site"):
    dirs[:] = sorted(d for d in dirs if not d.startswith("."))
    for f in files:
        if f.endswith(".js") or f.endswith(".html"):
            found.append(os.path.join(root, f))
print(sorted(found))

print("-- bottom-up")
order = [root for root, dirs, files in os.walk("site", topdown=False)]
print(sorted(order))
for root in order:
    for other in order:
        if other.startswith(root + "/"):
            assert order.index(other) < order.index(root), (root, other)
print("children come before their parents:", order[-1] == "site")

total = 0
for root, dirs, files in os.walk("site"):
    for f in files:
        total += os.path.getsize(os.path.join(root, f))
print("bytes:", total)

print(list(os.walk("no-such-folder")))
errors = []
print(list(os.walk("no-such-folder", onerror=errors.append)), len(errors), type(errors[0]).__name__)
print(list(os.walk("site/index.html")))
