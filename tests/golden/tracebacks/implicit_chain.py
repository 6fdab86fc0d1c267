# An error inside an except block chains implicitly.
def risky():
    return 1 / 0


try:
    risky()
except ZeroDivisionError:
    print("handling the division error")
    undefined_handler_name_qq()
