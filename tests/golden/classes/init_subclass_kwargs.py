class Plugin:
    registry = {}

    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry[cls.plugin_name] = cls


class Csv(Plugin, name="csv"):
    pass


class Json(Plugin):
    pass


class Strict(Plugin, metaclass=type, name="strict"):
    pass


print(sorted(Plugin.registry), Csv.plugin_name, Json.plugin_name, Strict.plugin_name)

try:
    class Bad(tag=1):
        pass
except TypeError as e:
    print(e)

try:
    class Bad2(Plugin, name="x", color="red"):
        pass
except TypeError as e:
    print(e)


class NeedsKw:
    def __init_subclass__(cls, *, level):
        print("level", cls.__name__, level)


class Ok(NeedsKw, level=3):
    pass


try:
    class Missing(NeedsKw):
        pass
except TypeError as e:
    print(e)
