# and / or return one of their operands and short-circuit.
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "default", "" or [] or 0)
print([] and "never", "x" and "y" and "z", not 1, not [], not not "a")
def loud(v):
    print("called", v)
    return v
print(loud(0) and loud(1))
print(loud(1) or loud(2))
print(loud(1) and loud(0) or loud("fallback"))
name = ""
print(name or "anonymous")
print(True and not False, not (True or False), not True == False)
