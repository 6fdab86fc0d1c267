# str.join of 100,000 items and s + t of a 1 MB string: the text made is charged.
print("start")
parts = ["ab"] * 10**5
s = "x" * 10**6
while True:
    "".join(parts)
    t = s + "y"
