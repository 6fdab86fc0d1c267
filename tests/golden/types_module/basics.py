# types: SimpleNamespace and the built-in types by name
import types
ns = types.SimpleNamespace(name='ann', age=3)
ns.city = 'Oslo'
print(ns, ns.name, ns == types.SimpleNamespace(name='ann', age=3, city='Oslo'), types.SimpleNamespace())
print(types.SimpleNamespace(b=2), vars(ns) == {'name': 'ann', 'age': 3, 'city': 'Oslo'})
try:
    types.SimpleNamespace({'a': 1})
except TypeError as e:
    print('TypeError', e)
def f():
    pass
def g():
    yield 1
async def c():
    pass
class K:
    def m(self):
        pass
print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType), isinstance(g(), types.GeneratorType))
co = c()
print(isinstance(co, types.CoroutineType), isinstance(K().m, types.MethodType), isinstance(len, types.BuiltinFunctionType))
co.close()
print(isinstance(types, types.ModuleType), types.NoneType, types.FunctionType.__name__, types.GeneratorType.__name__)
