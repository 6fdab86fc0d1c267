# An exception in except, else or finally replaces the original.
def run(where):
    try:
        try:
            if where != "else":
                raise ValueError("original")
        except ValueError:
            if where == "except":
                raise KeyError("from except")
        else:
            raise IndexError("from else")
        finally:
            if where == "finally":
                raise RuntimeError("from finally")
    except Exception as e:
        ctx = e.__context__
        print(where, "->", type(e).__name__, e, "| context:", type(ctx).__name__ if ctx else None)
for where in ["except", "else", "finally", "nowhere"]:
    run(where)
