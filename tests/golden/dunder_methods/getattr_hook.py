# __getattr__ runs only for missing attributes.
class Proxy:
    def __init__(self, target):
        self.target = target
    def __getattr__(self, name):
        print("forwarding", name)
        return getattr(self.target, name)
p = Proxy([3, 1, 2])
p.append(0)
print(p.target, p.count(1))
try:
    p.nothing
except AttributeError as e:
    print("AttributeError:", e)
