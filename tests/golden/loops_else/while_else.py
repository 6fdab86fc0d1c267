# while ... else.
n = 3
while n > 0:
    n -= 1
else:
    print("finished normally, n =", n)
n = 10
while n > 0:
    if n == 7:
        print("breaking at", n)
        break
    n -= 1
else:
    print("never printed")
while False:
    pass
else:
    print("condition false from the start")
