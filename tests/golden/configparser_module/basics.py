# Reading an INI text, asking for values, the DEFAULT section, fallbacks
import configparser

text = """
[DEFAULT]
ServerAliveInterval = 45
Compression = yes
CompressionLevel = 9
ForwardX11 = yes

[forge.example]
User = hg

[topsecret.server.example]
Port = 50022
ForwardX11 = no
ratio: 0.75
"""
config = configparser.ConfigParser()
config.read_string(text)
print(config.sections())
print("forge.example" in config, "missing" in config, "DEFAULT" in config)
print(config["forge.example"]["User"], config["forge.example"]["user"])
print(config["DEFAULT"]["Compression"])
top = config["topsecret.server.example"]
print(top["port"], type(top["port"]).__name__)
print(top.getint("port"), top.getboolean("forwardx11"), top.getfloat("ratio"))
print(config.getint("topsecret.server.example", "Port"))
print(config.getboolean("forge.example", "Compression"))
print(config.get("forge.example", "missing", fallback="none"))
print(config.getint("forge.example", "missing", fallback=7))
print(config.get("nowhere", "x", fallback=None))
print(top.get("missing"), top.get("missing", "default"))
print(list(config["forge.example"]))
print(list(config))
print(config.options("topsecret.server.example"))
print(config.items("forge.example"))
print(config.has_section("forge.example"), config.has_option("forge.example", "user"))
print(config.has_option("forge.example", "compression"), config.has_option("x", "y"))
print(dict(config.defaults()))
for key in config["forge.example"]:
    print(key, "=", config["forge.example"][key])
print(len(config), len(top))
print(repr(top), top.name, top.parser is config)
print(sorted(config.converters))
for name, section in config.items():
    print(name, section)
