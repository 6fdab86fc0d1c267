# Without a message only the class name is printed.
class Stop(Exception):
    pass

print("before")
raise Stop
