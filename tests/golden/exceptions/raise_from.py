# Explicit and implicit chaining, inspected without a traceback.
class ConfigError(Exception):
    pass
def load():
    try:
        {}["path"]
    except KeyError as e:
        raise ConfigError("config incomplete") from e
try:
    load()
except ConfigError as e:
    print(e, "| cause:", repr(e.__cause__), "| context:", repr(e.__context__))
    print(e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during handling")
except ValueError as e:
    print(e, "| cause:", e.__cause__, "| context:", repr(e.__context__))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("hidden") from None
except ValueError as e:
    print(e, e.__cause__, repr(e.__context__), e.__suppress_context__)
