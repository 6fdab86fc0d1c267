# except* splits an ExceptionGroup by type.
def raise_group():
    raise ExceptionGroup("several failures", [
        ValueError("bad value 1"), TypeError("bad type"), ValueError("bad value 2"), KeyError("k"),
    ])
try:
    raise_group()
except* ValueError as eg:
    print("ValueErrors:", type(eg).__name__, eg.message, [str(e) for e in eg.exceptions])
except* TypeError as eg:
    print("TypeErrors:", [str(e) for e in eg.exceptions])
except* KeyError as eg:
    print("KeyErrors:", [repr(e) for e in eg.exceptions])
try:
    try:
        raise_group()
    except* ValueError:
        print("handled only the ValueErrors")
except ExceptionGroup as rest:
    print("left over:", rest.message, [type(e).__name__ for e in rest.exceptions])
try:
    raise ValueError("plain")
except* ValueError as eg:
    print("plain exception wrapped:", type(eg).__name__, repr(eg.exceptions[0]))
