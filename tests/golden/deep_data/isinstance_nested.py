# A classinfo tuple nested deeper than the recursion limit raises RecursionError.
t = int
for i in range(100000):
    t = (t,)
try:
    isinstance(1, t)
except RecursionError as e:
    print(e)
try:
    issubclass(bool, t)
except RecursionError as e:
    print(e)
print(isinstance(1, (str, (float, (int,)))), issubclass(bool, ((int,),)))
