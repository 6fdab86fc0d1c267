# Functions can call themselves; docstrings are kept.
def countdown(n):
    """Print n down to 1."""
    if n == 0:
        print("go")
        return
    print(n)
    countdown(n - 1)
countdown(3)
print(countdown.__doc__)
def nodoc():
    pass
print(nodoc.__doc__)
