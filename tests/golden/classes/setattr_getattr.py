# Dynamic attribute access.
class Settings:
    pass
s = Settings()
for key, value in [("debug", True), ("level", 3), ("name", "dev")]:
    setattr(s, key, value)
print(s.debug, s.level, getattr(s, "name"), getattr(s, "missing", None))
print(sorted(vars(s)), hasattr(s, "level"), hasattr(s, "nope"))
delattr(s, "level")
print(hasattr(s, "level"))
try:
    getattr(s, "level")
except AttributeError as e:
    print("AttributeError:", e)
