# f-strings evaluate expressions in place.
name, n = "loop", 3
print(f"hello {name}")
print(f"{n} + {n} = {n + n}")
print(f"{name.upper()} has {len(name)} letters")
print(f"{'nested quotes'} and {'x' if False else 'y'}")
print(f"{{braces}} {{{n}}}")
print(f"{[i * i for i in range(n)]} {dict(a=n)} {(1, 2)} {None} {True}")
items = {"k": 5}
print(f"{items['k']} {items}")
print(f"{n:3}|{name:6}|")
print(F"capital F {n}", f'''triple {n}''')
print(f"{3.0} {0.1 + 0.2} {2 ** 70}")
