# Frames of lambdas are named <lambda>.
convert = lambda s: int(s) * 2
values = ["4", "8", "x"]
for v in values:
    print(convert(v))
