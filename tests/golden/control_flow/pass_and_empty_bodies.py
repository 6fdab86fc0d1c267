# pass fills a block that must exist.
def todo():
    pass
class Nothing:
    pass
for _ in range(3):
    pass
if True:
    pass
else:
    pass
print(todo(), Nothing.__name__, type(Nothing()).__name__)
def only_doc():
    "A docstring is a body too."
print(only_doc())
print(...)
def ellipsis_body():
    ...
print(ellipsis_body())
