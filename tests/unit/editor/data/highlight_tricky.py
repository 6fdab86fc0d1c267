# Lines that are hard to colour; tokenized by CPython for python_highlight_test (valid Python).
x = f"{d['key']!r:>{width}} and {{braces}}"
y = rb'\d+' + Rb"\n" + u'x' + F'{1+2}'
z = """first
second ' " # not a comment
third""" + '''+"'''
n = [0x1F, 0o17, 0b1010, 1_000_000, 3.25, .5, 1e-3, 2.5E+10, 10j, 1.]
s = 'it\'s' "say \"hi\"" r'\'' + ''
async def main(a: int = 1, *args, **kw) -> None:  # comment: with colon
    await asyncio.sleep(0.5)
    return [i ** 2 for i in range(10) if i % 2 and not i // 3]
@decorator.attr
class Worker(Base, metaclass=Meta):
    def run(self): pass
lam = lambda q: q @ q if q is not None else ~q
t = f'{x:{"w"}}' f"{'a' + f'{b}'}"
w = 'line \
continued'
v = (x := 5) != 4 <= 3 >= 2 << 1 >> 0
doc = f"""total {
    sum(xs)} items"""
print('é → ü', "#", 'x')  # ünïcode comment
