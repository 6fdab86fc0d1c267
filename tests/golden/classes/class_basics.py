# Classes with __init__, attributes and methods.
class Task:
    created = 0

    def __init__(self, name, duration=1.0):
        self.name = name
        self.duration = duration
        self.done = False
        Task.created += 1

    def finish(self):
        self.done = True
        return self

    def describe(self):
        state = "done" if self.done else "pending"
        return f"{self.name} ({self.duration}s, {state})"

a = Task("fetch", 2)
b = Task("parse")
print(a.describe(), "|", b.describe())
print(a.finish().describe())
print(Task.created, a.created, b.name, b.duration)
b.extra = "dynamic"
print(b.extra, hasattr(a, "extra"))
