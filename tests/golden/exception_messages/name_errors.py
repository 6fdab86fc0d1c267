# NameError messages (str(e) carries no suggestions).
def use_undefined():
    return undefined_variable_xyz
for fn in [use_undefined, lambda: qqq_missing + 1, lambda: zzz_func()]:
    try:
        fn()
    except NameError as e:
        print(type(e).__name__, "|", e, "|", e.args)
def local_then_assign():
    print(later_local)
    later_local = 1
try:
    local_then_assign()
except UnboundLocalError as e:
    print(type(e).__name__, "|", e)
