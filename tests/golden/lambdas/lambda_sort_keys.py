# Sorting records with lambda keys.
tasks = [
    {"name": "fetch", "prio": 2, "time": 0.5},
    {"name": "parse", "prio": 1, "time": 1.25},
    {"name": "store", "prio": 2, "time": 0.25},
    {"name": "log", "prio": 3, "time": 0.75},
]
for t in sorted(tasks, key=lambda t: t["time"]):
    print(t["name"], t["time"])
print([t["name"] for t in sorted(tasks, key=lambda t: (t["prio"], -t["time"]))])
print(min(tasks, key=lambda t: t["prio"])["name"], max(tasks, key=lambda t: len(t["name"]))["name"])
