# A generator left by break, return or an exception runs its finally / __exit__ at that moment.
class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("open", self.name)
        return self

    def __exit__(self, *exc):
        print("close", self.name, exc[0])
        return False


def numbers(label):
    try:
        for i in range(5):
            yield i
    finally:
        print("finally of", label)


def lines(name):
    with Resource(name):
        yield "first"
        yield "second"


for n in numbers("break"):
    if n == 2:
        break
print("after the break")


def first_even(label):
    for n in numbers(label):
        if n % 2 == 0 and n > 0:
            return n
    return None


print("found", first_even("return"))

try:
    for n in numbers("raise"):
        if n == 1:
            raise ValueError("stop at 1")
except ValueError as e:
    print("caught", e)

for line in lines("data.txt"):
    print(line)
    break
print("after the with-generator")


def nested():
    for a in numbers("outer"):
        for b in numbers("inner"):
            if b == 1:
                break
        if a == 1:
            break
    print("nested done")


nested()

g = numbers("kept")
print(next(g), next(g))
print("still suspended")
g = None
print("after rebinding g")
gen = (x * x for x in numbers("genexpr"))
print(next(gen))
del gen
print("end")
