# type(), __name__ and how classes print.
class Widget:
    pass
w = Widget()
print(type(w).__name__, Widget.__name__, type(w) is Widget, type(Widget).__name__)
print(Widget, type(w), type(3), type("s"), type(None), type([]), type(print))
print(type(1.0), type(True), type({}), type(()), type(range(1)), type(len).__name__)
print(isinstance(w, Widget), isinstance(w, object), isinstance(Widget, type))
def f():
    pass
print(type(f).__name__, type(lambda: 0).__name__, type(f()).__name__)
print(int.__name__, str.__name__, type(w).__name__ == Widget.__name__)
