# == and < on two lists of 100,000 items: a tick per 16 items compared.
print("start")
a = list(range(10**5))
b = list(range(10**5))
while True:
    a == b
    a < b
