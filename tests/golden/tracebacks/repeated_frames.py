# Identical repeated frames are collapsed.
def countdown(n):
    if n == 0:
        raise RuntimeError("reached zero")
    countdown(n - 1)


countdown(10)
