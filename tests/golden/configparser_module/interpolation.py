# BasicInterpolation (%(name)s), ExtendedInterpolation (${section:name}), raw and vars
import configparser

cfg = configparser.ConfigParser()
cfg.read_string("""
[Paths]
home_dir: /Users
my_dir: %(home_dir)s/lumberjack
my_pictures: %(my_dir)s/Pictures
percent: 100%%
""")
print(cfg["Paths"]["my_pictures"])
print(cfg.get("Paths", "my_pictures", raw=True))
print(cfg.get("Paths", "percent"), cfg.get("Paths", "percent", raw=True))
print(cfg.get("Paths", "my_dir", vars={"home_dir": "/tmp"}))
print(cfg.items("Paths"))
print(cfg.items("Paths", raw=True))
ext = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
ext.read_string("""
[Common]
home_dir: /Users
library_dir: /Library
system_dir: /System
macports_dir: /opt/local

[Frameworks]
Python: 3.2
path: ${Common:system_dir}/Library/Frameworks/

[Arthur]
nickname: Two Sheds
last_name: Jackson
my_dir: ${Common:home_dir}/twosheds
my_pictures: ${my_dir}/Pictures
python_dir: ${Frameworks:path}/Python/Versions/${Frameworks:Python}
cost: $$5
""")
for key in ("my_dir", "my_pictures", "python_dir", "cost"):
    print(key, ext["Arthur"][key])
raw = configparser.RawConfigParser()
raw.read_string("[s]\nv = %(x)s and ${y}\n")
print(raw.get("s", "v"))
none = configparser.ConfigParser(interpolation=None)
none.read_string("[s]\nv = 50%\n")
print(none.get("s", "v"))
d = configparser.ConfigParser(defaults={"name": "world", "greeting": "hello %(name)s"})
d.read_string("[a]\n[b]\nname = there\n")
print(d.get("a", "greeting"), "/", d.get("b", "greeting"))
print(d["b"]["greeting"], d.defaults()["greeting"])
