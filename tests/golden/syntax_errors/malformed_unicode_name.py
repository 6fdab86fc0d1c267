# A \N escape without {name} is malformed.
print("before")
label = "ab\N"
