# hasattr and getattr on builtins and user objects.
class Thing:
    color = "red"
    def method(self):
        return "called"
t = Thing()
print(hasattr(t, "color"), hasattr(t, "method"), hasattr(t, "size"), hasattr("s", "upper"))
print(getattr(t, "color"), getattr(t, "size", 0), getattr(t, "method")(), getattr([1, 2], "count")(1))
try:
    getattr(t, "size")
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(Thing, "color"), hasattr(Thing, "method"), hasattr(None, "x"))
