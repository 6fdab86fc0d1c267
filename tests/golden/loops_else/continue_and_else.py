# continue does not prevent else.
for i in range(5):
    if i % 2 == 0:
        continue
    print("odd", i)
else:
    print("else after continue-only loop")
count = 0
while count < 5:
    count += 1
    if count < 5:
        continue
    print("reached", count)
else:
    print("while else too")
