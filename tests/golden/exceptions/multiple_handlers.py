# The first matching handler wins; tuples match several types.
def risky(kind):
    if kind == "value":
        raise ValueError("bad value")
    if kind == "key":
        return {}["k"]
    if kind == "index":
        return [][0]
    if kind == "type":
        return 1 + None
    return "fine"
for kind in ["value", "key", "index", "type", "none"]:
    try:
        print(risky(kind))
    except ValueError as e:
        print("ValueError handler:", e)
    except (KeyError, IndexError) as e:
        print("lookup handler:", type(e).__name__, e)
    except Exception as e:
        print("generic handler:", type(e).__name__, e)
