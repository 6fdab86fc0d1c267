# Decimal format specs of small ints (and the errors they share with big ones).
vals = [0, 7, -7, 42, -1234567, 2**63 - 1, -(2**63), 2**63, -(2**64), True, False]
specs = ["", "d", "n", ">6", "<6", "^7", "=+8", "+", " ", "-", "08", "+08", "_", ",", "12,",
         "*^12_d", "x<9", "#d", "#8d", "0=10", "010,"]
for v in vals:
    print(v, "|".join(format(v, s) for s in specs))
    print(f"{v:>6}|{v:+}|{v:,}|{v:_}|{v:{'>'}{10}}")
for bad in ["z", "zd", ".2", ".2d", ",n", "_n", "dd", "q"]:
    try:
        print(format(-5, bad))
    except ValueError as e:
        print(bad, "ValueError", e)
print(format(5, "c"), format(65, "c"), format(255, "x"), format(-255, "#X"), format(5, "b"))
print(format(5, ".2f"), format(-5, "e"), format(7, "%"), format(3, "g"))
