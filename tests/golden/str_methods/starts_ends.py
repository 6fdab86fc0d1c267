# startswith / endswith, also with tuples and positions.
name = "report_2026.csv"
print(name.startswith("report"), name.endswith(".csv"), name.endswith(".txt"))
print(name.endswith((".txt", ".csv")), name.startswith(("data", "log")))
print(name.startswith("2026", 7), name.startswith("", 0), "".endswith(""))
print(name.removeprefix("report_"), name.removesuffix(".csv"), name.removeprefix("zzz"))
for f in ["a.py", "b.js", "c.py", "README"]:
    if f.endswith(".py"):
        print("python file:", f)
