# `in`, find and count scan a 2 MB string: a tick per 256 bytes scanned.
print("start")
s = "ab" * 10**6
while True:
    "c" in s
    s.find("c")
    s.count("c")
