# An error while a class body executes.
class Settings:
    name = "demo"
    size = len(name)
    ratio = size / 0
