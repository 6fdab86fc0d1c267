# A failing assert with a message.
def check_positive(n):
    assert n > 0, f"expected a positive number, got {n}"
    return n


check_positive(1)
check_positive(-7)
