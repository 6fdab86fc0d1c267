# pow(b, e, m) with a 10,000-bit exponent and modulus: charged before it starts.
print("start")
print(pow(3, 10**3000, 10**3000 + 1))
