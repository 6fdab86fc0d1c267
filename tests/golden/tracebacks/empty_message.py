# An exception with an empty message prints only its type.
def fail():
    raise ValueError()


fail()
