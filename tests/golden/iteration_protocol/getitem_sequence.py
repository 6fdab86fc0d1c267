# Old-style iteration through __getitem__ until IndexError.
class Letters:
    def __init__(self, text):
        self.text = text
    def __getitem__(self, i):
        print("getitem", i)
        return self.text[i]
for ch in Letters("abc"):
    print(ch)
print(list(Letters("xy")), "y" in Letters("xy"))
