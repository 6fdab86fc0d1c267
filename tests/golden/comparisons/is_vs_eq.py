# Identity versus equality.
a = [1, 2]
b = [1, 2]
c = a
print(a == b, a is b, a is c, a is not b)
x = None
print(x is None, x == None, x is not None)
print(True is True, (1 == 1) is True, [] == [], {} == {}, () == ())
class Always:
    def __eq__(self, other):
        return True
o = Always()
print(o == 1, o == None, o is None, o != 2)
