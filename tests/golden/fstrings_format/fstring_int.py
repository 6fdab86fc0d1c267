# Integer format specs.
for n in [0, 7, 42, -42, 255, 1234567]:
    print(f"{n:02d}|{n:5d}|{n:<5d}|{n:+d}|{n:,}|{n:_}|{n:x}|{n:X}|{n:o}|{n:b}|{n:#x}|{n:08.3f}")
print(f"{2**64:,}", f"{-1234567:,}", f"{1000:,d}")
print(f"{True:d} {False:5}")
