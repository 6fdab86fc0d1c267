# finally runs on break and continue; else is skipped by break.
for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)
else:
    print("not reached")
print("done")
