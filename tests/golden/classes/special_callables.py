# __call__, __len__, __getitem__ and __contains__ on a class.
class Polynomial:
    def __init__(self, *coeffs):
        self.coeffs = list(coeffs)
    def __call__(self, x):
        return sum(c * x ** i for i, c in enumerate(self.coeffs))
    def __len__(self):
        return len(self.coeffs)
    def __getitem__(self, i):
        return self.coeffs[i]
    def __contains__(self, c):
        return c in self.coeffs
p = Polynomial(1, 0, 2)
print(p(0), p(1), p(3), len(p), p[2], p[-1], 2 in p, 5 in p)
print(callable(p), [p(x) for x in range(4)])
for c in p:
    print("coefficient", c)
