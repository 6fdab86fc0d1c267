# Every augmented assignment operator.
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x /= 4; print(x)
x //= 2; print(x)
x %= 2; print(x)
y = 3
y **= 4; print(y)
y %= 7; print(y)
s = "ab"
s += "c"; s *= 2; print(s)
lst = [1]
alias = lst
lst += [2]
print(lst, alias, lst is alias)
t = (1,)
talias = t
t += (2,)
print(t, talias, t is talias)
d = {"n": 0}
d["n"] += 1
print(d)
