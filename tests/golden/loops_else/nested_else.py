# Inner break does not skip the outer else.
for i in range(3):
    for j in range(3):
        if j == 1:
            break
    else:
        print("inner else", i)
    print("after inner", i)
else:
    print("outer else")
