# An uncaught ExceptionGroup prints as a tree.
def fail_all():
    raise ExceptionGroup("two things failed", [ValueError("bad value"), TypeError("bad type")])


print("starting")
fail_all()
