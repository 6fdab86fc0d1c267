# Building a configuration in code and writing it out
import configparser
import io

config = configparser.ConfigParser()
config["DEFAULT"] = {"ServerAliveInterval": "45", "Compression": "yes", "CompressionLevel": "9"}
config["bitbucket.org"] = {}
config["bitbucket.org"]["User"] = "hg"
config["topsecret.server.com"] = {}
topsecret = config["topsecret.server.com"]
topsecret["Port"] = "50022"
topsecret["ForwardX11"] = "no"
config["DEFAULT"]["ForwardX11"] = "yes"
config.add_section("paths")
config.set("paths", "home", "/home/%(user)s")
config.set("paths", "multi", "line one\nline two")
out = io.StringIO()
config.write(out)
print(out.getvalue(), end="")
print("---")
out = io.StringIO()
config.write(out, space_around_delimiters=False)
print(out.getvalue(), end="")
print("---")
with open("example.ini", "w") as f:
    config.write(f)
again = configparser.ConfigParser()
print(again.read(["example.ini", "missing.ini"]))
print(again.sections(), again["topsecret.server.com"]["forwardx11"])
print(again.get("paths", "multi"))
print(again.remove_option("paths", "home"), again.remove_option("paths", "home"))
print(again.remove_section("paths"), again.remove_section("paths"))
del again["bitbucket.org"]
print(again.sections())
raw = configparser.RawConfigParser(allow_no_value=True)
raw.read_string("[mysqld]\nskip-bdb\nuser = mysql\nkey_buffer = 16M\n")
print(raw.get("mysqld", "skip-bdb"), raw.items("mysqld"))
raw.set("mysqld", "p", "100%")
out = io.StringIO()
raw.write(out)
print(out.getvalue(), end="")
cfg = configparser.ConfigParser()
cfg.read_dict({"section": {"key": 1, "flag": True}, "other": {}})
print(cfg.items("section"), cfg.sections())
cfg["other"] = {"a": "1"}
print(cfg.items("other"))
print(cfg.popitem()[0], cfg.sections())
