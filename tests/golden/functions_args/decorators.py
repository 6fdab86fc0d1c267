# Plain function decorators.
def shout(fn):
    def wrapper(*args, **kwargs):
        result = fn(*args, **kwargs)
        return result.upper()
    return wrapper

def log_calls(fn):
    def wrapper(*args):
        print("calling", fn.__name__, args)
        return fn(*args)
    return wrapper

@shout
def hello(name):
    return f"hello {name}"

@log_calls
@shout
def bye(name):
    return "bye " + name

print(hello("ada"))
print(bye("bob"))
def repeat(n):
    def deco(fn):
        def wrapper():
            return [fn() for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def ping():
    return "ping"
print(ping())
