# __exit__ runs on return, break and continue.
class Log:
    def __init__(self, label):
        self.label = label
    def __enter__(self):
        print("enter", self.label)
    def __exit__(self, *exc):
        print("exit", self.label)

def early():
    with Log("function"):
        return "returned"
print(early())
for i in range(3):
    with Log(f"loop {i}"):
        if i == 0:
            continue
        if i == 1:
            break
print("loop done")
