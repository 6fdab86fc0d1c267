# next() past the end, uncaught.
it = iter(["only"])
print(next(it))
print(next(it))
