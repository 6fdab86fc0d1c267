# String building: += concatenation, join, f-strings with format specs, common methods.
def concat(n):
    s = ""
    for i in range(n):
        s += str(i % 10)
        if len(s) > 1000:
            s = s[500:]
    return s


def joined(n):
    parts = []
    for i in range(n):
        parts.append(f"{i}:{i * 3:>6}|{i / 7:.2f}")
    return ",".join(parts)


def methods(n):
    count = 0
    for i in range(n):
        line = "  item-" + str(i) + " = Value " + repr(i * 2) + "  "
        t = line.strip().upper()
        if t.startswith("ITEM-1"):
            count += 1
        name, _, value = t.partition(" = ")
        count += len(name.split("-")) + len(value.replace("VALUE", "v"))
    return count


N = 100000  # the unit of work; each part scales with it

c = concat(6 * N)
print("concat", len(c), c[-20:])
j = joined(2 * N)
print("join", len(j), j[-30:])
print("methods", methods(2 * N))
