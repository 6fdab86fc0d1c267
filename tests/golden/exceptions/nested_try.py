# Exceptions propagate outward through nested handlers.
try:
    try:
        try:
            raise IndexError("deep")
        except KeyError:
            print("not here")
        finally:
            print("inner finally")
    except IndexError as e:
        print("middle caught", e)
        raise ValueError("converted")
    finally:
        print("middle finally")
except ValueError as e:
    print("outer caught", e, "| context:", repr(e.__context__))
