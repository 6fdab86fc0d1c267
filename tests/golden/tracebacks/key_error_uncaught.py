# KeyError shows the repr of the key.
inventory = {"apples": 3}
print(inventory["apples"])
print(inventory["pears"])
