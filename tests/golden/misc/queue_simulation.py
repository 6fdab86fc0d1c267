# A round-robin scheduler simulation with plain lists (no asyncio).
tasks = {"A": 3, "B": 1, "C": 2}
ready = list(tasks)
tick = 0
while ready:
    name = ready.pop(0)
    tasks[name] -= 1
    tick += 1
    status = "done" if tasks[name] == 0 else f"{tasks[name]} left"
    print(f"tick {tick}: ran {name} ({status})")
    if tasks[name] > 0:
        ready.append(name)
print("all done after", tick, "ticks")
