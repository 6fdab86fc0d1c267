# finally runs before the traceback is printed.
def work():
    try:
        print("working")
        return 1 / 0
    finally:
        print("cleanup in finally")


work()
