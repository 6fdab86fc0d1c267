# Errors in __enter__ skip __exit__; objects without the protocol fail.
class BadEnter:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *exc):
        print("exit should not run")
try:
    with BadEnter():
        print("body should not run")
except RuntimeError as e:
    print("RuntimeError:", e)
class NotAManager:
    pass
try:
    with NotAManager():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__ + ":", e)
