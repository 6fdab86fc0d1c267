# The reported line is the line of the failing operation inside a multi-line statement.
def scale(value, factor):
    return value * factor


result = scale(
    10,
    int("x2"),
)
