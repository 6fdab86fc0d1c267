# else runs when the loop was not broken out of.
for n in [2, 4, 6]:
    if n % 2:
        print("found odd", n)
        break
else:
    print("no odd numbers")
for n in [2, 3, 6]:
    if n % 2:
        print("found odd", n)
        break
else:
    print("no odd numbers")
for n in []:
    print("never")
else:
    print("empty loop still runs else")
