# raise ... from ... prints both tracebacks.
class ConfigError(Exception):
    pass


def read_setting(settings, key):
    try:
        return settings[key]
    except KeyError as e:
        raise ConfigError(f"missing setting {key!r}") from e


read_setting({"debug": True}, "timeout")
