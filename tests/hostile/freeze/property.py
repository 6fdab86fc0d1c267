# The getter runs in the VM's own loop (LOAD_ATTR calls it without native recursion), so the
# budget pauses it like any loop; property_getattr.py reaches it from native code instead.
class A:
    @property
    def p(self):
        while True:
            pass
print("start")
A().p
